package id.go.lan.bangkom.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Every kind of weakness finding (SPEC §6): how each measure is computed from the tables of a
 * cut-off, and how findings are compared (peer median of the same jenis_instansi, or the national
 * median for an instansi without peers), ranked and told in a sentence. Expected values are worked
 * out by hand in the comments.
 */
class WeaknessTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static final Periode CW2 = Periode.parse("2026-CW2");

  private static final StructType UKURAN =
      new StructType()
          .add("kode_instansi", DataTypes.StringType)
          .add("ukuran", DataTypes.StringType)
          .add("nilai", Weakness.NILAI)
          .add("arah", DataTypes.IntegerType)
          .add("rincian", DataTypes.StringType);

  private static Row u(String kode, String ukuran, String nilai, int arah, String rincian) {
    return RowFactory.create(kode, ukuran, new BigDecimal(nilai), arah, rincian);
  }

  /** K1, K2, K3 are KOTA (peers of each other); P1 is the only PROVINSI (no peers). */
  private static Dataset<Row> instansi() {
    return SPARK.createDataFrame(
        List.of(
            RowFactory.create("K1", "KOTA", "73"),
            RowFactory.create("K2", "KOTA", "73"),
            RowFactory.create("K3", "KOTA", "33"),
            RowFactory.create("P1", "PROVINSI", "73")),
        LakeSchemas.INSTANSI);
  }

  /*
   * The measures, with the KOTA median of K1..K3 and the national median of all four (the mean of
   * the middle two of four values):
   *
   * measure (arah)                  K1      K2    K3    P1    | KOTA   | national
   * persen_on_track (+1)            40      60    80    30    | 60     | (40 + 60) / 2 = 50
   * persen_belum_ada_jp (-1)        30      10    10.5  5     | 10.5   | (10 + 10.5) / 2 = 10.25
   * persen_jp_nonklasikal (+1)      0       0     30    25    | 0      | (0 + 25) / 2 = 12.5
   * unit_kerja_terendah (+1)        20      50    60    10    | 50     | (20 + 50) / 2 = 35
   * jabatan_terendah (+1)           45      45.5  50    60    | 45.5   | (45.5 + 50) / 2 = 47.75
   * skor_perencanaan (+1)           40      60    70    80    | 60     | (60 + 70) / 2 = 65
   * persen_baris_ditolak (-1)       2       1     3     25    | 2      | (2 + 3) / 2 = 2.5
   * perubahan_on_track_tahunan (+1) -12.25  0     5     3     | 0      | (0 + 3) / 2 = 1.5
   *
   * gap = (value - comparison) * arah; a finding when gap <= -1 (selisih_minimum), or when the
   * nonklasikal share is 0.
   * K1 (vs KOTA): unit 20 - 50 = -30; on track 40 - 60 = -20; skor 40 - 60 = -20; 0 JP
   *   (30 - 10.5) * -1 = -19.5; perubahan -12.25 - 0 = -12.25; nonklasikal 0 (none used);
   *   jabatan 45 - 45.5 = -0.5 is under the minimum gap; baris ditolak 2 - 2 = 0.
   *   Ranked by gap, ties by measure name: unit 30, persen_on_track 20, skor_perencanaan 20,
   *   persen_belum_ada_jp 19.5, perubahan 12.25, nonklasikal 0.
   * K2: only nonklasikal 0 (every other gap is >= 0: 60 - 60, (10 - 10.5) * -1 = 0.5, ...).
   * K3: baris ditolak (3 - 2) * -1 = -1: exactly the minimum gap, a finding of 1.
   * P1 (no peers, vs national): unit 10 - 35 = -25; baris ditolak (25 - 2.5) * -1 = -22.5;
   *   on track 30 - 50 = -20; 0 JP (5 - 10.25) * -1 = +5.25, skor 80 - 65, ... are better.
   */
  private static Dataset<Row> ukuran() {
    String[][] values = {
      {"persen_on_track", "1", "40", "60", "80", "30"},
      {"persen_belum_ada_jp", "-1", "30", "10", "10.5", "5"},
      {"persen_jp_nonklasikal", "1", "0", "0", "30", "25"},
      {"unit_kerja_terendah", "1", "20", "50", "60", "10"},
      {"jabatan_terendah", "1", "45", "45.5", "50", "60"},
      {"skor_perencanaan", "1", "40", "60", "70", "80"},
      {"persen_baris_ditolak", "-1", "2", "1", "3", "25"},
      {"perubahan_on_track_tahunan", "1", "-12.25", "0", "5", "3"}
    };
    String[] kodes = {"K1", "K2", "K3", "P1"};
    Map<String, String> unit =
        Map.of("K1", "Bagian Umum", "K2", "Keuangan", "K3", "Arsip", "P1", "Sekretariat");
    List<Row> rows = new ArrayList<>();
    for (String[] v : values) {
      for (int i = 0; i < kodes.length; i++) {
        String rincian =
            switch (v[0]) {
              case "unit_kerja_terendah" -> unit.get(kodes[i]);
              case "jabatan_terendah" -> "PELAKSANA";
              default -> null;
            };
        rows.add(u(kodes[i], v[0], v[2 + i], Integer.parseInt(v[1]), rincian));
      }
    }
    return SPARK.createDataFrame(rows, UKURAN);
  }

  /** kode -> findings in rank order. */
  private static Map<String, List<Row>> temuan(int maksimum) {
    Map<String, List<Row>> byKode = new TreeMap<>();
    for (Row r :
        Weakness.temuan(ukuran(), instansi(), CW2, maksimum, BigDecimal.ONE)
            .orderBy("kode_instansi", "peringkat")
            .collectAsList()) {
      byKode.computeIfAbsent(r.getAs("kode_instansi"), k -> new ArrayList<>()).add(r);
    }
    return byKode;
  }

  private static List<String> ukuranOf(List<Row> rows) {
    return rows.stream().map(r -> (String) r.getAs("ukuran")).toList();
  }

  private static Row find(List<Row> rows, String ukuran) {
    return rows.stream().filter(r -> ukuran.equals(r.getAs("ukuran"))).findFirst().orElseThrow();
  }

  /** A records key as Kunci.nip makes it from the NIP. */
  private static long nipKunci(String nama) {
    return Long.parseLong(TestNip.of(nama));
  }

  @Test
  void findingsAreRankedByTheGapToThePeerMedianWithTiesByMeasureName() {
    Map<String, List<Row>> t = temuan(8);
    assertThat(ukuranOf(t.get("K1")))
        .containsExactly(
            "unit_kerja_terendah",
            "persen_on_track",
            "skor_perencanaan",
            "persen_belum_ada_jp",
            "perubahan_on_track_tahunan",
            "persen_jp_nonklasikal");
    assertThat(t.get("K1"))
        .extracting(r -> ((BigDecimal) r.getAs("selisih")).stripTrailingZeros().toPlainString())
        .containsExactly("30", "20", "20", "19.5", "12.25", "0");
    assertThat(t.get("K1"))
        .extracting(r -> (Integer) r.getAs("peringkat"))
        .containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(ukuranOf(t.get("K2"))).containsExactly("persen_jp_nonklasikal");
    // Exactly the minimum gap of 1 point is a finding.
    assertThat(ukuranOf(t.get("K3"))).containsExactly("persen_baris_ditolak");
    assertThat((BigDecimal) t.get("K3").get(0).getAs("selisih")).isEqualByComparingTo("1");
    Row k1OnTrack = find(t.get("K1"), "persen_on_track");
    assertThat((BigDecimal) k1OnTrack.getAs("median_sejenis")).isEqualByComparingTo("60");
    assertThat((BigDecimal) k1OnTrack.getAs("median_nasional")).isEqualByComparingTo("50");
    assertThat((Integer) k1OnTrack.getAs("tahun")).isEqualTo(2026);
    assertThat((Integer) k1OnTrack.getAs("caturwulan")).isEqualTo(2);
  }

  @Test
  void anInstansiWithoutPeersIsComparedWithTheNationalMedian() {
    List<Row> p1 = temuan(8).get("P1");
    assertThat(ukuranOf(p1))
        .containsExactly("unit_kerja_terendah", "persen_baris_ditolak", "persen_on_track");
    assertThat(p1)
        .extracting(r -> ((BigDecimal) r.getAs("selisih")).stripTrailingZeros().toPlainString())
        .containsExactly("25", "22.5", "20");
    assertThat((BigDecimal) find(p1, "persen_baris_ditolak").getAs("median_nasional"))
        .isEqualByComparingTo("2.5");
    assertThat((String) find(p1, "persen_baris_ditolak").getAs("kalimat"))
        .isEqualTo("Persentase baris data ditolak 25,00 di atas median pembanding (2,50).");
    assertThat((String) find(p1, "unit_kerja_terendah").getAs("kalimat"))
        .isEqualTo(
            "Capaian sesuai target unit kerja Sekretariat 10,00 di bawah median pembanding"
                + " (35,00).");
  }

  @Test
  void eachKindOfFindingHasItsOwnSentence() {
    Map<String, String> kalimat = new LinkedHashMap<>();
    for (Row r : temuan(8).get("K1")) {
      kalimat.put(r.getAs("ukuran"), r.getAs("kalimat"));
    }
    assertThat(kalimat)
        .containsEntry(
            "unit_kerja_terendah",
            "Capaian sesuai target unit kerja Bagian Umum 20,00 di bawah median pembanding"
                + " (50,00).")
        .containsEntry(
            "persen_on_track",
            "Persentase pegawai sesuai target 40,00 di bawah median pembanding (60,00).")
        .containsEntry(
            "skor_perencanaan",
            "Skor instrumen PERENCANAAN 40,00 di bawah median pembanding (60,00).")
        .containsEntry(
            "persen_belum_ada_jp",
            "Persentase pegawai tanpa JP 30,00 di atas median pembanding (10,50).")
        .containsEntry(
            "perubahan_on_track_tahunan",
            "Perubahan persentase sesuai target dibanding tahun lalu -12,25 di bawah median"
                + " pembanding (0,00).")
        .containsEntry(
            "persen_jp_nonklasikal",
            "Belum ada JP melalui jalur nonklasikal (median pembanding 0,00).");
  }

  @Test
  void aLaggingJabatanGroupIsNamedInItsSentence() {
    // Jabatan findings do not occur in the table above (K1's gap is 0.5): here K1's PELAKSANA at
    // 20 against the KOTA median of 20, 45.5, 50 = 45.5, a gap of 25.5.
    Dataset<Row> u =
        SPARK.createDataFrame(
            List.of(
                u("K1", "jabatan_terendah", "20", 1, "PELAKSANA"),
                u("K2", "jabatan_terendah", "45.5", 1, "PENGAWAS"),
                u("K3", "jabatan_terendah", "50", 1, "FUNGSIONAL")),
            UKURAN);
    List<Row> rows = Weakness.temuan(u, instansi(), CW2, 8, BigDecimal.ONE).collectAsList();
    assertThat(rows).hasSize(1);
    assertThat((BigDecimal) rows.get(0).getAs("selisih")).isEqualByComparingTo("25.5");
    assertThat((String) rows.get(0).getAs("kalimat"))
        .isEqualTo(
            "Capaian sesuai target kelompok jabatan PELAKSANA 20,00 di bawah median pembanding"
                + " (45,50).");
  }

  @Test
  void onlyTheConfiguredNumberOfFindingsIsKept() {
    assertThat(ukuranOf(temuan(3).get("K1")))
        .containsExactly("unit_kerja_terendah", "persen_on_track", "skor_perencanaan");
  }

  // ---- the measures, from the tables of one cut-off ----

  @Test
  void everyMeasureIsComputedFromTheTablesOfTheCutOff() {
    // Instansi A reported: 6 people in its population, N did not report.
    // People (unit, jabatan, status): P1 Umum FUNGSIONAL MEMENUHI; P2 Umum PELAKSANA
    // SESUAI_TARGET; P3 Umum PELAKSANA TERTINGGAL; P4 Keuangan PELAKSANA BELUM_ADA_JP;
    // P5 Keuangan FUNGSIONAL SESUAI_TARGET; P6 Arsip FUNGSIONAL BELUM_ADA_JP.
    // persen_on_track 3 / 6 = 50.00 (given by kepatuhan_instansi); 0 JP 2 of 6 = 33.33.
    // Units with at least 2 people (kelemahan.ukuran_kelompok_minimum = 2): Umum 2 / 3 = 66.67,
    // Keuangan 1 / 2 = 50.00 (Arsip has 1 person and is not named): lowest Keuangan 50.00.
    // Jabatan: FUNGSIONAL P1, P5, P6 2 / 3 = 66.67; PELAKSANA P2, P3, P4 1 / 3 = 33.33: lowest.
    // Records: P1 15 klasikal + 5 nonklasikal, P2 5 nonklasikal, P3 15 klasikal; X (not in the
    // population) 100 nonklasikal does not count: 10 of 40 JP = 25.00 % nonklasikal.
    // Scores from training_rate_instansi as they are; baris ditolak 12.5 % from sounding.
    // Last year at this cut-off 62.25 % on track: change 50 - 62.25 = -12.25.
    Dataset<Row> kepatuhan =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("A", true, 6L, 2L, new BigDecimal("50.00")),
                RowFactory.create("N", false, null, null, null)),
            new StructType()
                .add("kode_instansi", DataTypes.StringType)
                .add("melapor", DataTypes.BooleanType)
                .add("jumlah_pegawai", DataTypes.LongType)
                .add("jumlah_belum_ada_jp", DataTypes.LongType)
                .add("persen_on_track", Compliance.PERSEN));
    Dataset<Row> populasi =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("A", TestNip.of("P1"), "Umum", "FUNGSIONAL", "MEMENUHI"),
                RowFactory.create("A", TestNip.of("P2"), "Umum", "PELAKSANA", "SESUAI_TARGET"),
                RowFactory.create("A", TestNip.of("P3"), "Umum", "PELAKSANA", "TERTINGGAL"),
                RowFactory.create("A", TestNip.of("P4"), "Keuangan", "PELAKSANA", "BELUM_ADA_JP"),
                RowFactory.create("A", TestNip.of("P5"), "Keuangan", "FUNGSIONAL", "SESUAI_TARGET"),
                RowFactory.create("A", TestNip.of("P6"), "Arsip", "FUNGSIONAL", "BELUM_ADA_JP")),
            new StructType()
                .add("kode_instansi", DataTypes.StringType)
                .add("nip", DataTypes.StringType)
                .add("unit_kerja", DataTypes.StringType)
                .add("jenis_jabatan", DataTypes.StringType)
                .add("status", DataTypes.StringType));
    // JP per NIP as Compliance.jpPerNip gives it: P1 15 KLASIKAL + 5 NONKLASIKAL, P2 5
    // NONKLASIKAL, P3 15 KLASIKAL; X is in no population.
    Dataset<Row> jpPerNip =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(nipKunci("P1"), new BigDecimal("20"), new BigDecimal("5")),
                RowFactory.create(nipKunci("P2"), new BigDecimal("5"), new BigDecimal("5")),
                RowFactory.create(nipKunci("P3"), new BigDecimal("15"), new BigDecimal("0")),
                RowFactory.create(nipKunci("X"), new BigDecimal("100"), new BigDecimal("100"))),
            new StructType()
                .add("nip_kunci", DataTypes.LongType)
                .add("jp", Compliance.JP)
                .add("jp_nonklasikal", Compliance.JP));
    Dataset<Row> tr =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create(
                    "A", new BigDecimal("40"), new BigDecimal("55.5"), new BigDecimal("70"))),
            new StructType()
                .add("kode_instansi", DataTypes.StringType)
                .add("skor_perencanaan", TrainingRate.SKOR)
                .add("skor_pelaksanaan", TrainingRate.SKOR)
                .add("skor_monev", TrainingRate.SKOR));
    // N sent nothing: the sounding table gives it 0 % rejected, which must not count as data.
    Dataset<Row> sounding =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("A", new BigDecimal("12.50")),
                RowFactory.create("N", new BigDecimal("0.00"))),
            new StructType()
                .add("kode_instansi", DataTypes.StringType)
                .add("persen_baris_ditolak", Compliance.PERSEN));
    Dataset<Row> tahunLalu =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("A", new BigDecimal("62.25")),
                RowFactory.create("N", new BigDecimal("10.00"))),
            new StructType()
                .add("kode_instansi", DataTypes.StringType)
                .add("persen_on_track", Compliance.PERSEN));
    AnalysisRules rules =
        AnalysisRules.from(
            BangkomConfig.withOverrides(Map.of("kelemahan.ukuran_kelompok_minimum", "2")));

    Map<String, String> a = new TreeMap<>();
    List<String> others = new ArrayList<>();
    for (Row r :
        Weakness.semuaUkuran(
                kepatuhan,
                populasi,
                jpPerNip,
                tr,
                BangkomConfig.defaults().trainingRate(),
                sounding,
                tahunLalu,
                rules)
            .collectAsList()) {
      String v =
          ((BigDecimal) r.getAs("nilai")).toPlainString()
              + " "
              + r.getAs("arah")
              + (r.getAs("rincian") == null ? "" : " " + r.getAs("rincian"));
      if ("A".equals(r.getAs("kode_instansi"))) {
        a.put(r.getAs("ukuran"), v);
      } else {
        others.add(r.getAs("kode_instansi") + " " + r.getAs("ukuran"));
      }
    }
    assertThat(a)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "persen_on_track", "50.00 1",
                "persen_belum_ada_jp", "33.33 -1",
                "persen_jp_nonklasikal", "25.00 1",
                "unit_kerja_terendah", "50.00 1 Keuangan",
                "jabatan_terendah", "33.33 1 PELAKSANA",
                "skor_perencanaan", "40.00 1",
                "skor_pelaksanaan", "55.50 1",
                "skor_monev", "70.00 1",
                "persen_baris_ditolak", "12.50 -1",
                "perubahan_on_track_tahunan", "-12.25 1 tahun lalu 62,25"));
    assertThat(others).as("an instansi that did not report has no measures").isEmpty();
  }
}
