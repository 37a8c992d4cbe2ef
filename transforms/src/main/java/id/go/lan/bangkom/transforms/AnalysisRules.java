package id.go.lan.bangkom.transforms;

import static id.go.lan.bangkom.transforms.PengaturanTransform.tidakSah;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import java.math.BigDecimal;

/** Projection, IP ASN, coverage and weakness settings (SPEC §6), each checked when built. */
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
    requireNonNull(faktorBawah, "faktorBawah is null");
    requireNonNull(faktorAtas, "faktorAtas is null");
    requireNonNull(poinIpAsn, "poinIpAsn is null");
    requireNonNull(poinIpAsnPelaksana, "poinIpAsnPelaksana is null");
    requireNonNull(selisihMinimum, "selisihMinimum is null");
    if (faktorBawah.signum() <= 0 || faktorBawah.compareTo(BigDecimal.ONE) > 0) {
      throw tidakSah("proyeksi.faktor_bawah", faktorBawah.toPlainString(), "faktor_bawah");
    }
    if (faktorAtas.compareTo(BigDecimal.ONE) < 0) {
      throw tidakSah("proyeksi.faktor_atas", faktorAtas.toPlainString(), "angka_min", "1");
    }
    bulatMinimum("proyeksi.kalibrasi_minimum", kalibrasiMinimum, 1);
    bulatMinimum("proyeksi.instansi_minimum", instansiMinimum, 2);
    tidakNegatif("ip_asn.poin_kompetensi", poinIpAsn);
    tidakNegatif("ip_asn.poin_kompetensi_pelaksana", poinIpAsnPelaksana);
    bulatMinimum("cakupan.batas_submisi_hari", batasSubmisiHari, 0);
    bulatMinimum("kelemahan.temuan_maksimum", temuanMaksimum, 1);
    bulatMinimum("kelemahan.ukuran_kelompok_minimum", ukuranKelompokMinimum, 1);
    tidakNegatif("kelemahan.selisih_minimum", selisihMinimum);
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

  private static void bulatMinimum(String key, int value, int minimum) {
    if (value < minimum) {
      throw tidakSah(key, Integer.toString(value), "bulat_min", Integer.toString(minimum));
    }
  }

  private static void tidakNegatif(String key, BigDecimal value) {
    if (value.signum() < 0) {
      throw tidakSah(key, value.toPlainString(), "tidak_negatif");
    }
  }
}
