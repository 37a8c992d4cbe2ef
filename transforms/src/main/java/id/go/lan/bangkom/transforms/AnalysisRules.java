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
        new BigDecimal(c.get("proyeksi.faktor_bawah").orElse("0.75").trim()),
        new BigDecimal(c.get("proyeksi.faktor_atas").orElse("1.25").trim()),
        Integer.parseInt(c.get("proyeksi.kalibrasi_minimum").orElse("30").trim()),
        Integer.parseInt(c.get("proyeksi.instansi_minimum").orElse("10").trim()),
        new BigDecimal(c.get("ip_asn.poin_kompetensi").orElse("15").trim()),
        new BigDecimal(c.get("ip_asn.poin_kompetensi_pelaksana").orElse("22.5").trim()),
        Integer.parseInt(c.get("cakupan.batas_submisi_hari").orElse("15").trim()),
        Integer.parseInt(c.get("kelemahan.temuan_maksimum").orElse("8").trim()),
        Integer.parseInt(c.get("kelemahan.ukuran_kelompok_minimum").orElse("5").trim()),
        new BigDecimal(c.get("kelemahan.selisih_minimum").orElse("1").trim()));
  }
}
