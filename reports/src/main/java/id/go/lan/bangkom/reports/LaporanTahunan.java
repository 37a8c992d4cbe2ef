package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Blok.batang;
import static id.go.lan.bangkom.reports.Blok.sel;
import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.FormatIndonesia.tanggal;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Laporan Tahunan (SPEC §8), for leadership: compliance through the three cut-offs of a year,
 * training rate national and per instrument with coverage, the weakness patterns across instansi,
 * projections with their back-test, and the comparison with earlier years, with charts. A year
 * without data renders with dashes rather than failing.
 */
public final class LaporanTahunan {
  private final CaturwulanCalendar calendar;

  public LaporanTahunan(CaturwulanCalendar calendar) {
    this.calendar = requireNonNull(calendar, "calendar is null");
  }

  /**
   * Renders the annual report of {@code tahun} to {@code outputPdf} (replaced atomically).
   *
   * @throws ReportRenderException when the warehouse cannot be read or the PDF cannot be written
   */
  public Path render(Path warehouse, int tahun, Path outputPdf, LocalDate tanggalLaporan) {
    requireNonNull(warehouse, "warehouse is null");
    requireNonNull(outputPdf, "outputPdf is null");
    requireNonNull(tanggalLaporan, "tanggalLaporan is null");
    new Periode(tahun, 1); // checks the year
    JasperPrint print;
    try (Connection c = WarehouseReader.open(warehouse)) {
      print = isi(c, warehouse, tahun, tanggalLaporan);
    } catch (SQLException e) {
      throw Gagal.baca(warehouse, "Laporan Tahunan " + tahun, e);
    } catch (JRException e) {
      throw Gagal.tulis("Laporan Tahunan " + tahun, e);
    }
    try {
      Dokumen.writePdf(List.of(print), outputPdf, "Laporan Tahunan Bangkom ASN " + tahun);
    } catch (IOException | JRException e) {
      throw Gagal.tulis("Laporan Tahunan " + tahun + " to " + outputPdf, e);
    }
    return outputPdf;
  }

  private JasperPrint isi(Connection c, Path warehouse, int tahun, LocalDate tanggalLaporan)
      throws SQLException, JRException {
    DokumenTemplates t = DokumenTemplates.get();
    Map<Integer, Baris> kepatuhan =
        perCw(Baris.query(c, "SELECT * FROM kepatuhan_nasional WHERE tahun = ?", tahun));
    Map<Integer, Baris> tr =
        perCw(Baris.query(c, "SELECT * FROM training_rate_nasional WHERE tahun = ?", tahun));
    Map<Integer, Baris> proyeksi =
        perCw(Baris.query(c, "SELECT * FROM proyeksi_nasional WHERE tahun = ?", tahun));
    int akhir = kepatuhan.isEmpty() ? 3 : ((TreeMap<Integer, Baris>) kepatuhan).lastKey();
    LocalDate batas = calendar.akhir(new Periode(tahun, akhir));
    VersiData versi = VersiData.baca(c, warehouse, tahun, akhir, batas);
    Baris last = kepatuhan.getOrDefault(akhir, Baris.kosong());
    Baris trLast = tr.getOrDefault(akhir, Baris.kosong());
    String cwAkhir = "Caturwulan " + new Periode(tahun, akhir).romawi();

    List<Blok> blocks = new ArrayList<>();
    blocks.add(
        Blok.judul(
            t,
            "Laporan Tahunan Pengembangan Kompetensi ASN",
            "Tahun " + tahun,
            "Untuk pimpinan · Data sampai batas "
                + cwAkhir
                + " ("
                + tanggal(batas)
                + ") · Tanggal laporan: "
                + tanggal(tanggalLaporan)));
    blocks.add(
        Blok.ubin(
            t,
            "Memenuhi target tahunan",
            persenTanda(last.dec("persen_memenuhi")),
            angka(last.lng("jumlah_memenuhi")) + " dari " + angka(last.lng("jumlah_pegawai")),
            "Sesuai target",
            persenTanda(last.dec("persen_on_track")),
            "pada batas " + cwAkhir,
            "Instansi melapor",
            angka(last.lng("jumlah_instansi_melapor")) + " / " + angka(last.lng("jumlah_instansi")),
            "cakupan " + persenTanda(last.dec("persen_cakupan")),
            "Training rate nasional",
            persen(trLast.dec("training_rate")),
            trLast.str("kategori") == null
                ? "belum diukur"
                : Label.kategori(trLast.str("kategori"))
                    + ", "
                    + angka(trLast.lng("jumlah_instansi_diukur"))
                    + " instansi diukur"));
    blocks.add(
        Blok.paragraf(
            t,
            "Ringkasan",
            ringkasan(tahun, kepatuhan, tr, proyeksi, akhir, targetJp(targetPerJenis(c, tahun)))));

    // 1. Compliance through the three cut-offs
    List<String> header = List.of("Ukuran", "Caturwulan I", "Caturwulan II", "Caturwulan III");
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.add(baris(kepatuhan, "Instansi melapor", b -> angka(b.lng("jumlah_instansi_melapor"))));
    rows.add(baris(kepatuhan, "Cakupan (%)", b -> persen(b.dec("persen_cakupan"))));
    rows.add(baris(kepatuhan, "Pegawai (populasi)", b -> angka(b.lng("jumlah_pegawai"))));
    rows.add(barisTebal(kepatuhan, "Sesuai target (%)", b -> persen(b.dec("persen_on_track"))));
    rows.add(
        baris(kepatuhan, "Memenuhi target tahunan (%)", b -> persen(b.dec("persen_memenuhi"))));
    rows.add(baris(kepatuhan, "Tertinggal (orang)", b -> angka(b.lng("jumlah_tertinggal"))));
    rows.add(baris(kepatuhan, "Belum ada JP (orang)", b -> angka(b.lng("jumlah_belum_ada_jp"))));
    rows.add(baris(kepatuhan, "Rata-rata JP per pegawai", b -> persen(b.dec("rata_rata_jp"))));
    rows.add(baris(kepatuhan, "Median JP per pegawai", b -> persen(b.dec("median_jp"))));
    blocks.add(
        Blok.tabel(t.tabel(), "1. Kepatuhan melalui tiga batas caturwulan", header, rows)
            .param(
                "CATATAN",
                "Angka pada batas caturwulan k kumulatif sejak 1 Januari. Sesuai target ="
                    + " memenuhi target tahunan atau sesuai target kumulatif. "
                    + Label.PEMBULATAN_TARGET));
    List<Map<String, ?>> bars = new ArrayList<>();
    for (Map.Entry<Integer, Baris> e : kepatuhan.entrySet()) {
      String cw = "Caturwulan " + new Periode(tahun, e.getKey()).romawi();
      Baris b = e.getValue();
      bars.add(
          batang(
              cw, "Sesuai target (%)", b.dbl("persen_on_track"), persen(b.dec("persen_on_track"))));
      bars.add(
          batang(
              cw,
              "Memenuhi target tahunan (%)",
              b.dbl("persen_memenuhi"),
              persen(b.dec("persen_memenuhi"))));
    }
    blocks.add(
        Blok.grafik(
            t,
            "Kepatuhan nasional per batas caturwulan",
            100.0,
            "Grafik tidak ditampilkan: belum ada data kepatuhan tahun ini.",
            bars));

    List<Map<String, ?>> jenis = new ArrayList<>();
    List<Map<String, ?>> jenisBars = new ArrayList<>();
    Map<String, Map<Integer, Baris>> perJenis = new java.util.LinkedHashMap<>();
    for (Baris b :
        Baris.query(
            c,
            "SELECT k.* FROM kepatuhan_jenis_instansi k LEFT JOIN dim_jenis_instansi d"
                + " USING (jenis_instansi) WHERE k.tahun = ? ORDER BY d.urutan, k.jenis_instansi,"
                + " k.caturwulan",
            tahun)) {
      perJenis
          .computeIfAbsent(b.str("jenis_instansi"), k -> new TreeMap<>())
          .put(b.integer("caturwulan"), b);
    }
    for (Map.Entry<String, Map<Integer, Baris>> e : perJenis.entrySet()) {
      Map<Integer, Baris> m = e.getValue();
      jenis.add(
          sel(
              Label.jenisInstansi(e.getKey()),
              persen(m.getOrDefault(1, Baris.kosong()).dec("persen_on_track")),
              persen(m.getOrDefault(2, Baris.kosong()).dec("persen_on_track")),
              persen(m.getOrDefault(3, Baris.kosong()).dec("persen_on_track")),
              persen(m.getOrDefault(akhir, Baris.kosong()).dec("persen_memenuhi")),
              angka(m.getOrDefault(akhir, Baris.kosong()).lng("jumlah_pegawai"))));
      Baris b = m.getOrDefault(akhir, Baris.kosong());
      jenisBars.add(
          batang(
              Label.jenisInstansi(e.getKey()),
              "Sesuai target (%)",
              b.dbl("persen_on_track"),
              persen(b.dec("persen_on_track"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabel(),
                "2. Kepatuhan per jenis instansi",
                List.of(
                    "Jenis instansi",
                    "Sesuai target CW I (%)",
                    "Sesuai target CW II (%)",
                    "Sesuai target CW III (%)",
                    "Memenuhi, batas akhir (%)",
                    "Pegawai, batas akhir"),
                jenis)
            .param("KOSONG", "Belum ada data kepatuhan per jenis instansi tahun ini."));
    blocks.add(
        Blok.grafik(
            t,
            "Sesuai target per jenis instansi, " + cwAkhir,
            100.0,
            "Grafik tidak ditampilkan: belum ada data per jenis instansi.",
            jenisBars));

    // 3. Training rate
    List<Map<String, ?>> trRows = new ArrayList<>();
    trRows.add(baris(tr, "Instansi diukur", b -> angka(b.lng("jumlah_instansi_diukur"))));
    trRows.add(baris(tr, "Cakupan pengukuran (%)", b -> persen(b.dec("persen_cakupan"))));
    trRows.add(barisTebal(tr, "Training rate nasional", b -> persen(b.dec("training_rate"))));
    trRows.add(baris(tr, "Kategori", b -> Label.kategori(b.str("kategori"))));
    trRows.add(
        baris(tr, "Perencanaan: rata-rata skor", b -> persen(b.dec("rata_rata_skor_perencanaan"))));
    trRows.add(
        baris(
            tr,
            "Perencanaan: instansi skor ≥ 60",
            b -> angka(b.lng("jumlah_instansi_perencanaan_di_atas_ambang"))));
    trRows.add(
        baris(tr, "Pelaksanaan: rata-rata skor", b -> persen(b.dec("rata_rata_skor_pelaksanaan"))));
    trRows.add(
        baris(
            tr,
            "Pelaksanaan: instansi skor ≥ 60",
            b -> angka(b.lng("jumlah_instansi_pelaksanaan_di_atas_ambang"))));
    trRows.add(baris(tr, "Monev: rata-rata skor", b -> persen(b.dec("rata_rata_skor_monev"))));
    trRows.add(
        baris(
            tr,
            "Monev: instansi skor ≥ 60",
            b -> angka(b.lng("jumlah_instansi_monev_di_atas_ambang"))));
    blocks.add(
        Blok.tabel(t.tabel(), "3. Training rate nasional dan per instrumen", header, trRows)
            .param(
                "CATATAN",
                "Training rate = 0,3 × Perencanaan + 0,4 × Pelaksanaan + 0,3 × Monev (instrumen"
                    + " bawaan); nasional = rata-rata instansi yang diukur; cakupan = instansi"
                    + " diukur dibanding seluruh instansi program."));
    List<Map<String, ?>> trBars = new ArrayList<>();
    for (Map.Entry<Integer, Baris> e : tr.entrySet()) {
      String cw = "Caturwulan " + new Periode(tahun, e.getKey()).romawi();
      Baris b = e.getValue();
      trBars.add(
          batang(
              cw,
              "Perencanaan",
              b.dbl("rata_rata_skor_perencanaan"),
              persen(b.dec("rata_rata_skor_perencanaan"))));
      trBars.add(
          batang(
              cw,
              "Pelaksanaan",
              b.dbl("rata_rata_skor_pelaksanaan"),
              persen(b.dec("rata_rata_skor_pelaksanaan"))));
      trBars.add(
          batang(
              cw, "Monev", b.dbl("rata_rata_skor_monev"), persen(b.dec("rata_rata_skor_monev"))));
    }
    blocks.add(
        Blok.grafik(
            t,
            "Rata-rata skor instrumen training rate",
            100.0,
            "Grafik tidak ditampilkan: belum ada instansi yang diukur tahun ini.",
            trBars));

    // 4. Weakness patterns
    List<Baris> pola =
        Baris.query(
            c,
            "SELECT ukuran, count(*) AS jumlah, count(*) FILTER (WHERE peringkat = 1) AS utama,"
                + " median(selisih) AS median_selisih, (SELECT count(*) FROM kepatuhan_instansi"
                + " WHERE tahun = ? AND caturwulan = ? AND melapor) AS melapor"
                + " FROM kelemahan_instansi WHERE tahun = ? AND caturwulan = ?"
                + " GROUP BY ukuran ORDER BY jumlah DESC, ukuran",
            tahun,
            akhir,
            tahun,
            akhir);
    List<Map<String, ?>> polaRows = new ArrayList<>();
    List<Map<String, ?>> polaBars = new ArrayList<>();
    for (Baris b : pola) {
      polaRows.add(
          sel(
              Label.ukuran(b.str("ukuran")),
              angka(b.lng("jumlah")),
              persen(FormatIndonesia.rasio(b.lng("jumlah"), b.lng("melapor"))),
              angka(b.lng("utama")),
              persen(b.dec("median_selisih"))));
      polaBars.add(
          batang(
              Label.ukuran(b.str("ukuran")),
              "Instansi dengan temuan",
              b.lng("jumlah").doubleValue(),
              angka(b.lng("jumlah"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabelLebar(),
                "4. Pola kelemahan antarinstansi, " + cwAkhir,
                List.of(
                    "Kelemahan",
                    "Instansi",
                    "% instansi melapor",
                    "Temuan utama",
                    "Median selisih",
                    ""),
                polaRows)
            .param("KOSONG", "Belum ada temuan kelemahan pada batas ini.")
            .param(
                "CATATAN",
                "Temuan utama: instansi yang temuan peringkat pertamanya kelemahan ini. Selisih"
                    + " terhadap median instansi sejenis, dalam poin."));
    double maks = polaBars.stream().mapToDouble(m -> (Double) m.get("nilai")).max().orElse(1);
    blocks.add(
        Blok.baris(t.grafikMendatar(), polaBars)
            .param("JUDUL", "Kelemahan yang paling sering")
            .param("MAKS", Math.ceil(maks * 1.15))
            .param("KOSONG", "Grafik tidak ditampilkan: belum ada temuan kelemahan."));

    // 5. Projections and back-test
    List<Map<String, ?>> pRows = new ArrayList<>();
    pRows.add(baris(proyeksi, "Memenuhi pada batas (%)", b -> persen(b.dec("persen_memenuhi"))));
    pRows.add(
        barisTebal(
            proyeksi,
            "Proyeksi memenuhi 31 Desember (%)",
            b -> persen(b.dec("persen_memenuhi_proyeksi"))));
    pRows.add(
        baris(
            proyeksi,
            "Rentang proyeksi (%)",
            b -> persen(b.dec("batas_bawah")) + "–" + persen(b.dec("batas_atas"))));
    pRows.add(baris(proyeksi, "JP yang masih dibutuhkan", b -> persen(b.dec("kekurangan_jp"))));
    pRows.add(
        baris(proyeksi, "Pegawai tidak sesuai target", b -> angka(b.lng("jumlah_tidak_on_track"))));
    pRows.add(
        baris(
            proyeksi,
            "Poin IP ASN kompetensi berisiko",
            b -> persen(b.dec("poin_ip_asn_berisiko"))));
    blocks.add(
        Blok.tabel(t.tabel(), "5. Proyeksi akhir tahun", header, pRows)
            .param("CATATAN", Label.metodeProyeksi(proyeksi.values())));
    List<Map<String, ?>> uji = new ArrayList<>();
    for (Baris b :
        Baris.query(
            c,
            "SELECT * FROM proyeksi_uji_balik WHERE kode_instansi IS NULL AND tahun <= ?"
                + " ORDER BY tahun DESC, dari_caturwulan",
            tahun)) {
      uji.add(
          sel(
              b.integer("tahun")
                  + ", dari Caturwulan "
                  + new Periode(b.integer("tahun"), b.integer("dari_caturwulan")).romawi()
                  + (Label.kalibrasi(b) ? " (pola tahun lalu)" : " (laju)"),
              persen(b.dec("persen_memenuhi_proyeksi")),
              persen(b.dec("batas_bawah")) + "–" + persen(b.dec("batas_atas")),
              persen(b.dec("persen_aktual")),
              persen(b.dec("galat")),
              Boolean.TRUE.equals(b.bool("dalam_interval")) ? "Ya" : "Tidak"));
    }
    blocks.add(
        Blok.tabel(
                t.tabel(),
                "Uji balik proyeksi (nasional)",
                List.of(
                    "Tahun, proyeksi dibuat",
                    "Proyeksi (%)",
                    "Rentang (%)",
                    "Aktual CW III (%)",
                    "Galat (poin)",
                    "Dalam rentang"),
                uji)
            .param("KOSONG", "Uji balik belum tersedia: perlu ketiga batas caturwulan satu tahun.")
            .param(
                "CATATAN",
                "Galat = proyeksi dikurangi kenyataan, dalam poin; negatif = proyeksi di bawah"
                    + " kenyataan. Laju: laju JP sejauh ini, cenderung terlalu rendah karena"
                    + " pelatihan menumpuk menjelang akhir tahun. Pola tahun lalu: peluang susulan"
                    + " pegawai berstatus sama tahun lalu (docs/proyeksi.md)."));

    // 6. Earlier years
    List<Baris> tahunan =
        Baris.query(
            c,
            "SELECT * FROM kepatuhan_nasional WHERE tahun <= ? ORDER BY tahun, caturwulan",
            tahun);
    Map<Integer, Map<Integer, Baris>> perTahun = new TreeMap<>();
    for (Baris b : tahunan) {
      perTahun
          .computeIfAbsent(b.integer("tahun"), k -> new TreeMap<>())
          .put(b.integer("caturwulan"), b);
    }
    List<Map<String, ?>> banding = new ArrayList<>();
    List<Map<String, ?>> bandingBars = new ArrayList<>();
    for (Map.Entry<Integer, Map<Integer, Baris>> e : perTahun.entrySet()) {
      Map<Integer, Baris> m = e.getValue();
      banding.add(
          sel(
              e.getKey() == tahun,
              String.valueOf(e.getKey()),
              persen(m.getOrDefault(1, Baris.kosong()).dec("persen_on_track")),
              persen(m.getOrDefault(2, Baris.kosong()).dec("persen_on_track")),
              persen(m.getOrDefault(3, Baris.kosong()).dec("persen_on_track")),
              persen(m.getOrDefault(3, Baris.kosong()).dec("persen_memenuhi")),
              angka(
                  m.getOrDefault(
                          m.isEmpty() ? 3 : ((TreeMap<Integer, Baris>) m).lastKey(), Baris.kosong())
                      .lng("jumlah_pegawai"))));
      for (int cw = 1; cw <= 3; cw++) {
        Baris b = m.get(cw);
        if (b != null) {
          bandingBars.add(
              batang(
                  "Caturwulan " + new Periode(tahun, cw).romawi(),
                  String.valueOf(e.getKey()),
                  b.dbl("persen_on_track"),
                  persen(b.dec("persen_on_track"))));
        }
      }
    }
    blocks.add(
        Blok.tabel(
                t.tabel(),
                "6. Perbandingan dengan tahun sebelumnya",
                List.of(
                    "Tahun",
                    "Sesuai target CW I (%)",
                    "Sesuai target CW II (%)",
                    "Sesuai target CW III (%)",
                    "Memenuhi CW III (%)",
                    "Pegawai"),
                banding)
            .param("KOSONG", "Belum ada data kepatuhan.")
            .param(
                "CATATAN",
                perTahun.size() < 2
                    ? "Gudang data belum memuat tahun sebelum "
                        + tahun
                        + "; perbandingan tampil setelah data tahun sebelumnya dimuat."
                    : "Baris tebal: tahun laporan ini."));
    if (perTahun.size() >= 2) {
      blocks.add(
          Blok.grafik(
              t, "Sesuai target per batas caturwulan, per tahun", 100.0, null, bandingBars));
    }
    List<Map<String, ?>> level = new ArrayList<>();
    for (Baris b :
        Baris.query(
            c,
            "SELECT caturwulan, count(*) FILTER (WHERE level = 'HIJAU') AS hijau,"
                + " count(*) FILTER (WHERE level = 'KUNING') AS kuning,"
                + " count(*) FILTER (WHERE level = 'MERAH') AS merah,"
                + " count(*) FILTER (WHERE level = 'DATA') AS data"
                + " FROM sounding WHERE tahun = ? GROUP BY caturwulan ORDER BY caturwulan",
            tahun)) {
      level.add(
          sel(
              "Caturwulan " + new Periode(tahun, b.integer("caturwulan")).romawi(),
              angka(b.lng("hijau")),
              angka(b.lng("kuning")),
              angka(b.lng("merah")),
              angka(b.lng("data"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabel(),
                "7. Sounding per batas caturwulan",
                List.of("Batas", "Hijau", "Kuning", "Merah", "Data", ""),
                level)
            .param("KOSONG", "Belum ada hasil sounding tahun ini.")
            .param(
                "CATATAN",
                "DATA: roster belum dikirim atau terlalu banyak baris ditolak; instansi ini"
                    + " menerima surat permintaan data."));
    return Dokumen.fill(
        t,
        "Laporan Tahunan Pengembangan Kompetensi ASN · Tahun " + tahun,
        "Laporan Tahunan " + tahun + " · Tanggal laporan " + tanggal(tanggalLaporan),
        versi.kaki(),
        blocks);
  }

  /**
   * The annual JP target of each jenis pegawai in {@code tahun} as published ({@code
   * dim_target_jp}); empty for a warehouse published before the table existed.
   */
  private static Map<String, BigDecimal> targetPerJenis(Connection c, int tahun)
      throws SQLException {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (Baris.query(
            c,
            "SELECT 1 FROM duckdb_tables() WHERE schema_name = 'main'"
                + " AND table_name = 'dim_target_jp'")
        .isEmpty()) {
      return out;
    }
    for (Baris b :
        Baris.query(
            c,
            "SELECT t.jenis_pegawai, t.target_jp_tahunan FROM dim_target_jp t"
                + " WHERE t.tahun = ? ORDER BY CASE t.jenis_pegawai WHEN 'PNS' THEN 1"
                + " WHEN 'CPNS' THEN 2 ELSE 3 END",
            tahun)) {
      out.put(b.str("jenis_pegawai"), b.dec("target_jp_tahunan"));
    }
    return out;
  }

  /**
   * The target as the summary names it: {@code target 20 JP setahun} when every jenis pegawai has
   * the same target, else each one's ({@code target JP tahunannya (PNS 24, CPNS 20, PPPK 20 JP)}),
   * and without figures when the warehouse does not say.
   */
  static String targetJp(Map<String, BigDecimal> targetPerJenis) {
    if (targetPerJenis.isEmpty()) {
      return "target JP tahunannya";
    }
    if (targetPerJenis.values().stream().map(BigDecimal::stripTrailingZeros).distinct().count()
        == 1) {
      return "target "
          + FormatIndonesia.jpRingkas(targetPerJenis.values().iterator().next())
          + " JP setahun";
    }
    StringJoiner daftar = new StringJoiner(", ", "target JP tahunannya (", " JP)");
    targetPerJenis.forEach(
        (jenis, target) -> daftar.add(jenis + " " + FormatIndonesia.jpRingkas(target)));
    return daftar.toString();
  }

  private static String ringkasan(
      int tahun,
      Map<Integer, Baris> kepatuhan,
      Map<Integer, Baris> tr,
      Map<Integer, Baris> proyeksi,
      int akhir,
      String target) {
    if (kepatuhan.isEmpty()) {
      return "Belum ada data kepatuhan untuk tahun "
          + tahun
          + ": tidak ada instansi yang rosternya berlaku pada batas caturwulan tahun ini."
          + " Angka yang belum tersedia ditulis dengan tanda –.";
    }
    Baris last = kepatuhan.get(akhir);
    Baris first = kepatuhan.values().iterator().next();
    StringBuilder s = new StringBuilder();
    s.append("Sampai batas Caturwulan ")
        .append(new Periode(tahun, akhir).romawi())
        .append(" tahun ")
        .append(tahun)
        .append(", <b>")
        .append(persen(last.dec("persen_memenuhi")))
        .append("%</b> dari ")
        .append(angka(last.lng("jumlah_pegawai")))
        .append(" ASN pada instansi yang melapor telah memenuhi ")
        .append(target)
        .append(", dan ")
        .append(persen(last.dec("persen_on_track")))
        .append("% sesuai target");
    if (first != last) {
      s.append(" (pada batas Caturwulan I: ")
          .append(persen(first.dec("persen_on_track")))
          .append("%)");
    }
    s.append(". Laporan mencakup ")
        .append(angka(last.lng("jumlah_instansi_melapor")))
        .append(" dari ")
        .append(angka(last.lng("jumlah_instansi")))
        .append(" instansi (")
        .append(persen(last.dec("persen_cakupan")))
        .append("%).");
    Baris trLast = tr.get(akhir);
    if (trLast != null) {
      s.append(" Training rate nasional ")
          .append(persen(trLast.dec("training_rate")))
          .append(" (")
          .append(Label.kategori(trLast.str("kategori")))
          .append("), diukur pada ")
          .append(angka(trLast.lng("jumlah_instansi_diukur")))
          .append(" instansi.");
    }
    Baris p = proyeksi.get(akhir);
    if (p != null && akhir < 3) {
      s.append(" Menurut proyeksi (" + Label.metodeSingkat(p) + "), ")
          .append(persen(p.dec("persen_memenuhi_proyeksi")))
          .append("% ASN diproyeksikan memenuhi target pada 31 Desember.");
    } else if (p != null) {
      s.append(" Masih dibutuhkan ")
          .append(persen(p.dec("kekurangan_jp")))
          .append(" JP agar seluruh pegawai memenuhi target; ")
          .append(persen(p.dec("poin_ip_asn_berisiko")))
          .append(" poin IP ASN kompetensi berisiko.");
    }
    return s.toString();
  }

  private static Map<Integer, Baris> perCw(List<Baris> rows) {
    Map<Integer, Baris> out = new TreeMap<>();
    for (Baris b : rows) {
      out.put(b.integer("caturwulan"), b);
    }
    return out;
  }

  private static Map<String, ?> baris(
      Map<Integer, Baris> perCw, String label, Function<Baris, String> nilai) {
    return sel(false, label, sel3(perCw, 1, nilai), sel3(perCw, 2, nilai), sel3(perCw, 3, nilai));
  }

  private static Map<String, ?> barisTebal(
      Map<Integer, Baris> perCw, String label, Function<Baris, String> nilai) {
    return sel(true, label, sel3(perCw, 1, nilai), sel3(perCw, 2, nilai), sel3(perCw, 3, nilai));
  }

  private static String sel3(Map<Integer, Baris> perCw, int cw, Function<Baris, String> nilai) {
    Baris b = perCw.get(cw);
    return b == null ? FormatIndonesia.KOSONG : nilai.apply(b);
  }

  private static String persenTanda(BigDecimal nilai) {
    return nilai == null ? FormatIndonesia.KOSONG : persen(nilai) + "%";
  }
}
