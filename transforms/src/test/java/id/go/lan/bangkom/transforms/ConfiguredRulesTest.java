package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The SPEC §3 and §6 rules that configuration changes, and the measures the default-only tests
 * leave out. Every expected value is worked out by hand in the comments.
 */
class ConfiguredRulesTest {
  private static final SparkSession SPARK = TestSpark.session();

  private static Row pegawai(String nip, String jenis, String tmt, String status) {
    return LakeRows.pegawai("73", "2026-CW1", TestNip.of(nip), jenis, "FUNGSIONAL", tmt, status);
  }

  private static Row bangkom(String nip, String nama, String mulai, String selesai, String jp) {
    return LakeRows.bangkom(
        "73", "2026-CW1", TestNip.of(nip), nama, "KLASIKAL", mulai, selesai, jp);
  }

  private static Dataset<Row> pegawaiAt(
      TargetRules rules, Periode p, List<Row> roster, List<Row> records) {
    Dataset<Row> r =
        SPARK
            .createDataFrame(roster, LakeSchemas.PEGAWAI)
            .withColumnRenamed("status", "status_pegawai");
    Dataset<Row> b = SPARK.createDataFrame(records, LakeSchemas.BANGKOM);
    return Compliance.kepatuhanPegawai(
        r, rules, p, Compliance.jpAtCutoff(b, p.tahun(), rules.calendar().akhir(p)));
  }

  private static Map<String, Row> byNip(Dataset<Row> d) {
    Map<String, Row> m = new HashMap<>();
    d.collectAsList().forEach(r -> m.put(TestNip.nama(r.getAs("nip")), r));
    return m;
  }

  @Test
  void withProRatingOffAJoinerHasTheFullTarget() {
    // Joiner in July at CW2 with pro-rating off: treated as a full year, annual 20 (not 10) and
    // cumulative 20 * 8 / 12 = 13.333.., shown rounded up 13.34 (not 10 * 2 / 6 -> 3.34).
    TargetRules rules =
        TargetRules.from(BangkomConfig.withOverrides(Map.of("target.prorata", "false")), 2026);
    Row r =
        byNip(
                pegawaiAt(
                    rules,
                    Periode.parse("2026-CW2"),
                    List.of(pegawai("J", "CPNS", "2026-07-01", "AKTIF")),
                    List.of()))
            .get("J");
    assertThat((BigDecimal) r.getAs("target_tahunan")).isEqualByComparingTo("20");
    assertThat((BigDecimal) r.getAs("target_kumulatif")).isEqualByComparingTo("13.34");
  }

  @Test
  void aTargetWithMoreThanTwoDecimalsIsRoundedLikeTheJpColumn() {
    // PNS at 20.555 JP, CW1 (4 of 12 months). Full year: target_tahunan 20.56 (half up);
    // cumulative 20.56 * 4 / 12 = 6.8533.., shown rounded up 6.86; on track needs jp * 12 >= 82.24:
    // 6.85 * 12 = 82.20 is not (TERTINGGAL), 6.86 * 12 = 82.32 is (SESUAI_TARGET).
    // Joiner on 1 March: 10 months, ceil(20.555 * 10 / 12) = ceil(17.13) = 18; served 2 of 10
    // months by April: cumulative 18 * 2 / 10 = 3.60, reached by exactly 3.60 JP.
    TargetRules rules =
        TargetRules.from(BangkomConfig.withOverrides(Map.of("target.jp.PNS", "20.555")), 2026);
    Map<String, Row> r =
        byNip(
            pegawaiAt(
                rules,
                Periode.parse("2026-CW1"),
                List.of(
                    pegawai("A", "PNS", "2010-01-01", "AKTIF"),
                    pegawai("B", "PNS", "2010-01-01", "AKTIF"),
                    pegawai("C", "PNS", "2026-03-01", "AKTIF")),
                List.of(
                    bangkom("A", "X", "2026-02-01", "2026-02-02", "6.85"),
                    bangkom("B", "X", "2026-02-01", "2026-02-02", "6.86"),
                    bangkom("C", "X", "2026-03-10", "2026-03-11", "3.60"))));
    assertThat((BigDecimal) r.get("A").getAs("target_tahunan")).isEqualByComparingTo("20.56");
    assertThat((BigDecimal) r.get("A").getAs("target_kumulatif")).isEqualByComparingTo("6.86");
    assertThat((String) r.get("A").getAs("status")).isEqualTo("TERTINGGAL");
    assertThat((String) r.get("B").getAs("status")).isEqualTo("SESUAI_TARGET");
    assertThat((BigDecimal) r.get("C").getAs("target_tahunan")).isEqualByComparingTo("18");
    assertThat((BigDecimal) r.get("C").getAs("target_kumulatif")).isEqualByComparingTo("3.60");
    assertThat((String) r.get("C").getAs("status")).isEqualTo("SESUAI_TARGET");
  }

  @Test
  void theTargetIsPerJenisPegawaiFromConfiguration() {
    // PPPK at 24 JP: CW1 cumulative 24 * 4 / 12 = 8.00; 8 JP is on track, 7.99 is not.
    TargetRules rules =
        TargetRules.from(BangkomConfig.withOverrides(Map.of("target.jp.PPPK", "24")), 2026);
    Map<String, Row> r =
        byNip(
            pegawaiAt(
                rules,
                Periode.parse("2026-CW1"),
                List.of(
                    pegawai("K1", "PPPK", "2020-01-01", "AKTIF"),
                    pegawai("K2", "PPPK", "2020-01-01", "AKTIF"),
                    pegawai("P", "PNS", "2020-01-01", "AKTIF")),
                List.of(
                    bangkom("K1", "A", "2026-02-01", "2026-02-02", "8"),
                    bangkom("K2", "A", "2026-02-01", "2026-02-02", "7.99"))));
    assertThat((BigDecimal) r.get("K1").getAs("target_kumulatif")).isEqualByComparingTo("8");
    assertThat((String) r.get("K1").getAs("status")).isEqualTo("SESUAI_TARGET");
    assertThat((String) r.get("K2").getAs("status")).isEqualTo("TERTINGGAL");
    assertThat((BigDecimal) r.get("P").getAs("target_tahunan")).isEqualByComparingTo("20");
  }

  @Test
  void aYearWithItsOwnTargetChangesOnlyThatYearsStatuses() {
    // target.jp.PNS.2026 = 24; 2025 keeps target.jp.PNS = 20; CPNS stays 20 in both years.
    // Full-year PNS at CW1 (4 of 12 months): 2025 cumulative 20 * 4 / 12 = 6.67, 2026 24 * 4 / 12
    // = 8.00. The same JP in each year:
    //   A  7 JP: 2025 7 >= 6.67 -> SESUAI_TARGET;   2026 7 < 8 -> TERTINGGAL.
    //   B 20 JP: 2025 20 >= 20 -> MEMENUHI;         2026 20 < 24, >= 8 -> SESUAI_TARGET.
    //   C  8 JP: exactly the 2026 cumulative 8 -> SESUAI_TARGET in both years.
    //   E (CPNS) 7 JP: target 20 in both years, 7 >= 6.67 -> SESUAI_TARGET in both.
    // A PNS joining on 1 March of the year (m = 10 months): 2026 annual ceil(24 * 10 / 12) = 20,
    // cumulative 20 * 2 / 10 = 4.00, so 4 JP is SESUAI_TARGET; 2025 annual ceil(20 * 10 / 12) =
    // ceil(16.67) = 17, cumulative 17 * 2 / 10 = 3.40, 4 JP also SESUAI_TARGET.
    BangkomConfig config = BangkomConfig.withOverrides(Map.of("target.jp.PNS.2026", "24"));
    Map<String, Row> y2026 =
        byNip(pegawaiAt(config, 2026, "2026-03-01", "2026-02-01", "2026-02-02"));
    Map<String, Row> y2025 =
        byNip(pegawaiAt(config, 2025, "2025-03-01", "2025-02-01", "2025-02-02"));

    assertThat((BigDecimal) y2026.get("A").getAs("target_tahunan")).isEqualByComparingTo("24");
    assertThat((BigDecimal) y2026.get("A").getAs("target_kumulatif")).isEqualByComparingTo("8");
    assertThat((String) y2026.get("A").getAs("status")).isEqualTo("TERTINGGAL");
    assertThat((String) y2026.get("B").getAs("status")).isEqualTo("SESUAI_TARGET");
    assertThat((String) y2026.get("C").getAs("status")).isEqualTo("SESUAI_TARGET");
    assertThat((BigDecimal) y2026.get("E").getAs("target_tahunan")).isEqualByComparingTo("20");
    assertThat((String) y2026.get("E").getAs("status")).isEqualTo("SESUAI_TARGET");
    assertThat((BigDecimal) y2026.get("J").getAs("target_tahunan")).isEqualByComparingTo("20");
    assertThat((BigDecimal) y2026.get("J").getAs("target_kumulatif")).isEqualByComparingTo("4");
    assertThat((String) y2026.get("J").getAs("status")).isEqualTo("SESUAI_TARGET");

    assertThat((BigDecimal) y2025.get("A").getAs("target_tahunan")).isEqualByComparingTo("20");
    assertThat((BigDecimal) y2025.get("A").getAs("target_kumulatif")).isEqualByComparingTo("6.67");
    assertThat((String) y2025.get("A").getAs("status")).isEqualTo("SESUAI_TARGET");
    assertThat((String) y2025.get("B").getAs("status")).isEqualTo("MEMENUHI");
    assertThat((String) y2025.get("C").getAs("status")).isEqualTo("SESUAI_TARGET");
    assertThat((String) y2025.get("E").getAs("status")).isEqualTo("SESUAI_TARGET");
    assertThat((BigDecimal) y2025.get("J").getAs("target_tahunan")).isEqualByComparingTo("17");
    assertThat((BigDecimal) y2025.get("J").getAs("target_kumulatif")).isEqualByComparingTo("3.4");
  }

  /** The year-target roster at CW1 of {@code tahun}: each NIP's JP from one course. */
  private static Dataset<Row> pegawaiAt(
      BangkomConfig config, int tahun, String tmtJoiner, String mulai, String selesai) {
    return pegawaiAt(
        TargetRules.from(config, tahun),
        new Periode(tahun, 1),
        List.of(
            pegawai("A", "PNS", "2010-01-01", "AKTIF"),
            pegawai("B", "PNS", "2010-01-01", "AKTIF"),
            pegawai("C", "PNS", "2010-01-01", "AKTIF"),
            pegawai("E", "CPNS", "2010-01-01", "AKTIF"),
            pegawai("J", "PNS", tmtJoiner, "AKTIF")),
        List.of(
            bangkom("A", "X", mulai, selesai, "7"),
            bangkom("B", "X", mulai, selesai, "20"),
            bangkom("C", "X", mulai, selesai, "8"),
            bangkom("E", "X", mulai, selesai, "7"),
            bangkom("J", "X", selesai, selesai, "4")));
  }

  @Test
  void cutOffDatesComeFromTheCalendarInConfiguration() {
    // CW1 ending in March: a record ending on 15 April is not counted at CW1, and the cumulative
    // target is 20 * 3 / 12 = 5.00.
    TargetRules rules =
        TargetRules.from(
            BangkomConfig.withOverrides(
                Map.of("periode.bulan_akhir_cw1", "3", "periode.bulan_akhir_cw2", "7")),
            2026);
    assertThat(rules.calendar()).isEqualTo(new CaturwulanCalendar(3, 7));
    Row r =
        byNip(
                pegawaiAt(
                    rules,
                    Periode.parse("2026-CW1"),
                    List.of(pegawai("A", "PNS", "2010-01-01", "AKTIF")),
                    List.of(
                        bangkom("A", "Maret", "2026-03-01", "2026-03-31", "2"),
                        bangkom("A", "April", "2026-04-01", "2026-04-15", "9"))))
            .get("A");
    assertThat((BigDecimal) r.getAs("jp")).isEqualByComparingTo("2");
    assertThat((BigDecimal) r.getAs("target_kumulatif")).isEqualByComparingTo("5");
  }

  @Test
  void aRecordBelongsToTheYearItEndsIn() {
    // Started 28 December 2025, ended 3 January 2026: 6 JP of 2026.
    Row r =
        byNip(
                pegawaiAt(
                    TargetRules.from(BangkomConfig.defaults(), 2026),
                    Periode.parse("2026-CW1"),
                    List.of(pegawai("A", "PNS", "2010-01-01", "AKTIF")),
                    List.of(bangkom("A", "Lintas tahun", "2025-12-28", "2026-01-03", "6"))))
            .get("A");
    assertThat((BigDecimal) r.getAs("jp")).isEqualByComparingTo("6");
  }

  @Test
  void onTrackCountsBothStatusesAndTheMedianOfAnEvenCountIsTheMiddleMean() {
    // CW1, cumulative 6.67: 20 JP MEMENUHI, 7 JP SESUAI_TARGET, 3 TERTINGGAL, 0 BELUM_ADA_JP.
    // jumlah_sesuai_target = 1 (only SESUAI), persen_on_track = 2 of 4 = 50.00;
    // median of 0, 3, 7, 20 = (3 + 7) / 2 = 5.00; a CLTN employee's own 40 JP stay his.
    Periode p = Periode.parse("2026-CW1");
    Dataset<Row> pegawai =
        pegawaiAt(
            TargetRules.from(BangkomConfig.defaults(), 2026),
            p,
            List.of(
                pegawai("A", "PNS", "2010-01-01", "AKTIF"),
                pegawai("B", "PNS", "2010-01-01", "AKTIF"),
                pegawai("C", "PNS", "2010-01-01", "AKTIF"),
                pegawai("D", "PNS", "2010-01-01", "AKTIF"),
                pegawai("L", "PNS", "2010-01-01", "CLTN")),
            List.of(
                bangkom("A", "X", "2026-02-01", "2026-02-02", "20"),
                bangkom("B", "X", "2026-02-01", "2026-02-02", "7"),
                bangkom("C", "X", "2026-02-01", "2026-02-02", "3"),
                bangkom("L", "X", "2026-02-01", "2026-02-02", "40")));
    assertThat((BigDecimal) byNip(pegawai).get("L").getAs("jp")).isEqualByComparingTo("40");
    assertThat((String) byNip(pegawai).get("L").getAs("status")).isEqualTo("MEMENUHI");
    Dataset<Row> instansi =
        SPARK.createDataFrame(
            List.of(RowFactory.create("73", "PROVINSI", "73")), LakeSchemas.INSTANSI);
    Dataset<Row> laporan =
        SPARK.createDataFrame(List.of(RowFactory.create("73", true, 5L, 0L)), LakeSchemas.BARIS);
    Row r = KepatuhanAgregat.kepatuhanInstansi(pegawai, instansi, laporan, p).first();
    assertThat((Long) r.getAs("jumlah_pegawai")).isEqualTo(4L);
    assertThat((Long) r.getAs("jumlah_sesuai_target")).isEqualTo(1L);
    assertThat((BigDecimal) r.getAs("persen_memenuhi")).isEqualByComparingTo("25");
    assertThat((BigDecimal) r.getAs("persen_on_track")).isEqualByComparingTo("50");
    assertThat((BigDecimal) r.getAs("median_jp")).isEqualByComparingTo("5");
  }

  @Test
  void trainingRateBandsFollowTheBoundaries() {
    StructType schema = new StructType().add("skor", TrainingRate.SKOR);
    Dataset<Row> d =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(new BigDecimal("80.00")),
                RowFactory.create(new BigDecimal("79.99")),
                RowFactory.create(new BigDecimal("60.00")),
                RowFactory.create(new BigDecimal("50.00")),
                RowFactory.create(new BigDecimal("49.99"))),
            schema);
    List<String> bands =
        d
            .select(TrainingRate.kategori(col("skor"), BangkomConfig.defaults().trainingRate()))
            .collectAsList()
            .stream()
            .map(r -> r.getString(0))
            .toList();
    assertThat(bands).containsExactly("SANGAT_BAIK", "BAIK", "BAIK", "CUKUP", "KURANG");
  }

  @Test
  void nationalTrainingRateIsTheMeanOverMeasuredInstansiWithCoverageAndCountsAtThreshold() {
    // Two measured instansi: rates 70 and 50 -> mean 60.00, BAIK; coverage 2 / 606 = 0.33 %;
    // PERENCANAAN 80 and 40 -> 1 instansi at >= 60, mean 60.00.
    StructType schema =
        new StructType()
            .add("kode_instansi", DataTypes.StringType)
            .add("skor_perencanaan", TrainingRate.SKOR)
            .add("skor_pelaksanaan", TrainingRate.SKOR)
            .add("skor_monev", TrainingRate.SKOR)
            .add("training_rate", TrainingRate.SKOR);
    Dataset<Row> instansi =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(
                    "A",
                    new BigDecimal("80"),
                    new BigDecimal("65"),
                    new BigDecimal("60"),
                    new BigDecimal("70")),
                RowFactory.create(
                    "B",
                    new BigDecimal("40"),
                    new BigDecimal("55"),
                    new BigDecimal("60"),
                    new BigDecimal("50"))),
            schema);
    Row n =
        TrainingRate.nasional(
                instansi, 606, BangkomConfig.defaults().trainingRate(), Periode.parse("2026-CW3"))
            .first();
    assertThat((Long) n.getAs("jumlah_instansi_diukur")).isEqualTo(2L);
    assertThat((BigDecimal) n.getAs("training_rate")).isEqualByComparingTo("60");
    assertThat((String) n.getAs("kategori")).isEqualTo("BAIK");
    assertThat((BigDecimal) n.getAs("persen_cakupan")).isEqualByComparingTo("0.33");
    assertThat((BigDecimal) n.getAs("rata_rata_skor_perencanaan")).isEqualByComparingTo("60");
    assertThat((Long) n.getAs("jumlah_instansi_perencanaan_di_atas_ambang")).isEqualTo(1L);
    assertThat((Long) n.getAs("jumlah_instansi_monev_di_atas_ambang")).isEqualTo(2L);
  }

  @Test
  void soundingThresholdsComeFromConfiguration() {
    // With KUNING from 80 % on track, 75 % is MERAH (it is KUNING by default).
    StructType schema =
        new StructType()
            .add("tahun", DataTypes.IntegerType)
            .add("caturwulan", DataTypes.IntegerType)
            .add("kode_instansi", DataTypes.StringType)
            .add("melapor", DataTypes.BooleanType)
            .add("jumlah_pegawai", DataTypes.LongType)
            .add("jumlah_memenuhi", DataTypes.LongType)
            .add("jumlah_sesuai_target", DataTypes.LongType)
            .add("persen_on_track", Compliance.PERSEN);
    Dataset<Row> kepatuhan =
        SPARK.createDataFrame(
            List.of(RowFactory.create(2026, 1, "73", true, 4L, 1L, 2L, new BigDecimal("75"))),
            schema);
    Dataset<Row> laporan =
        SPARK.createDataFrame(List.of(RowFactory.create("73", true, 4L, 0L)), LakeSchemas.BARIS);
    String strict =
        Sounding.level(
                kepatuhan,
                laporan,
                SoundingRules.from(
                    BangkomConfig.withOverrides(
                        Map.of("sounding.ambang_kuning_persen_on_track", "80"))))
            .first()
            .getAs("level");
    String standard =
        Sounding.level(kepatuhan, laporan, SoundingRules.from(BangkomConfig.defaults()))
            .first()
            .getAs("level");
    assertThat(strict).isEqualTo("MERAH");
    assertThat(standard).isEqualTo("KUNING");
  }
}
