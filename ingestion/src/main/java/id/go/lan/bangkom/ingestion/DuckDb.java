package id.go.lan.bangkom.ingestion;

import id.go.lan.bangkom.core.SqlTeks;
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

  static Connection connect(IngestionSettings settings, Path tempDirectory) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute("SET threads=" + settings.duckdbThreads());
      s.execute("SET memory_limit=" + SqlTeks.literal(settings.duckdbMemoryLimit()));
      s.execute("SET preserve_insertion_order=true");
      if (tempDirectory != null) {
        s.execute("SET temp_directory=" + SqlTeks.path(tempDirectory));
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
  static DuckDBConnection open(IngestionSettings settings, Path tempDirectory) throws SQLException {
    return connect(settings, tempDirectory).unwrap(DuckDBConnection.class);
  }

  /** The NIPs of a pegawai Parquet file. */
  static Set<String> nips(Connection c, Path pegawaiParquet) throws SQLException {
    Set<String> nips = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT nip FROM read_parquet(" + SqlTeks.path(pegawaiParquet) + ")")) {
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
