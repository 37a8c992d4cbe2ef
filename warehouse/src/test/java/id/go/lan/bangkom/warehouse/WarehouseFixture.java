package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.LogTindakLanjut;
import id.go.lan.bangkom.ingestion.penugasan.ImporPenugasan;
import id.go.lan.bangkom.samples.SampleData;
import id.go.lan.bangkom.transforms.SampleLake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The shipped sample's lake ({@link SampleLake}: ingested and transformed once per build) with a
 * warehouse published from it once per test JVM, which the warehouse tests read (and copy to
 * change).
 */
final class WarehouseFixture {
  /** A fixed key, so tests can hash a NIP themselves. */
  static final String KEY = SampleLake.KEY;

  private static Workspace sample;

  private WarehouseFixture() {}

  static BangkomConfig config() {
    return SampleLake.config();
  }

  static InstansiMaster master() {
    return SampleLake.master();
  }

  /** The sample workspace, built on first use; do not change it (copy it with {@link #copy}). */
  static synchronized Workspace sample() throws IOException {
    if (sample == null) {
      Path root = Files.createTempDirectory("bangkom-gudang-sampel");
      Workspace ws = SampleLake.copy(root);
      followUps(ws);
      new WarehousePublisher(config(), master(), ws).publish();
      sample = ws;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
    }
    return sample;
  }

  /**
   * The follow-up side of the sample: the shipped assignment of all 606 instansi (in force from 1
   * January 2026) and two contacts about 2026-CW3, one with a promise past its date, so the
   * follow-up tables and the questions about them have rows.
   */
  private static void followUps(Workspace ws) throws IOException {
    Path file = SampleData.copyPenugasan(ws.root().resolve("unggahan"));
    new ImporPenugasan(master(), ws).impor(file, Optional.of(LocalDate.of(2026, 1, 1)));
    OffsetDateTime now = OffsetDateTime.of(2026, 9, 20, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    try (LogTindakLanjut.Penulis log = LogTindakLanjut.Penulis.buka(ws)) {
      log.tambah(
          LogTindakLanjut.Entri.baru(
              2026,
              3,
              "32.04",
              LocalDate.of(2026, 9, 15),
              "TELEPON",
              "Kepala BKPSDM",
              "Data pelatihan akan dilengkapi",
              "Kirim ulang data bangkom",
              LocalDate.of(2026, 10, 15),
              "uji@lan.example",
              now,
              LogTindakLanjut.SUMBER_CATAT));
      log.tambah(
          LogTindakLanjut.Entri.baru(
              2026,
              3,
              "33",
              LocalDate.of(2026, 9, 16),
              "WHATSAPP",
              "",
              "Surat sudah diterima",
              "",
              null,
              "uji@lan.example",
              now,
              LogTindakLanjut.SUMBER_CATAT));
    }
  }

  /** A copy of the sample workspace (lake and warehouse) that a test may change. */
  static Workspace copy(Path target) throws IOException {
    Path source = sample().root();
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path t = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (!p.getFileName().toString().equals(".publish.lock")) {
          Files.copy(p, t);
        }
      }
    }
    return new Workspace(target);
  }

  static Connection readOnly(Path warehouse) throws SQLException {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), p);
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An in-memory DuckDB holding only {@code tabel}, created from the warehouse's schema.sql. */
  static Connection denganTabel(String tabel) throws SQLException, IOException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    for (String sql : SqlScript.statements(SqlScript.SCHEMA)) {
      if (sql.startsWith("CREATE TABLE " + tabel + " ")) {
        try (java.sql.Statement s = c.createStatement()) {
          s.execute(sql);
        }
      }
    }
    return c;
  }

  /** The rows of {@code sql}, each its values joined by '|' ({@code null} as "null"). */
  static java.util.List<String> baris(Connection c, String sql) throws SQLException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        java.util.List<String> r = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
          r.add(String.valueOf(rs.getObject(i)));
        }
        out.add(String.join("|", r));
      }
    }
    return out;
  }
}
