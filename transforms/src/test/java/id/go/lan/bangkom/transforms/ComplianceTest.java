package id.go.lan.bangkom.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** SPEC §3 rule by rule, on tiny hand-made inputs whose expected values are worked out by hand. */
class ComplianceTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static final TargetRules RULES = TargetRules.from(BangkomConfig.defaults(), 2026);

  private static Row pegawai(String kode, String nip, String jenis, String tmt, String status) {
    return LakeRows.pegawai(kode, "2026-CW1", TestNip.of(nip), jenis, "FUNGSIONAL", tmt, status);
  }

  private static Row bangkom(
      String kode, String nip, String nama, String mulai, String selesai, String jp) {
    return LakeRows.bangkom(
        kode, "2026-CW1", TestNip.of(nip), nama, "KLASIKAL", mulai, selesai, jp);
  }

  private static Dataset<Row> roster(Row... rows) {
    return SPARK
        .createDataFrame(List.of(rows), LakeSchemas.PEGAWAI)
        .withColumnRenamed("status", "status_pegawai");
  }

  private static Dataset<Row> records(Row... rows) {
    return SPARK.createDataFrame(List.of(rows), LakeSchemas.BANGKOM);
  }

  /** nip -> {jp, target_tahunan, target_kumulatif, status}. */
  private static Map<String, List<Object>> compute(
      Dataset<Row> roster, Dataset<Row> records, Periode p) {
    LocalDate akhir = RULES.calendar().akhir(p);
    Dataset<Row> jp = Compliance.jpAtCutoff(records, p.tahun(), akhir);
    Dataset<Row> out = Compliance.kepatuhanPegawai(roster, RULES, p, jp);
    Map<String, List<Object>> byNip = new HashMap<>();
    for (Row r :
        out.select("nip", "jp", "target_tahunan", "target_kumulatif", "status").collectAsList()) {
      List<Object> v = new ArrayList<>();
      v.add(r.getDecimal(1).stripTrailingZeros().toPlainString());
      v.add(r.getDecimal(2).stripTrailingZeros().toPlainString());
      v.add(r.getDecimal(3).toPlainString());
      v.add(r.getString(4));
      byNip.put(TestNip.nama(r.getString(0)), v);
    }
    return byNip;
  }

  @Test
  void fullYearEmployeeStatusesAtCw1FollowTheCumulativeTargetOf6Point67() {
    Dataset<Row> roster =
        roster(
            pegawai("73", "A", "PNS", "2015-05-01", "AKTIF"),
            pegawai("73", "B", "PNS", "2015-05-01", "AKTIF"),
            pegawai("73", "C", "PNS", "2015-05-01", "AKTIF"),
            pegawai("73", "D", "PPPK", "2022-01-01", "AKTIF"));
    Dataset<Row> records =
        records(
            bangkom("73", "A", "Latsar", "2026-01-05", "2026-02-20", "20"),
            bangkom("73", "B", "Bimtek", "2026-03-01", "2026-03-02", "6.67"),
            bangkom("73", "C", "Bimtek", "2026-03-01", "2026-03-02", "6.66"));
    Map<String, List<Object>> r = compute(roster, records, Periode.parse("2026-CW1"));
    // 20 * 4 / 12 = 6.666..: 6.67 reaches it, 6.66 does not; exactly 20 meets the year.
    assertThat(r.get("A")).containsExactly("20", "20", "6.67", "MEMENUHI");
    assertThat(r.get("B")).containsExactly("6.67", "20", "6.67", "SESUAI_TARGET");
    assertThat(r.get("C")).containsExactly("6.66", "20", "6.67", "TERTINGGAL");
    assertThat(r.get("D")).containsExactly("0", "20", "6.67", "BELUM_ADA_JP");
  }

  @Test
  void cumulativeTargetsOfAFullYearEmployeeAre6_67_13_34_20() {
    // 20 * 4 / 12 = 6.666.. and 20 * 8 / 12 = 13.333.., both shown rounded up; 20 * 12 / 12 = 20.
    Dataset<Row> roster = roster(pegawai("73", "A", "PNS", "2010-01-01", "AKTIF"));
    Dataset<Row> none = records();
    assertThat(compute(roster, none, Periode.parse("2026-CW1")).get("A").get(2)).isEqualTo("6.67");
    assertThat(compute(roster, none, Periode.parse("2026-CW2")).get("A").get(2)).isEqualTo("13.34");
    assertThat(compute(roster, none, Periode.parse("2026-CW3")).get("A").get(2)).isEqualTo("20.00");
  }

  @Test
  void aJoinerInJulyHasAProRatedTarget() {
    // m = 6 (July..December): annual = ceil(20 * 6 / 12) = 10.
    // CW2 ends in August: 2 months served of 6, cumulative = 10 * 2 / 6 = 3.333.., shown 3.34.
    Dataset<Row> roster =
        roster(
            pegawai("73", "J1", "CPNS", "2026-07-01", "AKTIF"),
            pegawai("73", "J2", "CPNS", "2026-07-01", "AKTIF"));
    Dataset<Row> records =
        records(
            bangkom("73", "J1", "Latsar", "2026-07-10", "2026-08-20", "3.34"),
            bangkom("73", "J2", "Latsar", "2026-07-10", "2026-08-20", "3.33"));
    Map<String, List<Object>> cw2 = compute(roster, records, Periode.parse("2026-CW2"));
    assertThat(cw2.get("J1")).containsExactly("3.34", "10", "3.34", "SESUAI_TARGET");
    // 3.33 * 6 = 19.98 < 10 * 2 = 20: behind, and below the shown target 3.34.
    assertThat(cw2.get("J2")).containsExactly("3.33", "10", "3.34", "TERTINGGAL");
    Map<String, List<Object>> cw3 = compute(roster, records, Periode.parse("2026-CW3"));
    assertThat(cw3.get("J1")).containsExactly("3.34", "10", "10.00", "TERTINGGAL");
  }

  /**
   * Issue 15.3: at every cut-off a JP equal to the shown target is on track and one cent below it
   * is not, for a full-year employee and for pro-rated joiners alike.
   */
  @Test
  void theShownTargetDecidesTheStatusAtEveryCutoffWithAndWithoutProRating() {
    // Full year (F), annual 20: CW1 20 * 4 / 12 = 6.666.. -> 6.67; CW2 20 * 8 / 12 = 13.333.. ->
    //   13.34 (13.33 JP is behind: 13.33 * 3 = 39.99 < 40); CW3 20 * 12 / 12 = 20.
    // March joiner (M), m = 10, annual ceil(20 * 10 / 12) = ceil(16.67) = 17: CW1 17 * 2 / 10 =
    //   3.40; CW2 17 * 6 / 10 = 10.20; CW3 17.
    // July joiner (J), m = 6, annual ceil(20 * 6 / 12) = 10: CW2 10 * 2 / 6 = 3.333.. -> 3.34;
    //   CW3 10.
    // "1" holds exactly the shown target, "0" one cent less; at CW3 the target is the annual one.
    assertBoundary("2026-CW1", Map.of("F", "6.67", "M", "3.40"), "SESUAI_TARGET");
    assertBoundary("2026-CW2", Map.of("F", "13.34", "M", "10.20", "J", "3.34"), "SESUAI_TARGET");
    assertBoundary("2026-CW3", Map.of("F", "20.00", "M", "17.00", "J", "10.00"), "MEMENUHI");
  }

  private void assertBoundary(String periode, Map<String, String> shown, String onTrack) {
    Map<String, String> tmt = Map.of("F", "2015-05-01", "M", "2026-03-01", "J", "2026-07-01");
    List<Row> pegawai = new ArrayList<>();
    List<Row> catatan = new ArrayList<>();
    for (Map.Entry<String, String> e : shown.entrySet()) {
      BigDecimal target = new BigDecimal(e.getValue());
      String kurang = target.subtract(new BigDecimal("0.01")).toPlainString();
      for (String[] orang :
          List.of(
              new String[] {e.getKey() + "1", target.toPlainString()},
              new String[] {e.getKey() + "0", kurang})) {
        pegawai.add(pegawai("73", orang[0], "PNS", tmt.get(e.getKey()), "AKTIF"));
        catatan.add(bangkom("73", orang[0], "Bimtek", "2026-01-05", "2026-01-06", orang[1]));
      }
    }
    Map<String, List<Object>> r =
        compute(
            roster(pegawai.toArray(Row[]::new)),
            records(catatan.toArray(Row[]::new)),
            Periode.parse(periode));
    for (Map.Entry<String, String> e : shown.entrySet()) {
      assertThat(r.get(e.getKey() + "1"))
          .as("%s %s at the shown target", periode, e.getKey())
          .containsExactly(
              new BigDecimal(e.getValue()).stripTrailingZeros().toPlainString(),
              r.get(e.getKey() + "1").get(1),
              e.getValue(),
              onTrack);
      assertThat(r.get(e.getKey() + "0"))
          .as("%s %s one cent below", periode, e.getKey())
          .element(3)
          .isEqualTo("TERTINGGAL");
      assertThat(r.get(e.getKey() + "0").get(2)).isEqualTo(e.getValue());
    }
  }

  @Test
  void aJoinerInMarchAndOneInTheLastMonth() {
    // March: m = 10, annual = ceil(200 / 12) = 17; CW1 = 2 months of 10 -> 17 * 2 / 10 = 3.4.
    // December: m = 1, annual = ceil(20 / 12) = 2; CW3 = 1 month of 1 -> 2.
    Dataset<Row> roster =
        roster(
            pegawai("73", "M", "PNS", "2026-03-15", "AKTIF"),
            pegawai("73", "D", "CPNS", "2026-12-01", "AKTIF"));
    assertThat(compute(roster, records(), Periode.parse("2026-CW1")).get("M"))
        .containsExactly("0", "17", "3.40", "BELUM_ADA_JP");
    Dataset<Row> records =
        records(bangkom("73", "D", "Orientasi", "2026-12-02", "2026-12-03", "2"));
    assertThat(compute(roster, records, Periode.parse("2026-CW3")).get("D"))
        .containsExactly("2", "2", "2.00", "MEMENUHI");
  }

  @Test
  void recordsFindTheirPersonByTheWholeEighteenDigitNip() {
    // NIPs as the lake holds them. The last two differ only in their first digit; the largest
    // 18-digit NIP still fits the numeric key.
    String[] nips = {"199001012020011001", "299001012020011001", "999999999999999999"};
    List<Row> roster = new ArrayList<>();
    List<Row> records = new ArrayList<>();
    for (int i = 0; i < nips.length; i++) {
      roster.add(
          LakeRows.pegawai("73", "2026-CW1", nips[i], "PNS", "FUNGSIONAL", "2015-05-01", "AKTIF"));
      records.add(record(nips[i], "Kursus", "KLASIKAL", String.valueOf(i + 1)));
    }
    Periode p = Periode.parse("2026-CW1");
    Dataset<Row> jp =
        Compliance.jpAtCutoff(
            records(records.toArray(Row[]::new)), 2026, RULES.calendar().akhir(p));
    Map<String, String> byNip = new HashMap<>();
    Compliance.kepatuhanPegawai(roster(roster.toArray(Row[]::new)), RULES, p, jp)
        .collectAsList()
        .forEach(r -> byNip.put(r.getAs("nip"), ((BigDecimal) r.getAs("jp")).toPlainString()));
    assertThat(byNip)
        .containsEntry(nips[0], "1.00")
        .containsEntry(nips[1], "2.00")
        .containsEntry(nips[2], "3.00");
  }

  @Test
  void aRecordWhoseNipIsNotANumberStopsTheRunNamingTheValue() {
    // Ingestion admits only 18-digit NIPs; a lake that breaks this must not lose the JP silently.
    Dataset<Row> jp =
        Compliance.jpAtCutoff(
            records(record("19900101-2020", "Kursus", "KLASIKAL", "1")),
            2026,
            LocalDate.of(2026, 4, 30));
    assertThatThrownBy(jp::collectAsList).hasMessageContaining("'19900101-2020'");
  }

  @Test
  void jpPerNipSumsExactCentsAndSplitsNonklasikal() {
    // By hand: "Kursus B" twice (KLASIKAL 3, NONKLASIKAL 0.57) is one record, its largest JP
    // 0.57, and NONKLASIKAL of the two jalur; total 0.29 + 0.57 + 1000.01 = 1000.87, of which
    // NONKLASIKAL 0.57. 0.29 and 0.57 have no exact binary fraction.
    String nip = "199001012020011001";
    Dataset<Row> records =
        records(
            record(nip, "Kursus A", "KLASIKAL", "0.29"),
            record(nip, "Kursus B", "KLASIKAL", "0.03"),
            record(nip, "Kursus B", "NONKLASIKAL", "0.57"),
            record(nip, "Kursus C", "KLASIKAL", "1000.01"));
    Row r = Compliance.jpAtCutoff(records, 2026, LocalDate.of(2026, 4, 30)).first();
    assertThat((long) r.getAs("nip_kunci")).isEqualTo(199001012020011001L);
    assertThat(((BigDecimal) r.getAs("jp")).toPlainString()).isEqualTo("1000.87");
    assertThat(((BigDecimal) r.getAs("jp_nonklasikal")).toPlainString()).isEqualTo("0.57");
  }

  /** A record of CW1 with the NIP exactly as given. */
  private static Row record(String nip, String nama, String jalur, String jp) {
    return LakeRows.bangkom("73", "2026-CW1", nip, nama, jalur, "2026-02-01", "2026-02-02", jp);
  }

  @Test
  void resentRecordsCountOnceAndTheLargestJpWins() {
    Dataset<Row> roster = roster(pegawai("73", "A", "PNS", "2015-05-01", "AKTIF"));
    Dataset<Row> records =
        records(
            bangkom("73", "A", "Pelatihan  Analisis Kebijakan", "2026-02-01", "2026-02-03", "4"),
            bangkom("73", "A", " pelatihan analisis   KEBIJAKAN ", "2026-02-01", "2026-02-03", "6"),
            bangkom("73", "A", "Pelatihan Analisis Kebijakan", "2026-02-01", "2026-02-03", "5"),
            // Same course, other dates: another record.
            bangkom("73", "A", "Pelatihan Analisis Kebijakan", "2026-03-01", "2026-03-03", "1.5"));
    assertThat(compute(roster, records, Periode.parse("2026-CW1")).get("A").get(0))
        .isEqualTo("7.5");
  }

  @Test
  void jpFollowThePersonAcrossInstansiAndOnlyCountUpToTheCutoffOfTheYear() {
    Dataset<Row> roster =
        roster(
            pegawai("33.74", "T", "PNS", "2012-01-01", "AKTIF"),
            pegawai("73", "T", "PNS", "2012-01-01", "MUTASI_KELUAR"));
    Dataset<Row> records =
        records(
            bangkom("73", "T", "Kursus A", "2026-03-01", "2026-04-30", "5"), // last day of CW1
            bangkom("33.74", "T", "Kursus B", "2026-05-01", "2026-05-01", "3"), // CW2
            bangkom("73", "T", "Kursus C", "2025-12-01", "2025-12-31", "9")); // last year
    Map<String, List<Object>> cw1 = compute(roster, records, Periode.parse("2026-CW1"));
    assertThat(cw1.get("T").get(0)).isEqualTo("5");
    Map<String, List<Object>> cw2 = compute(roster, records, Periode.parse("2026-CW2"));
    assertThat(cw2.get("T").get(0)).isEqualTo("8");
  }

  @Test
  void instansiMeasuresCountOnlyTheAktifPopulationAndListEveryInstansi() {
    Periode p = Periode.parse("2026-CW3");
    Dataset<Row> roster =
        roster(
            pegawai("73", "A", "PNS", "2015-05-01", "AKTIF"),
            pegawai("73", "B", "PNS", "2015-05-01", "AKTIF"),
            pegawai("73", "C", "PNS", "2015-05-01", "CLTN"),
            pegawai("73", "E", "PNS", "2015-05-01", "AKTIF"));
    Dataset<Row> records =
        records(
            bangkom("73", "A", "X", "2026-10-01", "2026-10-02", "24"),
            bangkom("73", "B", "X", "2026-10-01", "2026-10-02", "4"),
            bangkom("73", "C", "X", "2026-10-01", "2026-10-02", "40"));
    Dataset<Row> pegawai =
        Compliance.kepatuhanPegawai(
            roster, RULES, p, Compliance.jpAtCutoff(records, 2026, LocalDate.of(2026, 12, 31)));
    Dataset<Row> instansi =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("73", "PROVINSI", "73"),
                RowFactory.create("P001", "KEMENTERIAN", null)),
            LakeSchemas.INSTANSI);
    Dataset<Row> laporan =
        SPARK.createDataFrame(List.of(RowFactory.create("73", true, 10L, 1L)), LakeSchemas.BARIS);
    Map<String, Row> byKode = new HashMap<>();
    for (Row r :
        KepatuhanAgregat.kepatuhanInstansi(pegawai, instansi, laporan, p).collectAsList()) {
      byKode.put(r.getAs("kode_instansi"), r);
    }
    Row r73 = byKode.get("73");
    assertThat((Boolean) r73.getAs("melapor")).isTrue();
    assertThat((Long) r73.getAs("jumlah_pegawai")).isEqualTo(3L);
    assertThat((Long) r73.getAs("jumlah_memenuhi")).isEqualTo(1L);
    assertThat((Long) r73.getAs("jumlah_tertinggal")).isEqualTo(1L);
    assertThat((Long) r73.getAs("jumlah_belum_ada_jp")).isEqualTo(1L);
    assertThat((Long) r73.getAs("jumlah_non_aktif")).isEqualTo(1L);
    // 1 of 3 = 33.33 %; total 28 JP, mean 9.33, median 4 (the CLTN's 40 JP are not counted).
    assertThat(((BigDecimal) r73.getAs("persen_memenuhi"))).isEqualByComparingTo("33.33");
    assertThat(((BigDecimal) r73.getAs("total_jp"))).isEqualByComparingTo("28");
    assertThat(((BigDecimal) r73.getAs("rata_rata_jp"))).isEqualByComparingTo("9.33");
    assertThat(((BigDecimal) r73.getAs("median_jp"))).isEqualByComparingTo("4");
    Row pusat = byKode.get("P001");
    assertThat((Boolean) pusat.getAs("melapor")).isFalse();
    assertThat((Object) pusat.getAs("jumlah_pegawai")).isNull();
  }
}
