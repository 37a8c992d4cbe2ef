package id.go.lan.bangkom.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The kepatuhan_jabatan grain (SPEC §6: compliance per jenis jabatan): the measures of the
 * population per (kode_instansi, jenis_jabatan), as TransformJob builds the table from {@link
 * Compliance#measures}.
 */
class KepatuhanJabatanTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static final Periode CW2 = Periode.parse("2026-CW2");

  private static Row pegawai(String kode, String nip, String jenis, String jabatan, String status) {
    return LakeRows.pegawai(
        kode, "2026-CW2", TestNip.of(nip), jenis, jabatan, "2010-01-01", status);
  }

  private static Row bangkom(String kode, String nip, String nama, String selesai, String jp) {
    return LakeRows.bangkom(
        kode, "2026-CW2", TestNip.of(nip), nama, "KLASIKAL", selesai, selesai, jp);
  }

  @Test
  void measuresPerInstansiAndJenisJabatanCountOnlyThePopulation() {
    // CW2 (cut-off 31 August): full-year target 20, cumulative 20 * 8 / 12 = 13.333.., shown 13.34.
    // 73 FUNGSIONAL: N1 8 + 12 = 20 MEMENUHI; N4 (PPPK, target 20) 9, ending on 31 August
    //   (counted), TERTINGGAL. 2 people: memenuhi 1, sesuai 0, tertinggal 1, belum 0; 50.00 %
    //   memenuhi and on track; total 29, mean 14.50, median (9 + 20) / 2 = 14.50.
    // 73 PELAKSANA: N2 4 TERTINGGAL; N3 14 SESUAI_TARGET (14 >= 13.34); N6 0 BELUM_ADA_JP.
    //   3 people: 0 / 1 / 1 / 1; 0.00 % memenuhi, 1 / 3 = 33.33 % on track; total 18, mean 6.00,
    //   median 4.00.
    // 73 PENGAWAS: only N5, on leave (CLTN) with 30 JP: no population, no row.
    // P001 PELAKSANA: Q1 7 TERTINGGAL: its own row, not mixed with 73's PELAKSANA.
    Dataset<Row> roster =
        SPARK
            .createDataFrame(
                List.of(
                    pegawai("73", "N1", "PNS", "FUNGSIONAL", "AKTIF"),
                    pegawai("73", "N2", "PNS", "PELAKSANA", "AKTIF"),
                    pegawai("73", "N3", "PNS", "PELAKSANA", "AKTIF"),
                    pegawai("73", "N4", "PPPK", "FUNGSIONAL", "AKTIF"),
                    pegawai("73", "N5", "PNS", "PENGAWAS", "CLTN"),
                    pegawai("73", "N6", "PNS", "PELAKSANA", "AKTIF"),
                    pegawai("P001", "Q1", "PNS", "PELAKSANA", "AKTIF")),
                LakeSchemas.PEGAWAI)
            .withColumnRenamed("status", "status_pegawai");
    Dataset<Row> records =
        SPARK.createDataFrame(
            List.of(
                bangkom("73", "N1", "A", "2026-02-03", "8"),
                bangkom("73", "N1", "C", "2026-06-05", "12"),
                bangkom("73", "N2", "B", "2026-03-02", "4"),
                bangkom("73", "N3", "D", "2026-07-03", "14"),
                bangkom("73", "N4", "E", "2026-08-31", "9"),
                bangkom("73", "N5", "F", "2026-06-10", "30"),
                bangkom("P001", "Q1", "G", "2026-05-10", "7")),
            LakeSchemas.BANGKOM);
    TargetRules rules = TargetRules.from(BangkomConfig.defaults(), 2026);
    Dataset<Row> populasi =
        Compliance.populasi(
            Compliance.kepatuhanPegawai(
                roster,
                rules,
                CW2,
                Compliance.jpAtCutoff(records, 2026, rules.calendar().akhir(CW2))));

    Map<String, Row> rows = new TreeMap<>();
    KepatuhanAgregat.measures(populasi, "kode_instansi", "jenis_jabatan")
        .collectAsList()
        .forEach(r -> rows.put(r.getAs("kode_instansi") + "/" + r.getAs("jenis_jabatan"), r));
    assertThat(rows).containsOnlyKeys("73/FUNGSIONAL", "73/PELAKSANA", "P001/PELAKSANA");

    Row f = rows.get("73/FUNGSIONAL");
    assertThat(counts(f)).containsExactly(2L, 1L, 0L, 1L, 0L);
    assertThat((BigDecimal) f.getAs("persen_memenuhi")).isEqualByComparingTo("50");
    assertThat((BigDecimal) f.getAs("persen_on_track")).isEqualByComparingTo("50");
    assertThat((BigDecimal) f.getAs("total_jp")).isEqualByComparingTo("29");
    assertThat((BigDecimal) f.getAs("rata_rata_jp")).isEqualByComparingTo("14.5");
    assertThat((BigDecimal) f.getAs("median_jp")).isEqualByComparingTo("14.5");

    Row p = rows.get("73/PELAKSANA");
    assertThat(counts(p)).containsExactly(3L, 0L, 1L, 1L, 1L);
    assertThat((BigDecimal) p.getAs("persen_memenuhi")).isEqualByComparingTo("0");
    assertThat((BigDecimal) p.getAs("persen_on_track")).isEqualByComparingTo("33.33");
    assertThat((BigDecimal) p.getAs("total_jp")).isEqualByComparingTo("18");
    assertThat((BigDecimal) p.getAs("rata_rata_jp")).isEqualByComparingTo("6");
    assertThat((BigDecimal) p.getAs("median_jp")).isEqualByComparingTo("4");

    assertThat(counts(rows.get("P001/PELAKSANA"))).containsExactly(1L, 0L, 0L, 1L, 0L);
  }

  private static Long[] counts(Row r) {
    return new Long[] {
      r.getAs("jumlah_pegawai"),
      r.getAs("jumlah_memenuhi"),
      r.getAs("jumlah_sesuai_target"),
      r.getAs("jumlah_tertinggal"),
      r.getAs("jumlah_belum_ada_jp")
    };
  }
}
