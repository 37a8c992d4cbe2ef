package id.go.lan.bangkom.transforms;

import static id.go.lan.bangkom.transforms.Projection.EXACT;
import static id.go.lan.bangkom.transforms.Projection.PELUANG;
import static id.go.lan.bangkom.transforms.Projection.Z;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The calibrated projection (docs/proyeksi.md): last year's catch-up rates per status and
 * jenis_instansi, how far instansi strayed from them, and each employee's chance from them.
 */
final class Kalibrasi {
  private Kalibrasi() {}

  /**
   * Last year's catch-up rates (docs/proyeksi.md): of the AKTIF employees with a given status at
   * cut-off k of the previous year who were on a roster at its year end, how many ({@code
   * memenuhi}) met their annual target by then, out of {@code jumlah}; per jenis_instansi and
   * status, and for the nation ({@code jenis_instansi} null). Each row also carries {@code
   * varian_antar_instansi} and {@code jumlah_instansi} of its jenis_instansi (the nation's on the
   * nation's rows): see {@link #varianAntarInstansi}.
   *
   * @param sebelumnya kepatuhan_pegawai of the previous year's cut-off k
   * @param akhirTahun kepatuhan_pegawai of the previous year's last cut-off
   * @param instansi the master list with {@code kode_instansi, jenis_instansi}
   */
  static Dataset<Row> lajuSusulan(
      Dataset<Row> sebelumnya,
      Dataset<Row> akhirTahun,
      Dataset<Row> instansi,
      AnalysisRules rules) {
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
    Dataset<Row> laju = perJenis.unionByName(nasional);
    Dataset<Row> varian = varianAntarInstansi(sebelumnya, akhirTahun, instansi, laju, rules);
    return laju.join(varian, col("jenis_instansi").eqNullSafe(col("jenis_varian")), "left")
        .drop("jenis_varian");
  }

  /**
   * How much one instansi differs from others of its kind (docs/proyeksi.md), measured on last
   * year: each instansi's projection at cut-off k made with last year's own rates {@code laju}, as
   * {@link #kalibrasi} would have made it, against the share that met the target at the year end.
   * For instansi j with n people at cut-off k, m of them not yet meeting the target, projected
   * count e, binomial variance v (the sum of p(1-p) over those m) and actual share a at the year
   * end: {@code varian_antar_instansi = max(0, sum((a - e/n)^2 - v/n^2) / sum((m/n)^2))}, the
   * spread of the errors beyond what chance explains, per squared share still open (method of
   * moments). Per jenis_instansi ({@code jenis_varian}) and for the nation ({@code jenis_varian}
   * null), with the number of instansi measured ({@code jumlah_instansi}). An instansi with someone
   * whom no rate covers, or with no roster at the year end, is left out.
   */
  static Dataset<Row> varianAntarInstansi(
      Dataset<Row> sebelumnya,
      Dataset<Row> akhirTahun,
      Dataset<Row> instansi,
      Dataset<Row> laju,
      AnalysisRules rules) {
    Dataset<Row> dulu =
        pilihLaju(
            Compliance.populasi(sebelumnya)
                .select(col("kode_instansi"), col("status"))
                .join(instansi.select("kode_instansi", "jenis_instansi"), "kode_instansi", "left"),
            laju,
            rules);
    Column sudah = col("status").equalTo(Compliance.MEMENUHI);
    Column p = col("memenuhi_laju").cast(DataTypes.DoubleType).divide(col("jumlah_laju"));
    Column tanpaLaju = not(sudah).and(col("jumlah_laju").isNull());
    Dataset<Row> perInstansi =
        dulu.groupBy(col("kode_instansi"), col("jenis_instansi"))
            .agg(
                count(lit(1)).cast(DataTypes.DoubleType).as("n"),
                sum(when(sudah, lit(1.0)).otherwise(p)).as("e"),
                sum(when(sudah, lit(0.0)).otherwise(p.multiply(lit(1).minus(p)))).as("v"),
                sum(when(sudah, lit(0.0)).otherwise(lit(1.0))).as("m"),
                sum(when(tanpaLaju, 1L).otherwise(0L)).as("tanpa_laju"))
            .filter(col("tanpa_laju").equalTo(0));
    Dataset<Row> aktual =
        Compliance.populasi(akhirTahun)
            .groupBy(col("kode_instansi"))
            .agg(
                avg(when(col("jp").geq(col("target_tahunan")), lit(1.0)).otherwise(lit(0.0)))
                    .as("a"));
    Column n = col("n");
    Column galat = col("a").minus(col("e").divide(n));
    Dataset<Row> suku =
        perInstansi
            .join(aktual, "kode_instansi")
            .withColumn("lebih", pow(galat, 2).minus(col("v").divide(n.multiply(n))))
            .withColumn("bobot", pow(col("m").divide(n), 2));
    Column varian =
        when(
            sum(col("bobot")).gt(0),
            greatest(lit(0.0), sum(col("lebih")).divide(sum(col("bobot")))));
    Dataset<Row> perJenis =
        suku.filter(col("jenis_instansi").isNotNull())
            .groupBy(col("jenis_instansi").as("jenis_varian"))
            .agg(count(lit(1)).as("jumlah_instansi"), varian.as("varian_antar_instansi"));
    Dataset<Row> nasional =
        suku.agg(count(lit(1)).as("jumlah_instansi"), varian.as("varian_antar_instansi"))
            .withColumn("jenis_varian", lit(null).cast(DataTypes.StringType));
    return perJenis.unionByName(nasional);
  }

  /**
   * Adds to {@code rows} (with {@code jenis_instansi, status}) the rate {@link #kalibrasi} uses:
   * {@code memenuhi_laju} of {@code jumlah_laju}, the jenis_instansi's when at least {@code
   * kalibrasiMinimum} people made it, else the nation's, else null.
   */
  private static Dataset<Row> pilihLaju(Dataset<Row> rows, Dataset<Row> laju, AnalysisRules rules) {
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
    return rows.join(perJenis, new String[] {"jenis_instansi", "status"}, "left")
        .join(nasional, new String[] {"status"}, "left")
        .withColumn("memenuhi_laju", coalesce(col("memenuhi_jenis"), col("memenuhi_nasional")))
        .withColumn("jumlah_laju", coalesce(col("jumlah_jenis"), col("jumlah_nasional")))
        .drop("memenuhi_jenis", "jumlah_jenis", "memenuhi_nasional", "jumlah_nasional");
  }

  /**
   * The calibrated chances (docs/proyeksi.md): who meets the target now counts 1; anyone else
   * counts last year's catch-up rate p of their status, for their jenis_instansi when at least
   * {@code kalibrasiMinimum} people made it, else the nation's, else the run-rate of {@link
   * #perPegawai}. Nationally the interval is the 95 % Wilson interval of the rate used. For the
   * instansi's prediction interval ({@link Projection#aggregate}) each such person also carries
   * {@code varian_peluang = p(1-p)}, {@code simpangan_antar}, the square root of the
   * between-instansi variance of their jenis_instansi (the nation's when fewer than {@code
   * rules.instansiMinimum()} instansi measured it; p(1-p), the widest possible, when neither has),
   * and {@code simpangan_laju = sqrt(p(1-p)/jumlah)}, the standard error of the rate; someone
   * meeting the target carries 0s.
   *
   * @param perPegawai rows of {@link Projection#perPegawai}
   * @param laju rows of {@link #lajuSusulan}
   * @param instansi the master list with {@code kode_instansi, jenis_instansi}
   */
  static Dataset<Row> kalibrasi(
      Dataset<Row> perPegawai, Dataset<Row> laju, Dataset<Row> instansi, AnalysisRules rules) {
    Column instansiCukup =
        col("jumlah_instansi")
            .geq(rules.instansiMinimum())
            .and(col("varian_antar_instansi").isNotNull());
    Dataset<Row> varianJenis =
        laju.filter(col("jenis_instansi").isNotNull().and(instansiCukup))
            .select(col("jenis_instansi"), col("varian_antar_instansi").as("varian_jenis"))
            .distinct();
    Dataset<Row> varianNasional =
        laju.filter(col("jenis_instansi").isNull().and(instansiCukup))
            .select(col("status"), col("varian_antar_instansi").as("varian_nasional"));
    Column memenuhi = col("memenuhi_laju");
    Column jumlah = col("jumlah_laju");
    Column p = memenuhi.cast(DataTypes.DoubleType).divide(jumlah);
    Column pq = p.multiply(lit(1).minus(p));
    Column sudah = col("status").equalTo(Compliance.MEMENUHI);
    Column adaLaju = jumlah.isNotNull().and(not(sudah));
    Column varianAntar = coalesce(col("varian_jenis"), col("varian_nasional"), pq);
    List<String> kolom = List.of(perPegawai.columns());
    Dataset<Row> out =
        pilihLaju(
                perPegawai.join(
                    instansi.select("kode_instansi", "jenis_instansi"), "kode_instansi", "left"),
                laju,
                rules)
            .join(varianJenis, new String[] {"jenis_instansi"}, "left")
            .join(varianNasional, new String[] {"status"}, "left")
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
                when(adaLaju, wilson(memenuhi, jumlah, 1)).otherwise(col("peluang_atas")))
            .withColumn(
                "varian_peluang",
                when(sudah, lit(0.0)).when(adaLaju, pq).otherwise(col("varian_peluang")))
            .withColumn(
                "simpangan_antar",
                when(sudah, lit(0.0))
                    .when(adaLaju, sqrt(varianAntar))
                    .otherwise(col("simpangan_antar")))
            .withColumn(
                "simpangan_laju",
                when(sudah, lit(0.0))
                    .when(adaLaju, sqrt(pq.divide(jumlah)))
                    .otherwise(col("simpangan_laju")));
    return out.select(kolom.stream().map(k -> col(k)).toArray(Column[]::new));
  }

  /** A bound of the 95 % Wilson score interval of {@code memenuhi / jumlah}. */
  private static Column wilson(Column memenuhi, Column jumlah, int tanda) {
    Column n = jumlah.cast(DataTypes.DoubleType);
    Column p = memenuhi.cast(DataTypes.DoubleType).divide(n);
    Column z2n = lit(Z * Z).divide(n);
    Column tengah = p.plus(z2n.divide(2));
    Column lebar =
        lit(Z)
            .multiply(sqrt(p.multiply(lit(1).minus(p)).divide(n).plus(z2n.divide(n.multiply(4)))));
    Column batas = tengah.plus(lebar.multiply(tanda)).divide(lit(1).plus(z2n));
    return greatest(lit(0.0), least(lit(1.0), batas)).cast(PELUANG);
  }
}
