package id.go.lan.bangkom.reports;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The warehouse queries of the Laporan Tahunan: one year, read into {@link DataTahunan}. */
final class KueriTahunan {
  private KueriTahunan() {}

  static DataTahunan baca(
      Connection c, Path warehouse, int tahun, CaturwulanCalendar calendar, int selMinimum)
      throws SQLException {
    Map<Integer, Baris> kepatuhan =
        perCw(Baris.query(c, "SELECT * FROM kepatuhan_nasional WHERE tahun = ?", tahun));
    Map<Integer, Baris> tr =
        perCw(Baris.query(c, "SELECT * FROM training_rate_nasional WHERE tahun = ?", tahun));
    Map<Integer, Baris> proyeksi =
        perCw(Baris.query(c, "SELECT * FROM proyeksi_nasional WHERE tahun = ?", tahun));
    int akhir = kepatuhan.isEmpty() ? 3 : ((TreeMap<Integer, Baris>) kepatuhan).lastKey();
    LocalDate batas = calendar.akhir(new Periode(tahun, akhir));
    VersiData versi = VersiData.baca(c, warehouse, tahun, akhir, batas);
    return new DataTahunan(
        tahun,
        akhir,
        batas,
        versi,
        kepatuhan,
        tr,
        proyeksi,
        perJenis(c, tahun),
        polaKelemahan(c, tahun, akhir),
        Baris.query(
            c,
            "SELECT * FROM proyeksi_uji_balik WHERE kode_instansi IS NULL AND tahun <= ?"
                + " ORDER BY tahun DESC, dari_caturwulan",
            tahun),
        perTahun(c, tahun),
        Baris.query(
            c,
            "SELECT caturwulan, count(*) FILTER (WHERE level = 'HIJAU') AS hijau,"
                + " count(*) FILTER (WHERE level = 'KUNING') AS kuning,"
                + " count(*) FILTER (WHERE level = 'MERAH') AS merah,"
                + " count(*) FILTER (WHERE level = 'DATA') AS data"
                + " FROM sounding WHERE tahun = ?"
                + SaringTahap.hanyaSounding(c, "")
                + " GROUP BY caturwulan ORDER BY caturwulan",
            tahun),
        targetPerJenis(c, tahun),
        efektivitas(c, tahun),
        selMinimum);
  }

  /**
   * The year's {@code efektivitas_sounding} rows; empty for a warehouse published before the table
   * existed.
   */
  private static Optional<List<Baris>> efektivitas(Connection c, int tahun) throws SQLException {
    if (!ada(c, "efektivitas_sounding")) {
      return Optional.empty();
    }
    return Optional.of(
        Baris.query(
            c,
            "SELECT * FROM efektivitas_sounding WHERE tahun = ?"
                + " ORDER BY caturwulan, level, jenis_instansi, disounding, ditindaklanjuti",
            tahun));
  }

  private static boolean ada(Connection c, String table) throws SQLException {
    return !Baris.query(
            c, "SELECT 1 FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?", table)
        .isEmpty();
  }

  private static Map<String, Map<Integer, Baris>> perJenis(Connection c, int tahun)
      throws SQLException {
    Map<String, Map<Integer, Baris>> perJenis = new LinkedHashMap<>();
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
    return perJenis;
  }

  private static List<Baris> polaKelemahan(Connection c, int tahun, int akhir) throws SQLException {
    return Baris.query(
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
  }

  private static Map<Integer, Map<Integer, Baris>> perTahun(Connection c, int tahun)
      throws SQLException {
    Map<Integer, Map<Integer, Baris>> perTahun = new TreeMap<>();
    for (Baris b :
        Baris.query(
            c,
            "SELECT * FROM kepatuhan_nasional WHERE tahun <= ? ORDER BY tahun, caturwulan",
            tahun)) {
      perTahun
          .computeIfAbsent(b.integer("tahun"), k -> new TreeMap<>())
          .put(b.integer("caturwulan"), b);
    }
    return perTahun;
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

  private static Map<Integer, Baris> perCw(List<Baris> rows) {
    Map<Integer, Baris> out = new TreeMap<>();
    for (Baris b : rows) {
      out.put(b.integer("caturwulan"), b);
    }
    return out;
  }
}
