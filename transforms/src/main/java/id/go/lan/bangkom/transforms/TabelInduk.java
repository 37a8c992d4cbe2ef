package id.go.lan.bangkom.transforms;

import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.ingestion.Lake;
import id.go.lan.bangkom.ingestion.SubmisiVersion;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The small tables built in the driver from the master list and the lake's listing: the instansi,
 * who reported a period and how many rows, and the coverage table {@code cakupan}.
 */
final class TabelInduk {
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  static final StructType CAKUPAN =
      new StructType()
          .add("tahun", DataTypes.IntegerType)
          .add("caturwulan", DataTypes.IntegerType)
          .add("kode_instansi", DataTypes.StringType)
          .add("melapor", DataTypes.BooleanType)
          .add("pertama_diterima_pada", DataTypes.TimestampType)
          .add("batas_submisi", DataTypes.DateType)
          .add("terlambat", DataTypes.BooleanType);

  private final SparkSession spark;
  private final InstansiMaster master;
  private final PengaturanTransform pengaturan;

  TabelInduk(SparkSession spark, InstansiMaster master, PengaturanTransform pengaturan) {
    this.spark = spark;
    this.master = master;
    this.pengaturan = pengaturan;
  }

  /** How many instansi the master list holds. */
  int jumlahInstansi() {
    return master.size();
  }

  /** The master list: {@code kode_instansi, jenis_instansi, kode_provinsi}. */
  Dataset<Row> instansi() {
    List<Row> rows = new ArrayList<>();
    for (Instansi i : master.all()) {
      rows.add(RowFactory.create(i.kode(), i.jenis().name(), i.kodeProvinsi().orElse(null)));
    }
    return spark.createDataFrame(rows, LakeSchemas.INSTANSI);
  }

  /** Per instansi: whether a roster is in force for the period and the rows read/rejected. */
  Dataset<Row> laporan(Lake lake, Periode periode) {
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

  /** Coverage: every instansi of the master list, whether it reported, and whether late. */
  Dataset<Row> cakupan(Lake lake, Periode periode) {
    Map<String, Instant> first = firstRoster(lake, periode);
    LocalDate batas =
        pengaturan.kalender().akhir(periode).plusDays(pengaturan.analisis().batasSubmisiHari());
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
    return spark.createDataFrame(rows, CAKUPAN);
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
}
