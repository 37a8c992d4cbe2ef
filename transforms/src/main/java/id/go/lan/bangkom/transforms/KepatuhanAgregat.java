package id.go.lan.bangkom.transforms;

import static id.go.lan.bangkom.transforms.Compliance.BELUM_ADA_JP;
import static id.go.lan.bangkom.transforms.Compliance.EXACT;
import static id.go.lan.bangkom.transforms.Compliance.JP;
import static id.go.lan.bangkom.transforms.Compliance.MEMENUHI;
import static id.go.lan.bangkom.transforms.Compliance.SESUAI_TARGET;
import static id.go.lan.bangkom.transforms.Compliance.TERTINGGAL;
import static id.go.lan.bangkom.transforms.Compliance.TOTAL_JP;
import static id.go.lan.bangkom.transforms.Compliance.persen;
import static id.go.lan.bangkom.transforms.Compliance.populasi;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import id.go.lan.bangkom.core.Periode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * The kepatuhan_* tables over people (SPEC §3): counts per status, the shares on track, total, mean
 * and exact median JP, per instansi, per group within an instansi, and for the nation. Pure
 * functions over Datasets, like {@link Compliance}.
 */
final class KepatuhanAgregat {
  static final List<String> MEASURES =
      List.of(
          "jumlah_pegawai",
          "jumlah_memenuhi",
          "jumlah_sesuai_target",
          "jumlah_tertinggal",
          "jumlah_belum_ada_jp",
          "persen_memenuhi",
          "persen_on_track",
          "total_jp",
          "rata_rata_jp",
          "median_jp");

  private KepatuhanAgregat() {}

  /**
   * The measures of the kepatuhan_* tables over population rows grouped by {@code keys}; with no
   * keys, the nation (one row, even over no one).
   */
  static Dataset<Row> measures(Dataset<Row> populasi, String... keys) {
    Dataset<Row> counts = keys.length == 0 ? countsNasional(populasi) : counts(populasi, keys);
    Column jumlah = col("jumlah_pegawai");
    return counts
        // As Spark's avg of DECIMAL(10,2): the mean rounded half up to DECIMAL(14,6), then to 2.
        .withColumn(
            "rata_rata_jp",
            when(
                jumlah.gt(0),
                round(col("total_exact").divide(jumlah).cast(DataTypes.createDecimalType(14, 6)), 2)
                    .cast(JP)))
        .withColumn("median_jp", round(col("median_exact"), 2).cast(JP))
        .drop("total_exact", "median_exact")
        .withColumn("persen_memenuhi", persen(col("jumlah_memenuhi"), col("jumlah_pegawai")))
        .withColumn(
            "persen_on_track",
            persen(
                col("jumlah_memenuhi").plus(col("jumlah_sesuai_target")), col("jumlah_pegawai")));
  }

  /**
   * Counts, totals and the exact median per group, from the frequency of each (keys, jp, status):
   * JP takes few distinct values, so this small table replaces a per-person sort for the median and
   * keeps every aggregation hash-based. The windows are partitioned by the group's keys.
   */
  private static Dataset<Row> counts(Dataset<Row> populasi, String... keys) {
    Column[] groupBy = Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new);
    List<Column> freqKeys = new ArrayList<>(Arrays.asList(groupBy));
    freqKeys.add(col("jp"));
    freqKeys.add(col("status"));
    Dataset<Row> freq =
        populasi.groupBy(freqKeys.toArray(Column[]::new)).agg(count(lit(1)).as("frekuensi"));
    WindowSpec perGroup = Window.partitionBy(groupBy);
    WindowSpec upToJp =
        perGroup.orderBy(col("jp")).rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Column n = col("n");
    // Median of n sorted values: the mean of the values at positions floor((n+1)/2) and
    // floor(n/2)+1 (1-based), each the smallest jp whose cumulative frequency reaches it.
    Column bawah = n.plus(1).divide(2).cast(DataTypes.LongType);
    Column atas = n.divide(2).cast(DataTypes.LongType).plus(1);
    Column tengahBawah = min(when(col("kumulatif").geq(bawah), col("jp")));
    Column tengahAtas = min(when(col("kumulatif").geq(atas), col("jp")));
    Column total = sum(col("jp").multiply(col("frekuensi")));
    return freq.withColumn("kumulatif", sum(col("frekuensi")).over(upToJp))
        .withColumn("n", sum(col("frekuensi")).over(perGroup))
        .groupBy(groupBy)
        .agg(
            coalesce(sum(col("frekuensi")), lit(0L)).as("jumlah_pegawai"),
            countStatus(col("frekuensi"), MEMENUHI).as("jumlah_memenuhi"),
            countStatus(col("frekuensi"), SESUAI_TARGET).as("jumlah_sesuai_target"),
            countStatus(col("frekuensi"), TERTINGGAL).as("jumlah_tertinggal"),
            countStatus(col("frekuensi"), BELUM_ADA_JP).as("jumlah_belum_ada_jp"),
            total.cast(TOTAL_JP).as("total_jp"),
            total.cast(EXACT).as("total_exact"),
            tengahBawah.plus(tengahAtas).cast(EXACT).divide(2).as("median_exact"));
  }

  /**
   * The nation's counts, totals and exact median: one global aggregation. The nation is a single
   * group, so the windows of {@link #counts} would move all of its rows into one task (Spark warns
   * "No Partition Defined for Window operation"); here the two middle values come from discrete
   * percentiles instead, aggregates whose partial results are per-task maps of the distinct JP
   * values. {@code percentile_disc(0.5)} is the smallest value whose cumulative count reaches
   * ceil(n/2) = floor((n+1)/2), the lower middle; in descending order it is the largest value with
   * at least ceil(n/2) values at or above it, the value at floor(n/2)+1, the upper middle: the same
   * two values as {@link #counts}. They are DOUBLE there, exact for a DECIMAL(10,2) JP, and cast
   * back before the mean is taken.
   */
  private static Dataset<Row> countsNasional(Dataset<Row> populasi) {
    Column satu = lit(1L);
    Column tengahBawah =
        expr("percentile_disc(0.5) WITHIN GROUP (ORDER BY jp)").cast(JP).cast(EXACT);
    Column tengahAtas =
        expr("percentile_disc(0.5) WITHIN GROUP (ORDER BY jp DESC)").cast(JP).cast(EXACT);
    return populasi.agg(
        count(lit(1)).as("jumlah_pegawai"),
        countStatus(satu, MEMENUHI).as("jumlah_memenuhi"),
        countStatus(satu, SESUAI_TARGET).as("jumlah_sesuai_target"),
        countStatus(satu, TERTINGGAL).as("jumlah_tertinggal"),
        countStatus(satu, BELUM_ADA_JP).as("jumlah_belum_ada_jp"),
        sum(col("jp")).cast(TOTAL_JP).as("total_jp"),
        sum(col("jp")).cast(EXACT).as("total_exact"),
        tengahBawah.plus(tengahAtas).cast(EXACT).divide(2).as("median_exact"));
  }

  /**
   * One row per instansi of the master list: its measures when a roster is in force ({@code
   * melapor}), else null counts.
   *
   * @param instansi master list with {@code kode_instansi}
   * @param laporan {@code kode_instansi, melapor, baris_dibaca, baris_ditolak} for the period
   */
  static Dataset<Row> kepatuhanInstansi(
      Dataset<Row> kepatuhanPegawai, Dataset<Row> instansi, Dataset<Row> laporan, Periode p) {
    Dataset<Row> m = measures(populasi(kepatuhanPegawai), "kode_instansi");
    Dataset<Row> nonAktif =
        kepatuhanPegawai
            .filter(col("status_pegawai").notEqual(Compliance.AKTIF))
            .groupBy(col("kode_instansi"))
            .agg(count(lit(1)).as("jumlah_non_aktif"));
    Column melapor = coalesce(col("melapor"), lit(false));
    List<Column> out = new ArrayList<>();
    out.add(lit(p.tahun()).as("tahun"));
    out.add(lit(p.caturwulan()).as("caturwulan"));
    out.add(col("kode_instansi"));
    out.add(melapor.as("melapor"));
    for (String measure : MEASURES) {
      Column value = col(measure);
      if (measure.startsWith("jumlah_")) {
        value = coalesce(value, lit(0L));
      }
      out.add(when(melapor, value).as(measure));
      if (measure.equals("jumlah_belum_ada_jp")) {
        out.add(when(melapor, coalesce(col("jumlah_non_aktif"), lit(0L))).as("jumlah_non_aktif"));
      }
    }
    return instansi
        .select(col("kode_instansi"))
        .join(laporan.select("kode_instansi", "melapor"), "kode_instansi", "left")
        .join(m, "kode_instansi", "left")
        .join(nonAktif, "kode_instansi", "left")
        .select(out.toArray(Column[]::new));
  }

  /**
   * One row per group of {@code keys} with a population, {@code tahun, caturwulan, <keys>,
   * <MEASURES>}: kepatuhan_unit, _jabatan, _jenis_pegawai and _jenis_instansi.
   */
  static Dataset<Row> grain(Dataset<Row> populasi, Periode p, String... keys) {
    List<Column> out = new ArrayList<>();
    out.add(lit(p.tahun()).as("tahun"));
    out.add(lit(p.caturwulan()).as("caturwulan"));
    for (String k : keys) {
      out.add(col(k));
    }
    MEASURES.forEach(m -> out.add(col(m)));
    return measures(populasi, keys).select(out.toArray(Column[]::new));
  }

  /** One row: the nation at the cut-off, with coverage over the master list. */
  static Dataset<Row> kepatuhanNasional(
      Dataset<Row> kepatuhanPegawai, Dataset<Row> kepatuhanInstansi, Periode p) {
    Dataset<Row> cakupan =
        kepatuhanInstansi.agg(
            count(lit(1)).as("jumlah_instansi"),
            sum(when(col("melapor"), 1).otherwise(0))
                .cast(DataTypes.LongType)
                .as("jumlah_instansi_melapor"));
    // No keys: a global aggregate, one row even when nobody is in any population.
    Dataset<Row> m = measures(populasi(kepatuhanPegawai));
    List<Column> out = new ArrayList<>();
    out.add(lit(p.tahun()).as("tahun"));
    out.add(lit(p.caturwulan()).as("caturwulan"));
    out.add(col("jumlah_instansi"));
    out.add(col("jumlah_instansi_melapor"));
    out.add(persen(col("jumlah_instansi_melapor"), col("jumlah_instansi")).as("persen_cakupan"));
    for (String measure : MEASURES) {
      out.add(
          measure.startsWith("jumlah_")
              ? coalesce(col(measure), lit(0L)).as(measure)
              : col(measure));
    }
    return cakupan.crossJoin(m).select(out.toArray(Column[]::new));
  }

  /** How many have {@code status}: the sum of {@code banyak} over its rows, 0 when none. */
  private static Column countStatus(Column banyak, String status) {
    return coalesce(sum(when(col("status").equalTo(status), banyak).otherwise(0L)), lit(0L));
  }
}
