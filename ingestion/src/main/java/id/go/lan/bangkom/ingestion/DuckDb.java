package id.go.lan.bangkom.ingestion;

import id.go.lan.bangkom.core.BangkomConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.duckdb.DuckDBConnection;

/** In-memory DuckDB connections with the configured limits. */
final class DuckDb {
  private DuckDb() {}

  static Connection connect(BangkomConfig config, Path tempDirectory) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute("SET threads=" + config.duckdbThreads());
      s.execute("SET memory_limit=" + LakeTables.literal(config.duckdbMemoryLimit()));
      s.execute("SET preserve_insertion_order=true");
      if (tempDirectory != null) {
        s.execute("SET temp_directory=" + LakeTables.literal(tempDirectory.toString()));
      }
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /**
   * The in-memory database of one ingest run; parallel writers take their own connection with
   * {@link DuckDBConnection#duplicate()}. Spills to {@code tempDirectory} past the memory limit.
   */
  static DuckDBConnection open(BangkomConfig config, Path tempDirectory) throws SQLException {
    return connect(config, tempDirectory).unwrap(DuckDBConnection.class);
  }

  /** The NIPs of a pegawai Parquet file. */
  static Set<String> nips(Connection c, Path pegawaiParquet) throws SQLException {
    Set<String> nips = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT nip FROM read_parquet("
                    + LakeTables.literal(pegawaiParquet.toAbsolutePath().toString())
                    + ")")) {
      while (rs.next()) {
        String nip = rs.getString(1);
        if (nip != null) {
          nips.add(nip);
        }
      }
    }
    return nips;
  }
}
