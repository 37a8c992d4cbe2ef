package id.go.lan.bangkom.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The national year-end projection and its back-test (docs/proyeksi.md), on a population whose
 * every figure is worked out by hand.
 */
class ProjectionTest {
  private static final SparkSession SPARK = TestSpark.session();

  private static final StructType POPULASI =
      new StructType()
          .add("kode_instansi", DataTypes.StringType)
          .add("nip", DataTypes.StringType)
          .add("jenis_jabatan", DataTypes.StringType)
          .add("jp", Compliance.JP)
          .add("target_tahunan", Compliance.JP)
          .add("bulan_dinas", DataTypes.IntegerType)
          .add("bulan_dinas_tahun", DataTypes.IntegerType)
          .add("status", DataTypes.StringType);

  private static Row pop(
      String kode,
      String nip,
      String jabatan,
      String jp,
      String target,
      int dinas,
      int tahun,
      String status) {
    return RowFactory.create(
        kode, nip, jabatan, new BigDecimal(jp), new BigDecimal(target), dinas, tahun, status);
  }

  @Test
  void theNationalProjectionAggregatesEveryEmployeeOfEveryInstansi() {
    // CW2: 8 months served of 12, 4 left; pace = jp / 8; low pace x0.75, high x1.25.
    //   A1 16 JP: pace 2 -> 16 + 8 = 24; low 22; high 26. Meets in all three. Short 4.
    //   A2  8 JP: pace 1 -> 12; low 11; high 13. Short 12; TERTINGGAL, FUNGSIONAL: 15 points.
    //   B1 20 JP: pace 2.5 -> 30; low 27.5; high 32.5. Meets now (20 >= 20). Short 0.
    //   B2 12.8 JP: pace 1.6 -> 19.2; low 17.6; high 20.8 (meets only at the high pace).
    //      Short 7.2; TERTINGGAL, PELAKSANA: 22.5 points.
    //   B3 14 JP: pace 1.75 -> 21; low 19.25; high 22.75. Short 6.
    //   B4 joined in July: target ceil(20 * 6 / 12) = 10, 2 months served of 6, 4 left; 2 JP:
    //      pace 1 -> 6; low 5; high 7. Short 8; TERTINGGAL, FUNGSIONAL: 15 points.
    // 6 people: meeting now 1 (B1) = 16.67 %; projected A1, B1, B3 = 3 = 50.00 %;
    // low A1, B1 = 33.33 %; high A1, B1, B2, B3 = 66.67 %. Short 4 + 12 + 0 + 7.2 + 6 + 8 = 37.2;
    // off track 3; points 15 + 22.5 + 15 = 52.5.
    Dataset<Row> populasi =
        SPARK.createDataFrame(
            List.of(
                pop("A", "A1", "FUNGSIONAL", "16", "20", 8, 12, "SESUAI_TARGET"),
                pop("A", "A2", "FUNGSIONAL", "8", "20", 8, 12, "TERTINGGAL"),
                pop("B", "B1", "FUNGSIONAL", "20", "20", 8, 12, "MEMENUHI"),
                pop("B", "B2", "PELAKSANA", "12.8", "20", 8, 12, "TERTINGGAL"),
                pop("B", "B3", "PENGAWAS", "14", "20", 8, 12, "SESUAI_TARGET"),
                pop("B", "B4", "FUNGSIONAL", "2", "10", 2, 6, "TERTINGGAL")),
            POPULASI);
    Dataset<Row> perPegawai =
        Projection.perPegawai(populasi, AnalysisRules.from(BangkomConfig.defaults()));
    List<Row> rows = Projection.aggregate(perPegawai, Periode.parse("2026-CW2")).collectAsList();

    assertThat(rows).hasSize(1);
    Row n = rows.get(0);
    assertThat((Integer) n.getAs("tahun")).isEqualTo(2026);
    assertThat((Integer) n.getAs("caturwulan")).isEqualTo(2);
    assertThat((Long) n.getAs("jumlah_pegawai")).isEqualTo(6L);
    assertThat((BigDecimal) n.getAs("persen_memenuhi")).isEqualByComparingTo("16.67");
    assertThat((BigDecimal) n.getAs("persen_memenuhi_proyeksi")).isEqualByComparingTo("50.00");
    assertThat((BigDecimal) n.getAs("batas_bawah")).isEqualByComparingTo("33.33");
    assertThat((BigDecimal) n.getAs("batas_atas")).isEqualByComparingTo("66.67");
    assertThat((BigDecimal) n.getAs("kekurangan_jp")).isEqualByComparingTo("37.2");
    assertThat((Long) n.getAs("jumlah_tidak_on_track")).isEqualTo(3L);
    assertThat((BigDecimal) n.getAs("poin_ip_asn_berisiko")).isEqualByComparingTo("52.5");

    // Per instansi the same people split: A 2 people, projected 1 of 2 = 50.00, short 16;
    // B 4 people, projected 2 of 4 = 50.00, low 1 of 4 = 25.00, high 3 of 4 = 75.00, short 21.2.
    Map<String, Row> perInstansi = new TreeMap<>();
    Projection.aggregate(perPegawai, Periode.parse("2026-CW2"), "kode_instansi")
        .collectAsList()
        .forEach(r -> perInstansi.put(r.getAs("kode_instansi"), r));
    assertThat(perInstansi).containsOnlyKeys("A", "B");
    assertThat((BigDecimal) perInstansi.get("A").getAs("kekurangan_jp")).isEqualByComparingTo("16");
    assertThat((BigDecimal) perInstansi.get("B").getAs("batas_bawah")).isEqualByComparingTo("25");
    assertThat((BigDecimal) perInstansi.get("B").getAs("batas_atas")).isEqualByComparingTo("75");
    assertThat((BigDecimal) perInstansi.get("B").getAs("kekurangan_jp"))
        .isEqualByComparingTo("21.2");
  }

  private static final StructType PROYEKSI_NASIONAL =
      new StructType()
          .add("tahun", DataTypes.IntegerType)
          .add("caturwulan", DataTypes.IntegerType)
          .add("persen_memenuhi", Compliance.PERSEN)
          .add("persen_memenuhi_proyeksi", Compliance.PERSEN)
          .add("batas_bawah", Compliance.PERSEN)
          .add("batas_atas", Compliance.PERSEN);

  private static Row nasional(
      int tahun, int cw, String memenuhi, String proyeksi, String bawah, String atas) {
    return RowFactory.create(
        tahun,
        cw,
        new BigDecimal(memenuhi),
        new BigDecimal(proyeksi),
        new BigDecimal(bawah),
        new BigDecimal(atas));
  }

  @Test
  void theBackTestComparesEachEarlierProjectionWithTheYearEnd() {
    // 2026 CW1 projected 60.00 [45.00, 70.00], CW2 52.50 [50.00, 55.00]; the year ended (CW3)
    // with 57.25 % meeting the target. Error = projected - actual: CW1 60 - 57.25 = +2.75,
    // inside its interval; CW2 52.5 - 57.25 = -4.75, and 57.25 is above 55: outside.
    // 2025's year end has no projection of 2026 to pair with and gives no row.
    // CW1 was computed before the method was recorded (no `metode` column), CW2 after: joined by
    // name as TransformJob does, CW1's method is unknown (NULL), CW2's carried through.
    Dataset<Row> proyeksi =
        SPARK
            .createDataFrame(
                List.of(nasional(2026, 1, "10.00", "60.00", "45.00", "70.00")), PROYEKSI_NASIONAL)
            .unionByName(
                SPARK
                    .createDataFrame(
                        List.of(nasional(2026, 2, "30.00", "52.50", "50.00", "55.00")),
                        PROYEKSI_NASIONAL)
                    .withColumn("metode", org.apache.spark.sql.functions.lit("KALIBRASI")),
                true);
    Dataset<Row> aktual =
        SPARK.createDataFrame(
            List.of(
                nasional(2026, 3, "57.25", "57.25", "57.25", "57.25"),
                nasional(2025, 3, "40.00", "40.00", "40.00", "40.00")),
            PROYEKSI_NASIONAL);
    Map<Integer, Row> byCw = new TreeMap<>();
    Projection.ujiBalik(proyeksi, aktual)
        .collectAsList()
        .forEach(r -> byCw.put(r.getAs("dari_caturwulan"), r));

    assertThat(byCw).containsOnlyKeys(1, 2);
    Row cw1 = byCw.get(1);
    assertThat((Integer) cw1.getAs("tahun")).isEqualTo(2026);
    assertThat((BigDecimal) cw1.getAs("persen_aktual")).isEqualByComparingTo("57.25");
    assertThat((BigDecimal) cw1.getAs("galat")).isEqualByComparingTo("2.75");
    assertThat((Boolean) cw1.getAs("dalam_interval")).isTrue();
    Row cw2 = byCw.get(2);
    assertThat((BigDecimal) cw2.getAs("persen_memenuhi_proyeksi")).isEqualByComparingTo("52.5");
    assertThat((BigDecimal) cw2.getAs("galat")).isEqualByComparingTo("-4.75");
    assertThat((String) cw1.getAs("metode")).isNull();
    assertThat((String) cw2.getAs("metode")).isEqualTo("KALIBRASI");
    assertThat((Boolean) cw2.getAs("dalam_interval")).isFalse();
  }

  @Test
  void theBackTestPerInstansiPairsEachInstansiWithItsOwnYearEndAndCountsABoundAsInside() {
    // A projected 40.00 [30.00, 50.00] at CW1 and ended at 50.00: error -10, on the upper bound,
    // inside. B has no year-end row (no roster at CW3): no back-test row.
    StructType schema =
        new StructType()
            .add("tahun", DataTypes.IntegerType)
            .add("caturwulan", DataTypes.IntegerType)
            .add("kode_instansi", DataTypes.StringType)
            .add("persen_memenuhi", Compliance.PERSEN)
            .add("persen_memenuhi_proyeksi", Compliance.PERSEN)
            .add("batas_bawah", Compliance.PERSEN)
            .add("batas_atas", Compliance.PERSEN);
    BigDecimal d40 = new BigDecimal("40.00");
    Dataset<Row> proyeksi =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(
                    2026, 1, "A", BigDecimal.TEN, d40, new BigDecimal("30"), new BigDecimal("50")),
                RowFactory.create(
                    2026, 1, "B", BigDecimal.TEN, d40, new BigDecimal("30"), new BigDecimal("50"))),
            schema);
    BigDecimal d50 = new BigDecimal("50.00");
    Dataset<Row> aktual =
        SPARK.createDataFrame(List.of(RowFactory.create(2026, 3, "A", d50, d50, d50, d50)), schema);
    List<Row> rows = Projection.ujiBalik(proyeksi, aktual, "kode_instansi").collectAsList();
    assertThat(rows).hasSize(1);
    assertThat((String) rows.get(0).getAs("kode_instansi")).isEqualTo("A");
    assertThat((BigDecimal) rows.get(0).getAs("galat")).isEqualByComparingTo("-10");
    assertThat((Boolean) rows.get(0).getAs("dalam_interval")).isTrue();
  }

  @Test
  void withLastYearInTheLakeEachPersonCountsTheCatchUpRateOfTheirStatus() {
    // Last year at CW1 (AKTIF) and whether each met the target at its year end:
    //   KABUPATEN A1: n1 n2 n3 TERTINGGAL -> met, met, not: 2 of 3; n4 n5 BELUM_ADA_JP -> 1 of 2.
    //   KOTA B1: n6 TERTINGGAL -> met: 1 of 1, under the minimum of 2, so the nation's is used:
    //   TERTINGGAL 3 of 4. n7 was not on a roster at the year end: left out.
    // This year at CW1 (4 of 12 months; pace x0.75 / x1.25 for the run-rate):
    //   A1 p1 MEMENUHI 20 JP: 1 (run-rate bounds 1, 1).
    //   A1 p2 TERTINGGAL 3 JP: 2/3 = 0.666667 [Wilson 0.207660, 0.938508].
    //   A1 p3 BELUM_ADA_JP: 1/2 = 0.5 [0.094531, 0.905469].
    //   B1 p4 TERTINGGAL 6 JP: nation's 3/4 = 0.75 [0.300642, 0.954413].
    //   B1 p5 SESUAI_TARGET 7 JP: no rate last year, run-rate: 7 + 1.75 * 8 = 21 >= 20 -> 1;
    //      low 7 + 10.5 = 17.5 -> 0; high 24.5 -> 1.
    // (Wilson bounds with z = 1.96, computed apart in Python.)
    // Nation: 3.916667 / 5 = 78.33 %; low 1.602833 / 5 = 32.06 %; high 4.798390 / 5 = 95.97 %.
    // A1: 2.166667 / 3 = 72.22 %; B1: 1.75 / 2 = 87.50 %.
    StructType lalu =
        new StructType()
            .add("kode_instansi", DataTypes.StringType)
            .add("nip", DataTypes.StringType)
            .add("status_pegawai", DataTypes.StringType)
            .add("status", DataTypes.StringType);
    Dataset<Row> sebelumnya =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("A1", "n1", "AKTIF", "TERTINGGAL"),
                RowFactory.create("A1", "n2", "AKTIF", "TERTINGGAL"),
                RowFactory.create("A1", "n3", "AKTIF", "TERTINGGAL"),
                RowFactory.create("A1", "n4", "AKTIF", "BELUM_ADA_JP"),
                RowFactory.create("A1", "n5", "AKTIF", "BELUM_ADA_JP"),
                RowFactory.create("B1", "n6", "AKTIF", "TERTINGGAL"),
                RowFactory.create("B1", "n7", "AKTIF", "TERTINGGAL"),
                RowFactory.create("B1", "n8", "CLTN", "TERTINGGAL")),
            lalu);
    Dataset<Row> akhirTahun =
        SPARK.createDataFrame(
            List.of(
                akhir("A1", "n1", "20"),
                akhir("A1", "n2", "25"),
                akhir("A1", "n3", "10"),
                akhir("A1", "n4", "20"),
                akhir("A1", "n5", "0"),
                akhir("B1", "n6", "30"),
                akhir("B1", "n8", "30")),
            AKHIR);
    Dataset<Row> instansi =
        SPARK.createDataFrame(
            List.of(RowFactory.create("A1", "KABUPATEN"), RowFactory.create("B1", "KOTA")),
            new StructType()
                .add("kode_instansi", DataTypes.StringType)
                .add("jenis_instansi", DataTypes.StringType));
    Dataset<Row> populasi =
        SPARK.createDataFrame(
            List.of(
                pop("A1", "p1", "FUNGSIONAL", "20", "20", 4, 12, "MEMENUHI"),
                pop("A1", "p2", "FUNGSIONAL", "3", "20", 4, 12, "TERTINGGAL"),
                pop("A1", "p3", "FUNGSIONAL", "0", "20", 4, 12, "BELUM_ADA_JP"),
                pop("B1", "p4", "FUNGSIONAL", "6", "20", 4, 12, "TERTINGGAL"),
                pop("B1", "p5", "FUNGSIONAL", "7", "20", 4, 12, "SESUAI_TARGET")),
            POPULASI);
    AnalysisRules rules =
        AnalysisRules.from(BangkomConfig.withOverrides(Map.of("proyeksi.kalibrasi_minimum", "2")));
    Dataset<Row> perPegawai =
        Kalibrasi.kalibrasi(
            Projection.perPegawai(populasi, rules),
            Kalibrasi.lajuSusulan(sebelumnya, akhirTahun, instansi, rules),
            instansi,
            rules);
    Periode cw1 = Periode.parse("2026-CW1");

    Row n = Projection.aggregate(perPegawai, cw1).first();
    assertThat((BigDecimal) n.getAs("persen_memenuhi")).isEqualByComparingTo("20.00");
    assertThat((BigDecimal) n.getAs("persen_memenuhi_proyeksi")).isEqualByComparingTo("78.33");
    assertThat((BigDecimal) n.getAs("batas_bawah")).isEqualByComparingTo("32.06");
    assertThat((BigDecimal) n.getAs("batas_atas")).isEqualByComparingTo("95.97");
    Map<String, BigDecimal> perInstansi = new TreeMap<>();
    Projection.aggregate(perPegawai, cw1, "kode_instansi")
        .collectAsList()
        .forEach(
            r -> perInstansi.put(r.getAs("kode_instansi"), r.getAs("persen_memenuhi_proyeksi")));
    assertThat(perInstansi.get("A1")).isEqualByComparingTo("72.22");
    assertThat(perInstansi.get("B1")).isEqualByComparingTo("87.50");

    // Two instansi last year say nothing of how instansi differ (fewer than
    // proyeksi.instansi_minimum, 10, for the jenis and the nation): each rate's between-instansi
    // variance is the widest, p(1-p).
    // A1: variance 2/9 + 1/4 (chance) + (sqrt(2/9) + sqrt(1/4))^2 (instansi) + (sqrt(2/9/3) +
    // sqrt(1/4/2))^2 (rates) = 1.807; 2.1667 -/+ 1.96 * 1.344 runs past both ends: 0 to 100.
    // B1: p4 alone 0.75 -/+ 1.27, and p5's run-rate low pace takes 1 more off: 0 to 100.
    Map<String, Row> interval = new TreeMap<>();
    Projection.aggregate(perPegawai, cw1, "kode_instansi")
        .collectAsList()
        .forEach(r -> interval.put(r.getAs("kode_instansi"), r));
    for (String kode : List.of("A1", "B1")) {
      assertThat((BigDecimal) interval.get(kode).getAs("batas_bawah")).isEqualByComparingTo("0");
      assertThat((BigDecimal) interval.get(kode).getAs("batas_atas")).isEqualByComparingTo("100");
    }
  }

  private static final StructType AKHIR =
      new StructType()
          .add("kode_instansi", DataTypes.StringType)
          .add("nip", DataTypes.StringType)
          .add("status_pegawai", DataTypes.StringType)
          .add("jp", Compliance.JP)
          .add("target_tahunan", Compliance.JP);

  /** A year-end row of an AKTIF employee with an annual target of 20 JP. */
  private static Row akhir(String kode, String nip, String jp) {
    return RowFactory.create(kode, nip, "AKTIF", new BigDecimal(jp), new BigDecimal("20"));
  }

  /**
   * Last year: 10 KOTA instansi alike (5 of 10 TERTINGGAL met the target by year end in each: no
   * difference between them beyond chance); 10 KABUPATEN instansi of 20 TERTINGGAL, 14 met in five
   * and 6 in the other five; 2 PROVINSI instansi of 2, both met in one and neither in the other.
   * Everyone stays on the same roster to the year end.
   */
  private static Dataset<Row> tigaJenisLalu(List<Row> akhirTahun) {
    List<Row> sebelumnya = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      tertinggal(sebelumnya, akhirTahun, String.format(Locale.ROOT, "K%02d", i), 10, 5);
      tertinggal(
          sebelumnya, akhirTahun, String.format(Locale.ROOT, "B%02d", i), 20, i <= 5 ? 14 : 6);
    }
    tertinggal(sebelumnya, akhirTahun, "P1", 2, 2);
    tertinggal(sebelumnya, akhirTahun, "P2", 2, 0);
    return SPARK.createDataFrame(sebelumnya, LALU);
  }

  private static final StructType LALU =
      new StructType()
          .add("kode_instansi", DataTypes.StringType)
          .add("nip", DataTypes.StringType)
          .add("status_pegawai", DataTypes.StringType)
          .add("status", DataTypes.StringType);

  /** {@code jumlah} TERTINGGAL people of {@code kode} last year, the first {@code met} met. */
  private static void tertinggal(
      List<Row> sebelumnya, List<Row> akhirTahun, String kode, int jumlah, int met) {
    for (int i = 0; i < jumlah; i++) {
      String nip = kode + "-" + i;
      sebelumnya.add(RowFactory.create(kode, nip, "AKTIF", "TERTINGGAL"));
      akhirTahun.add(akhir(kode, nip, i < met ? "20" : "0"));
    }
  }

  private static Dataset<Row> tigaJenisInstansi() {
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      rows.add(RowFactory.create(String.format(Locale.ROOT, "K%02d", i), "KOTA"));
      rows.add(RowFactory.create(String.format(Locale.ROOT, "B%02d", i), "KABUPATEN"));
    }
    rows.add(RowFactory.create("P1", "PROVINSI"));
    rows.add(RowFactory.create("P2", "PROVINSI"));
    rows.add(RowFactory.create("K1", "KOTA"));
    rows.add(RowFactory.create("B1", "KABUPATEN"));
    rows.add(RowFactory.create("P9", "PROVINSI"));
    return SPARK.createDataFrame(
        rows,
        new StructType()
            .add("kode_instansi", DataTypes.StringType)
            .add("jenis_instansi", DataTypes.StringType));
  }

  @Test
  void theBetweenInstansiVarianceIsWhatLastYearsErrorsHaveBeyondChance() {
    // Rates: KOTA 50/100, KABUPATEN 100/200, PROVINSI 2/4, all 0.5. Per instansi, n = m people
    // open, projected share 0.5, binomial variance of the share n/4/n^2; the actual share a:
    //   KOTA: a = 0.5, (a - 0.5)^2 - 0.25/10 = -0.025 each; sum -0.25 over weight 10 -> 0.
    //   KABUPATEN: a = 0.7 or 0.3, 0.04 - 0.25/20 = 0.0275 each -> 0.0275.
    //   PROVINSI: a = 1 or 0, 0.25 - 0.25/2 = 0.125 each -> 0.125 (2 instansi).
    //   Nation: (-0.25 + 0.275 + 0.25) / 22 = 0.0125 (22 instansi).
    // Checked apart in Python (everyone open, so each weight (m/n)^2 is 1):
    //   def tau2(g): return max(0, sum((met/n - p)**2 - p*(1-p)/n for n, met, p in g) / len(g))
    //   tau2([(10, 5, .5)] * 10) -> 0; tau2([(20, 14, .5)] * 5 + [(20, 6, .5)] * 5) -> 0.0275;
    //   tau2([(2, 2, .5), (2, 0, .5)]) -> 0.125; the 22 together -> 0.0125.
    List<Row> akhirTahun = new ArrayList<>();
    Dataset<Row> sebelumnya = tigaJenisLalu(akhirTahun);
    AnalysisRules rules =
        AnalysisRules.from(BangkomConfig.withOverrides(Map.of("proyeksi.kalibrasi_minimum", "2")));
    Map<String, Row> perJenis = new TreeMap<>();
    Kalibrasi.lajuSusulan(
            sebelumnya, SPARK.createDataFrame(akhirTahun, AKHIR), tigaJenisInstansi(), rules)
        .collectAsList()
        .forEach(
            r ->
                perJenis.put(
                    r.getAs("jenis_instansi") == null ? "-" : r.getAs("jenis_instansi"), r));

    assertThat(perJenis).containsOnlyKeys("KOTA", "KABUPATEN", "PROVINSI", "-");
    assertThat((Double) perJenis.get("KOTA").getAs("varian_antar_instansi")).isZero();
    assertThat((Double) perJenis.get("KABUPATEN").getAs("varian_antar_instansi"))
        .isCloseTo(0.0275, within(1e-12));
    assertThat((Double) perJenis.get("PROVINSI").getAs("varian_antar_instansi"))
        .isCloseTo(0.125, within(1e-12));
    assertThat((Long) perJenis.get("PROVINSI").getAs("jumlah_instansi")).isEqualTo(2L);
    assertThat((Double) perJenis.get("-").getAs("varian_antar_instansi"))
        .isCloseTo(0.0125, within(1e-12));
    assertThat((Long) perJenis.get("-").getAs("jumlah_instansi")).isEqualTo(22L);
    assertThat((Long) perJenis.get("-").getAs("memenuhi")).isEqualTo(152L);
    assertThat((Long) perJenis.get("-").getAs("jumlah")).isEqualTo(304L);
  }

  @Test
  void eachInstansiGetsAPredictionIntervalFromChanceItsKindsSpreadAndTheRatesError() {
    // This year at CW1 each instansi has people already meeting the target (count 1) and
    // TERTINGGAL people (rate 0.5 of their jenis, see the test above). Variance of the count:
    // open * 0.25 (chance) + (open * sd between instansi)^2 + (open * sqrt(0.25 / jumlah))^2.
    //   K1 (KOTA, no spread between instansi: chance and the rate's error only): 2 + 6 open,
    //      1.5 + 0 + (6 * 0.05)^2 = 1.59; 5 -/+ 1.96 * 1.2610 = 2.5286 .. 7.4714 of 8:
    //      62.50 % [31.61, 93.39].
    //   B1 (KABUPATEN, 0.0275): 10 + 10 open, 2.5 + 2.75 + 0.125 = 5.375; 15 -/+ 4.5440 of 20:
    //      75.00 % [52.28, 97.72].
    //   P9 (PROVINSI: 2 instansi, fewer than proyeksi.instansi_minimum, 10, so the nation's
    //      0.0125): 10 + 10, 2.5 + 1.25 + 6.25 = 10; 15 -/+ 6.1980 of 20 = 44.01 % .. 105.99 %,
    // clipped to 100.
    // Checked apart in Python:
    //   def bounds(meeting, open_, p, jumlah, tau2, z=1.959963984540054):
    //     n = meeting + open_; point = meeting + open_ * p
    //     sd = (open_*p*(1-p) + open_**2 * tau2 + open_**2 * p*(1-p)/jumlah) ** 0.5
    //     pct = lambda x: round(min(100, max(0, 100 * x / n)), 2)
    //     return [pct(point), pct(point - z * sd), pct(point + z * sd)]
    //   bounds(2, 6, .5, 100, 0) -> [62.5, 31.61, 93.39]; bounds(10, 10, .5, 200, .0275) ->
    //   [75.0, 52.28, 97.72]; bounds(10, 10, .5, 4, .0125) -> [75.0, 44.01, 100]
    Map<String, Row> perInstansi = intervals(Map.of("proyeksi.kalibrasi_minimum", "2"));
    assertThat(perInstansi).containsOnlyKeys("K1", "B1", "P9");
    assertInterval(perInstansi.get("K1"), "62.50", "31.61", "93.39");
    assertInterval(perInstansi.get("B1"), "75.00", "52.28", "97.72");
    assertInterval(perInstansi.get("P9"), "75.00", "44.01", "100.00");
  }

  @Test
  void theFewestInstansiThatGiveAJenisItsOwnSpreadIsASetting() {
    // As above with proyeksi.instansi_minimum = 2: P9's PROVINSI (2 instansi last year) now uses
    // its own between-instansi variance, 0.125 (see the variance test): 2.5 + 12.5 + 6.25 = 21.25;
    // 15 -/+ 1.96 * 4.6098 of 20 = 29.83 % .. 120.2 %, clipped to 100; in the Python above,
    // bounds(10, 10, .5, 4, .125) -> [75.0, 29.83, 100]. K1 and B1 keep their jenis' own.
    Map<String, Row> perInstansi =
        intervals(Map.of("proyeksi.kalibrasi_minimum", "2", "proyeksi.instansi_minimum", "2"));
    assertInterval(perInstansi.get("K1"), "62.50", "31.61", "93.39");
    assertInterval(perInstansi.get("B1"), "75.00", "52.28", "97.72");
    assertInterval(perInstansi.get("P9"), "75.00", "29.83", "100.00");
  }

  /**
   * Per instansi, the calibrated projection of K1 (KOTA: 2 meeting, 6 TERTINGGAL), B1 (KABUPATEN:
   * 10 and 10) and P9 (PROVINSI: 10 and 10) with last year's {@link #tigaJenisLalu}.
   */
  private static Map<String, Row> intervals(Map<String, String> settings) {
    List<Row> akhirTahun = new ArrayList<>();
    Dataset<Row> sebelumnya = tigaJenisLalu(akhirTahun);
    Dataset<Row> instansi = tigaJenisInstansi();
    AnalysisRules rules = AnalysisRules.from(BangkomConfig.withOverrides(settings));
    List<Row> populasi = new ArrayList<>();
    int[][] orang = {{2, 6}, {10, 10}, {10, 10}};
    String[] kode = {"K1", "B1", "P9"};
    for (int k = 0; k < kode.length; k++) {
      for (int i = 0; i < orang[k][0] + orang[k][1]; i++) {
        populasi.add(
            i < orang[k][0]
                ? pop(kode[k], kode[k] + i, "FUNGSIONAL", "20", "20", 4, 12, "MEMENUHI")
                : pop(kode[k], kode[k] + i, "FUNGSIONAL", "3", "20", 4, 12, "TERTINGGAL"));
      }
    }
    Dataset<Row> perPegawai =
        Kalibrasi.kalibrasi(
            Projection.perPegawai(SPARK.createDataFrame(populasi, POPULASI), rules),
            Kalibrasi.lajuSusulan(
                sebelumnya, SPARK.createDataFrame(akhirTahun, AKHIR), instansi, rules),
            instansi,
            rules);
    Map<String, Row> perInstansi = new TreeMap<>();
    Projection.aggregate(perPegawai, Periode.parse("2026-CW1"), "kode_instansi")
        .collectAsList()
        .forEach(r -> perInstansi.put(r.getAs("kode_instansi"), r));

    return perInstansi;
  }

  private static void assertInterval(Row r, String proyeksi, String bawah, String atas) {
    assertThat((BigDecimal) r.getAs("persen_memenuhi_proyeksi")).isEqualByComparingTo(proyeksi);
    assertThat((BigDecimal) r.getAs("batas_bawah")).isEqualByComparingTo(bawah);
    assertThat((BigDecimal) r.getAs("batas_atas")).isEqualByComparingTo(atas);
  }
}
