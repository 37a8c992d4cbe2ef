package id.go.lan.bangkom.schedules.delivery;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.SqlTeks;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the notices of one period from the warehouse table {@code sounding}, read-only: the file is
 * attached to an in-memory database, so a long-lived scheduler never keeps an instance the
 * publisher has since replaced. The notices are every SOUNDING row whose level is not HIJAU and
 * every row of a later stage (ESKALASI, TERIMA_KASIH), ordered by kode instansi, then stage. A
 * warehouse published before the escalation ladder (no column {@code tahap}) holds SOUNDING rows
 * only.
 */
final class NoticeReader {
  private NoticeReader() {}

  static List<Notice> read(
      Path warehouse, Periode periode, InstansiMaster master, BangkomConfig config) {
    if (!Files.isRegularFile(warehouse)) {
      throw new IllegalStateException(PESAN.f("gudang.belum.ada", warehouse));
    }
    List<Notice> notices = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement statement = connection.createStatement()) {
        // The product's DuckDB limits (duckdb.*), as every DuckDB connection of the product.
        statement.execute("SET threads = " + config.duckdbThreads());
        statement.execute("SET memory_limit = " + SqlTeks.literal(config.duckdbMemoryLimit()));
        statement.execute("ATTACH " + SqlTeks.path(warehouse) + " AS w (READ_ONLY)");
      }
      try (PreparedStatement statement = connection.prepareStatement(sql(hasStages(connection)))) {
        statement.setInt(1, periode.tahun());
        statement.setInt(2, periode.caturwulan());
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            String kode = rs.getString(1);
            Optional<Instansi> instansi = master.find(kode);
            notices.add(
                new Notice(
                    periode,
                    kode,
                    instansi.map(Instansi::nama).orElse(kode),
                    rs.getString(2),
                    TahapSounding.dari(rs.getString(5)),
                    Optional.ofNullable(rs.getString(6)).filter(s -> !s.isBlank()),
                    Optional.ofNullable(rs.getString(3)).orElse(""),
                    Optional.ofNullable(rs.getBigDecimal(4)).map(BigDecimal::stripTrailingZeros),
                    nonBlank(instansi.map(Instansi::namaPic)),
                    nonBlank(instansi.map(Instansi::emailPic)),
                    nonBlank(instansi.map(Instansi::jabatanPimpinan)),
                    nonBlank(instansi.map(Instansi::emailPimpinan))));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          PESAN.f(
              "sounding.tidak.terbaca", periode.id(), warehouse, String.valueOf(e.getMessage())),
          e);
    }
    return List.copyOf(notices);
  }

  /**
   * The query of one period's notices. The stage order is {@link TahapSounding}'s (SOUNDING,
   * ESKALASI, TERIMA_KASIH), so each instansi's first letter goes before the later ones.
   */
  private static String sql(boolean hasStages) {
    String tahap = hasStages ? "tahap" : "'" + TahapSounding.SOUNDING.name() + "'";
    String pemicu = hasStages ? "pemicu" : "CAST(NULL AS VARCHAR)";
    StringBuilder order = new StringBuilder("CASE t.tahap");
    for (TahapSounding t : TahapSounding.values()) {
      order.append(" WHEN '").append(t.name()).append("' THEN ").append(t.ordinal());
    }
    order.append(" ELSE ").append(TahapSounding.values().length).append(" END");
    return "SELECT kode_instansi, level, alasan, persen_on_track, tahap, pemicu FROM (SELECT"
        + " kode_instansi, level, alasan, persen_on_track, "
        + tahap
        + " AS tahap, "
        + pemicu
        + " AS pemicu FROM w.sounding WHERE tahun = ? AND caturwulan = ?) t"
        + " WHERE t.tahap <> 'SOUNDING' OR t.level <> 'HIJAU'"
        + " ORDER BY t.kode_instansi, "
        + order;
  }

  /** Whether the attached warehouse's {@code sounding} has the column {@code tahap}. */
  private static boolean hasStages(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT count(*) FROM duckdb_columns() WHERE database_name = 'w'"
                    + " AND table_name = 'sounding' AND column_name = 'tahap'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  private static Optional<String> nonBlank(Optional<String> value) {
    return value.map(String::strip).filter(s -> !s.isEmpty());
  }
}
