package id.go.lan.bangkom.reports;

import id.go.lan.bangkom.core.Pesan;

/**
 * Every text of this module a person reads (report prose, labels, table headers, error messages)
 * comes from {@code bangkom/pesan/reports.properties} through here; the bundle test checks that
 * each key used exists, each key is used and no value is English.
 */
final class Teks {
  static final Pesan PESAN = Pesan.modul("reports");

  private Teks() {}

  /** The text {@code kunci} with its arguments filled in (pass figures already formatted). */
  static String teks(String kunci, Object... argumen) {
    return PESAN.f(kunci, argumen);
  }

  /** The text {@code awalan + kode} when the bundle has one, else {@code kode} as it is. */
  static String label(String awalan, String kode) {
    String kunci = awalan + kode;
    return PESAN.kunci().contains(kunci) ? PESAN.f(kunci) : kode;
  }
}
