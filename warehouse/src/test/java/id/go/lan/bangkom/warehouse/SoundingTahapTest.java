package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The later stages of the escalation ladder ({@code sounding_tahap.sql}) on tiny warehouses built
 * here (the real schema, no Spark), checked against rows worked out by hand from the rules of
 * docs/warehouse.md ({@code sounding}).
 */
class SoundingTahapTest {
  private static final int TENGGAT_HARI = 14;

  /**
   * Levels at three cut-offs, no letter sent (so only the rules between cut-offs apply):
   *
   * <pre>
   * kode 2025-CW3 2026-CW1 2026-CW2   by hand
   * A    MERAH    MERAH    HIJAU      CW1 ESKALASI DUA_BERTURUT (across the year), CW2 TERIMA_KASIH
   * B    HIJAU    DATA     MERAH      CW2 ESKALASI DUA_BERTURUT (DATA then MERAH)
   * C    HIJAU    KUNING   MERAH      nothing (KUNING before: not two in a row)
   * D    HIJAU    KUNING   HIJAU      CW2 TERIMA_KASIH
   * E    HIJAU    DATA     HIJAU      CW2 TERIMA_KASIH
   * F    HIJAU    HIJAU    HIJAU      nothing
   * G    HIJAU    MERAH    MERAH      CW2 ESKALASI DUA_BERTURUT
   * H    HIJAU    MERAH    KUNING     nothing (KUNING never escalates, is not HIJAU)
   * I    HIJAU    DATA     DATA       CW2 ESKALASI DUA_BERTURUT
   * </pre>
   *
   * 2025-CW3 is the first cut-off in the warehouse (no 2025-CW2): nothing there, though A is MERAH.
   * Figures: every SOUNDING row has its own jumlah_pegawai (row number * 100), persen_on_track and
   * persen_baris_ditolak; a stage row carries those of its own cut-off.
   */
  @Test
  void theStagesBetweenCutOffsAreAsWorkedByHand() throws Exception {
    try (Connection c = warehouse();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO sounding (tahun, caturwulan, kode_instansi, level, jumlah_pegawai,"
              + " persen_on_track, persen_baris_ditolak, alasan) VALUES"
              + " (2025, 3, 'A', 'MERAH', 100, 40.00, 1.00, 'x'),"
              + " (2025, 3, 'B', 'HIJAU', 200, 95.00, 0.00, 'x'),"
              + " (2025, 3, 'C', 'HIJAU', 300, 95.00, 0.00, 'x'),"
              + " (2025, 3, 'D', 'HIJAU', 400, 95.00, 0.00, 'x'),"
              + " (2025, 3, 'E', 'HIJAU', 500, 95.00, 0.00, 'x'),"
              + " (2025, 3, 'F', 'HIJAU', 600, 95.00, 0.00, 'x'),"
              + " (2025, 3, 'G', 'HIJAU', 700, 95.00, 0.00, 'x'),"
              + " (2025, 3, 'H', 'HIJAU', 800, 95.00, 0.00, 'x'),"
              + " (2025, 3, 'I', 'HIJAU', 900, 95.00, 0.00, 'x'),"
              + " (2026, 1, 'A', 'MERAH', 110, 12.50, 2.25, 'x'),"
              + " (2026, 1, 'B', 'DATA', NULL, NULL, NULL, 'x'),"
              + " (2026, 1, 'C', 'KUNING', 310, 70.00, 0.00, 'x'),"
              + " (2026, 1, 'D', 'KUNING', 410, 71.00, 0.00, 'x'),"
              + " (2026, 1, 'E', 'DATA', NULL, NULL, NULL, 'x'),"
              + " (2026, 1, 'F', 'HIJAU', 610, 96.00, 0.00, 'x'),"
              + " (2026, 1, 'G', 'MERAH', 710, 30.00, 0.00, 'x'),"
              + " (2026, 1, 'H', 'MERAH', 810, 31.00, 0.00, 'x'),"
              + " (2026, 1, 'I', 'DATA', 910, NULL, 60.00, 'x'),"
              + " (2026, 2, 'A', 'HIJAU', 120, 91.25, 0.50, 'x'),"
              + " (2026, 2, 'B', 'MERAH', 220, 20.00, 3.00, 'x'),"
              + " (2026, 2, 'C', 'MERAH', 320, 25.00, 0.00, 'x'),"
              + " (2026, 2, 'D', 'HIJAU', 420, 92.00, 0.00, 'x'),"
              + " (2026, 2, 'E', 'HIJAU', 520, 93.00, 4.75, 'x'),"
              + " (2026, 2, 'F', 'HIJAU', 620, 97.00, 0.00, 'x'),"
              + " (2026, 2, 'G', 'MERAH', 720, 35.50, 0.00, 'x'),"
              + " (2026, 2, 'H', 'KUNING', 820, 75.00, 0.00, 'x'),"
              + " (2026, 2, 'I', 'DATA', 920, NULL, 55.00, 'x')");

      SoundingTahap.load(c, LocalDate.of(2026, 12, 31), TENGGAT_HARI);

      assertThat(stageRows(s))
          .containsExactly(
              "2026|1|A|MERAH|110|12.50|2.25|ESKALASI|DUA_BERTURUT"
                  + "|MERAH pada 2025-CW3 dan MERAH pada 2026-CW1 (dua batas waktu berturut-turut)",
              "2026|2|A|HIJAU|120|91.25|0.50|TERIMA_KASIH|KEMBALI_HIJAU"
                  + "|Kembali HIJAU setelah MERAH pada 2026-CW1",
              "2026|2|B|MERAH|220|20.00|3.00|ESKALASI|DUA_BERTURUT"
                  + "|DATA pada 2026-CW1 dan MERAH pada 2026-CW2 (dua batas waktu berturut-turut)",
              "2026|2|D|HIJAU|420|92.00|0.00|TERIMA_KASIH|KEMBALI_HIJAU"
                  + "|Kembali HIJAU setelah KUNING pada 2026-CW1",
              "2026|2|E|HIJAU|520|93.00|4.75|TERIMA_KASIH|KEMBALI_HIJAU"
                  + "|Kembali HIJAU setelah DATA pada 2026-CW1",
              "2026|2|G|MERAH|720|35.50|0.00|ESKALASI|DUA_BERTURUT"
                  + "|MERAH pada 2026-CW1 dan MERAH pada 2026-CW2 (dua batas waktu berturut-turut)",
              "2026|2|I|DATA|920|null|55.00|ESKALASI|DUA_BERTURUT"
                  + "|DATA pada 2026-CW1 dan DATA pada 2026-CW2 (dua batas waktu berturut-turut)");
      assertThat(count(s, "SELECT count(*) FROM sounding WHERE tahap = 'SOUNDING'")).isEqualTo(27);
      assertThat(
              count(s, "SELECT count(*) FROM sounding WHERE tahap = 'SOUNDING' AND alasan = 'x'"))
          .isEqualTo(27);
    }
  }

  /**
   * The reply deadline. Every instansi is at 2026-CW1 (the first cut-off here: no stage there) and
   * 2026-CW2; the CW2 SOUNDING letters were accepted on d = 2026-05-06 (WIB), so the deadline is d
   * + 14 = 2026-05-20.
   *
   * <pre>
   * kode CW1     CW2     CW2 letter (pengiriman)          follow-up of CW2 with kontak   by hand
   * P    KUNING  MERAH   TERKIRIM d 23:30, again d+4     none                            TENGGAT_LEWAT
   * Q    KUNING  MERAH   TERKIRIM d                       recorded d+10                   never
   * R    KUNING  MERAH   TERKIRIM d                       recorded d+20 (late)            TENGGAT_LEWAT
   * S    KUNING  MERAH   TERKIRIM d                       d+10 but kontak empty           TENGGAT_LEWAT
   * T    KUNING  MERAH   GAGAL d only                     none                            never
   * U    KUNING  KUNING  TERKIRIM d                       none                            never (KUNING)
   * V    KUNING  DATA    MENGIRIM then TERKIRIM d         none                            TENGGAT_LEWAT
   * W    MERAH   MERAH   TERKIRIM d                       none                            DUA_BERTURUT
   * Y    KUNING  MERAH   only CW1's letter, TERKIRIM d    CW1's, none                     never
   * Z    KUNING  MERAH   only an ESKALASI letter of CW2   none                            never
   * </pre>
   *
   * Today d + 14 = the deadline: not past, only W (DUA_BERTURUT holds from the cut-off on). Today d
   * + 15: P, R, S, V as well. Today d + 30: the same (a late response does not undo it).
   */
  @Test
  void theDeadlineRuleEscalatesTheDayAfterTheDeadlineUnlessSomeoneWasReachedByThen()
      throws Exception {
    LocalDate d = LocalDate.of(2026, 5, 6);
    assertThat(deadlineStages(d.plusDays(14))).containsExactly("W|ESKALASI|DUA_BERTURUT");
    List<String> lewat =
        List.of(
            "P|ESKALASI|TENGGAT_LEWAT",
            "R|ESKALASI|TENGGAT_LEWAT",
            "S|ESKALASI|TENGGAT_LEWAT",
            "V|ESKALASI|TENGGAT_LEWAT",
            "W|ESKALASI|DUA_BERTURUT");
    assertThat(deadlineStages(d.plusDays(15))).containsExactlyElementsOf(lewat);
    assertThat(deadlineStages(d.plusDays(30))).containsExactlyElementsOf(lewat);
  }

  @Test
  void theDeadlineStageCopiesTheFiguresAndNamesTheLetterDayAndTheDeadline() throws Exception {
    try (Connection c = deadlineWarehouse();
        Statement s = c.createStatement()) {
      SoundingTahap.load(c, LocalDate.of(2026, 5, 21), TENGGAT_HARI);
      assertThat(stageRows(s))
          .contains(
              "2026|2|P|MERAH|1200|33.33|1.50|ESKALASI|TENGGAT_LEWAT"
                  + "|Surat sounding terkirim 2026-05-06; tenggat 2026-05-20 lewat tanpa tanggapan"
                  + " yang tercatat",
              "2026|2|W|MERAH|1800|20.00|0.00|ESKALASI|DUA_BERTURUT"
                  + "|MERAH pada 2026-CW1 dan MERAH pada 2026-CW2 (dua batas waktu berturut-turut)");
    }
  }

  private static List<String> deadlineStages(LocalDate today) throws Exception {
    try (Connection c = deadlineWarehouse();
        Statement s = c.createStatement()) {
      SoundingTahap.load(c, today, TENGGAT_HARI);
      List<String> out = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT kode_instansi, tahap, pemicu, tahun, caturwulan FROM sounding"
                  + " WHERE tahap <> 'SOUNDING' ORDER BY kode_instansi, tahap")) {
        while (rs.next()) {
          // Every stage here is at 2026-CW2: CW1 is the first cut-off, and no CW1 level escalates.
          assertThat(rs.getInt(4) * 10 + rs.getInt(5)).isEqualTo(20262);
          out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
        }
      }
      return out;
    }
  }

  private static Connection deadlineWarehouse() throws Exception {
    Connection c = warehouse();
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO sounding (tahun, caturwulan, kode_instansi, level, jumlah_pegawai,"
              + " persen_on_track, persen_baris_ditolak, alasan)"
              + " SELECT 2026, 1, kode, CASE kode WHEN 'W' THEN 'MERAH' ELSE 'KUNING' END, 1000,"
              + " 70.00, 0.00, 'x' FROM (VALUES ('P'), ('Q'), ('R'), ('S'), ('T'), ('U'), ('V'),"
              + " ('W'), ('Y'), ('Z')) t(kode)");
      s.execute(
          "INSERT INTO sounding (tahun, caturwulan, kode_instansi, level, jumlah_pegawai,"
              + " persen_on_track, persen_baris_ditolak, alasan) VALUES"
              + " (2026, 2, 'P', 'MERAH', 1200, 33.33, 1.50, 'x'),"
              + " (2026, 2, 'Q', 'MERAH', 1300, 30.00, 0.00, 'x'),"
              + " (2026, 2, 'R', 'MERAH', 1400, 30.00, 0.00, 'x'),"
              + " (2026, 2, 'S', 'MERAH', 1500, 30.00, 0.00, 'x'),"
              + " (2026, 2, 'T', 'MERAH', 1600, 30.00, 0.00, 'x'),"
              + " (2026, 2, 'U', 'KUNING', 1700, 70.00, 0.00, 'x'),"
              + " (2026, 2, 'V', 'DATA', NULL, NULL, NULL, 'x'),"
              + " (2026, 2, 'W', 'MERAH', 1800, 20.00, 0.00, 'x'),"
              + " (2026, 2, 'Y', 'MERAH', 1900, 30.00, 0.00, 'x'),"
              + " (2026, 2, 'Z', 'MERAH', 2000, 30.00, 0.00, 'x')");
      s.execute(
          "INSERT INTO pengiriman (tahun, caturwulan, kode_instansi, level, tahap, status,"
              + " dicatat_pada) VALUES"
              + " (2026, 2, 'P', 'MERAH', 'SOUNDING', 'TERKIRIM', TIMESTAMP '2026-05-06 23:30:00'),"
              + " (2026, 2, 'P', 'MERAH', 'SOUNDING', 'TERKIRIM', TIMESTAMP '2026-05-10 08:00:00'),"
              + " (2026, 2, 'Q', 'MERAH', 'SOUNDING', 'TERKIRIM', TIMESTAMP '2026-05-06 09:00:00'),"
              + " (2026, 2, 'R', 'MERAH', 'SOUNDING', 'TERKIRIM', TIMESTAMP '2026-05-06 09:00:00'),"
              + " (2026, 2, 'S', 'MERAH', 'SOUNDING', 'TERKIRIM', TIMESTAMP '2026-05-06 09:00:00'),"
              + " (2026, 2, 'T', 'MERAH', 'SOUNDING', 'GAGAL', TIMESTAMP '2026-05-06 09:00:00'),"
              + " (2026, 2, 'U', 'KUNING', 'SOUNDING', 'TERKIRIM', TIMESTAMP '2026-05-06 09:00:00'),"
              + " (2026, 2, 'V', 'DATA', 'SOUNDING', 'MENGIRIM', TIMESTAMP '2026-05-06 08:59:59'),"
              + " (2026, 2, 'V', 'DATA', 'SOUNDING', 'TERKIRIM', TIMESTAMP '2026-05-06 09:00:00'),"
              + " (2026, 2, 'W', 'MERAH', 'SOUNDING', 'TERKIRIM', TIMESTAMP '2026-05-06 09:00:00'),"
              + " (2026, 1, 'Y', 'KUNING', 'SOUNDING', 'TERKIRIM', TIMESTAMP '2026-05-06 09:00:00'),"
              + " (2026, 2, 'Z', 'MERAH', 'ESKALASI', 'TERKIRIM', TIMESTAMP '2026-05-06 09:00:00')");
      s.execute(
          "INSERT INTO tindak_lanjut SELECT id, 2026, 2, kode, CAST(dicatat AS DATE), 'TELEPON',"
              + " kontak, 'dihubungi', '', NULL, 'a@lan.example', dicatat, 'CATAT'"
              + " FROM (VALUES ('1', 'Q', 'Kepala BKPSDM', TIMESTAMP '2026-05-16 10:00:00'),"
              + " ('2', 'R', 'Kepala BKPSDM', TIMESTAMP '2026-05-26 10:00:00'),"
              + " ('3', 'S', '  ', TIMESTAMP '2026-05-16 10:00:00'))"
              + " t(id, kode, kontak, dicatat)");
    }
    return c;
  }

  private static Connection warehouse() throws Exception {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    SqlScript.executeAll(c, SqlScript.statements(SqlScript.SCHEMA));
    return c;
  }

  private static List<String> stageRows(Statement s) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT tahun, caturwulan, kode_instansi, level, jumlah_pegawai, persen_on_track,"
                + " persen_baris_ditolak, tahap, pemicu, alasan FROM sounding"
                + " WHERE tahap <> 'SOUNDING'"
                + " ORDER BY tahun, caturwulan, kode_instansi, tahap")) {
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

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
