package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code efektivitas_sounding} on a tiny warehouse built here (the real schema, no Spark), checked
 * against rows worked out by hand.
 */
class EfektivitasSoundingTest {

  /**
   * Seven instansi at 2026-CW1 and CW2 (and A at 2025-CW3):
   *
   * <pre>
   * kode jenis      CW1            CW2            letter CW1        follow-up
   * A    KABUPATEN  MERAH 40.00 -> KUNING 72.00   TERKIRIM          2026-CW1
   * B    KABUPATEN  MERAH 50.00 -> MERAH 60.00    TERKIRIM          2026-CW1
   * G    KABUPATEN  MERAH 45.00 -> MERAH 47.00    TERKIRIM          2026-CW1 (twice)
   * C    KABUPATEN  MERAH 30.00 -> MERAH 34.50    TERKIRIM          2026-CW2 only (not CW1)
   * D    KABUPATEN  MERAH 55.00 -> MERAH 50.00    GAGAL only        none
   * E    KOTA       HIJAU 100.00 -> KUNING 90.00  MENGIRIM only     none
   * F    KOTA       DATA (no roster) -> KUNING    TERKIRIM          none
   * </pre>
   *
   * <p>By hand: F does not report at CW1, so it is in no row. A, B, G: changes +32, +10, +2: mean
   * 44 / 3 = 14.67, median 10.00, A membaik (MERAH -> KUNING). C +4.50 alone (its follow-up is for
   * CW2). D -5.00 (a failed attempt is not a delivered letter). E -10.00, memburuk (HIJAU ->
   * KUNING; MENGIRIM is not TERKIRIM). A's 2025-CW3 -> 2026-CW1 is not a pair (the year resets).
   * ESKALASI rows of A, B and D and D's delivered ESKALASI letter change none of this: only the
   * SOUNDING rows and SOUNDING-stage letters count.
   */
  @Test
  void theChangeFromOneCutOffToTheNextPerLevelLetterAndFollowUpIsAsWorkedByHand() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      SqlScript.executeAll(c, SqlScript.statements(SqlScript.SCHEMA));
      s.execute(
          "INSERT INTO dim_instansi VALUES ('A', 'Kab A', 'KABUPATEN', '11', 'X'),"
              + " ('B', 'Kab B', 'KABUPATEN', '11', 'X'), ('G', 'Kab G', 'KABUPATEN', '11', 'X'),"
              + " ('C', 'Kab C', 'KABUPATEN', '11', 'X'), ('D', 'Kab D', 'KABUPATEN', '11', 'X'),"
              + " ('E', 'Kota E', 'KOTA', '11', 'X'), ('F', 'Kota F', 'KOTA', '11', 'X')");
      s.execute(
          "INSERT INTO sounding (tahun, caturwulan, kode_instansi, level, persen_on_track, alasan)"
              + " VALUES (2025, 3, 'A', 'MERAH', 20.00, '-'),"
              + " (2026, 1, 'A', 'MERAH', 40.00, '-'), (2026, 2, 'A', 'KUNING', 72.00, '-'),"
              + " (2026, 1, 'B', 'MERAH', 50.00, '-'), (2026, 2, 'B', 'MERAH', 60.00, '-'),"
              + " (2026, 1, 'G', 'MERAH', 45.00, '-'), (2026, 2, 'G', 'MERAH', 47.00, '-'),"
              + " (2026, 1, 'C', 'MERAH', 30.00, '-'), (2026, 2, 'C', 'MERAH', 34.50, '-'),"
              + " (2026, 1, 'D', 'MERAH', 55.00, '-'), (2026, 2, 'D', 'MERAH', 50.00, '-'),"
              + " (2026, 1, 'E', 'HIJAU', 100.00, '-'), (2026, 2, 'E', 'KUNING', 90.00, '-'),"
              + " (2026, 1, 'F', 'DATA', NULL, '-'), (2026, 2, 'F', 'KUNING', 75.00, '-')");
      s.execute(
          "INSERT INTO kepatuhan_instansi (tahun, caturwulan, kode_instansi, melapor,"
              + " persen_on_track) SELECT tahun, caturwulan, kode_instansi,"
              + " persen_on_track IS NOT NULL, persen_on_track FROM sounding");
      s.execute(
          "INSERT INTO pengiriman (tahun, caturwulan, kode_instansi, level, status, dicatat_pada)"
              + " VALUES (2025, 3, 'A', 'MERAH', 'TERKIRIM', TIMESTAMP '2026-01-10 09:00:00'),"
              + " (2026, 1, 'A', 'MERAH', 'MENGIRIM', TIMESTAMP '2026-05-10 09:00:00'),"
              + " (2026, 1, 'A', 'MERAH', 'TERKIRIM', TIMESTAMP '2026-05-10 09:00:01'),"
              + " (2026, 1, 'B', 'MERAH', 'TERKIRIM', TIMESTAMP '2026-05-10 09:00:02'),"
              + " (2026, 1, 'G', 'MERAH', 'TERKIRIM', TIMESTAMP '2026-05-10 09:00:03'),"
              + " (2026, 1, 'C', 'MERAH', 'TERKIRIM', TIMESTAMP '2026-05-10 09:00:04'),"
              + " (2026, 1, 'D', 'MERAH', 'GAGAL', TIMESTAMP '2026-05-10 09:00:05'),"
              + " (2026, 1, 'E', 'HIJAU', 'MENGIRIM', TIMESTAMP '2026-05-10 09:00:06'),"
              + " (2026, 1, 'F', 'DATA', 'TERKIRIM', TIMESTAMP '2026-05-10 09:00:07')");
      // Later stages of the escalation ladder: their rows and letters are not the cut-off's level
      // nor its sounding letter, so they change nothing above (D stays not sounded).
      s.execute(
          "INSERT INTO sounding (tahun, caturwulan, kode_instansi, level, persen_on_track, alasan,"
              + " tahap, pemicu) VALUES (2026, 1, 'A', 'MERAH', 40.00, '-', 'ESKALASI',"
              + " 'DUA_BERTURUT'), (2026, 2, 'B', 'MERAH', 60.00, '-', 'ESKALASI', 'DUA_BERTURUT'),"
              + " (2026, 1, 'D', 'MERAH', 55.00, '-', 'ESKALASI', 'TENGGAT_LEWAT')");
      s.execute(
          "INSERT INTO pengiriman (tahun, caturwulan, kode_instansi, level, tahap, status,"
              + " dicatat_pada) VALUES (2026, 1, 'D', 'MERAH', 'ESKALASI', 'TERKIRIM',"
              + " TIMESTAMP '2026-06-01 09:00:00')");
      s.execute(
          "INSERT INTO tindak_lanjut SELECT id, 2026, cw, kode, DATE '2026-05-20', 'TELEPON',"
              + " '', 'dihubungi', '', NULL, 'a@lan.example', TIMESTAMP '2026-05-20 10:00:00',"
              + " 'CATAT' FROM (VALUES ('1', 1, 'A'), ('2', 1, 'B'), ('3', 1, 'G'),"
              + " ('4', 1, 'G'), ('5', 2, 'C')) t(id, cw, kode)");

      SqlScript.executeAll(c, SqlScript.statements(SqlScript.EFEKTIVITAS_SOUNDING));

      assertThat(rows(s))
          .containsExactly(
              "2026|1|2|HIJAU|KOTA|false|false|1|-10.00|-10.00|0|1",
              "2026|1|2|MERAH|KABUPATEN|false|false|1|-5.00|-5.00|0|0",
              "2026|1|2|MERAH|KABUPATEN|true|false|1|4.50|4.50|0|0",
              "2026|1|2|MERAH|KABUPATEN|true|true|3|14.67|10.00|1|0");
    }
  }

  @Test
  void aWarehouseWithOneCutOffHasNoRow() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      SqlScript.executeAll(c, SqlScript.statements(SqlScript.SCHEMA));
      s.execute("INSERT INTO dim_instansi VALUES ('A', 'Kab A', 'KABUPATEN', '11', 'X')");
      s.execute(
          "INSERT INTO sounding (tahun, caturwulan, kode_instansi, level, persen_on_track, alasan)"
              + " VALUES (2026, 1, 'A', 'MERAH', 40.00, '-')");
      s.execute(
          "INSERT INTO kepatuhan_instansi (tahun, caturwulan, kode_instansi, melapor,"
              + " persen_on_track) VALUES (2026, 1, 'A', true, 40.00)");
      SqlScript.executeAll(c, SqlScript.statements(SqlScript.EFEKTIVITAS_SOUNDING));
      assertThat(rows(s)).isEmpty();
    }
  }

  private static List<String> rows(Statement s) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT * FROM efektivitas_sounding ORDER BY tahun, caturwulan, level,"
                + " jenis_instansi, disounding, ditindaklanjuti")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          cells.add(String.valueOf(rs.getObject(i)));
        }
        out.add(String.join("|", cells));
      }
    }
    return out;
  }
}
