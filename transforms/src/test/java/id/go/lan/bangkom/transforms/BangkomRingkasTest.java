package id.go.lan.bangkom.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class BangkomRingkasTest {
  private static final Periode CW1 = Periode.parse("2026-CW1");

  private static Row catatan(
      String nip, String nama, int jenis, String jalur, String selesai, String jp) {
    Row r =
        LakeRows.bangkom("32.04", "2026-CW1", TestNip.of(nip), nama, jalur, selesai, selesai, jp);
    return RowFactory.create(
        r.get(0), r.get(1), r.get(2), r.get(3), jenis, r.get(5), r.get(6), r.get(7), r.get(8));
  }

  private static List<String> tabel(Row... rows) {
    Dataset<Row> records = TestSpark.session().createDataFrame(List.of(rows), LakeSchemas.BANGKOM);
    return BangkomRingkas.tabel(records, CW1, CaturwulanCalendar.DEFAULT)
        .orderBy("tahun", "caturwulan", "nip", "jenis_diklat", "jalur")
        .collectAsList()
        .stream()
        .map(
            r ->
                r.getInt(0)
                    + " "
                    + r.getInt(1)
                    + " "
                    + TestNip.nama(r.getString(2))
                    + " "
                    + r.getInt(3)
                    + " "
                    + r.getString(4)
                    + " "
                    + r.getLong(5)
                    + " "
                    + r.getDecimal(6).toPlainString()
                    + " "
                    + r.getString(7))
        .toList();
  }

  @Test
  void copiesOfARecordCountOnceWithTheLargestJpAndThatCopysJenisDiklat() {
    assertThat(
            tabel(
                catatan("ANI", "Diklat  PIM", 3, "KLASIKAL", "2026-02-10", "8"),
                catatan("ANI", "diklat pim ", 7, "NONKLASIKAL", "2026-02-10", "12"),
                catatan("ANI", "Diklat PIM", 9, "KLASIKAL", "2026-02-10", "10"),
                catatan("ANI", "Seminar", 3, "KLASIKAL", "2026-03-01", "4")))
        // The copies' largest JP (12) with its jenis diklat (7); NONKLASIKAL as one copy says.
        .containsExactly(
            "2026 1 ANI 3 KLASIKAL 1 4.00 2026-CW1", "2026 1 ANI 7 NONKLASIKAL 1 12.00 2026-CW1");
  }

  @Test
  void aCutOffHoldsItsYearAndTheYearBeforeByTheCaturwulanOfTheEndDate() {
    assertThat(
            tabel(
                catatan("BUDI", "Lama", 3, "KLASIKAL", "2024-12-31", "9"),
                catatan("BUDI", "Susulan", 3, "KLASIKAL", "2025-09-01", "5"),
                catatan("BUDI", "Susulan 2", 3, "KLASIKAL", "2025-12-31", "6"),
                catatan("BUDI", "Baru", 3, "KLASIKAL", "2026-04-30", "2"),
                catatan("BUDI", "Tahun depan", 3, "KLASIKAL", "2027-01-02", "1")))
        // 2024 and 2027 belong to other cut-offs; 1 September is CW3 (after August), 30 April CW1.
        .containsExactly(
            "2025 3 BUDI 3 KLASIKAL 2 11.00 2026-CW1", "2026 1 BUDI 3 KLASIKAL 1 2.00 2026-CW1");
  }
}
