package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.col;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.ingestion.Lake;
import id.go.lan.bangkom.ingestion.SubmisiVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The transforms' entry point: reads the lake, computes SPEC §3 and §6 figures for a cut-off, and
 * writes them to {@code lake/computed/<table>/periode=<id>/}. All reading and writing happens here;
 * the rules are pure functions in {@link Compliance}.
 */
public final class TransformJob {
  /** The computed tables, in the order they are written. */
  public static final List<String> TABLES =
      List.of(
          "kepatuhan_pegawai",
          "kepatuhan_instansi",
          "kepatuhan_unit",
          "kepatuhan_nasional",
          "sounding");

  private final SparkSession spark;
  private final BangkomConfig config;
  private final InstansiMaster master;
  private final Workspace workspace;

  public TransformJob(
      SparkSession spark, BangkomConfig config, InstansiMaster master, Workspace workspace) {
    this.spark = spark;
    this.config = config;
    this.master = master;
    this.workspace = workspace;
  }

  /** Computes and writes every table of {@link #TABLES} for the cut-off {@code periode}. */
  public void run(Periode periode) {
    Lake lake = Lake.open(workspace);
    Dataset<Row> roster =
        read(lake.inForce("pegawai", periode), LakeSchemas.PEGAWAI)
            .withColumnRenamed("status", "status_pegawai");
    List<Path> bangkomPaths = new ArrayList<>();
    for (int k = 1; k <= periode.caturwulan(); k++) {
      // What was known by this cut-off: the submissions of the year up to this period.
      bangkomPaths.addAll(lake.inForce("bangkom", new Periode(periode.tahun(), k)));
    }
    Dataset<Row> bangkom = read(bangkomPaths, LakeSchemas.BANGKOM);
    Dataset<Row> instansi = instansiTable();
    Dataset<Row> laporan = laporanTable(lake, periode);

    Dataset<Row> jp =
        Compliance.jpAtCutoff(
            Compliance.dedupBangkom(bangkom), periode.tahun(), config.calendar().akhir(periode));
    Dataset<Row> pegawai =
        Compliance.kepatuhanPegawai(
                Compliance.withTargets(roster, TargetRules.from(config), periode), jp)
            .withColumn(
                "nip_hash", NipHash.hmacSha256Hex(col("nip"), NipHash.key(config, workspace)))
            .select(
                org.apache.spark.sql.functions.lit(periode.tahun()).as("tahun"),
                org.apache.spark.sql.functions.lit(periode.caturwulan()).as("caturwulan"),
                col("kode_instansi"),
                col("nip"),
                col("nip_hash"),
                col("jenis_pegawai"),
                col("jenis_jabatan"),
                col("unit_kerja"),
                col("status_pegawai"),
                col("tmt_asn"),
                col("jp"),
                col("target_tahunan"),
                col("target_kumulatif"),
                col("status"))
            .persist();
    try {
      Dataset<Row> kepatuhanInstansi =
          Compliance.kepatuhanInstansi(pegawai, instansi, laporan, periode).persist();
      write("kepatuhan_pegawai", periode, pegawai);
      write("kepatuhan_instansi", periode, kepatuhanInstansi.coalesce(1));
      write("kepatuhan_unit", periode, Compliance.kepatuhanUnit(pegawai, periode).coalesce(1));
      write(
          "kepatuhan_nasional",
          periode,
          Compliance.kepatuhanNasional(pegawai, kepatuhanInstansi, periode).coalesce(1));
      write(
          "sounding",
          periode,
          Compliance.sounding(kepatuhanInstansi, laporan, SoundingRules.from(config)).coalesce(1));
      kepatuhanInstansi.unpersist();
    } finally {
      pegawai.unpersist();
    }
  }

  private Dataset<Row> read(List<Path> paths, StructType schema) {
    if (paths.isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    String[] locations = paths.stream().map(p -> p.toUri().toString()).toArray(String[]::new);
    return spark.read().schema(schema).parquet(locations);
  }

  private void write(String table, Periode periode, Dataset<Row> data) {
    Path target = workspace.computed(table).resolve("periode=" + periode.id());
    data.write().mode(SaveMode.Overwrite).parquet(target.toUri().toString());
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
    Set<String> melapor = new HashSet<>();
    for (SubmisiVersion v : lake.versions()) {
      if (v.periode().equals(periode.id()) && v.datasets().containsKey("pegawai")) {
        melapor.add(v.kode());
      }
    }
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
}
