package id.go.lan.bangkom.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstrumenTrainingRate;
import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
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

/** Training rate, projection, weakness and restatement rules on tiny hand-checked inputs. */
class AnalysisTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static final BangkomConfig CONFIG = BangkomConfig.defaults();
  private static final Periode CW1 = Periode.parse("2026-CW1");

  private static Row tr(String kode, String periode, String indikator, String nilai) {
    return RowFactory.create(kode, periode, "X", indikator, new BigDecimal(nilai));
  }

  @Test
  void trainingRateWeighsInstrumentsCountsMissingAsZeroAndNamesTheBestImprovement() {
    // PR = (80 + 60 + 0) / 3 = 46.67; PL = (PL1 50 computed + 70) / 2 = 60; MO = (90 + 40) / 2 =
    // 65.
    // Rate = 0.3 * 46.667 + 0.4 * 60 + 0.3 * 65 = 57.50 -> CUKUP.
    // Raising PR3 from 0 to 100 adds 30 / 3 = 10 points, as does PL1 (40 * 50 / 100 / 2 = 10);
    // MO2 would add 30 * 60 / 100 / 2 = 9. Below the threshold of 60 are PR3 (0), PL1 (50) and
    // MO2 (40), listed by the points they cost; on a tie the later code in the alphabet comes
    // first (PR3 before PL1), and that same rule picks PR3 as the single best improvement.
    Dataset<Row> nilai =
        SPARK.createDataFrame(
            List.of(
                tr(
                    "73",
                    "2026-CW1",
                    "PR1",
                    "50"), // superseded by the CW1 value below? no: same period
                tr("73", "2026-CW1", "PR1", "110"), // averaged within a period: (50 + 110) / 2 = 80
                tr("73", "2026-CW1", "PR2", "60"),
                tr("73", "2026-CW1", "PL2", "70"),
                tr("73", "2026-CW1", "MO1", "10"),
                tr("73", "2026-CW2", "MO1", "90"), // the latest period wins
                tr("73", "2026-CW1", "MO2", "40")),
            LakeSchemas.TRAINING_RATE);
    Dataset<Row> kepatuhan =
        SPARK.createDataFrame(
            List.of(RowFactory.create("73", new BigDecimal("50.00"))),
            new StructType()
                .add("kode_instansi", DataTypes.StringType)
                .add("persen_on_track", Compliance.PERSEN));
    InstrumenTrainingRate ins = CONFIG.trainingRate();
    Periode cw2 = Periode.parse("2026-CW2");
    Row r = TrainingRate.instansi(TrainingRate.indikator(nilai, kepatuhan, ins, cw2), ins).first();
    assertThat((BigDecimal) r.getAs("skor_perencanaan")).isEqualByComparingTo("46.67");
    assertThat((BigDecimal) r.getAs("skor_pelaksanaan")).isEqualByComparingTo("60");
    assertThat((BigDecimal) r.getAs("skor_monev")).isEqualByComparingTo("65");
    assertThat((BigDecimal) r.getAs("training_rate")).isEqualByComparingTo("57.50");
    assertThat((String) r.getAs("kategori")).isEqualTo("CUKUP");
    assertThat((String) r.getAs("indikator_hilang")).isEqualTo("PR3");
    assertThat((String) r.getAs("indikator_penarik_turun")).isEqualTo("PR3, PL1, MO2");
    assertThat((String) r.getAs("perbaikan_utama")).isEqualTo("PR3");
    assertThat((BigDecimal) r.getAs("tambahan_poin_perbaikan")).isEqualByComparingTo("10");
  }

  /** Issue 15.4: the rate is weighed from the exact instrument means, only the shown ones round. */
  @Test
  void trainingRateIsWeighedFromUnroundedInstrumentScores() {
    // PR = (70 + 80 + 82) / 3 = 232 / 3 = 77.333.. (shown 77.33); PL = (PL1 50 computed + 60) / 2
    // = 55; MO = (60 + 70.5) / 2 = 65.25.
    // Exact: 0.3 * 232 / 3 + 0.4 * 55 + 0.3 * 65.25 = 23.2 + 22 + 19.575 = 64.775 -> 64.78.
    // Weighing the rounded 77.33 instead gives 23.199 + 22 + 19.575 = 64.774 -> 64.77 (wrong).
    Dataset<Row> nilai =
        SPARK.createDataFrame(
            List.of(
                tr("73", "2026-CW1", "PR1", "70"),
                tr("73", "2026-CW1", "PR2", "80"),
                tr("73", "2026-CW1", "PR3", "82"),
                tr("73", "2026-CW1", "PL2", "60"),
                tr("73", "2026-CW1", "MO1", "60"),
                tr("73", "2026-CW1", "MO2", "70.5")),
            LakeSchemas.TRAINING_RATE);
    Dataset<Row> kepatuhan =
        SPARK.createDataFrame(
            List.of(RowFactory.create("73", new BigDecimal("50.00"))),
            new StructType()
                .add("kode_instansi", DataTypes.StringType)
                .add("persen_on_track", Compliance.PERSEN));
    InstrumenTrainingRate ins = CONFIG.trainingRate();
    Row r = TrainingRate.instansi(TrainingRate.indikator(nilai, kepatuhan, ins, CW1), ins).first();
    assertThat((BigDecimal) r.getAs("skor_perencanaan")).isEqualByComparingTo("77.33");
    assertThat((BigDecimal) r.getAs("skor_pelaksanaan")).isEqualByComparingTo("55");
    assertThat((BigDecimal) r.getAs("skor_monev")).isEqualByComparingTo("65.25");
    assertThat((BigDecimal) r.getAs("training_rate")).isEqualByComparingTo("64.78");
    assertThat((String) r.getAs("kategori")).isEqualTo("BAIK");
  }

  @Test
  void anInstansiWithoutTrainingRateRowsIsNotMeasuredAndNationalCoverageSaysSo() {
    InstrumenTrainingRate ins = CONFIG.trainingRate();
    Dataset<Row> none = SPARK.createDataFrame(List.of(), LakeSchemas.TRAINING_RATE);
    Dataset<Row> kepatuhan =
        SPARK.createDataFrame(
            List.of(RowFactory.create("73", new BigDecimal("90.00"))),
            new StructType()
                .add("kode_instansi", DataTypes.StringType)
                .add("persen_on_track", Compliance.PERSEN));
    Dataset<Row> instansi =
        TrainingRate.instansi(TrainingRate.indikator(none, kepatuhan, ins, CW1), ins);
    assertThat(instansi.count()).isZero();
    Row n = TrainingRate.nasional(instansi, 606, ins, CW1).first();
    assertThat((Long) n.getAs("jumlah_instansi_diukur")).isZero();
    assertThat((BigDecimal) n.getAs("persen_cakupan")).isEqualByComparingTo("0");
  }

  private static Row pop(String nip, String jp, String jabatan, String status) {
    return RowFactory.create(
        "73", nip, jabatan, new BigDecimal(jp), new BigDecimal("20.00"), 4, 12, status);
  }

  @Test
  void projectionKeepsEachPaceAndCountsShortfallAndIpAsnPointsAtRisk() {
    // CW1 (4 of 12 months): 5 JP -> 5 + 1.25 * 8 = 15 (x1.25: 17.5); 8 JP -> 24 (x0.75: 20);
    // 6 JP -> 18 (x1.25: 21). Projected 1 of 3, low 1 of 3, high 2 of 3.
    StructType schema =
        new StructType()
            .add("kode_instansi", DataTypes.StringType)
            .add("nip", DataTypes.StringType)
            .add("jenis_jabatan", DataTypes.StringType)
            .add("jp", Compliance.JP)
            .add("target_tahunan", Compliance.JP)
            .add("bulan_dinas", DataTypes.IntegerType)
            .add("bulan_dinas_tahun", DataTypes.IntegerType)
            .add("status", DataTypes.StringType);
    Dataset<Row> populasi =
        SPARK.createDataFrame(
            List.of(
                pop("A", "5", "FUNGSIONAL", "TERTINGGAL"),
                pop("B", "8", "FUNGSIONAL", "SESUAI_TARGET"),
                pop("C", "6", "PELAKSANA", "TERTINGGAL")),
            schema);
    Row r =
        Projection.aggregate(Projection.perPegawai(populasi, AnalysisRules.from(CONFIG)), CW1)
            .first();
    assertThat((BigDecimal) r.getAs("persen_memenuhi")).isEqualByComparingTo("0");
    assertThat((BigDecimal) r.getAs("persen_memenuhi_proyeksi")).isEqualByComparingTo("33.33");
    assertThat((BigDecimal) r.getAs("batas_bawah")).isEqualByComparingTo("33.33");
    assertThat((BigDecimal) r.getAs("batas_atas")).isEqualByComparingTo("66.67");
    // Shortfall 15 + 12 + 14 = 41 JP; points at risk 15 (A) + 22.5 (C, pelaksana) = 37.5.
    assertThat((BigDecimal) r.getAs("kekurangan_jp")).isEqualByComparingTo("41");
    assertThat((Long) r.getAs("jumlah_tidak_on_track")).isEqualTo(2L);
    assertThat((BigDecimal) r.getAs("poin_ip_asn_berisiko")).isEqualByComparingTo("37.5");
  }

  @Test
  void weaknessFindingsCompareWithThePeerMedianAndRankByGap() {
    StructType schema =
        new StructType()
            .add("kode_instansi", DataTypes.StringType)
            .add("persen_on_track", DataTypes.createDecimalType(5, 2))
            .add("persen_belum_ada_jp", DataTypes.createDecimalType(5, 2));
    Dataset<Row> data =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("A", new BigDecimal("40"), new BigDecimal("30")),
                RowFactory.create("B", new BigDecimal("60"), new BigDecimal("10")),
                RowFactory.create("C", new BigDecimal("80"), new BigDecimal("10.5"))),
            schema);
    Dataset<Row> ukuran =
        Weakness.ukuran(
                data,
                "persen_on_track",
                org.apache.spark.sql.functions.col("persen_on_track"),
                1,
                org.apache.spark.sql.functions.lit(null))
            .unionByName(
                Weakness.ukuran(
                    data,
                    "persen_belum_ada_jp",
                    org.apache.spark.sql.functions.col("persen_belum_ada_jp"),
                    -1,
                    org.apache.spark.sql.functions.lit(null)));
    Dataset<Row> instansi =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("A", "KOTA", "73"),
                RowFactory.create("B", "KOTA", "73"),
                RowFactory.create("C", "KOTA", "73")),
            LakeSchemas.INSTANSI);
    Map<String, List<Row>> byKode = new HashMap<>();
    for (Row r :
        Weakness.temuan(ukuran, instansi, CW1, 8, BigDecimal.ONE)
            .orderBy("kode_instansi", "peringkat")
            .collectAsList()) {
      byKode.computeIfAbsent(r.getAs("kode_instansi"), k -> new java.util.ArrayList<>()).add(r);
    }
    // A: on track 40 vs median 60 (gap 20), 0 JP 30 vs median 10.5 (gap 19.5): both, ranked by gap.
    assertThat(byKode.get("A")).hasSize(2);
    assertThat((String) byKode.get("A").get(0).getAs("ukuran")).isEqualTo("persen_on_track");
    assertThat((String) byKode.get("A").get(0).getAs("kalimat"))
        .isEqualTo("Persentase pegawai sesuai target 40,00 di bawah median pembanding (60,00).");
    assertThat((String) byKode.get("A").get(1).getAs("ukuran")).isEqualTo("persen_belum_ada_jp");
    // C is 0.5 points worse than the median on 0 JP: below the 1-point minimum, no finding.
    assertThat(byKode).doesNotContainKey("C");
  }

  @Test
  void aRerunRecordsEveryChangedFigureWithOldAndNewValue() {
    StructType schema =
        new StructType()
            .add("tahun", DataTypes.IntegerType)
            .add("caturwulan", DataTypes.IntegerType)
            .add("kode_instansi", DataTypes.StringType)
            .add("level", DataTypes.StringType);
    Dataset<Row> lama =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(2026, 1, "73", "MERAH"),
                RowFactory.create(2026, 1, "11", "HIJAU")),
            schema);
    Dataset<Row> baru =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(2026, 1, "73", "KUNING"),
                RowFactory.create(2026, 1, "11", "HIJAU")),
            schema);
    List<Row> rows =
        Restatement.diff(
                "sounding",
                lama,
                baru,
                List.of("kode_instansi"),
                List.of("level"),
                "data baru",
                Instant.parse("2026-11-28T00:00:00Z"))
            .collectAsList();
    assertThat(rows).hasSize(1);
    Row r = rows.get(0);
    assertThat((String) r.getAs("kode_instansi")).isEqualTo("73");
    assertThat((String) r.getAs("nilai_lama")).isEqualTo("MERAH");
    assertThat((String) r.getAs("nilai_baru")).isEqualTo("KUNING");
    assertThat((String) r.getAs("alasan")).isEqualTo("data baru");
  }

  /**
   * Issue 15.5: a group-keyed table is compared by its whole key (a NULL unit kerja included), the
   * group goes to rincian, each row names the versions its instansi sent, and a small cell's hidden
   * measures are never restated.
   */
  @Test
  void aRerunRestatesGroupFiguresByTheirKeyWithTheVersionsOfTheirInstansi() {
    StructType schema =
        new StructType()
            .add("tahun", DataTypes.IntegerType)
            .add("caturwulan", DataTypes.IntegerType)
            .add("kode_instansi", DataTypes.StringType)
            .add("unit_kerja", DataTypes.StringType)
            .add("jumlah_pegawai", DataTypes.LongType)
            .add("total_jp", Compliance.TOTAL_JP);
    Dataset<Row> lama =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(2026, 1, "73", "Umum", 6L, new BigDecimal("40.00")),
                RowFactory.create(2026, 1, "73", null, 7L, new BigDecimal("10.00")),
                RowFactory.create(2026, 1, "11", "Kecil", 2L, new BigDecimal("5.00"))),
            schema);
    // Umum: 40 -> 47 JP (+7); the unit without a name unchanged (NULL = NULL, not a new row);
    // Kecil (2 people < 5) 5 -> 9 JP is hidden in the warehouse, so not restated.
    Dataset<Row> baru =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(2026, 1, "73", "Umum", 6L, new BigDecimal("47.00")),
                RowFactory.create(2026, 1, "73", null, 7L, new BigDecimal("10.00")),
                RowFactory.create(2026, 1, "11", "Kecil", 2L, new BigDecimal("9.00"))),
            schema);
    List<Row> rows =
        Restatement.diff(
                Restatement.Perbandingan.nilai(
                    "kepatuhan_unit", "unit_kerja", "kode_instansi", "unit_kerja"),
                Restatement.sembunyikanSelKecil(lama, 5),
                Restatement.sembunyikanSelKecil(baru, 5),
                "Dihitung ulang dengan data baru: 11/2026-CW1/v2, 73/2026-CW1/v3",
                Map.of("73", "Dihitung ulang dengan data baru: 73/2026-CW1/v3"),
                Instant.parse("2026-11-28T00:00:00Z"))
            .collectAsList();
    assertThat(rows).hasSize(1);
    Row r = rows.get(0);
    assertThat((String) r.getAs("kode_instansi")).isEqualTo("73");
    assertThat((String) r.getAs("rincian")).isEqualTo("Umum");
    assertThat((String) r.getAs("ukuran")).isEqualTo("total_jp");
    assertThat(new BigDecimal((String) r.getAs("nilai_lama"))).isEqualByComparingTo("40");
    assertThat(new BigDecimal((String) r.getAs("nilai_baru"))).isEqualByComparingTo("47");
    assertThat((String) r.getAs("alasan"))
        .isEqualTo("Dihitung ulang dengan data baru: 73/2026-CW1/v3");
  }

  /** Issue 15.5: a weakness finding that appears or disappears is a restatement. */
  @Test
  void aFindingThatAppearsOrDisappearsIsRestated() {
    StructType schema =
        new StructType()
            .add("tahun", DataTypes.IntegerType)
            .add("caturwulan", DataTypes.IntegerType)
            .add("kode_instansi", DataTypes.StringType)
            .add("peringkat", DataTypes.IntegerType)
            .add("ukuran", DataTypes.StringType)
            .add("kalimat", DataTypes.StringType);
    // 73 loses its jalur finding and gains a 0-JP one (ranks shift: not a change by itself);
    // 11 keeps its finding with another wording (only presence counts).
    Dataset<Row> lama =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(2026, 2, "73", 1, "persen_on_track", "On track rendah"),
                RowFactory.create(2026, 2, "73", 2, "persen_jp_nonklasikal", "Tanpa nonklasikal"),
                RowFactory.create(2026, 2, "11", 1, "persen_on_track", "On track 40%")),
            schema);
    Dataset<Row> baru =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(2026, 2, "73", 1, "persen_belum_ada_jp", "Banyak 0 JP"),
                RowFactory.create(2026, 2, "73", 2, "persen_on_track", "On track rendah"),
                RowFactory.create(2026, 2, "11", 1, "persen_on_track", "On track 41%")),
            schema);
    Map<String, String[]> byFinding = new HashMap<>();
    for (Row r :
        Restatement.diff(
                Restatement.Perbandingan.keberadaan(
                    "kelemahan_instansi", "ukuran", "kalimat", "kode_instansi", "ukuran"),
                lama,
                baru,
                "data baru",
                Map.of(),
                Instant.parse("2026-11-28T00:00:00Z"))
            .collectAsList()) {
      assertThat((String) r.getAs("ukuran")).isEqualTo("temuan");
      assertThat((String) r.getAs("alasan")).isEqualTo("data baru");
      byFinding.put(
          r.getAs("kode_instansi") + " " + r.getAs("rincian"),
          new String[] {r.getAs("nilai_lama"), r.getAs("nilai_baru")});
    }
    assertThat(byFinding).containsOnlyKeys("73 persen_jp_nonklasikal", "73 persen_belum_ada_jp");
    assertThat(byFinding.get("73 persen_jp_nonklasikal"))
        .containsExactly("Tanpa nonklasikal", null);
    assertThat(byFinding.get("73 persen_belum_ada_jp")).containsExactly(null, "Banyak 0 JP");
  }

  /** Issue 15.5: every small published table is compared by a re-run, never kepatuhan_pegawai. */
  @Test
  void aRerunComparesEverySmallPublishedTable() {
    assertThat(PencatatRalat.DIBANDINGKAN.stream().map(Restatement.Perbandingan::tabel))
        .containsExactlyInAnyOrder(
            "kepatuhan_instansi",
            "kepatuhan_unit",
            "kepatuhan_jabatan",
            "kepatuhan_jenis_pegawai",
            "kepatuhan_jenis_instansi",
            "kepatuhan_nasional",
            "sounding",
            "cakupan",
            "training_rate_instansi",
            "training_rate_nasional",
            "kelemahan_instansi",
            "proyeksi_instansi",
            "proyeksi_nasional");
  }

  @Test
  void zeroJpPeopleAndNullsDoNotBreakTheRules() {
    Dataset<Row> roster =
        SPARK
            .createDataFrame(
                List.of(
                    RowFactory.create(
                        "73",
                        "2026-CW1",
                        "Z",
                        "PNS",
                        "PELAKSANA",
                        null,
                        Date.valueOf("2010-01-01"),
                        "AKTIF")),
                LakeSchemas.PEGAWAI)
            .withColumnRenamed("status", "status_pegawai");
    Dataset<Row> records = SPARK.createDataFrame(List.of(), LakeSchemas.BANGKOM);
    Row r =
        Compliance.kepatuhanPegawai(
                roster,
                TargetRules.from(CONFIG, 2026),
                CW1,
                Compliance.jpAtCutoff(records, 2026, java.time.LocalDate.of(2026, 4, 30)))
            .first();
    assertThat((BigDecimal) r.getAs("jp")).isEqualByComparingTo("0");
    assertThat((String) r.getAs("status")).isEqualTo("BELUM_ADA_JP");
  }
}
