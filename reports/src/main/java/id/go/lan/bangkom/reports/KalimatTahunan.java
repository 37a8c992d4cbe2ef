package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.Teks.teks;

import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.StringJoiner;

/** The sentences of the Laporan Tahunan, built from its {@link DataTahunan}. */
final class KalimatTahunan {
  private KalimatTahunan() {}

  /** {@code Caturwulan II}: a cut-off of the report's year. */
  static String caturwulan(int tahun, int cw) {
    return teks("umum.caturwulan", new Periode(tahun, cw).romawi());
  }

  /**
   * The target as the summary names it: {@code target 20 JP setahun} when every jenis pegawai has
   * the same target, else each one's ({@code target JP tahunannya (PNS 24, CPNS 20, PPPK 20 JP)}),
   * and without figures when the warehouse does not say.
   */
  static String targetJp(Map<String, BigDecimal> targetPerJenis) {
    if (targetPerJenis.isEmpty()) {
      return teks("tahunan.target.tanpa_angka");
    }
    if (targetPerJenis.values().stream().map(BigDecimal::stripTrailingZeros).distinct().count()
        == 1) {
      return teks(
          "tahunan.target.sama",
          FormatIndonesia.jpRingkas(targetPerJenis.values().iterator().next()));
    }
    StringJoiner daftar = new StringJoiner(", ");
    targetPerJenis.forEach(
        (jenis, target) -> daftar.add(jenis + " " + FormatIndonesia.jpRingkas(target)));
    return teks("tahunan.target.per_jenis", daftar.toString());
  }

  /** The summary paragraph: compliance, coverage, training rate and the projection. */
  static String ringkasan(DataTahunan data) {
    int tahun = data.tahun();
    int akhir = data.akhir();
    if (data.kepatuhan().isEmpty()) {
      return teks("tahunan.ringkasan.kosong", String.valueOf(tahun));
    }
    Baris last = data.kepatuhan().get(akhir);
    Baris first = data.kepatuhan().values().iterator().next();
    StringBuilder s = new StringBuilder();
    s.append(
        teks(
            "tahunan.ringkasan.kepatuhan",
            new Periode(tahun, akhir).romawi(),
            String.valueOf(tahun),
            persen(last.dec("persen_memenuhi")),
            angka(last.lng("jumlah_pegawai")),
            targetJp(data.targetPerJenis()),
            persen(last.dec("persen_on_track"))));
    if (first != last) {
      s.append(' ').append(teks("tahunan.ringkasan.cw1", persen(first.dec("persen_on_track"))));
    }
    s.append(
        teks(
            "tahunan.ringkasan.cakupan",
            angka(last.lng("jumlah_instansi_melapor")),
            angka(last.lng("jumlah_instansi")),
            persen(last.dec("persen_cakupan"))));
    Baris trLast = data.trainingRate().get(akhir);
    if (trLast != null) {
      s.append(' ')
          .append(
              teks(
                  "tahunan.ringkasan.training_rate",
                  persen(trLast.dec("training_rate")),
                  Label.kategori(trLast.str("kategori")),
                  angka(trLast.lng("jumlah_instansi_diukur"))));
    }
    Baris p = data.proyeksi().get(akhir);
    if (p != null && akhir < 3) {
      s.append(' ')
          .append(
              teks(
                  "tahunan.ringkasan.proyeksi",
                  Label.metodeSingkat(p),
                  persen(p.dec("persen_memenuhi_proyeksi"))));
    } else if (p != null) {
      s.append(' ')
          .append(
              teks(
                  "tahunan.ringkasan.kekurangan",
                  persen(p.dec("kekurangan_jp")),
                  persen(p.dec("poin_ip_asn_berisiko"))));
    }
    return s.toString();
  }

  /** The note under the comparison with earlier years. */
  static String catatanPerbandingan(DataTahunan data) {
    return data.perTahun().size() < 2
        ? teks("tahunan.perbandingan.catatan.satu_tahun", String.valueOf(data.tahun()))
        : teks("tahunan.perbandingan.catatan");
  }

  /** A back-test's row name: {@code 2025, dari Caturwulan II (laju)}. */
  static String ujiBalik(Baris b) {
    return teks(
        Label.kalibrasi(b) ? "tahunan.uji_balik.baris.kalibrasi" : "tahunan.uji_balik.baris.laju",
        String.valueOf(b.integer("tahun")),
        new Periode(b.integer("tahun"), b.integer("dari_caturwulan")).romawi());
  }
}
