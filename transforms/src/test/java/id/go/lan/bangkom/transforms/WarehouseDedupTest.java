package id.go.lan.bangkom.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bangkom_ringkas deduplicates resent records in DuckDB by the rule the transforms use. */
class WarehouseDedupTest {
  @Test
  void aResentRecordCountsOnceWithItsLargestJpAndNonklasikalWhenAnyCopySaysSo() throws Exception {
    // By hand: A's first two rows are one activity (name differs only in case and whitespace,
    // same dates): JP 3.00 (the larger), jenis 1 of that copy, jalur NONKLASIKAL of the other.
    // A's third row ends on another day and B is another person: both stay as they are.
    String records =
        "(VALUES"
            + " ('199001012020011001', 'Pelatihan  Dasar', DATE '2026-02-01', DATE '2026-02-02',"
            + " 2.00, 14, 'NONKLASIKAL'),"
            + " ('199001012020011001', 'pelatihan dasar' || chr(9), DATE '2026-02-01',"
            + " DATE '2026-02-02', 3.00, 1, 'KLASIKAL'),"
            + " ('199001012020011001', 'Pelatihan Dasar', DATE '2026-03-01', DATE '2026-03-02',"
            + " 1.50, 1, 'KLASIKAL'),"
            + " ('199202022020012002', 'Pelatihan Dasar', DATE '2026-02-01', DATE '2026-02-02',"
            + " 4.00, 2, 'KLASIKAL'))"
            + " AS r(nip, nama_kegiatan, tanggal_mulai, tanggal_selesai, jp, jenis_diklat, jalur)";
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT nip, tanggal_selesai, jp, jenis_diklat, jalur FROM ("
                    + WarehousePublisher.dedupBangkomSql(records)
                    + ") ORDER BY nip, tanggal_selesai")) {
      while (rs.next()) {
        rows.add(
            rs.getString(1)
                + " "
                + rs.getString(2)
                + " "
                + rs.getBigDecimal(3).toPlainString()
                + " "
                + rs.getInt(4)
                + " "
                + rs.getString(5));
      }
    }
    assertThat(rows)
        .containsExactly(
            "199001012020011001 2026-02-02 3.00 1 NONKLASIKAL",
            "199001012020011001 2026-03-02 1.50 1 KLASIKAL",
            "199202022020012002 2026-02-02 4.00 2 KLASIKAL");
  }
}
