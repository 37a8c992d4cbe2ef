package id.go.lan.bangkom.samples;

import id.go.lan.bangkom.core.Pesan;

/**
 * The user-facing messages of the generator and the sample data: {@code bangkom/pesan/generator}.
 */
public final class PesanGenerator {
  /** The module's bundle. */
  public static final Pesan PESAN = Pesan.modul("generator");

  private PesanGenerator() {}
}
