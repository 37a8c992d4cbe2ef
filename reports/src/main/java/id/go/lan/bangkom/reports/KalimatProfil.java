package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Blok.esc;
import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.FormatIndonesia.tanggal;
import static id.go.lan.bangkom.reports.Teks.teks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The sentences of the Profil Instansi, built from the cut-off's {@link DataInstansiPeriode}. */
final class KalimatProfil {
  private KalimatProfil() {}

  /** The summary: compliance, sounding level and the projection, or why there is none. */
  static String ringkasan(DataInstansiPeriode data, String nama, Baris k, Baris s, Baris p) {
    if (!Boolean.TRUE.equals(k.bool("melapor"))) {
      return teks("profil.ringkasan.belum_melapor", esc(nama));
    }
    return teks(
        "profil.ringkasan",
        tanggal(data.tanggalAkhir),
        persen(k.dec("persen_on_track")),
        angka(k.lng("jumlah_pegawai")),
        esc(nama),
        persen(k.dec("persen_memenuhi")),
        angka(k.lng("jumlah_belum_ada_jp")),
        esc(s.str("level")),
        esc(s.str("alasan")),
        teks(
            Label.kalibrasi(p)
                ? "profil.ringkasan.proyeksi.kalibrasi"
                : "profil.ringkasan.proyeksi.laju",
            persen(p.dec("persen_memenuhi_proyeksi")),
            persen(p.dec("batas_bawah")),
            persen(p.dec("batas_atas")),
            persen(p.dec("kekurangan_jp")),
            persen(p.dec("poin_ip_asn_berisiko"))));
  }

  /** The training rate explained: its formula, the indicators pulling it down, the best fix. */
  static String trainingRate(Baris tr, Baris nasional, List<Baris> indikator) {
    String penarik = tr.str("indikator_penarik_turun");
    String hilang = tr.str("indikator_hilang");
    StringBuilder s = new StringBuilder();
    s.append(
        teks(
            "profil.tr.rumus",
            persen(tr.dec("training_rate")),
            Label.kategori(tr.str("kategori")),
            bobot(indikator),
            persen(nasional.dec("training_rate"))));
    s.append(' ')
        .append(
            penarik == null || penarik.isBlank()
                ? teks("profil.tr.tanpa_penarik")
                : teks("profil.tr.penarik", esc(penarik)));
    if (hilang != null && !hilang.isBlank()) {
      s.append(' ').append(teks("profil.tr.hilang", esc(hilang)));
    }
    s.append(' ')
        .append(
            teks(
                "profil.tr.perbaikan",
                esc(Label.indikator(tr.str("perbaikan_utama"))),
                persen(tr.dec("tambahan_poin_perbaikan"))));
    return s.toString();
  }

  /**
   * The "Mutu data" block from a {@code mutu_data_instansi} row: the score, timeliness, versions
   * and rows refused with the main reasons, the roster against the previous cut-off, and the
   * formula.
   */
  static String mutuData(Baris m) {
    List<String> kalimat = new ArrayList<>();
    kalimat.add(teks("profil.mutu.skor", persen(m.dec("skor_mutu"))));
    String batas =
        m.str("batas_submisi") == null
            ? FormatIndonesia.KOSONG
            : tanggal(LocalDate.parse(m.str("batas_submisi")));
    Integer versi = m.integer("jumlah_versi");
    if (versi == null || versi == 0) {
      kalimat.add(teks("profil.mutu.kosong", batas));
    } else {
      Integer hari = m.integer("hari_terlambat");
      if (!Boolean.TRUE.equals(m.bool("melapor")) || hari == null) {
        kalimat.add(teks("profil.mutu.tanpa_roster", batas));
      } else if (hari > 0) {
        kalimat.add(teks("profil.mutu.terlambat", String.valueOf(hari), batas));
      } else {
        kalimat.add(teks("profil.mutu.tepat_waktu", batas));
      }
      String alasan = m.str("alasan_teratas");
      kalimat.add(
          teks(
              alasan == null || alasan.isBlank() ? "profil.mutu.baris" : "profil.mutu.baris_alasan",
              String.valueOf(versi),
              angka(m.lng("baris_ditolak")),
              angka(m.lng("baris_dibaca")),
              persen(m.dec("persen_baris_ditolak")),
              esc(alasan)));
    }
    Long pegawai = m.lng("jumlah_pegawai");
    BigDecimal perubahan = m.dec("persen_perubahan_pegawai");
    if (pegawai != null && perubahan != null) {
      kalimat.add(
          teks(
              "profil.mutu.pegawai",
              angka(pegawai),
              (perubahan.signum() > 0 ? "+" : "") + persen(perubahan),
              angka(m.lng("jumlah_pegawai_sebelumnya"))));
    } else if (pegawai != null) {
      kalimat.add(teks("profil.mutu.pegawai_tanpa_pembanding", angka(pegawai)));
    }
    kalimat.add(teks("profil.mutu.rumus"));
    return String.join(" ", kalimat);
  }

  /** {@code 0,30 × Perencanaan 58,67 + 0,40 × Pelaksanaan 68,86 + ...} from the indicator rows. */
  static String bobot(List<Baris> indikator) {
    Map<String, BigDecimal> bobot = new LinkedHashMap<>();
    for (Baris b : indikator) {
      bobot.putIfAbsent(b.str("instrumen"), b.dec("bobot"));
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> e : bobot.entrySet()) {
      List<Baris> milik =
          indikator.stream().filter(b -> e.getKey().equals(b.str("instrumen"))).toList();
      BigDecimal mean =
          milik.stream()
              .map(b -> b.dec("nilai_dipakai"))
              .filter(Objects::nonNull)
              .reduce(BigDecimal.ZERO, BigDecimal::add)
              .divide(BigDecimal.valueOf(milik.size()), 2, RoundingMode.HALF_UP);
      parts.add(
          persen(e.getValue().movePointLeft(2))
              + " × "
              + Label.instrumen(e.getKey())
              + " "
              + persen(mean));
    }
    return parts.isEmpty() ? teks("profil.tr.bobot_umum") : String.join(" + ", parts);
  }
}
