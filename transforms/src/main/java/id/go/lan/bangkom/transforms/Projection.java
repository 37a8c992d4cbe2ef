package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
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

  /** A person's chance of meeting the target by year end: 6 decimals, so sums stay compact. */
  private static final DecimalType PELUANG = DataTypes.createDecimalType(8, 6);

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
        .withColumn("poin_ip_asn_berisiko", poin);
  }

  /** 1 when the projected JP reaches the annual target, else 0: a run-rate "chance". */
  private static Column indikator(Column proyeksiJp) {
    return when(proyeksiJp.geq(col("target_tahunan")), lit(BigDecimal.ONE))
        .otherwise(lit(BigDecimal.ZERO))
        .cast(PELUANG);
  }

  /**
   * Last year's catch-up rates (docs/proyeksi.md): of the AKTIF employees with a given status at
   * cut-off k of the previous year who were on a roster at its year end, how many ({@code
   * memenuhi}) met their annual target by then, out of {@code jumlah}; per jenis_instansi and
   * status, and for the nation ({@code jenis_instansi} null).
   *
   * @param sebelumnya kepatuhan_pegawai of the previous year's cut-off k
   * @param akhirTahun kepatuhan_pegawai of the previous year's last cut-off
   * @param instansi the master list with {@code kode_instansi, jenis_instansi}
   */
  static Dataset<Row> lajuSusulan(
      Dataset<Row> sebelumnya, Dataset<Row> akhirTahun, Dataset<Row> instansi) {
    Dataset<Row> memenuhiAkhir =
        akhirTahun
            .groupBy(col("nip"))
            .agg(
                max(when(col("jp").geq(col("target_tahunan")), 1L).otherwise(0L))
                    .as("memenuhi_akhir"));
    Dataset<Row> basis =
        sebelumnya
            .filter(col("status_pegawai").equalTo(Compliance.AKTIF))
            .select(col("kode_instansi"), col("nip"), col("status"))
            .join(memenuhiAkhir, "nip")
            .join(instansi.select("kode_instansi", "jenis_instansi"), "kode_instansi", "left");
    Column[] ukuran = {count(lit(1)).as("jumlah"), sum(col("memenuhi_akhir")).as("memenuhi")};
    Dataset<Row> perJenis =
        basis.groupBy(col("jenis_instansi"), col("status")).agg(ukuran[0], ukuran[1]);
    Dataset<Row> nasional =
        basis
            .groupBy(col("status"))
            .agg(ukuran[0], ukuran[1])
            .withColumn("jenis_instansi", lit(null).cast(DataTypes.StringType));
    return perJenis.unionByName(nasional);
  }

  /**
   * The calibrated chances (docs/proyeksi.md): who meets the target now counts 1; anyone else
   * counts last year's catch-up rate of their status, for their jenis_instansi when at least {@code
   * kalibrasiMinimum} people made it, else the nation's, else the run-rate of {@link #perPegawai}.
   * The interval is the 95 % Wilson interval of the rate used.
   *
   * @param perPegawai rows of {@link #perPegawai}
   * @param laju rows of {@link #lajuSusulan}
   * @param instansi the master list with {@code kode_instansi, jenis_instansi}
   */
  static Dataset<Row> kalibrasi(
      Dataset<Row> perPegawai, Dataset<Row> laju, Dataset<Row> instansi, AnalysisRules rules) {
    Column cukup = col("jumlah").geq(rules.kalibrasiMinimum());
    Dataset<Row> perJenis =
        laju.filter(col("jenis_instansi").isNotNull().and(cukup))
            .select(
                col("jenis_instansi"),
                col("status"),
                col("memenuhi").as("memenuhi_jenis"),
                col("jumlah").as("jumlah_jenis"));
    Dataset<Row> nasional =
        laju.filter(col("jenis_instansi").isNull().and(cukup))
            .select(
                col("status"),
                col("memenuhi").as("memenuhi_nasional"),
                col("jumlah").as("jumlah_nasional"));
    Column memenuhi = coalesce(col("memenuhi_jenis"), col("memenuhi_nasional"));
    Column jumlah = coalesce(col("jumlah_jenis"), col("jumlah_nasional"));
    Column sudah = col("status").equalTo(Compliance.MEMENUHI);
    Column adaLaju = jumlah.isNotNull().and(org.apache.spark.sql.functions.not(sudah));
    List<String> kolom = List.of(perPegawai.columns());
    Dataset<Row> out =
        perPegawai
            .join(instansi.select("kode_instansi", "jenis_instansi"), "kode_instansi", "left")
            .join(perJenis, new String[] {"jenis_instansi", "status"}, "left")
            .join(nasional, new String[] {"status"}, "left")
            .withColumn(
                "peluang",
                when(sudah, lit(BigDecimal.ONE).cast(PELUANG))
                    .when(adaLaju, memenuhi.cast(EXACT).divide(jumlah).cast(PELUANG))
                    .otherwise(col("peluang")))
            .withColumn(
                "peluang_bawah",
                when(adaLaju, wilson(memenuhi, jumlah, -1)).otherwise(col("peluang_bawah")))
            .withColumn(
                "peluang_atas",
                when(adaLaju, wilson(memenuhi, jumlah, 1)).otherwise(col("peluang_atas")));
    return out.select(kolom.stream().map(k -> col(k)).toArray(Column[]::new));
  }

  /** A bound of the 95 % Wilson score interval of {@code memenuhi / jumlah}. */
  private static Column wilson(Column memenuhi, Column jumlah, int tanda) {
    double z = 1.959963984540054;
    Column n = jumlah.cast(DataTypes.DoubleType);
    Column p = memenuhi.cast(DataTypes.DoubleType).divide(n);
    Column z2n = lit(z * z).divide(n);
    Column tengah = p.plus(z2n.divide(2));
    Column lebar =
        lit(z)
            .multiply(
                org.apache.spark.sql.functions.sqrt(
                    p.multiply(lit(1).minus(p)).divide(n).plus(z2n.divide(n.multiply(4)))));
    Column batas = tengah.plus(lebar.multiply(tanda)).divide(lit(1).plus(z2n));
    return greatest(lit(0.0), org.apache.spark.sql.functions.least(lit(1.0), batas)).cast(PELUANG);
  }

  /** Aggregates of {@link #perPegawai} over {@code keys} (none = the nation). */
  static Dataset<Row> aggregate(Dataset<Row> perPegawai, Periode p, String... keys) {
    Column[] groupBy = Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new);
    Column n = count(lit(1));
    return perPegawai
        .groupBy(groupBy)
        .agg(
            n.as("jumlah_pegawai"),
            persen(sum(when(col("jp").geq(col("target_tahunan")), 1L).otherwise(0L)), n)
                .as("persen_memenuhi"),
            persen(sum(col("peluang")), n).as("persen_memenuhi_proyeksi"),
            persen(sum(col("peluang_bawah")), n).as("batas_bawah"),
            persen(sum(col("peluang_atas")), n).as("batas_atas"),
            round(sum(col("kekurangan_jp")), 2).cast(Compliance.TOTAL_JP).as("kekurangan_jp"),
            sum(when(col("tidak_on_track"), 1L).otherwise(0L)).as("jumlah_tidak_on_track"),
            round(sum(col("poin_ip_asn_berisiko")), 2).cast(POIN).as("poin_ip_asn_berisiko"))
        .withColumn("tahun", lit(p.tahun()))
        .withColumn("caturwulan", lit(p.caturwulan()));
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
