package id.go.lan.bangkom.portal;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The portal's database: accounts, invitations, sessions and the audit log. H2 in {@code
 * <workspace>/portal/} unless {@code portal.jdbc_url} names a PostgreSQL database. Every commit is
 * on disk before the request that made it answers (H2 with {@code WRITE_DELAY=0}): a portal killed
 * with {@code -9} loses no account.
 */
public final class Penyimpanan implements AutoCloseable {
  private static final Pesan PESAN = Pesan.modul("portal");

  /** The portal's folder under the workspace (H2 files, uploads being checked, exports). */
  public static final String FOLDER = "portal";

  private final JdbcConnectionPool pool;
  private final String url;

  private Penyimpanan(JdbcConnectionPool pool, String url) {
    this.pool = pool;
    this.url = url;
  }

  /** Opens (and creates, the first time) the store the settings name. */
  public static Penyimpanan buka(PengaturanPortal p, Workspace ws) {
    requireNonNull(p, "p is null");
    requireNonNull(ws, "ws is null");
    String url = p.jdbcUrl().orElse(null);
    JdbcConnectionPool pool;
    if (url == null) {
      Path folder = ws.root().resolve(FOLDER);
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new UncheckedIOException(PESAN.f("galat.folder", folder.toString()), e);
      }
      url =
          "jdbc:h2:file:"
              + folder.toAbsolutePath().resolve("portal")
              + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
      pool = JdbcConnectionPool.create(url, "bangkom", "");
    } else if (url.startsWith("jdbc:postgresql:")) {
      PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
      ds.setURL(url);
      p.jdbcPengguna().ifPresent(ds::setUser);
      p.jdbcSandi().ifPresent(ds::setPassword);
      pool = JdbcConnectionPool.create(ds);
    } else if (url.startsWith("jdbc:h2:")) {
      pool =
          JdbcConnectionPool.create(
              url, p.jdbcPengguna().orElse("bangkom"), p.jdbcSandi().orElse(""));
    } else {
      throw new IllegalArgumentException(PESAN.f("galat.jdbc_url", url));
    }
    pool.setMaxConnections(32);
    Penyimpanan s = new Penyimpanan(pool, url);
    try {
      s.buatSkema();
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
    return s;
  }

  /** A pooled connection (auto-commit on); close it to return it. */
  public Connection sambung() throws SQLException {
    return pool.getConnection();
  }

  /** The JDBC URL in use, without credentials (for the console and the log). */
  public String url() {
    return url;
  }

  private void buatSkema() {
    String sql;
    try (InputStream in = Penyimpanan.class.getResourceAsStream("/bangkom/portal/skema.sql")) {
      sql =
          new String(
              requireNonNull(in, "skema.sql missing").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Connection c = sambung();
        Statement st = c.createStatement()) {
      for (String s : sql.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!s.isBlank()) {
          st.execute(s);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(PESAN.f("galat.basis_data", url, e.getMessage()), e);
    }
  }

  @Override
  public void close() {
    pool.dispose();
  }
}
