package id.go.lan.bangkom.reports.tindaklanjut;

import id.go.lan.bangkom.core.Pesan;

/**
 * The texts of the worklist, from the module's one bundle {@code bangkom/pesan/reports.properties}
 * (keys under {@code tindak_lanjut.}); PesanReportsTest checks this package's keys too.
 */
final class Teks {
  static final Pesan PESAN = Pesan.modul("reports");

  private Teks() {}

  static String teks(String kunci, Object... argumen) {
    return PESAN.f(kunci, argumen);
  }
}
