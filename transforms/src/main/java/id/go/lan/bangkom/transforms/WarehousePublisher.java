package id.go.lan.bangkom.transforms;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.WorkspaceLock;
import id.go.lan.bangkom.ingestion.Lake;
import id.go.lan.bangkom.ingestion.SubmisiVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the analyst warehouse from the lake into a new DuckDB file and swaps it in atomically:
 * readers keep their old view, the next reader sees the new file, and a failure half-way leaves the
 * old warehouse as it was. One publish at a time per workspace (a file lock). The warehouse never
 * holds a name or a raw NIP; docs/warehouse.md documents it and becomes its {@code COMMENT ON}s.
 */
public final class WarehousePublisher {
  private static final String SCHEMA = "/bangkom/warehouse/schema.sql";
  private static final String STATIC_DIMENSIONS = "/bangkom/warehouse/dim_statis.sql";

  /** Configuration key: a unit row over fewer people than this is a small cell. */
  static final String SEL_MINIMUM = "privasi.sel_minimum";

  /**
   * The activity name's part of a record key in DuckDB SQL, the rule of {@link Kunci#kegiatan}:
   * runs of Java's {@code \s} ({@code [ \t\n\x0B\f\r]}; RE2's {@code \s} lacks the vertical tab) as
   * one space, then trimmed of spaces only (DuckDB's one-argument trim also removes Unicode spaces
   * such as U+00A0, which the rule keeps), lower case. Tested against {@link Kunci#normalise} in
   * KunciTest.
   */
  static final String KEGIATAN_SQL =
      "lower(trim(regexp_replace(nama_kegiatan, '[ \\t\\n\\x0B\\f\\r]+', ' ', 'g'), ' '))";

  /**
   * SPEC §5's deduplication in DuckDB SQL, as {@link Compliance#dedupBangkom} does it in Spark: one
   * row per record key of {@code records} (nip, {@link #KEGIATAN_SQL}, both dates) with {@code nip,
   * tanggal_selesai}, the largest {@code jp}, that copy's {@code jenis_diklat}, and {@code jalur}
   * NONKLASIKAL when any copy says so (text order), as the transforms count JP non-klasikal.
   */
  static String dedupBangkomSql(String records) {
    return "SELECT nip, tanggal_selesai, max(jp) AS jp, arg_max(jenis_diklat, jp) AS jenis_diklat,"
        + " max(jalur) AS jalur FROM (SELECT nip, tanggal_mulai, tanggal_selesai, jp, jenis_diklat,"
        + " jalur, "
        + KEGIATAN_SQL
        + " AS kegiatan FROM "
        + records
        + ") GROUP BY nip, kegiatan, tanggal_mulai, tanggal_selesai";
  }

  private static final Pattern DUPLICATE_KEY = Pattern.compile("(?i)duplicate key \"([^\"]*)\"");
  private static final String GAGAL = "Gudang data tidak diterbitkan (gudang lama tetap dipakai): ";

  private final BangkomConfig config;
  private final InstansiMaster master;
  private final Workspace workspace;
  private final Map<String, String> keys = new HashMap<>();

  public WarehousePublisher(BangkomConfig config, InstansiMaster master, Workspace workspace) {
    this.config = config;
    this.master = master;
    this.workspace = workspace;
  }

  /**
   * Builds and swaps in {@code warehouse/bangkom.duckdb}; returns its path. Holds the workspace's
   * {@link WorkspaceLock}, so no transform rewrites a period meanwhile, and refuses periods whose
   * transform did not finish ({@link PeriodeSelesai}).
   */
  public Path publish() {
    int selMinimum = selMinimum(config);
    Path dir = workspace.warehouseDir();
    try (WorkspaceLock lock = WorkspaceLock.acquire(workspace, "publish")) {
      List<String> incomplete = PeriodeSelesai.incomplete(workspace, TransformJob.TABLES);
      if (!incomplete.isEmpty()) {
        throw new IllegalStateException(
            GAGAL
                + "perhitungan periode "
                + String.join(", ", incomplete)
                + " belum selesai (transform terhenti atau gagal). Jalankan transform --periode "
                + incomplete.get(0)
                + " lalu publish lagi.");
      }
      Files.createDirectories(dir);
      removeLeftovers(dir);
      return build(dir, selMinimum);
    } catch (IOException e) {
      throw new UncheckedIOException(GAGAL + "tidak dapat menulis di " + dir, e);
    }
  }

  /**
   * Deletes what a killed publish left in the warehouse folder (its {@code bangkom.duckdb.tmp-*}
   * file with its {@code .wal} and spill folder). Safe under the workspace lock: no other publish
   * is building one now.
   */
  static void removeLeftovers(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith("bangkom.duckdb.tmp-")) {
          deleteTree(p);
        }
      }
    }
    Files.deleteIfExists(dir.resolve(".publish.lock")); // the lock file of earlier releases
  }

  /** {@code privasi.sel_minimum}, checked when the configuration was loaded. */
  static int selMinimum(BangkomConfig config) {
    return config.privasiSelMinimum();
  }

  private Path build(Path dir, int selMinimum) throws IOException {
    WarehouseDoc doc = WarehouseDoc.bundled();
    Path tmp = dir.resolve("bangkom.duckdb.tmp-" + UUID.randomUUID());
    try {
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.toAbsolutePath())) {
        try (Statement s = c.createStatement()) {
          s.execute("SET memory_limit='" + config.duckdbMemoryLimit().replace("'", "") + "'");
          s.execute("SET threads=" + config.duckdbThreads());
          for (String ddl : statements(SCHEMA)) {
            s.execute(ddl);
          }
          keys.putAll(keyColumns(c));
          for (WarehouseDoc.Table t : doc.tables().values()) {
            if (!t.key().isEmpty()) {
              keys.put(t.name(), String.join(", ", t.key()));
            }
          }
          for (String comment : doc.commentStatements()) {
            step("komentar dari docs/warehouse.md", c, () -> s.execute(comment));
          }
        }
        c.setAutoCommit(false);
        Lake lake = Lake.open(workspace);
        step("dimensi tetap", c, () -> executeAll(c, statements(STATIC_DIMENSIONS)));
        step("dim_jenis_pegawai", c, () -> loadJenisPegawai(c));
        step("dim_instansi", c, () -> loadInstansi(c));
        step("dim_provinsi", c, () -> loadProvinsi(c));
        step("submisi", c, () -> loadSubmisi(c, lake));
        step("dim_periode", c, () -> loadPeriode(c, lake));
        step("dim_target_jp", c, () -> loadTargetJp(c, lake));
        step("penolakan", c, () -> loadPenolakan(c, lake));
        for (String table : TransformJob.TABLES) {
          step(table, c, () -> loadComputed(c, table));
        }
        step("kepatuhan_unit", c, () -> markSmallCells(c, selMinimum));
        step("pengiriman", c, () -> loadPengiriman(c));
        step("bangkom_ringkas", c, () -> loadBangkomRingkas(c, lake));
        step("bangkom_instansi", c, () -> loadBangkomInstansi(c));
        for (WarehouseDoc.Table t : doc.tables().values()) {
          step(t.name(), c, () -> checkKey(c, t.name(), t.key()));
        }
        step("pemeriksaan privasi", c, () -> guardPrivacy(c));
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("CHECKPOINT");
        }
      } catch (SQLException e) {
        throw new IllegalStateException(GAGAL + firstLine(e), e);
      }
      Files.deleteIfExists(Path.of(tmp + ".wal"));
      Path target = workspace.warehouse();
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(Path.of(tmp + ".wal"));
      deleteTree(Path.of(tmp + ".tmp"));
    }
  }

  /** A load step; a failure names the table (and key, for a duplicate) in the message. */
  private interface SqlStep {
    void run() throws SQLException, IOException;
  }

  private void step(String table, Connection c, SqlStep step) throws IOException {
    try {
      step.run();
    } catch (SQLException e) {
      Matcher m = DUPLICATE_KEY.matcher(String.valueOf(e.getMessage()));
      if (m.find()) {
        throw new IllegalStateException(
            GAGAL
                + "tabel "
                + table
                + " memuat kunci ganda ("
                + keys.getOrDefault(table, "kunci")
                + ") = ("
                + m.group(1)
                + ")",
            e);
      }
      throw new IllegalStateException(GAGAL + "gagal memuat " + table + ": " + firstLine(e), e);
    }
  }

  /** Table -> its PRIMARY KEY / UNIQUE columns, read before loading (for failure messages). */
  private static Map<String, String> keyColumns(Connection c) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, array_to_string(constraint_column_names, ', ')"
                    + " FROM duckdb_constraints()"
                    + " WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE')"
                    + " ORDER BY table_name, constraint_type")) {
      while (rs.next()) {
        out.merge(rs.getString(1), rs.getString(2), (a, b) -> a + " / " + b);
      }
    }
    return out;
  }

  private static String firstLine(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  static List<String> statements(String resource) throws IOException {
    try (InputStream in = WarehousePublisher.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find the warehouse resource: " + resource);
      }
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Stream.of(sql.split("(?m)^;\\s*$"))
          .map(s -> s.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n")))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }

  private static void executeAll(Connection c, List<String> sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  private void loadJenisPegawai(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO dim_jenis_pegawai VALUES (?, ?)")) {
      for (String jenis : BangkomConfig.JENIS_PEGAWAI) {
        ps.setString(1, jenis);
        ps.setString(
            2,
            switch (jenis) {
              case "PNS" -> "Pegawai Negeri Sipil";
              case "CPNS" -> "Calon Pegawai Negeri Sipil";
              default -> "Pegawai Pemerintah dengan Perjanjian Kerja";
            });
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The annual target of each jenis pegawai in each year of dim_periode (SPEC §3). */
  private void loadTargetJp(Connection c, Lake lake) throws SQLException {
    Set<Integer> years = new TreeSet<>();
    lake.versions().forEach(v -> years.add(Periode.parse(v.periode()).tahun()));
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO dim_target_jp VALUES (?, ?, ?, ?)")) {
      for (int tahun : years) {
        for (String jenis : BangkomConfig.JENIS_PEGAWAI) {
          ps.setInt(1, tahun);
          ps.setString(2, jenis);
          ps.setBigDecimal(3, config.targetTahunan(jenis, tahun));
          ps.setBoolean(
              4,
              config.get("target.jp." + jenis + "." + tahun).filter(v -> !v.isBlank()).isPresent());
          ps.addBatch();
        }
      }
      ps.executeBatch();
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

  private static void loadProvinsi(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO dim_provinsi SELECT kode_provinsi, min(nama_provinsi), count(*)"
              + " FROM dim_instansi WHERE kode_provinsi IS NOT NULL GROUP BY kode_provinsi");
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
              + " kode_alasan, kolom, pesan FROM read_parquet("
              + sqlList(files)
              + ", union_by_name = true)");
    }
  }

  /**
   * Copies a computed table's Parquet into the warehouse table of the same name: the warehouse's
   * own columns only, so extra lake columns (the raw NIP) never get in; {@code nip_hash} is made
   * from the lake's NIP. A warehouse column missing from the lake must have a DEFAULT (filled at
   * publish, e.g. {@code sel_kecil}).
   */
  private void loadComputed(Connection c, String table) throws SQLException {
    Path folder = workspace.computed(table);
    if (!Files.isDirectory(folder) || !keys.containsKey(table) && !hasTable(c, table)) {
      // A computed table without a warehouse table yet: WarehouseDocTest lists it as missing.
      return;
    }
    String source =
        "read_parquet('"
            + (folder.toAbsolutePath() + "/periode=*/*.parquet").replace("'", "''")
            // Periods computed by an older release may lack a newer column: NULL there.
            + "', hive_partitioning = false, union_by_name = true)";
    Set<String> lakeColumns = new LinkedHashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
      while (rs.next()) {
        lakeColumns.add(rs.getString("column_name"));
      }
    }
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT column_name, column_default FROM information_schema.columns"
                + " WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(1);
          if (lakeColumns.contains(name)) {
            columns.add('"' + name + '"');
            values.add('"' + name + '"');
          } else if (name.equals("nip_hash") && lakeColumns.contains("nip")) {
            // The lake keeps the NIP; the warehouse gets only its keyed hash, made here.
            columns.add(name);
            values.add(NipHash.sql("nip", NipHash.key(config, workspace)));
          } else if (rs.getString(2) == null) {
            throw new SQLException(
                "kolom "
                    + name
                    + " tidak ada di lake/computed/"
                    + table
                    + " dan tak bernilai bawaan");
          }
        }
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO "
              + table
              + " ("
              + String.join(", ", columns)
              + ") SELECT "
              + String.join(", ", values)
              + " FROM "
              + source);
    }
  }

  private static boolean hasTable(Connection c, String table) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /**
   * The sounding delivery log that the sender owns ({@code
   * <workspace>/pengiriman/pengiriman.jsonl}, append-only JSON lines), one row per attempt; absent
   * until something was sent.
   */
  private void loadPengiriman(Connection c) throws SQLException {
    Path log = workspace.root().resolve("pengiriman").resolve("pengiriman.jsonl");
    if (!Files.isRegularFile(log)) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO pengiriman SELECT tahun, caturwulan, kode_instansi, level, status,"
              + " kode_alasan, alasan, message_id, array_to_string(lampiran, ', '), arsip,"
              + " nullif(array_to_string(sha256, ', '), ''), ulang, id_proses,"
              + " CAST(substr(dicatat_pada, 1, 19) AS TIMESTAMP) FROM read_json('"
              + log.toAbsolutePath().toString().replace("'", "''")
              + "', format = 'newline_delimited', columns = {tahun: 'INTEGER', caturwulan:"
              + " 'INTEGER', periode: 'VARCHAR', kode_instansi: 'VARCHAR', level: 'VARCHAR',"
              + " status: 'VARCHAR', kode_alasan: 'VARCHAR', alasan: 'VARCHAR', email_pic:"
              + " 'VARCHAR', message_id: 'VARCHAR', lampiran: 'VARCHAR[]', arsip: 'VARCHAR',"
              + " sha256: 'VARCHAR[]', ulang: 'BOOLEAN',"
              + " id_proses: 'VARCHAR', dicatat_pada: 'VARCHAR'})");
    }
  }

  /** Marks unit rows over fewer than {@code minimum} people and blanks their measures. */
  private static void markSmallCells(Connection c, int minimum) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "UPDATE kepatuhan_unit SET sel_kecil = true, jumlah_memenuhi = NULL,"
              + " jumlah_sesuai_target = NULL, jumlah_tertinggal = NULL,"
              + " jumlah_belum_ada_jp = NULL, persen_memenuhi = NULL, persen_on_track = NULL,"
              + " total_jp = NULL, rata_rata_jp = NULL, median_jp = NULL"
              + " WHERE jumlah_pegawai < "
              + minimum);
    }
  }

  /**
   * The deduplicated bangkom records of the lake (SPEC §5: same NIP, normalised title and dates;
   * the largest JP counts), summed per year, caturwulan of tanggal_selesai, employee, jenis diklat
   * and jalur. NIPs are hashed inside DuckDB with the key of kepatuhan_pegawai.
   */
  private void loadBangkomRingkas(Connection c, Lake lake) throws SQLException {
    List<Path> files = lake.inForce("bangkom");
    if (files.isEmpty()) {
      return;
    }
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (SubmisiVersion v : lake.versions()) {
      int tahun = Periode.parse(v.periode()).tahun();
      first = Math.min(first, tahun - 1);
      last = Math.max(last, tahun);
    }
    CaturwulanCalendar calendar = config.calendar();
    List<String> rows = new ArrayList<>();
    for (int tahun = first; tahun <= last; tahun++) {
      for (int k = 1; k <= 3; k++) {
        Periode p = new Periode(tahun, k);
        rows.add(
            "("
                + tahun
                + ", "
                + k
                + ", DATE '"
                + calendar.awal(p)
                + "', DATE '"
                + calendar.akhir(p)
                + "')");
      }
    }
    String hash = NipHash.sql("d.nip", NipHash.key(config, workspace));
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO bangkom_ringkas"
              + " WITH cw(tahun, caturwulan, awal, akhir) AS (VALUES "
              + String.join(", ", rows)
              + "), d AS ("
              + dedupBangkomSql("read_parquet(" + sqlList(files) + ", union_by_name = true)")
              + ") SELECT cw.tahun, cw.caturwulan, "
              + hash
              + " AS nip_hash, d.jenis_diklat, d.jalur, count(*), sum(d.jp)"
              + " FROM d LEFT JOIN cw ON d.tanggal_selesai BETWEEN cw.awal AND cw.akhir"
              + " GROUP BY ALL");
    }
  }

  /**
   * Bangkom per cut-off, instansi, jenis diklat and jalur: the records of bangkom_ringkas that
   * ended by the cut-off, of the AKTIF employees each instansi's roster lists at that cut-off.
   */
  private static void loadBangkomInstansi(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO bangkom_instansi SELECT tahun, caturwulan, kode_instansi, jenis_diklat,"
              + " jalur, count(*), sum(jumlah_kegiatan), sum(jp) FROM (SELECT k.tahun,"
              + " k.caturwulan, k.kode_instansi, k.nip_hash, b.jenis_diklat, b.jalur,"
              + " sum(b.jumlah_kegiatan) AS jumlah_kegiatan, sum(b.jp) AS jp"
              + " FROM kepatuhan_pegawai k JOIN bangkom_ringkas b ON b.tahun = k.tahun"
              + " AND b.nip_hash = k.nip_hash AND b.caturwulan <= k.caturwulan"
              + " WHERE k.status_pegawai = 'AKTIF' GROUP BY ALL) GROUP BY ALL");
    }
  }

  /**
   * Fails when two rows share the documented key. The large per-person tables carry no PRIMARY KEY
   * (an index on 30 M wide keys costs minutes at publish): a grouped check on an 8-byte hash of the
   * key finds candidates in seconds, and only they are compared in full.
   */
  private void checkKey(Connection c, String table, List<String> key) throws SQLException {
    if (key.isEmpty()) {
      return;
    }
    String cols = key.stream().map(k -> '"' + k + '"').collect(Collectors.joining(", "));
    String quoted = '"' + table + '"';
    try (Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM (SELECT hash("
                  + cols
                  + ") AS h FROM "
                  + quoted
                  + " GROUP BY h HAVING count(*) > 1)")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          return;
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT concat_ws(', ', "
                  + cols
                  + ") FROM "
                  + quoted
                  + " GROUP BY "
                  + cols
                  + " HAVING count(*) > 1 LIMIT 1")) {
        if (rs.next()) {
          throw new SQLException(
              "Duplicate key \"" + rs.getString(1) + "\" in the documented key of " + table);
        }
      }
    }
  }

  /** Masks NIP-like runs in free text, then refuses the file if any NIP-shaped value is left. */
  private static void guardPrivacy(Connection c) throws SQLException {
    WarehousePrivacy.maskFreeText(c);
    List<WarehousePrivacy.Finding> left = WarehousePrivacy.scan(c);
    if (!left.isEmpty()) {
      throw new SQLException(
          "nilai berbentuk NIP tersisa di "
              + left.stream()
                  .map(f -> f.table() + "." + f.column() + " (" + f.rows() + " baris)")
                  .collect(Collectors.joining(", ")));
    }
  }

  private static String sqlList(List<Path> files) {
    return files.stream()
        .map(p -> "'" + p.toAbsolutePath().toString().replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
