package id.go.lan.bangkom.transforms;

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
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sqrt;
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
 * Year-end projection (docs/proyeksi.md): each employee's chance of meeting the annual target, from
 * last year's catch-up rates when that history exists, else from the pace of JP per month served so
 * far; per instansi a prediction interval, nationally the interval of the rates (or paces). Also
 * the JP still needed and the IP ASN kompetensi points at risk of those off track.
 */
final class Projection {
  private static final DecimalType EXACT = DataTypes.createDecimalType(24, 8);
  static final DecimalType POIN = DataTypes.createDecimalType(14, 2);

  /** A person's chance of meeting the target by year end: 6 decimals, so sums stay compact. */
  private static final DecimalType PELUANG = DataTypes.createDecimalType(8, 6);

  /** The 97.5 % quantile of the standard normal distribution: two-sided 95 % intervals. */
  private static final double Z = 1.959963984540054;

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
   * instansi's prediction interval ({@link #aggregate}) each such person also carries {@code
   * varian_peluang = p(1-p)}, {@code simpangan_antar}, the square root of the between-instansi
   * variance of their jenis_instansi (the nation's when fewer than {@code rules.instansiMinimum()}
   * instansi measured it; p(1-p), the widest possible, when neither has), and {@code simpangan_laju
   * = sqrt(p(1-p)/jumlah)}, the standard error of the rate; someone meeting the target carries 0s.
   *
   * @param perPegawai rows of {@link #perPegawai}
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
