package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import id.go.lan.bangkom.core.InstrumenTrainingRate;
import id.go.lan.bangkom.core.Periode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;

/**
 * Training rate (SPEC §6) as pure functions. An instansi is measured at a cut-off when it sent
 * training_rate rows in the year up to that cut-off; each indicator takes its latest value; a
 * missing indicator counts 0 and is flagged; computed indicators (PL1) come from compliance.
 */
final class TrainingRate {
  static final DecimalType SKOR = DataTypes.createDecimalType(5, 2);

  /** Sums of values and weights, exact; divided once with 15 decimals or more. */
  private static final DecimalType TEPAT = DataTypes.createDecimalType(20, 4);

  private TrainingRate() {}

  static String skorColumn(String instrumen) {
    return "skor_" + instrumen.toLowerCase(Locale.ROOT);
  }

  /**
   * One row per measured instansi and indicator of the instrument.
   *
   * @param nilai lake rows {@code kode_instansi, periode, indikator, nilai} of the year up to the
   *     cut-off
   * @param kepatuhanInstansi {@code kode_instansi, persen_on_track} at the cut-off
   */
  static Dataset<Row> indikator(
      Dataset<Row> nilai, Dataset<Row> kepatuhanInstansi, InstrumenTrainingRate ins, Periode p) {
    Dataset<Row> perPeriode =
        nilai
            .groupBy(col("kode_instansi"), col("periode"), col("indikator"))
            .agg(avg(col("nilai")).as("nilai"));
    Dataset<Row> terakhir =
        perPeriode
            .withColumn(
                "urutan",
                row_number()
                    .over(
                        Window.partitionBy(col("kode_instansi"), col("indikator"))
                            .orderBy(desc("periode"))))
            .filter(col("urutan").equalTo(1))
            .select(col("kode_instansi"), col("indikator"), col("nilai").as("nilai_laporan"));
    Dataset<Row> diukur = nilai.select(col("kode_instansi")).distinct();
    Column dihitung = col("dihitung");
    Column nilaiAkhir =
        when(dihitung, col("persen_on_track").cast(SKOR))
            .otherwise(col("nilai_laporan").cast(SKOR));
    Column dipakai = coalesce(col("nilai"), lit(0).cast(SKOR));
    Column potensi =
        round(
                col("bobot")
                    .multiply(lit(100).minus(dipakai))
                    .divide(100)
                    .divide(col("jumlah_indikator")),
                2)
            .cast(SKOR);
    return diukur
        .crossJoin(definisi(nilai, ins))
        .join(terakhir, new String[] {"kode_instansi", "indikator"}, "left")
        .join(
            kepatuhanInstansi.select("kode_instansi", "persen_on_track"),
            new String[] {"kode_instansi"},
            "left")
        .withColumn("nilai", nilaiAkhir)
        .select(
            lit(p.tahun()).as("tahun"),
            lit(p.caturwulan()).as("caturwulan"),
            col("kode_instansi"),
            col("instrumen"),
            col("indikator"),
            col("bobot"),
            col("nilai"),
            col("nilai").isNull().as("hilang"),
            dihitung,
            dipakai.as("nilai_dipakai"),
            potensi.as("potensi_tambahan"));
  }

  /** The instrument as a small table: instrumen, bobot, indikator, jumlah_indikator, dihitung. */
  private static Dataset<Row> definisi(Dataset<Row> anyInput, InstrumenTrainingRate ins) {
    List<Row> rows = new ArrayList<>();
    for (InstrumenTrainingRate.Instrumen i : ins.instrumen()) {
      for (String indikator : i.indikator()) {
        rows.add(
            RowFactory.create(
                i.nama(),
                i.bobot(),
                indikator,
                i.indikator().size(),
                ins.dihitung().contains(indikator)));
      }
    }
    StructType schema =
        new StructType()
            .add("instrumen", DataTypes.StringType)
            .add("bobot", DataTypes.createDecimalType(5, 2))
            .add("indikator", DataTypes.StringType)
            .add("jumlah_indikator", DataTypes.IntegerType)
            .add("dihitung", DataTypes.BooleanType);
    return anyInput.sparkSession().createDataFrame(rows, schema);
  }

  /**
   * One row per measured instansi: scores per instrument, the rate, its band and explanation.
   *
   * <p>Only what is shown is rounded (SPEC §6): each {@code skor_*} is its instrument's mean
   * rounded to 2 decimals, but the rate is weighed from the exact means. With {@code L} the least
   * common multiple of the instruments' indicator counts, {@code rate = sum(bobot * total * L / n)
   * / (100 * L)}: the numerator is exact (cents times weights), so the one division and the final
   * rounding see the exact rate (77.333.. is weighed as 232/3, not as 77.33).
   */
  static Dataset<Row> instansi(Dataset<Row> indikator, InstrumenTrainingRate ins) {
    long kpk = 1;
    for (InstrumenTrainingRate.Instrumen i : ins.instrumen()) {
      kpk = kpk / gcd(kpk, i.indikator().size()) * i.indikator().size();
    }
    Dataset<Row> perInstrumen =
        indikator
            .groupBy(col("tahun"), col("caturwulan"), col("kode_instansi"), col("instrumen"))
            .agg(
                first(col("bobot")).as("bobot"),
                sum(col("nilai_dipakai")).as("total"),
                count(lit(1)).as("jumlah"));
    // Mean of the instrument, precise to 15 decimals; shown rounded to 2.
    Column rataRata = col("total").cast(TEPAT).divide(col("jumlah"));
    // bobot * total * (L / n): exact, L / n is a whole number.
    Column bobotKaliTotal =
        col("bobot")
            .multiply(col("total"))
            .multiply(lit(kpk).divide(col("jumlah")).cast(DataTypes.LongType));
    List<Column> pivot = new ArrayList<>();
    for (InstrumenTrainingRate.Instrumen i : ins.instrumen()) {
      pivot.add(
          max(when(col("instrumen").equalTo(i.nama()), round(rataRata, 2).cast(SKOR)))
              .as(skorColumn(i.nama())));
    }
    pivot.add(
        round(sum(bobotKaliTotal).cast(TEPAT).divide(lit(100L * kpk)), 2)
            .cast(SKOR)
            .as("training_rate"));
    Dataset<Row> skor =
        perInstrumen
            .groupBy(col("tahun"), col("caturwulan"), col("kode_instansi"))
            .agg(pivot.get(0), pivot.subList(1, pivot.size()).toArray(Column[]::new));
    Column menarikTurun = col("nilai_dipakai").lt(lit(ins.ambang()));
    Dataset<Row> penjelasan =
        indikator
            .groupBy(col("kode_instansi"))
            .agg(
                array_join(array_sort(collect_list(when(col("hilang"), col("indikator")))), ", ")
                    .as("indikator_hilang"),
                array_join(
                        transform(
                            sort_array(
                                collect_list(
                                    when(
                                        menarikTurun,
                                        struct(col("potensi_tambahan"), col("indikator")))),
                                false),
                            s -> s.getField("indikator")),
                        ", ")
                    .as("indikator_penarik_turun"),
                max(struct(col("potensi_tambahan"), col("indikator"))).as("terbaik"));
    return skor.join(penjelasan, "kode_instansi")
        .withColumn("kategori", kategori(col("training_rate"), ins))
        .withColumn("perbaikan_utama", col("terbaik").getField("indikator"))
        .withColumn("tambahan_poin_perbaikan", col("terbaik").getField("potensi_tambahan"))
        .drop("terbaik");
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  static Column kategori(Column skor, InstrumenTrainingRate ins) {
    Column c = null;
    for (InstrumenTrainingRate.Kategori k : ins.kategori()) {
      Column cond = skor.geq(lit(k.batasBawah()));
      c = c == null ? when(cond, k.nama()) : c.when(cond, k.nama());
    }
    return c;
  }

  /**
   * The nation at the cut-off: mean over measured instansi, coverage, instansi per instrument >=
   * threshold.
   */
  static Dataset<Row> nasional(
      Dataset<Row> trInstansi, long jumlahInstansi, InstrumenTrainingRate ins, Periode p) {
    List<Column> aggs = new ArrayList<>();
    aggs.add(count(lit(1)).as("jumlah_instansi_diukur"));
    aggs.add(round(avg(col("training_rate")), 2).cast(SKOR).as("training_rate"));
    for (InstrumenTrainingRate.Instrumen i : ins.instrumen()) {
      String s = skorColumn(i.nama());
      aggs.add(round(avg(col(s)), 2).cast(SKOR).as("rata_rata_" + s));
      aggs.add(
          sum(when(col(s).geq(lit(ins.ambang())), 1L).otherwise(0L))
              .as("jumlah_instansi_" + i.nama().toLowerCase(Locale.ROOT) + "_di_atas_ambang"));
    }
    Dataset<Row> agg =
        trInstansi.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
    return agg.select(
            lit(p.tahun()).as("tahun"),
            lit(p.caturwulan()).as("caturwulan"),
            lit(jumlahInstansi).as("jumlah_instansi"),
            col("*"))
        .withColumn(
            "persen_cakupan",
            round(col("jumlah_instansi_diukur").multiply(100).divide(lit(jumlahInstansi)), 2)
                .cast(Compliance.PERSEN))
        .withColumn("kategori", kategori(col("training_rate"), ins));
  }
}
