package id.go.lan.bangkom.transforms;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.InstrumenTrainingRate;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.WorkspaceLock;
import id.go.lan.bangkom.core.kontrak.PeriodeSelesai;
import id.go.lan.bangkom.core.kontrak.SelKecil;
import id.go.lan.bangkom.core.kontrak.TabelHitungan;
import id.go.lan.bangkom.ingestion.Lake;
import id.go.lan.bangkom.ingestion.SubmisiVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The transforms' entry point: reads the lake, computes the SPEC §3 and §6 figures of a cut-off,
 * records restatements against what an earlier run computed, and writes the tables to {@code
 * lake/computed/<table>/periode=<id>/}. All reading and writing happens here; the rules are pure
 * functions in {@link Compliance}, {@link TrainingRate}, {@link Projection}, {@link Weakness} and
 * {@link Restatement}.
 */
public final class TransformJob {
  /** Restatements are appended here, never overwritten. */
  public static final String RALAT = TabelHitungan.RALAT;

  /** The computed tables of one cut-off under lake/computed, as the warehouse publishes them. */
  public static final List<String> TABLES = TabelHitungan.PER_PERIODE;

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private final SparkSession spark;
  private final BangkomConfig config;
  private final InstansiMaster master;
  private final Workspace workspace;
  private final Clock clock;

  public TransformJob(
      SparkSession spark, BangkomConfig config, InstansiMaster master, Workspace workspace) {
    this(spark, config, master, workspace, Clock.systemUTC());
  }

  public TransformJob(
      SparkSession spark,
      BangkomConfig config,
      InstansiMaster master,
      Workspace workspace,
      Clock clock) {
    this.spark = spark;
    this.config = config;
    this.master = master;
    this.workspace = workspace;
    this.clock = clock;
  }

  /**
   * The compliance step alone, as {@link #run} computes it: writes {@code kepatuhan_pegawai} and
   * {@code kepatuhan_instansi} of the cut-off as Parquet under {@code folder/<table>/}. For
   * benchmarks and checks that time or compare this step apart from the rest.
   */
  public void kepatuhan(Periode periode, Path folder) {
    Masukan in = masukan(Lake.open(workspace), periode);
    Dataset<Row> pegawai =
        writePegawai(in, periode, jpPerNip(in, periode), folder.resolve("kepatuhan_pegawai"));
    oneFile(
            Compliance.kepatuhanInstansi(
                pegawai, instansiTable(), laporanTable(in.lake(), periode), periode))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(lokasi(folder.resolve("kepatuhan_instansi")));
  }

  /** The lake files a cut-off reads: the roster in force, and the year's records so far. */
  private record Masukan(
      Lake lake, List<Path> rosterPaths, List<Path> bangkomPaths, List<Path> trPaths) {}

  private Masukan masukan(Lake lake, Periode periode) {
    List<Path> bangkomPaths = new ArrayList<>();
    List<Path> trPaths = new ArrayList<>();
    for (int k = 1; k <= periode.caturwulan(); k++) {
      // What was known by this cut-off: the submissions of the year up to this period.
      Periode q = new Periode(periode.tahun(), k);
      bangkomPaths.addAll(lake.inForce("bangkom", q));
      trPaths.addAll(lake.inForce("training_rate", q));
    }
    if (periode.caturwulan() == 3) {
      bangkomPaths.addAll(lateRecordsOf(lake, periode.tahun()));
    }
    return new Masukan(lake, lake.inForce("pegawai", periode), bangkomPaths, trPaths);
  }

  /**
   * The bangkom files of next year's submissions that hold records of {@code tahun}: ingestion
   * accepts a tanggal_selesai back to 1 January of the previous year (SPEC §5), and a record
   * belongs to the year of its tanggal_selesai (SPEC §3). Like a record reported late within a
   * year, which counts from the cut-off of the submission that brought it, they count at {@code
   * tahun}'s year end (CW3), the last cut-off of that year; the earlier cut-offs keep what was
   * known by them. Only files that hold such records are inputs, so a new submission without any
   * leaves the year end alone ({@link #needsRecompute}).
   */
  private List<Path> lateRecordsOf(Lake lake, int tahun) {
    List<Path> next = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      next.addAll(lake.inForce("bangkom", new Periode(tahun + 1, k)));
    }
    if (next.isEmpty()) {
      return List.of();
    }
    Map<String, Path> byName = new LinkedHashMap<>();
    StringBuilder list = new StringBuilder();
    for (Path p : next) {
      String name = p.toAbsolutePath().normalize().toString();
      byName.put(name, p);
      list.append(list.length() == 0 ? "" : ", ")
          .append('\'')
          .append(name.replace("'", "''"))
          .append('\'');
    }
    List<Path> out = new ArrayList<>();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement()) {
      s.execute("SET threads = " + config.duckdbThreads());
      s.execute("SET memory_limit = '" + config.duckdbMemoryLimit().replace("'", "") + "'");
      try (java.sql.ResultSet rs =
          s.executeQuery(
              "SELECT DISTINCT filename FROM read_parquet(["
                  + list
                  + "], filename = true) WHERE tanggal_selesai < DATE '"
                  + (tahun + 1)
                  + "-01-01' ORDER BY filename")) {
        while (rs.next()) {
          out.add(requireNonNull(byName.get(rs.getString(1)), "unknown file from DuckDB"));
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(
          "Tidak dapat membaca catatan bangkom tahun "
              + (tahun + 1)
              + " di lake: "
              + e.getMessage(),
          e);
    }
    return out;
  }

  /**
   * Whether a computed cut-off would now be computed from other submission versions than its last
   * run, e.g. the previous year's end after this year's first submissions brought late records of
   * that year. False for a period never computed (or whose last run did not finish).
   */
  public boolean needsRecompute(Periode periode) {
    if (!PeriodeSelesai.isComplete(workspace, periode)) {
      return false;
    }
    Set<String> sebelumnya = readInputs(periode);
    return sebelumnya != null
        && !sebelumnya.equals(new TreeSet<>(currentInputs(Lake.open(workspace), periode)));
  }

  /** JP per NIP at the cut-off, total and NONKLASIKAL, from the deduplicated records (lazy). */
  private Dataset<Row> jpPerNip(Masukan in, Periode periode) {
    return Compliance.jpAtCutoff(
        read(in.bangkomPaths(), LakeSchemas.BANGKOM),
        periode.tahun(),
        config.calendar().akhir(periode));
  }

  /**
   * Writes kepatuhan_pegawai of the cut-off (every roster row with JP, targets, status) to {@code
   * target} and returns it read back from there: the Parquet is the cache the other tables read,
   * cheaper than Spark's in-memory columnar cache for millions of rows.
   */
  private Dataset<Row> writePegawai(
      Masukan in, Periode periode, Dataset<Row> jpPerNip, Path target) {
    Dataset<Row> roster =
        read(in.rosterPaths(), LakeSchemas.PEGAWAI).withColumnRenamed("status", "status_pegawai");
    Compliance.kepatuhanPegawai(
            roster, TargetRules.from(config, periode.tahun()), periode, jpPerNip)
        .select(
            lit(periode.tahun()).as("tahun"),
            lit(periode.caturwulan()).as("caturwulan"),
            col("kode_instansi"),
            col("nip"),
            col("jenis_pegawai"),
            col("jenis_jabatan"),
            col("unit_kerja"),
            col("status_pegawai"),
            col("tmt_asn"),
            col("jp"),
            col("target_tahunan"),
            col("target_kumulatif"),
            col("bulan_dinas"),
            col("bulan_dinas_tahun"),
            col("status"))
        .write()
        .mode(SaveMode.Overwrite)
        // One value per person: a dictionary would only be built to be dropped.
        .option("parquet.enable.dictionary#nip", "false")
        .option("parquet.column.statistics.enabled#nip", "false")
        .option("parquet.column.statistics.enabled#unit_kerja", "false")
        .parquet(lokasi(target));
    return spark.read().parquet(lokasi(target));
  }

  /**
   * Computes and writes every table of {@link #TABLES} for the cut-off {@code periode}, holding the
   * workspace's {@link WorkspaceLock}; the period counts as complete for publish only once every
   * table is written ({@link PeriodeSelesai}).
   */
  public void run(Periode periode) {
    try (WorkspaceLock lock = WorkspaceLock.acquire(workspace, "transform")) {
      PeriodeSelesai.unmark(workspace, periode);
      compute(periode);
      PeriodeSelesai.mark(workspace, periode);
    }
  }

  private void compute(Periode periode) {
    Lake lake = Lake.open(workspace);
    InstrumenTrainingRate instrument = config.trainingRate();
    AnalysisRules rules = AnalysisRules.from(config);
    Masukan in = masukan(lake, periode);
    List<Path> rosterPaths = in.rosterPaths();
    List<Path> bangkomPaths = in.bangkomPaths();
    List<Path> trPaths = in.trPaths();
    Dataset<Row> instansi = instansiTable();
    Dataset<Row> laporan = laporanTable(lake, periode);
    // JP per NIP, total and NONKLASIKAL: all that compliance and weakness (jalur shares) need of
    // the records, a fraction of their size, kept for both.
    Dataset<Row> jpPerNip = jpPerNip(in, periode).persist();
    Dataset<Row> pegawai =
        writePegawai(in, periode, jpPerNip, partition("kepatuhan_pegawai", periode));
    try {
      Dataset<Row> populasi = Compliance.populasi(pegawai);
      Dataset<Row> kepatuhanInstansi =
          Compliance.kepatuhanInstansi(pegawai, instansi, laporan, periode).persist();
      Dataset<Row> sounding =
          Compliance.sounding(kepatuhanInstansi, laporan, SoundingRules.from(config)).persist();
      Dataset<Row> trIndikator =
          TrainingRate.indikator(
                  read(trPaths, LakeSchemas.TRAINING_RATE), kepatuhanInstansi, instrument, periode)
              .persist();
      Dataset<Row> trInstansi = TrainingRate.instansi(trIndikator, instrument).persist();
      boolean kalibrasi = adaRiwayatProyeksi(periode);
      Dataset<Row> perPegawai = proyeksiPerPegawai(populasi, instansi, periode, rules, kalibrasi);
      org.apache.spark.sql.Column metode = lit(kalibrasi ? "KALIBRASI" : "LAJU").as("metode");

      Map<String, Dataset<Row>> out = new LinkedHashMap<>();
      out.put("kepatuhan_pegawai", pegawai);
      out.put("kepatuhan_instansi", kepatuhanInstansi);
      out.put("kepatuhan_unit", grain(populasi, periode, "kode_instansi", "unit_kerja"));
      out.put("kepatuhan_jabatan", grain(populasi, periode, "kode_instansi", "jenis_jabatan"));
      out.put(
          "kepatuhan_jenis_pegawai", grain(populasi, periode, "kode_instansi", "jenis_pegawai"));
      out.put(
          "kepatuhan_jenis_instansi",
          grain(
              populasi.join(instansi.select("kode_instansi", "jenis_instansi"), "kode_instansi"),
              periode,
              "jenis_instansi"));
      out.put(
          "kepatuhan_nasional", Compliance.kepatuhanNasional(pegawai, kepatuhanInstansi, periode));
      out.put("sounding", sounding);
      out.put("cakupan", cakupanTable(lake, periode, rules));
      out.put("training_rate_indikator", trIndikator);
      out.put("training_rate_instansi", trInstansi);
      out.put(
          "training_rate_nasional",
          TrainingRate.nasional(trInstansi, master.size(), instrument, periode));
      out.put(
          "kelemahan_instansi",
          Weakness.temuan(
              Weakness.semuaUkuran(
                  kepatuhanInstansi,
                  populasi,
                  jpPerNip,
                  trInstansi,
                  instrument,
                  sounding,
                  readComputed(
                      "kepatuhan_instansi", new Periode(periode.tahun() - 1, periode.caturwulan())),
                  rules),
              instansi,
              periode,
              rules.temuanMaksimum(),
              rules.selisihMinimum()));
      out.put(
          "proyeksi_instansi",
          Projection.aggregate(perPegawai, periode, "kode_instansi").withColumn("metode", metode));
      out.put(
          "proyeksi_nasional",
          Projection.aggregate(perPegawai, periode).withColumn("metode", metode));

      List<Dataset<Row>> dibandingkan = recordRestatements(periode, out, lake);
      for (Map.Entry<String, Dataset<Row>> e : out.entrySet()) {
        if (!e.getKey().equals("kepatuhan_pegawai")) { // written first, the others read it
          write(e.getKey(), periode, oneFile(e.getValue()));
        }
      }
      write(
          TabelHitungan.BANGKOM_RINGKAS,
          periode,
          oneFile(
              BangkomRingkas.tabel(
                  read(BangkomRingkas.berkas(lake, periode, bangkomPaths), LakeSchemas.BANGKOM),
                  periode,
                  config.calendar())));
      dibandingkan.forEach(Dataset::unpersist);
      writeInputs(periode, inputIds(lake, rosterPaths, bangkomPaths, trPaths));
      backTest(periode);
      kepatuhanInstansi.unpersist();
      sounding.unpersist();
      trIndikator.unpersist();
      trInstansi.unpersist();
    } finally {
      jpPerNip.unpersist();
    }
  }

  /**
   * A computed table as one file, its rows still computed in parallel: {@code coalesce(1)} would
   * pull the work before it (the median's window over a frequency table of ~2 M rows at a national
   * CW3, joins) into a single task; a shuffle of the few result rows costs next to nothing.
   */
  private static Dataset<Row> oneFile(Dataset<Row> table) {
    return table.repartition(1);
  }

  /** Whether the previous year's same cut-off and its year end are computed (docs/proyeksi.md). */
  private boolean adaRiwayatProyeksi(Periode periode) {
    return Files.isDirectory(
            partition("kepatuhan_pegawai", new Periode(periode.tahun() - 1, periode.caturwulan())))
        && Files.isDirectory(partition("kepatuhan_pegawai", new Periode(periode.tahun() - 1, 3)));
  }

  /**
   * The projection per employee: calibrated with last year's catch-up rates when the previous
   * year's same cut-off and its year end are computed, else the run-rate (docs/proyeksi.md).
   */
  private Dataset<Row> proyeksiPerPegawai(
      Dataset<Row> populasi,
      Dataset<Row> instansi,
      Periode periode,
      AnalysisRules rules,
      boolean kalibrasi) {
    Dataset<Row> lajuPerPegawai = Projection.perPegawai(populasi, rules);
    if (!kalibrasi) {
      return lajuPerPegawai;
    }
    Periode lalu = new Periode(periode.tahun() - 1, periode.caturwulan());
    Periode akhirLalu = new Periode(periode.tahun() - 1, 3);
    Dataset<Row> laju =
        Projection.lajuSusulan(
            spark.read().parquet(lokasi(partition("kepatuhan_pegawai", lalu))),
            spark.read().parquet(lokasi(partition("kepatuhan_pegawai", akhirLalu))),
            instansi,
            rules);
    return Projection.kalibrasi(lajuPerPegawai, laju, instansi, rules);
  }

  private static Dataset<Row> grain(Dataset<Row> populasi, Periode p, String... keys) {
    List<org.apache.spark.sql.Column> out = new ArrayList<>();
    out.add(lit(p.tahun()).as("tahun"));
    out.add(lit(p.caturwulan()).as("caturwulan"));
    for (String k : keys) {
      out.add(col(k));
    }
    Compliance.MEASURES.forEach(m -> out.add(col(m)));
    return Compliance.measures(populasi, keys)
        .select(out.toArray(org.apache.spark.sql.Column[]::new));
  }

  /**
   * The published tables a re-run compares, each by its key (docs/warehouse.md, ralat): the small
   * per-instansi, per-group and national tables, never kepatuhan_pegawai (millions of rows; its
   * changes show in every table made from it).
   */
  static final List<Restatement.Perbandingan> DIBANDINGKAN =
      List.of(
          Restatement.Perbandingan.nilai("kepatuhan_instansi", null, "kode_instansi"),
          Restatement.Perbandingan.nilai(
              "kepatuhan_unit", "unit_kerja", "kode_instansi", "unit_kerja"),
          Restatement.Perbandingan.nilai(
              "kepatuhan_jabatan", "jenis_jabatan", "kode_instansi", "jenis_jabatan"),
          Restatement.Perbandingan.nilai(
              "kepatuhan_jenis_pegawai", "jenis_pegawai", "kode_instansi", "jenis_pegawai"),
          Restatement.Perbandingan.nilai(
              "kepatuhan_jenis_instansi", "jenis_instansi", "jenis_instansi"),
          Restatement.Perbandingan.nilai("kepatuhan_nasional", null),
          Restatement.Perbandingan.nilai("sounding", null, "kode_instansi"),
          Restatement.Perbandingan.nilai("cakupan", null, "kode_instansi"),
          Restatement.Perbandingan.nilai("training_rate_instansi", null, "kode_instansi"),
          Restatement.Perbandingan.nilai("training_rate_nasional", null),
          Restatement.Perbandingan.keberadaan(
              "kelemahan_instansi", "ukuran", "kalimat", "kode_instansi", "ukuran"),
          Restatement.Perbandingan.nilai("proyeksi_instansi", null, "kode_instansi"),
          Restatement.Perbandingan.nilai("proyeksi_nasional", null));

  /**
   * Compares every table of {@link #DIBANDINGKAN} of an earlier run of this cut-off with the new
   * one and appends every change to {@code lake/computed/ralat/}. The new tables compared are
   * cached, so the comparison and the write that follows compute them once.
   *
   * @return the tables cached here, for the caller to release after writing
   */
  private List<Dataset<Row>> recordRestatements(
      Periode periode, Map<String, Dataset<Row>> baru, Lake lake) {
    Set<String> sebelumnya = readInputs(periode);
    if (sebelumnya == null) {
      return List.of(); // first run of this cut-off: nothing was published before
    }
    Set<String> sekarang = new TreeSet<>();
    // Recomputed below from the same lake listing as run().
    sekarang.addAll(currentInputs(lake, periode));
    sekarang.removeAll(sebelumnya);
    String alasanUmum = alasan(sekarang);
    // An instansi's figure: the new versions it sent itself; when it sent none, every new
    // version (a transferred employee's records, a peer median, the nation).
    Map<String, List<String>> perKode = new TreeMap<>();
    for (String id : sekarang) {
      perKode.computeIfAbsent(id.substring(0, id.indexOf('/')), k -> new ArrayList<>()).add(id);
    }
    Map<String, String> alasanPerInstansi = new HashMap<>();
    perKode.forEach((kode, ids) -> alasanPerInstansi.put(kode, alasan(ids)));
    Instant now = clock.instant();
    int selMinimum = SelKecil.minimum(config);
    List<Dataset<Row>> cached = new ArrayList<>();
    Dataset<Row> ralat = null;
    for (Restatement.Perbandingan p : DIBANDINGKAN) {
      Path folder = partition(p.tabel(), periode);
      if (!Files.isDirectory(folder) || !baru.containsKey(p.tabel())) {
        continue;
      }
      Dataset<Row> tabelBaru = baru.get(p.tabel()).persist();
      baru.put(p.tabel(), tabelBaru);
      cached.add(tabelBaru);
      Dataset<Row> lama = spark.read().parquet(lokasi(folder));
      Dataset<Row> dibanding = tabelBaru;
      if (p.tabel().equals("kepatuhan_unit")) {
        lama = Restatement.sembunyikanSelKecil(lama, selMinimum);
        dibanding = Restatement.sembunyikanSelKecil(dibanding, selMinimum);
      }
      Dataset<Row> d = Restatement.diff(p, lama, dibanding, alasanUmum, alasanPerInstansi, now);
      ralat = ralat == null ? d : ralat.unionByName(d);
    }
    if (ralat != null) {
      // Materialise before the old partitions are overwritten.
      List<Row> rows = ralat.collectAsList();
      if (!rows.isEmpty()) {
        spark
            .createDataFrame(rows, ralat.schema())
            .coalesce(1)
            .write()
            .mode(SaveMode.Append)
            .parquet(lokasi(partition(RALAT, periode)));
      }
    }
    return cached;
  }

  private static String alasan(Collection<String> versiBaru) {
    return versiBaru.isEmpty()
        ? "Dihitung ulang tanpa data baru (aturan atau konfigurasi berubah)"
        : "Dihitung ulang dengan data baru: " + String.join(", ", versiBaru);
  }

  private List<String> currentInputs(Lake lake, Periode periode) {
    Masukan in = masukan(lake, periode);
    return inputIds(lake, in.rosterPaths(), in.bangkomPaths(), in.trPaths());
  }

  /** Submission versions (kode/periode/vN) whose datasets fed this computation. */
  private static List<String> inputIds(Lake lake, List<Path> a, List<Path> b, List<Path> c) {
    Set<String> ids = new TreeSet<>();
    for (List<Path> paths : List.of(a, b, c)) {
      for (Path p : paths) {
        Path v = p.getParent();
        ids.add(
            v.getParent().getParent().getFileName()
                + "/"
                + v.getParent().getFileName()
                + "/"
                + v.getFileName());
      }
    }
    return List.copyOf(ids);
  }

  private Path inputsFile(Periode periode) {
    return workspace.computed("_masukan").resolve("periode=" + periode.id()).resolve("masukan.txt");
  }

  private void writeInputs(Periode periode, List<String> ids) {
    Path file = inputsFile(periode);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ids, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot record the inputs of " + periode + ": " + file, e);
    }
  }

  private Set<String> readInputs(Periode periode) {
    Path file = inputsFile(periode);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the inputs of " + periode + ": " + file, e);
    }
  }

  /**
   * Back-tests the projection of every year whose three cut-offs are computed: CW1 and CW2's
   * projected year end against CW3's actual figures (docs/proyeksi.md).
   */
  private void backTest(Periode periode) {
    int tahun = periode.tahun();
    for (int y : new int[] {tahun - 1, tahun}) {
      Periode cw3 = new Periode(y, 3);
      if (!Files.isDirectory(partition("proyeksi_instansi", new Periode(y, 1)))
          || !Files.isDirectory(partition("proyeksi_instansi", new Periode(y, 2)))
          || !Files.isDirectory(partition("proyeksi_instansi", cw3))) {
        continue;
      }
      // By name, allowing a column one period lacks (computed by an older release): NULL there.
      Dataset<Row> earlierInstansi =
          readComputed("proyeksi_instansi", new Periode(y, 1))
              .unionByName(readComputed("proyeksi_instansi", new Periode(y, 2)), true);
      Dataset<Row> earlierNasional =
          readComputed("proyeksi_nasional", new Periode(y, 1))
              .unionByName(readComputed("proyeksi_nasional", new Periode(y, 2)), true);
      Dataset<Row> perInstansi =
          Projection.ujiBalik(
              earlierInstansi, readComputed("proyeksi_instansi", cw3), "kode_instansi");
      Dataset<Row> nasional =
          Projection.ujiBalik(earlierNasional, readComputed("proyeksi_nasional", cw3))
              .withColumn("kode_instansi", lit(null).cast(DataTypes.StringType));
      List<Row> rows = perInstansi.unionByName(nasional).collectAsList();
      StructType schema = perInstansi.unionByName(nasional).schema();
      // Another period's table is rewritten here: incomplete while that happens.
      boolean complete = PeriodeSelesai.isComplete(workspace, cw3);
      PeriodeSelesai.unmark(workspace, cw3);
      write("proyeksi_uji_balik", cw3, spark.createDataFrame(rows, schema).coalesce(1));
      if (complete) {
        PeriodeSelesai.mark(workspace, cw3);
      }
    }
  }

  private Dataset<Row> readComputed(String table, Periode periode) {
    Path folder = partition(table, periode);
    if (!Files.isDirectory(folder)) {
      return spark.createDataFrame(
          List.of(),
          new StructType()
              .add("kode_instansi", DataTypes.StringType)
              .add("persen_on_track", Compliance.PERSEN));
    }
    return spark.read().parquet(lokasi(folder));
  }

  /**
   * A local path as Spark (Hadoop) takes it: {@code file://} and the path as it is. Hadoop quotes
   * the string itself, so a URI's {@code %20} would become a folder literally named {@code %20}.
   */
  static String lokasi(Path path) {
    return "file://" + path.toAbsolutePath().normalize();
  }

  private Path partition(String table, Periode periode) {
    return workspace.computed(table).resolve("periode=" + periode.id());
  }

  private Dataset<Row> read(List<Path> paths, StructType schema) {
    if (paths.isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    String[] locations = paths.stream().map(TransformJob::lokasi).toArray(String[]::new);
    return spark.read().schema(schema).parquet(locations);
  }

  private void write(String table, Periode periode, Dataset<Row> data) {
    data.write().mode(SaveMode.Overwrite).parquet(lokasi(partition(table, periode)));
  }

  private Dataset<Row> instansiTable() {
    List<Row> rows = new ArrayList<>();
    for (Instansi i : master.all()) {
      rows.add(RowFactory.create(i.kode(), i.jenis().name(), i.kodeProvinsi().orElse(null)));
    }
    return spark.createDataFrame(rows, LakeSchemas.INSTANSI);
  }

  /** Per instansi: whether a roster is in force for the period and the rows read/rejected. */
  private Dataset<Row> laporanTable(Lake lake, Periode periode) {
    Set<String> melapor = new TreeSet<>(firstRoster(lake, periode).keySet());
    Map<String, long[]> baris = lake.barisInForce(periode);
    Set<String> kodes = new TreeSet<>(baris.keySet());
    kodes.addAll(melapor);
    List<Row> rows = new ArrayList<>();
    for (String kode : kodes) {
      long[] b = baris.getOrDefault(kode, new long[] {0, 0});
      rows.add(RowFactory.create(kode, melapor.contains(kode), b[0], b[1]));
    }
    return spark.createDataFrame(rows, LakeSchemas.BARIS);
  }

  /** When each instansi's first roster for the period arrived. */
  private static Map<String, Instant> firstRoster(Lake lake, Periode periode) {
    Map<String, Instant> first = new HashMap<>();
    for (SubmisiVersion v : lake.versions()) {
      if (v.periode().equals(periode.id()) && v.datasets().containsKey("pegawai")) {
        first.merge(v.kode(), v.diterimaPada(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return first;
  }

  /** Coverage: every instansi of the master list, whether it reported, and whether late. */
  private Dataset<Row> cakupanTable(Lake lake, Periode periode, AnalysisRules rules) {
    Map<String, Instant> first = firstRoster(lake, periode);
    LocalDate batas = config.calendar().akhir(periode).plusDays(rules.batasSubmisiHari());
    List<Row> rows = new ArrayList<>();
    for (Instansi i : master.all()) {
      Instant t = first.get(i.kode());
      rows.add(
          RowFactory.create(
              periode.tahun(),
              periode.caturwulan(),
              i.kode(),
              t != null,
              t == null ? null : Timestamp.from(t),
              java.sql.Date.valueOf(batas),
              t == null ? null : t.atZone(JAKARTA).toLocalDate().isAfter(batas)));
    }
    StructType schema =
        new StructType()
            .add("tahun", DataTypes.IntegerType)
            .add("caturwulan", DataTypes.IntegerType)
            .add("kode_instansi", DataTypes.StringType)
            .add("melapor", DataTypes.BooleanType)
            .add("pertama_diterima_pada", DataTypes.TimestampType)
            .add("batas_submisi", DataTypes.DateType)
            .add("terlambat", DataTypes.BooleanType);
    return spark.createDataFrame(rows, schema);
  }
}
