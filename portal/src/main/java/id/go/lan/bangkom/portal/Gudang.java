package id.go.lan.bangkom.portal;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.SqlTeks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.duckdb.DuckDBConnection;

/**
 * The warehouse, read-only, for the pages: attached once per version of its file and shared by
 * every request (each gets its own duplicate connection), with the names of its tables read once.
 * {@code publish} swaps a new file in by a rename: the next request sees a new file (inode, time,
 * size) and attaches it; requests still running finish on the version they started with, whose
 * connection is closed two versions later. Attaching per request cost 14-15 ms of CPU, twice per
 * standing page (bench/RESULTS.md, 2026-12-05).
 */
final class Gudang implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Gudang.class.getName());

  /** One attached version of the file. */
  private record Versi(List<Object> kunci, DuckDBConnection root, Set<String> tabel) {}

  /** A connection for one request, and the tables its warehouse has. */
  record Koneksi(Connection c, Set<String> tabel) implements AutoCloseable {
    boolean ada(String nama) {
      return tabel.contains(nama);
    }

    @Override
    public void close() throws SQLException {
      c.close();
    }
  }

  private final Path berkas;
  private Versi versi;
  private final Deque<DuckDBConnection> lama = new ArrayDeque<>();

  Gudang(Path berkas) {
    this.berkas = requireNonNull(berkas, "berkas is null");
  }

  boolean ada() {
    return Files.isRegularFile(berkas);
  }

  /** A connection on the warehouse as it is now (USE w done). */
  Koneksi buka() throws SQLException {
    Versi v = versiKini();
    Connection c = v.root().duplicate();
    try (Statement st = c.createStatement()) {
      st.execute("USE w");
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return new Koneksi(c, v.tabel());
  }

  private synchronized Versi versiKini() throws SQLException {
    List<Object> kunci;
    try {
      BasicFileAttributes a = Files.readAttributes(berkas, BasicFileAttributes.class);
      kunci =
          List.of(
              a.fileKey() == null ? "" : a.fileKey(), a.lastModifiedTime().toMillis(), a.size());
    } catch (IOException e) {
      throw new SQLException("warehouse not readable: " + berkas, e);
    }
    if (versi != null && versi.kunci().equals(kunci)) {
      return versi;
    }
    DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    Set<String> tabel = new HashSet<>();
    try (Statement st = root.createStatement()) {
      st.execute("SET threads = 1");
      st.execute("ATTACH " + SqlTeks.path(berkas) + " AS w (READ_ONLY)");
      try (ResultSet rs =
          st.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_catalog = 'w'")) {
        while (rs.next()) {
          tabel.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      root.close();
      throw e;
    }
    if (versi != null) {
      lama.addLast(versi.root());
      while (lama.size() > 1) {
        tutup(lama.removeFirst());
      }
    }
    versi = new Versi(kunci, root, Set.copyOf(tabel));
    return versi;
  }

  private static void tutup(DuckDBConnection c) {
    try {
      c.close();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Closing an old warehouse connection failed", e);
    }
  }

  @Override
  public synchronized void close() {
    lama.forEach(Gudang::tutup);
    lama.clear();
    if (versi != null) {
      tutup(versi.root());
      versi = null;
    }
  }
}
