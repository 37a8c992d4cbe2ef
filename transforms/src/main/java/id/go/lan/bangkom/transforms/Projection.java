package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
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
 * Year-end projection (docs/proyeksi.md): each employee keeps the pace of JP per month served so
 * far for the months left; the interval uses a slower and a faster pace. Also the JP still needed
 * and the IP ASN kompetensi points at risk of those off track.
 */
final class Projection {
  private static final DecimalType EXACT = DataTypes.createDecimalType(24, 8);
  static final DecimalType POIN = DataTypes.createDecimalType(14, 2);

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
        .withColumn(
            "kekurangan_jp", greatest(lit(0).cast(EXACT), col("target_tahunan").minus(col("jp"))))
        .withColumn("tidak_on_track", tidakOnTrack)
        .withColumn("poin_ip_asn_berisiko", poin);
  }

  /** Aggregates of {@link #perPegawai} over {@code keys} (none = the nation). */
  static Dataset<Row> aggregate(Dataset<Row> perPegawai, Periode p, String... keys) {
    Column[] groupBy = Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new);
    Column n = count(lit(1));
    return perPegawai
        .groupBy(groupBy)
        .agg(
            n.as("jumlah_pegawai"),
            persen(col("jp").geq(col("target_tahunan")), n).as("persen_memenuhi"),
            persen(col("proyeksi_jp").geq(col("target_tahunan")), n).as("persen_memenuhi_proyeksi"),
            persen(col("proyeksi_jp_bawah").geq(col("target_tahunan")), n).as("batas_bawah"),
            persen(col("proyeksi_jp_atas").geq(col("target_tahunan")), n).as("batas_atas"),
            round(sum(col("kekurangan_jp")), 2).cast(Compliance.TOTAL_JP).as("kekurangan_jp"),
            sum(when(col("tidak_on_track"), 1L).otherwise(0L)).as("jumlah_tidak_on_track"),
            round(sum(col("poin_ip_asn_berisiko")), 2).cast(POIN).as("poin_ip_asn_berisiko"))
        .withColumn("tahun", lit(p.tahun()))
        .withColumn("caturwulan", lit(p.caturwulan()));
  }

  private static Column persen(Column kondisi, Column n) {
    return round(sum(when(kondisi, 1L).otherwise(0L)).cast(EXACT).multiply(100).divide(n), 2)
        .cast(Compliance.PERSEN);
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
    Column[] out = new Column[joinKeys.length + 7];
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
    out[i] =
        col("persen_aktual").between(col("batas_bawah"), col("batas_atas")).as("dalam_interval");
    return proyeksi.join(aktual.select(aktualColumns), joinKeys).select(out);
  }
}
