package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.SqlTeks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one cut-off from the analyst warehouse (docs/warehouse.md), read-only. The file is attached
 * to an in-memory database rather than opened directly, so a reader in a long-lived JVM never keeps
 * seeing an instance the publisher has since replaced.
 */
public final class WarehouseReader {
  /** Order of the jenis instansi in every table: pusat first, then the regions. */
  private static final String URUTAN_JENIS =
      "CASE d.jenis_instansi WHEN 'KEMENTERIAN' THEN 1 WHEN 'LEMBAGA' THEN 2"
          + " WHEN 'PROVINSI' THEN 3 WHEN 'KABUPATEN' THEN 4 WHEN 'KOTA' THEN 5 ELSE 6 END";

  private final PengaturanSurat pengaturan;

  WarehouseReader(PengaturanSurat pengaturan) {
    this.pengaturan = pengaturan;
  }

  DataLaporanCaturwulan read(Path warehouse, Periode periode) throws SQLException {
    return read(warehouse, periode, Optional.empty());
  }

  /**
   * @param terbitSebelumnya when the previous issue of this report was made, if any: the
   *     restatements named are those recorded since
   */
  DataLaporanCaturwulan read(Path warehouse, Periode periode, Optional<Instant> terbitSebelumnya)
      throws SQLException {
    try (Connection connection = open(warehouse, pengaturan)) {
      LocalDate[] tanggal = tanggalPeriode(connection, periode);
      return new DataLaporanCaturwulan(
          periode,
          tanggal[0],
          tanggal[1],
          nasional(connection, periode),
          perJenis(connection, periode),
          sounding(connection, periode),
          lampiran(connection, periode),
          VersiData.baca(connection, warehouse, periode.tahun(), periode.caturwulan(), tanggal[1])
              .kaki(),
          ralat(connection, periode, terbitSebelumnya));
    }
  }

  /** The ralat rows of the cut-off recorded after {@code sejak} (all of them without one). */
  private static RalatPeriode ralat(Connection connection, Periode periode, Optional<Instant> sejak)
      throws SQLException {
    if (!tableExists(connection, "ralat")) {
      return new RalatPeriode(periode, 0, sejak);
    }
    // dicatat_pada is UTC without a zone (docs/warehouse.md): epoch() reads it as such.
    String sql =
        "SELECT count(*) FROM ralat WHERE tahun = ? AND caturwulan = ?"
            + " AND epoch(dicatat_pada) > ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, periode.tahun());
      statement.setInt(2, periode.caturwulan());
      statement.setDouble(
          3, sejak.map(t -> t.toEpochMilli() / 1000.0).orElse(Double.NEGATIVE_INFINITY));
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return new RalatPeriode(periode, rs.getLong(1), sejak);
      }
    }
  }

  /**
   * An in-memory DuckDB with the warehouse attached read-only as {@code w}, limited to the
   * configured {@code duckdb.threads} and {@code duckdb.memory_limit}.
   */
  public static Connection open(Path warehouse, PengaturanSurat pengaturan) throws SQLException {
    if (!Files.isRegularFile(warehouse)) {
      throw new ReportRenderException(
          teks("galat.gudang_tidak_ada", warehouse.toString()), false, null);
    }
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET threads = " + pengaturan.duckdbThreads());
      statement.execute("SET memory_limit = " + SqlTeks.literal(pengaturan.duckdbMemoryLimit()));
      statement.execute("ATTACH " + SqlTeks.path(warehouse) + " AS w (READ_ONLY)");
      statement.execute("USE w");
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  /** Dates from {@code dim_periode} when the lake has the period, else from the calendar. */
  private LocalDate[] tanggalPeriode(Connection connection, Periode periode) throws SQLException {
    String sql =
        "SELECT tanggal_mulai, tanggal_akhir FROM dim_periode WHERE tahun = ? AND caturwulan = ?";
    if (tableExists(connection, "dim_periode")) {
      try (PreparedStatement statement = prepare(connection, sql, periode);
          ResultSet rs = statement.executeQuery()) {
        if (rs.next()) {
          return new LocalDate[] {
            rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)
          };
        }
      }
    }
    return new LocalDate[] {
      pengaturan.calendar().awal(periode), pengaturan.calendar().akhir(periode)
    };
  }

  private static RingkasanNasional nasional(Connection connection, Periode periode)
      throws SQLException {
    String sql =
        "SELECT jumlah_instansi, jumlah_instansi_melapor, persen_cakupan, jumlah_pegawai,"
            + " jumlah_memenuhi, jumlah_sesuai_target, jumlah_tertinggal, jumlah_belum_ada_jp,"
            + " persen_memenuhi, persen_on_track, total_jp, rata_rata_jp, median_jp"
            + " FROM kepatuhan_nasional WHERE tahun = ? AND caturwulan = ?";
    try (PreparedStatement statement = prepare(connection, sql, periode);
        ResultSet rs = statement.executeQuery()) {
      if (!rs.next()) {
        return RingkasanNasional.kosong(jumlahInstansiMaster(connection));
      }
      return new RingkasanNasional(
          rs.getLong("jumlah_instansi"),
          rs.getLong("jumlah_instansi_melapor"),
          rs.getBigDecimal("persen_cakupan"),
          longOrNull(rs, "jumlah_pegawai"),
          longOrNull(rs, "jumlah_memenuhi"),
          longOrNull(rs, "jumlah_sesuai_target"),
          longOrNull(rs, "jumlah_tertinggal"),
          longOrNull(rs, "jumlah_belum_ada_jp"),
          rs.getBigDecimal("persen_memenuhi"),
          rs.getBigDecimal("persen_on_track"),
          rs.getBigDecimal("total_jp"),
          rs.getBigDecimal("rata_rata_jp"),
          rs.getBigDecimal("median_jp"));
    }
  }

  private static long jumlahInstansiMaster(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM dim_instansi")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<RekapJenis> perJenis(Connection connection, Periode periode)
      throws SQLException {
    String sql =
        "SELECT d.jenis_instansi, count(*) AS jumlah_instansi,"
            + " count(*) FILTER (WHERE k.melapor) AS jumlah_melapor,"
            + " sum(k.jumlah_pegawai) FILTER (WHERE k.melapor) AS jumlah_pegawai,"
            + " sum(k.jumlah_memenuhi) FILTER (WHERE k.melapor) AS jumlah_memenuhi,"
            + " sum(k.jumlah_sesuai_target) FILTER (WHERE k.melapor) AS jumlah_sesuai_target"
            + " FROM dim_instansi d LEFT JOIN kepatuhan_instansi k"
            + " ON k.kode_instansi = d.kode_instansi AND k.tahun = ? AND k.caturwulan = ?"
            + " GROUP BY d.jenis_instansi ORDER BY min("
            + URUTAN_JENIS
            + "), d.jenis_instansi";
    List<RekapJenis> rows = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, sql, periode);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        rows.add(
            new RekapJenis(
                rs.getString("jenis_instansi"),
                rs.getLong("jumlah_instansi"),
                rs.getLong("jumlah_melapor"),
                longOrNull(rs, "jumlah_pegawai"),
                longOrNull(rs, "jumlah_memenuhi"),
                longOrNull(rs, "jumlah_sesuai_target")));
      }
    }
    return rows;
  }

  private static List<InstansiSounding> sounding(Connection connection, Periode periode)
      throws SQLException {
    String sql =
        "SELECT s.kode_instansi, d.nama_instansi, d.jenis_instansi, s.level, s.persen_on_track,"
            + " s.alasan FROM sounding s LEFT JOIN dim_instansi d USING (kode_instansi)"
            + " WHERE s.tahun = ? AND s.caturwulan = ? AND s.level IN ('MERAH', 'KUNING', 'DATA')"
            + SaringTahap.hanyaSounding(connection, "s")
            + " ORDER BY CASE s.level WHEN 'MERAH' THEN 1 WHEN 'KUNING' THEN 2 ELSE 3 END,"
            + " s.persen_on_track ASC NULLS LAST, s.kode_instansi";
    List<InstansiSounding> rows = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, sql, periode);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        rows.add(
            new InstansiSounding(
                rs.getString("kode_instansi"),
                rs.getString("nama_instansi"),
                rs.getString("jenis_instansi"),
                rs.getString("level"),
                rs.getBigDecimal("persen_on_track"),
                rs.getString("alasan")));
      }
    }
    return rows;
  }

  private static List<BarisLampiran> lampiran(Connection connection, Periode periode)
      throws SQLException {
    String sql =
        "SELECT d.kode_instansi, d.nama_instansi, d.jenis_instansi, k.melapor, k.jumlah_pegawai,"
            + " k.persen_memenuhi, k.persen_on_track, s.level"
            + " FROM dim_instansi d"
            + " LEFT JOIN kepatuhan_instansi k ON k.kode_instansi = d.kode_instansi"
            + " AND k.tahun = ? AND k.caturwulan = ?"
            + " LEFT JOIN sounding s ON s.kode_instansi = d.kode_instansi"
            + " AND s.tahun = ? AND s.caturwulan = ?"
            + SaringTahap.hanyaSounding(connection, "s")
            + " ORDER BY "
            + URUTAN_JENIS
            + ", d.kode_instansi";
    List<BarisLampiran> rows = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, sql, periode);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        boolean melapor = rs.getBoolean("melapor");
        Boolean melaporAtauNull = rs.wasNull() ? null : melapor;
        rows.add(
            new BarisLampiran(
                rs.getString("kode_instansi"),
                rs.getString("nama_instansi"),
                rs.getString("jenis_instansi"),
                melaporAtauNull,
                longOrNull(rs, "jumlah_pegawai"),
                rs.getBigDecimal("persen_memenuhi"),
                rs.getBigDecimal("persen_on_track"),
                rs.getString("level")));
      }
    }
    return rows;
  }

  /** Binds the period to every {@code tahun = ? AND caturwulan = ?} pair of the query. */
  private static PreparedStatement prepare(Connection connection, String sql, Periode periode)
      throws SQLException {
    long parameters = sql.chars().filter(c -> c == '?').count();
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 1; i < parameters; i += 2) {
      statement.setInt(i, periode.tahun());
      statement.setInt(i + 1, periode.caturwulan());
    }
    return statement;
  }

  private static boolean tableExists(Connection connection, String table) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'w' AND table_name = ?")) {
      statement.setString(1, table);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  private static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}
