package id.go.lan.bangkom.transforms;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.ingestion.Lake;
import id.go.lan.bangkom.ingestion.SubmisiVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the analyst warehouse from the lake into a new DuckDB file and swaps it in atomically:
 * readers keep their old view, the next reader sees the new file, and a failure half-way leaves the
 * old warehouse as it was. The warehouse never holds a name or a raw NIP.
 */
public final class WarehousePublisher {
  private static final String SCHEMA = "/bangkom/warehouse/schema.sql";

  /** NIP-like digit runs (with optional spaces or dots) are masked in analyst-facing text. */
  private static final String NIP_LIKE = "[0-9][0-9 .]{7,}[0-9]";

  private final BangkomConfig config;
  private final InstansiMaster master;
  private final Workspace workspace;

  public WarehousePublisher(BangkomConfig config, InstansiMaster master, Workspace workspace) {
    this.config = config;
    this.master = master;
    this.workspace = workspace;
  }

  /** Builds and swaps in {@code warehouse/bangkom.duckdb}; returns its path. */
  public Path publish() {
    Path dir = workspace.warehouseDir();
    try {
      Files.createDirectories(dir);
      try (FileChannel lockChannel =
              FileChannel.open(
                  dir.resolve(".publish.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock lock = lockChannel.tryLock()) {
        if (lock == null) {
          throw new IllegalStateException(
              "Publikasi lain sedang berjalan untuk gudang data ini: " + workspace.warehouse());
        }
        return build(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish the warehouse in " + dir, e);
    }
  }

  private Path build(Path dir) throws IOException {
    Path tmp = dir.resolve("bangkom.duckdb.tmp-" + UUID.randomUUID());
    try {
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.toAbsolutePath())) {
        try (Statement s = c.createStatement()) {
          s.execute("SET memory_limit='" + config.duckdbMemoryLimit().replace("'", "") + "'");
          s.execute("SET threads=" + config.duckdbThreads());
          for (String ddl : statements()) {
            s.execute(ddl);
          }
        }
        c.setAutoCommit(false);
        loadInstansi(c);
        Lake lake = Lake.open(workspace);
        loadSubmisi(c, lake);
        loadPeriode(c, lake);
        loadPenolakan(c, lake);
        loadComputed(c);
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("CHECKPOINT");
        }
      }
      Files.deleteIfExists(Path.of(tmp + ".wal"));
      Path target = workspace.warehouse();
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot build the warehouse, " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(Path.of(tmp + ".wal"));
    }
  }

  private static List<String> statements() throws IOException {
    try (InputStream in = WarehousePublisher.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find the warehouse schema: " + SCHEMA);
      }
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Stream.of(sql.split("(?m)^;\\s*$"))
          .map(s -> s.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n")))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }

  private void loadInstansi(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO dim_instansi VALUES (?, ?, ?, ?, ?)")) {
      for (Instansi i : master.all()) {
        ps.setString(1, i.kode());
        ps.setString(2, i.nama());
        ps.setString(3, i.jenis().name());
        ps.setString(4, i.kodeProvinsi().orElse(null));
        ps.setString(5, i.namaProvinsi().orElse(null));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void loadSubmisi(Connection c, Lake lake) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO submisi VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (SubmisiVersion v : lake.versions()) {
        Periode p = Periode.parse(v.periode());
        ps.setString(1, v.submisiId());
        ps.setString(2, v.kode());
        ps.setInt(3, p.tahun());
        ps.setInt(4, p.caturwulan());
        ps.setInt(5, v.versi());
        ps.setTimestamp(6, Timestamp.from(v.diterimaPada()));
        ps.setLong(7, v.barisDibaca());
        ps.setLong(8, v.barisDiterima());
        ps.setLong(9, v.barisDitolak());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void loadPeriode(Connection c, Lake lake) throws SQLException {
    Set<Periode> periods = new TreeSet<>();
    lake.versions().forEach(v -> periods.add(Periode.parse(v.periode())));
    CaturwulanCalendar calendar = config.calendar();
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO dim_periode VALUES (?, ?, ?, ?, ?)")) {
      for (Periode p : periods) {
        ps.setString(1, p.id());
        ps.setInt(2, p.tahun());
        ps.setInt(3, p.caturwulan());
        ps.setObject(4, calendar.awal(p));
        ps.setObject(5, calendar.akhir(p));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void loadPenolakan(Connection c, Lake lake) throws SQLException {
    List<Path> files = lake.penolakanFiles();
    if (files.isEmpty()) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO penolakan SELECT submisi_id, kode_instansi, dataset, berkas, nomor_baris,"
              + " kode_alasan, kolom, regexp_replace(pesan, '"
              + NIP_LIKE
              + "', '[disamarkan]', 'g') FROM read_parquet("
              + sqlList(files)
              + ", union_by_name = true)");
    }
  }

  private void loadComputed(Connection c) throws SQLException {
    for (String table : TransformJob.TABLES) {
      Path folder = workspace.computed(table);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      String glob = folder.toAbsolutePath() + "/periode=*/*.parquet";
      String columns = columnsOf(c, table);
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO "
                + table
                + " SELECT "
                + columns
                + " FROM read_parquet('"
                + glob.replace("'", "''")
                + "', hive_partitioning = false)");
      }
    }
  }

  /** The warehouse table's own columns, so extra lake columns (the raw NIP) never get in. */
  private static String columnsOf(Connection c, String table) throws SQLException {
    StringBuilder sb = new StringBuilder();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                + " ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          if (sb.length() > 0) {
            sb.append(", ");
          }
          sb.append('"').append(rs.getString(1)).append('"');
        }
      }
    }
    return sb.toString();
  }

  private static String sqlList(List<Path> files) {
    return files.stream()
        .map(p -> "'" + p.toAbsolutePath().toString().replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
