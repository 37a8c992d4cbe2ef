package id.go.lan.bangkom.schedules;

import id.go.lan.bangkom.core.Pesan;

/** The user-facing messages of the delivery and the scheduler: {@code bangkom/pesan/schedules}. */
public final class PesanModul {
  /** The module's bundle. */
  public static final Pesan PESAN = Pesan.modul("schedules");

  private PesanModul() {}
}
