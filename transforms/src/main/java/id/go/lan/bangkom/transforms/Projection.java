package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * Year-end projection (docs/proyeksi.md): each employee's chance of meeting the annual target, from
 * last year's catch-up rates when that history exists ({@link Kalibrasi}), else from the pace of JP
 * per month served so far; per instansi a prediction interval, nationally the interval of the rates
 * (or paces). Also the JP still needed and the IP ASN kompetensi points at risk of those off track.
 */
final class Projection {
  static final DecimalType EXACT = DataTypes.createDecimalType(24, 8);
  static final DecimalType POIN = DataTypes.createDecimalType(14, 2);

  /** A person's chance of meeting the target by year end: 6 decimals, so sums stay compact. */
  static final DecimalType PELUANG = DataTypes.createDecimalType(8, 6);

  /** The 97.5 % quantile of the standard normal distribution: two-sided 95 % intervals. */
  static final double Z = 1.959963984540054;

  private Projection() {}

  /** Per population row: projected year-end JP at the three paces, shortfall and points at risk. */
  static Dataset<Row> perPegawai(Dataset<Row> populasi, AnalysisRules rules) {
    Column bulanDinas = col("bulan_dinas");
    Column sisa = greatest(lit(0), col("bulan_dinas_tahun").minus(bulanDinas));
    Column laju =
        when(bulanDinas.gt(0), col("jp").cast(EXACT).divide(bulanDinas))
            .otherwise(lit(0).cast(EXACT));
    Column tidakOnTrack = col("status").isin(Compliance.TERTINGGAL, Compliance.BELUM_ADA_JP);
    Column poin =
        when(
                tidakOnTrack,
                when(col("jenis_jabatan").equalTo("PELAKSANA"), lit(rules.poinIpAsnPelaksana()))
                    .otherwise(lit(rules.poinIpAsn())))
            .otherwise(lit(BigDecimal.ZERO));
    return populasi
        .withColumn("proyeksi_jp", col("jp").plus(laju.multiply(sisa)))
        .withColumn(
            "proyeksi_jp_bawah",
            col("jp").plus(laju.multiply(sisa).multiply(lit(rules.faktorBawah()))))
        .withColumn(
            "proyeksi_jp_atas",
            col("jp").plus(laju.multiply(sisa).multiply(lit(rules.faktorAtas()))))
        .withColumn("peluang", indikator(col("proyeksi_jp")))
        .withColumn("peluang_bawah", indikator(col("proyeksi_jp_bawah")))
        .withColumn("peluang_atas", indikator(col("proyeksi_jp_atas")))
        .withColumn(
            "kekurangan_jp", greatest(lit(0).cast(EXACT), col("target_tahunan").minus(col("jp"))))
        .withColumn("tidak_on_track", tidakOnTrack)
        .withColumn("poin_ip_asn_berisiko", poin)
        // A run-rate chance has no variance of its own: its interval comes from the paces.
        .withColumn("varian_peluang", lit(null).cast(DataTypes.DoubleType))
        .withColumn("simpangan_antar", lit(null).cast(DataTypes.DoubleType))
        .withColumn("simpangan_laju", lit(null).cast(DataTypes.DoubleType));
  }

  /** 1 when the projected JP reaches the annual target, else 0: a run-rate "chance". */
  private static Column indikator(Column proyeksiJp) {
    return when(proyeksiJp.geq(col("target_tahunan")), lit(BigDecimal.ONE))
        .otherwise(lit(BigDecimal.ZERO))
        .cast(PELUANG);
  }

  /**
   * Aggregates of {@link #perPegawai} over {@code keys}. With no keys, the nation: its interval is
   * the mean of the people's bounds (the rates' Wilson bounds, or the paces'). With keys, an
   * instansi or a part of one (never several instansi): its interval is {@link #prediksi}.
   */
  static Dataset<Row> aggregate(Dataset<Row> perPegawai, Periode p, String... keys) {
    Column[] groupBy = Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new);
    Column n = count(lit(1));
    boolean nasional = keys.length == 0;
    return perPegawai
        .groupBy(groupBy)
        .agg(
            n.as("jumlah_pegawai"),
            persen(sum(when(col("jp").geq(col("target_tahunan")), 1L).otherwise(0L)), n)
                .as("persen_memenuhi"),
            persen(sum(col("peluang")), n).as("persen_memenuhi_proyeksi"),
            (nasional ? persen(sum(col("peluang_bawah")), n) : prediksi(n, -1)).as("batas_bawah"),
            (nasional ? persen(sum(col("peluang_atas")), n) : prediksi(n, 1)).as("batas_atas"),
            round(sum(col("kekurangan_jp")), 2).cast(Compliance.TOTAL_JP).as("kekurangan_jp"),
            sum(when(col("tidak_on_track"), 1L).otherwise(0L)).as("jumlah_tidak_on_track"),
            round(sum(col("poin_ip_asn_berisiko")), 2).cast(POIN).as("poin_ip_asn_berisiko"))
        .withColumn("tahun", lit(p.tahun()))
        .withColumn("caturwulan", lit(p.caturwulan()));
  }

  /**
   * A bound ({@code tanda} -1 or 1) of the 95 % prediction interval of an instansi's year-end share
   * (docs/proyeksi.md): the sum of the chances plus or minus z standard deviations, clipped to [0,
   * 100] %. The variance adds the chance of each person ({@code varian_peluang}); the instansi's
   * own departure from its kind, shared by all its people, so the square of the sum of {@code
   * simpangan_antar}; and the error of the rates, likewise shared, the square of the sum of {@code
   * simpangan_laju}. A run-rate chance adds the distance to its pace bound instead, so an instansi
   * projected by the run-rate alone keeps the mean of its people's pace bounds.
   */
  private static Column prediksi(Column n, int tanda) {
    Column nol = lit(0.0);
    Column varian =
        sum(coalesce(col("varian_peluang"), nol))
            .plus(pow(sum(coalesce(col("simpangan_antar"), nol)), 2))
            .plus(pow(sum(coalesce(col("simpangan_laju"), nol)), 2));
    Column batasLaju = col(tanda < 0 ? "peluang_bawah" : "peluang_atas");
    Column geserLaju =
        sum(
            when(col("varian_peluang").isNull(), batasLaju.minus(col("peluang")))
                .otherwise(lit(BigDecimal.ZERO)));
    Column batas =
        sum(col("peluang"))
            .cast(EXACT)
            .plus(lit(tanda * Z).multiply(sqrt(varian)).cast(EXACT))
            .plus(geserLaju.cast(EXACT));
    return greatest(
            lit(BigDecimal.ZERO).cast(Compliance.PERSEN),
            least(lit(new BigDecimal("100")).cast(Compliance.PERSEN), persen(batas, n)))
        .cast(Compliance.PERSEN);
  }

  /** 100 * {@code jumlah} / {@code n}, half up to 2 decimals. */
  private static Column persen(Column jumlah, Column n) {
    return round(jumlah.cast(EXACT).multiply(100).divide(n), 2).cast(Compliance.PERSEN);
  }

  /**
   * Back-test: the projections made at earlier cut-offs of a year against what its last cut-off
   * shows. {@code proyeksi} holds rows of {@code proyeksi_instansi} (or {@code _nasional}) of the
   * earlier cut-offs; {@code aktual} the rows of the last cut-off, with the same {@code keys}.
   */
  static Dataset<Row> ujiBalik(Dataset<Row> proyeksi, Dataset<Row> aktual, String... keys) {
    String[] joinKeys = new String[keys.length + 1];
    joinKeys[0] = "tahun";
    System.arraycopy(keys, 0, joinKeys, 1, keys.length);
    Column[] aktualColumns = new Column[joinKeys.length + 1];
    for (int i = 0; i < joinKeys.length; i++) {
      aktualColumns[i] = col(joinKeys[i]);
    }
    aktualColumns[joinKeys.length] = col("persen_memenuhi").as("persen_aktual");
    Column[] out = new Column[joinKeys.length + 8];
    for (int i = 0; i < joinKeys.length; i++) {
      out[i] = col(joinKeys[i]);
    }
    int i = joinKeys.length;
    out[i++] = col("caturwulan").as("dari_caturwulan");
    out[i++] = col("persen_memenuhi_proyeksi");
    out[i++] = col("batas_bawah");
    out[i++] = col("batas_atas");
    out[i++] = col("persen_aktual");
    out[i++] =
        col("persen_memenuhi_proyeksi")
            .minus(col("persen_aktual"))
            .cast(Compliance.PERSEN)
            .as("galat");
    out[i++] =
        col("persen_aktual").between(col("batas_bawah"), col("batas_atas")).as("dalam_interval");
    out[i] =
        (Arrays.asList(proyeksi.columns()).contains("metode")
                ? col("metode")
                : lit(null).cast(DataTypes.StringType))
            .as("metode");
    return proyeksi.join(aktual.select(aktualColumns), joinKeys).select(out);
  }
}
