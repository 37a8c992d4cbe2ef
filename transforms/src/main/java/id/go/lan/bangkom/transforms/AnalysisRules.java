package id.go.lan.bangkom.transforms;

import id.go.lan.bangkom.core.BangkomConfig;
import java.math.BigDecimal;

/** Projection, IP ASN, coverage and weakness settings (SPEC §6), validated at start-up. */
record AnalysisRules(
    BigDecimal faktorBawah,
    BigDecimal faktorAtas,
    int kalibrasiMinimum,
    int instansiMinimum,
    BigDecimal poinIpAsn,
    BigDecimal poinIpAsnPelaksana,
    int batasSubmisiHari,
    int temuanMaksimum,
    int ukuranKelompokMinimum,
    BigDecimal selisihMinimum) {
  AnalysisRules {
    if (faktorBawah.signum() <= 0 || faktorBawah.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "Nilai konfigurasi tidak sah untuk proyeksi.faktor_bawah (0 < x <= 1): " + faktorBawah);
    }
    if (faktorAtas.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException(
          "Nilai konfigurasi tidak sah untuk proyeksi.faktor_atas (>= 1): " + faktorAtas);
    }
    if (kalibrasiMinimum < 1) {
      throw new IllegalArgumentException(
          "Nilai konfigurasi tidak sah untuk proyeksi.kalibrasi_minimum (>= 1): "
              + kalibrasiMinimum);
    }
    if (instansiMinimum < 2) {
      throw new IllegalArgumentException(
          "Nilai konfigurasi tidak sah untuk proyeksi.instansi_minimum (>= 2): " + instansiMinimum);
    }
    if (batasSubmisiHari < 0 || temuanMaksimum < 1 || ukuranKelompokMinimum < 1) {
      throw new IllegalArgumentException(
          "Nilai konfigurasi tidak sah untuk cakupan/kelemahan: "
              + batasSubmisiHari
              + ", "
              + temuanMaksimum
              + ", "
              + ukuranKelompokMinimum);
    }
  }

  static AnalysisRules from(BangkomConfig c) {
    return new AnalysisRules(
        c.proyeksiFaktorBawah(),
        c.proyeksiFaktorAtas(),
        c.proyeksiKalibrasiMinimum(),
        c.proyeksiInstansiMinimum(),
        c.ipAsnPoinKompetensi(),
        c.ipAsnPoinKompetensiPelaksana(),
        c.cakupanBatasSubmisiHari(),
        c.kelemahanTemuanMaksimum(),
        c.kelemahanUkuranKelompokMinimum(),
        c.kelemahanSelisihMinimum());
  }
}
