package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.SqlTeks;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.WorkspaceLock;
import id.go.lan.bangkom.core.kontrak.PeriodeSelesai;
import id.go.lan.bangkom.core.kontrak.SelKecil;
import id.go.lan.bangkom.core.kontrak.TabelHitungan;
import id.go.lan.bangkom.ingestion.Lake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *
 * <p>This class is the protocol (lock, completion check, temporary file, load steps in one
 * transaction, checks, swap); the tables are loaded by {@link DimensionLoader}, {@link
 * ComputedLoader}, {@link PengirimanLoader}, {@link PenugasanLoader}, {@link TindakLanjutLoader},
 * {@link AuditPortalLoader} and {@link MutuDataLoader} (and the later stages of {@code sounding}
 * ({@link SoundingTahap}) and {@code efektivitas_sounding} computed from them in SQL), checked by
 * {@link KeyCheck} and {@link WarehousePrivacy}.
 */
public final class WarehousePublisher {
  private static final Pattern DUPLICATE_KEY = Pattern.compile("(?i)duplicate key \"([^\"]*)\"");
  static final Pesan PESAN = Pesan.modul("warehouse");
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final BangkomConfig config;
  private final InstansiMaster master;
  private final Workspace workspace;
  private final Clock clock;
  private final Map<String, String> keys = new HashMap<>();

  /** A publisher whose today (for the escalation ladder's deadline) is the system clock's, WIB. */
  public WarehousePublisher(BangkomConfig config, InstansiMaster master, Workspace workspace) {
    this(config, master, workspace, Clock.system(WIB));
  }

  /**
   * A publisher whose today is {@code clock}'s date in WIB: the ESKALASI rule "past the reply
   * deadline" ({@code sounding_tahap.sql}) compares it with each letter's deadline.
   */
  public WarehousePublisher(
      BangkomConfig config, InstansiMaster master, Workspace workspace, Clock clock) {
    this.config = config;
    this.master = master;
    this.workspace = workspace;
    this.clock = Objects.requireNonNull(clock, "clock is null");
  }

  /** {@link #publish(Kemajuan)} without progress. */
  public Path publish() {
    return publish(Kemajuan.DIAM);
  }

  /**
   * Builds and swaps in {@code warehouse/bangkom.duckdb}; returns its path. Holds the workspace's
   * {@link WorkspaceLock}, so no transform rewrites a period meanwhile, and refuses periods whose
   * transform did not finish ({@link PeriodeSelesai}). Reports each table loaded to {@code
   * kemajuan}.
   */
  public Path publish(Kemajuan kemajuan) {
    int selMinimum = SelKecil.minimum(config);
    Path dir = workspace.warehouseDir();
    try (WorkspaceLock lock = WorkspaceLock.acquire(workspace, "publish")) {
      List<String> incomplete = PeriodeSelesai.incomplete(workspace, TabelHitungan.SEMUA);
      if (!incomplete.isEmpty()) {
        throw new IllegalStateException(
            gagal(
                PESAN.f(
                    "periode.belum.selesai", String.join(", ", incomplete), incomplete.get(0))));
      }
      List<String> old = withoutBangkomRingkas();
      if (!old.isEmpty()) {
        throw new IllegalStateException(
            gagal(PESAN.f("periode.versi.lama", String.join(", ", old), old.get(0))));
      }
      Files.createDirectories(dir);
      WarehouseFiles.removeLeftovers(dir);
      return build(dir, selMinimum, kemajuan);
    } catch (IOException e) {
      throw new UncheckedIOException(gagal(PESAN.f("tidak.dapat.menulis", dir.toString())), e);
    }
  }

  /**
   * The complete periods without a bangkom_ringkas partition: computed by a release before the
   * transforms wrote it, so the warehouse would lack their years' records.
   */
  private List<String> withoutBangkomRingkas() throws IOException {
    Path pegawai = workspace.computed(TabelHitungan.PER_PERIODE.get(0));
    if (!Files.isDirectory(pegawai)) {
      return List.of();
    }
    try (Stream<Path> periods = Files.list(pegawai)) {
      return periods
          .map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("periode="))
          .filter(
              name ->
                  !Files.isDirectory(
                      workspace.computed(TabelHitungan.BANGKOM_RINGKAS).resolve(name)))
          .map(name -> name.substring("periode=".length()))
          .sorted()
          .toList();
    }
  }

  /** A load step; a failure names the table (and key, for a duplicate) in the message. */
  private interface SqlStep {
    void run(Connection c) throws SQLException, IOException;
  }

  private Path build(Path dir, int selMinimum, Kemajuan kemajuan) throws IOException {
    WarehouseDoc doc = WarehouseDoc.bundled();
    Path tmp = dir.resolve(WarehouseFiles.TEMPORARY_PREFIX + UUID.randomUUID());
    try {
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.toAbsolutePath())) {
        createSchema(c, doc);
        c.setAutoCommit(false);
        List<Step> steps = steps(doc, selMinimum);
        kemajuan.mulai(PESAN.f("langkah.publish"), steps.size());
        try {
          long done = 0;
          for (Step step : steps) {
            run(step.table(), c, step.body());
            kemajuan.maju(++done, step.label());
          }
        } finally {
          kemajuan.selesai();
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("CHECKPOINT");
        }
      } catch (SQLException e) {
        throw new IllegalStateException(PESAN.f("gagal", firstLine(e)), e);
      }
      Files.deleteIfExists(Path.of(tmp + ".wal"));
      Path target = workspace.warehouse();
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } finally {
      WarehouseFiles.removeTemporary(tmp);
    }
  }

  /** DuckDB's limits from configuration, the tables of schema.sql and their documentation. */
  private void createSchema(Connection c, WarehouseDoc doc) throws SQLException, IOException {
    try (Statement s = c.createStatement()) {
      s.execute("SET memory_limit = " + SqlTeks.literal(config.duckdbMemoryLimit()));
      s.execute("SET threads = " + config.duckdbThreads());
      for (String ddl : SqlScript.statements(SqlScript.SCHEMA)) {
        s.execute(ddl);
      }
      keys.putAll(KeyCheck.keyColumns(c));
      for (WarehouseDoc.Table t : doc.tables().values()) {
        if (!t.key().isEmpty()) {
          keys.put(t.name(), String.join(", ", t.key()));
        }
      }
      for (String comment : doc.commentStatements()) {
        run(PESAN.f("langkah.komentar"), c, x -> s.execute(comment));
      }
    }
  }

  /** A step of the build: what progress shows, the table a failure names, and the work. */
  private record Step(String label, String table, SqlStep body) {
    Step(String table, SqlStep body) {
      this(table, table, body);
    }
  }

  /** The load and check steps in order. */
  private List<Step> steps(WarehouseDoc doc, int selMinimum) {
    Lake lake = Lake.open(workspace);
    DimensionLoader dims = new DimensionLoader(config, master, lake);
    ComputedLoader computed =
        new ComputedLoader(NipHash.sql("nip", NipHash.key(config, workspace)));
    List<Step> steps = new ArrayList<>();
    String tetap = PESAN.f("langkah.dimensi.tetap");
    steps.add(
        new Step(
            tetap,
            c -> SqlScript.executeAll(c, SqlScript.statements(SqlScript.STATIC_DIMENSIONS))));
    steps.add(new Step("dim_jenis_pegawai", dims::jenisPegawai));
    steps.add(new Step("dim_instansi", dims::instansi));
    steps.add(new Step("dim_provinsi", DimensionLoader::provinsi));
    steps.add(new Step("submisi", dims::submisi));
    steps.add(new Step("dim_periode", dims::periode));
    steps.add(new Step("dim_target_jp", dims::targetJp));
    steps.add(new Step("penolakan", dims::penolakan));
    for (String table : TabelHitungan.PER_PERIODE) {
      steps.add(
          new Step(
              table,
              c -> {
                // A computed table without a warehouse table yet: WarehouseDocTest lists it.
                if (keys.containsKey(table) || ComputedLoader.hasTable(c, table)) {
                  computed.load(c, workspace.computed(table), table);
                }
              }));
    }
    steps.add(
        new Step(
            PESAN.f("langkah.sel.kecil", "kepatuhan_unit"),
            "kepatuhan_unit",
            c -> ComputedLoader.markSmallCells(c, selMinimum)));
    steps.add(new Step("pengiriman", c -> PengirimanLoader.load(c, workspace)));
    steps.add(new Step("dim_penugasan", c -> PenugasanLoader.load(c, workspace)));
    steps.add(new Step("tindak_lanjut", c -> TindakLanjutLoader.load(c, workspace)));
    steps.add(new Step("audit_portal", c -> AuditPortalLoader.load(c, workspace)));
    LocalDate hariIni = LocalDate.ofInstant(clock.instant(), WIB);
    steps.add(
        new Step(
            PESAN.f("langkah.sounding.tahap"),
            "sounding",
            c -> SoundingTahap.load(c, hariIni, config.suratTenggatHari())));
    steps.add(
        new Step(
            "efektivitas_sounding",
            c -> SqlScript.executeAll(c, SqlScript.statements(SqlScript.EFEKTIVITAS_SOUNDING))));
    steps.add(
        new Step(
            TabelHitungan.BANGKOM_RINGKAS,
            c ->
                computed.loadBangkomRingkas(c, workspace.computed(TabelHitungan.BANGKOM_RINGKAS))));
    steps.add(new Step("bangkom_instansi", ComputedLoader::loadBangkomInstansi));
    steps.add(new Step("mutu_data_instansi", MutuDataLoader::load));
    for (WarehouseDoc.Table t : doc.tables().values()) {
      steps.add(
          new Step(
              PESAN.f("langkah.kunci", t.name()),
              t.name(),
              c -> KeyCheck.checkKey(c, t.name(), t.key())));
    }
    String privasi = PESAN.f("langkah.privasi");
    steps.add(new Step(privasi, WarehousePublisher::guardPrivacy));
    return steps;
  }

  private void run(String table, Connection c, SqlStep body) throws IOException {
    try {
      body.run(c);
    } catch (SQLException e) {
      Matcher m = DUPLICATE_KEY.matcher(String.valueOf(e.getMessage()));
      if (m.find()) {
        throw new IllegalStateException(
            gagal(
                PESAN.f(
                    "kunci.ganda",
                    table,
                    keys.getOrDefault(table, PESAN.f("kunci.ganda.tanpa.nama")),
                    m.group(1))),
            e);
      }
      throw new IllegalStateException(gagal(PESAN.f("gagal.memuat", table, firstLine(e))), e);
    }
  }

  /**
   * The message {@code kunci} after "Gudang data tidak diterbitkan (gudang lama tetap dipakai)".
   */
  /** "publish gagal: <detail>". */
  private static String gagal(String detail) {
    return PESAN.f("gagal", detail);
  }

  /** Masks NIP-like runs in free text, then refuses the file if any NIP-shaped value is left. */
  private static void guardPrivacy(Connection c) throws SQLException {
    WarehousePrivacy.maskFreeText(c);
    List<WarehousePrivacy.Finding> left = WarehousePrivacy.scan(c);
    if (!left.isEmpty()) {
      throw new SQLException(
          PESAN.f(
              "nip.tersisa",
              left.stream()
                  .map(
                      f ->
                          PESAN.f(
                              "nip.tersisa.kolom", f.table(), f.column(), String.valueOf(f.rows())))
                  .collect(Collectors.joining(", "))));
    }
  }

  private static String firstLine(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
