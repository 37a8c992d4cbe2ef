package id.go.lan.bangkom.reports.tindaklanjut;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.reports.PengaturanSurat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worklist's sheet {@code Efektivitas}: the comparison "does sounding work?" over the analis's
 * own instansi, on a warehouse with the real schema and figures chosen by hand (2026-CW1 and CW2,
 * worklists of 2026-CW2, default {@code privasi.sel_minimum} 5).
 *
 * <pre>
 * kode analis CW1           CW2           letter CW1  follow-up CW1  change  level
 * A1   Sari   MERAH 40.00   KUNING 70.00  yes         yes            +30     up
 * A2   Sari   MERAH 50.00   MERAH 60.00   yes         yes            +10
 * A3   Sari   MERAH 30.00   MERAH 32.00   yes         no              +2
 * A4   Sari   MERAH 55.00   MERAH 50.00   yes         yes             -5
 * A5   Sari   KUNING 75.00  KUNING 76.00  yes         yes             +1
 * A6   Sari   HIJAU 100.00  KUNING 95.00  no          no              -5     down
 * A7   Sari   DATA (none)   MERAH 20.00   yes         no              not reporting at CW1
 * B1   Budi   MERAH 10.00   HIJAU 100.00  yes         yes            +90     up (not Sari's)
 * </pre>
 *
 * <p>By hand, Sari, all levels: letter A1..A5, 5 instansi, (30 + 10 + 2 - 5 + 1) / 5 = 7.60, one
 * up, none down; no letter 1 (A6), followed up 4 (A1, A2, A4, A5), not followed up 2 (A3, A6):
 * fewer than 5, no figure. Budi: one instansi, every side too small.
 *
 * <p>The warehouse also holds the later stages of the escalation ladder, which must change none of
 * this: ESKALASI rows for A2, A3, A4 at CW2 (MERAH twice) and A3 at CW1 (deadline passed), their
 * letters sent; TERIMA_KASIH rows for A6 at CW1 (KUNING at 2025-CW3) and B1 at CW2, notes sent.
 * Counted as rows of sounding they would pair A2..A4 twice; counted as letters, A6 (no sounding
 * letter, HIJAU) would move to "surat terkirim".
 */
class DaftarEfektivitasTest {
  private static final Periode CW2 = new Periode(2026, 2);
  private static final LocalDate TANGGAL_LAPORAN = LocalDate.of(2026, 9, 20);

  @TempDir static Path tmp;
  private static HasilDaftar hasil;

  @BeforeAll
  static void tulis() throws Exception {
    Path gudang = tmp.resolve("bangkom.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + gudang);
        Statement sql = c.createStatement()) {
      String schema =
          Files.readString(
              Path.of("../warehouse/src/main/resources/bangkom/warehouse/schema.sql"),
              StandardCharsets.UTF_8);
      for (String statement : schema.split("(?m)^;\\s*$")) {
        if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
          sql.execute(statement);
        }
      }
      sql.execute(
          "INSERT INTO dim_instansi SELECT kode, 'Kabupaten ' || kode, 'KABUPATEN', '11', 'X'"
              + " FROM (VALUES ('A1'), ('A2'), ('A3'), ('A4'), ('A5'), ('A6'), ('A7'), ('B1'))"
              + " t(kode)");
      sql.execute(
          "INSERT INTO sounding (tahun, caturwulan, kode_instansi, level, persen_on_track,"
              + " alasan) VALUES"
              + " (2026, 1, 'A1', 'MERAH', 40.00, '-'), (2026, 2, 'A1', 'KUNING', 70.00, '-'),"
              + " (2026, 1, 'A2', 'MERAH', 50.00, '-'), (2026, 2, 'A2', 'MERAH', 60.00, '-'),"
              + " (2026, 1, 'A3', 'MERAH', 30.00, '-'), (2026, 2, 'A3', 'MERAH', 32.00, '-'),"
              + " (2026, 1, 'A4', 'MERAH', 55.00, '-'), (2026, 2, 'A4', 'MERAH', 50.00, '-'),"
              + " (2026, 1, 'A5', 'KUNING', 75.00, '-'), (2026, 2, 'A5', 'KUNING', 76.00, '-'),"
              + " (2026, 1, 'A6', 'HIJAU', 100.00, '-'), (2026, 2, 'A6', 'KUNING', 95.00, '-'),"
              + " (2026, 1, 'A7', 'DATA', NULL, '-'), (2026, 2, 'A7', 'MERAH', 20.00, '-'),"
              + " (2026, 1, 'B1', 'MERAH', 10.00, '-'), (2026, 2, 'B1', 'HIJAU', 100.00, '-')");
      sql.execute(
          "INSERT INTO kepatuhan_instansi (tahun, caturwulan, kode_instansi, melapor,"
              + " persen_on_track) SELECT tahun, caturwulan, kode_instansi,"
              + " persen_on_track IS NOT NULL, persen_on_track FROM sounding");
      sql.execute(
          "INSERT INTO sounding (tahun, caturwulan, kode_instansi, level, persen_on_track,"
              + " alasan, tahap, pemicu) VALUES"
              + " (2025, 3, 'A6', 'KUNING', 70.00, '-', 'SOUNDING', NULL),"
              + " (2026, 1, 'A3', 'MERAH', 30.00, '-', 'ESKALASI', 'TENGGAT_LEWAT'),"
              + " (2026, 1, 'A6', 'HIJAU', 100.00, '-', 'TERIMA_KASIH', 'KEMBALI_HIJAU'),"
              + " (2026, 2, 'A2', 'MERAH', 60.00, '-', 'ESKALASI', 'DUA_BERTURUT'),"
              + " (2026, 2, 'A3', 'MERAH', 32.00, '-', 'ESKALASI', 'DUA_BERTURUT'),"
              + " (2026, 2, 'A4', 'MERAH', 50.00, '-', 'ESKALASI', 'DUA_BERTURUT'),"
              + " (2026, 2, 'B1', 'HIJAU', 100.00, '-', 'TERIMA_KASIH', 'KEMBALI_HIJAU')");
      sql.execute(
          "INSERT INTO pengiriman (tahun, caturwulan, kode_instansi, level, tahap, status,"
              + " dicatat_pada) VALUES"
              + " (2026, 1, 'A3', 'MERAH', 'ESKALASI', 'TERKIRIM', TIMESTAMP '2026-06-10 09:00:00'),"
              + " (2026, 1, 'A6', 'HIJAU', 'TERIMA_KASIH', 'TERKIRIM',"
              + " TIMESTAMP '2026-05-20 09:00:00'),"
              + " (2026, 2, 'A2', 'MERAH', 'ESKALASI', 'TERKIRIM', TIMESTAMP '2026-09-15 09:00:00'),"
              + " (2026, 2, 'A3', 'MERAH', 'ESKALASI', 'TERKIRIM', TIMESTAMP '2026-09-15 09:00:00'),"
              + " (2026, 2, 'A4', 'MERAH', 'ESKALASI', 'TERKIRIM', TIMESTAMP '2026-09-15 09:00:00'),"
              + " (2026, 2, 'B1', 'HIJAU', 'TERIMA_KASIH', 'TERKIRIM',"
              + " TIMESTAMP '2026-09-15 09:00:00')");
      sql.execute(
          "INSERT INTO pengiriman (tahun, caturwulan, kode_instansi, level, status, dicatat_pada)"
              + " SELECT 2026, 1, kode, 'MERAH', 'TERKIRIM', TIMESTAMP '2026-05-20 09:00:00'"
              + " FROM (VALUES ('A1'), ('A2'), ('A3'), ('A4'), ('A5'), ('A7'), ('B1')) t(kode)");
      sql.execute(
          "INSERT INTO tindak_lanjut SELECT kode, 2026, 1, kode, DATE '2026-06-01', 'TELEPON',"
              + " '', 'dihubungi', '', NULL, 'x@lan.example', TIMESTAMP '2026-06-01 10:00:00',"
              + " 'CATAT' FROM (VALUES ('A1'), ('A2'), ('A4'), ('A5'), ('B1')) t(kode)");
      sql.execute(
          "INSERT INTO dim_penugasan SELECT kode, 'S1', 'Satker Satu',"
              + " CASE WHEN kode LIKE 'A%' THEN 'Sari Dewi' ELSE 'Budi Santoso' END,"
              + " CASE WHEN kode LIKE 'A%' THEN 'sari@lan.example' ELSE 'budi@lan.example' END,"
              + " 1, DATE '2026-01-01', NULL FROM (VALUES ('A1'), ('A2'), ('A3'), ('A4'),"
              + " ('A5'), ('A6'), ('A7'), ('B1')) t(kode)");
    }
    hasil =
        new DaftarTindakLanjut(PengaturanSurat.bawaan())
            .tulis(gudang, CW2, tmp.resolve("daftar"), TANGGAL_LAPORAN, Kemajuan.DIAM);
  }

  @Test
  void theFirstSheetIsStillDaftarAndEfektivitasFollowsPetunjuk() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(berkas("sari@lan.example").toFile())) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Daftar");
      assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Petunjuk");
      assertThat(wb.getSheetAt(2).getSheetName()).isEqualTo("Efektivitas");
      assertThat(wb.getSheet("Daftar").getLastRowNum()).isEqualTo(7);
    }
  }

  @Test
  void sariSeesTheComparisonOverHerInstansiOnly() throws Exception {
    List<String> rows = rows("sari@lan.example");
    assertThat(rows.get(0)).isEqualTo("Apakah sounding berdampak? Instansi Anda, tahun 2026");
    assertThat(rows.get(2)).startsWith("Perhatian: ini hasil pengamatan, bukan percobaan.");
    int kepala =
        rows.indexOf(
            "kelompok|sisi|jumlah_instansi|rata_rata_perubahan|jumlah_membaik|jumlah_memburuk");
    assertThat(rows.subList(kepala + 1, kepala + 5))
        .containsExactly(
            "Semua level|surat terkirim|5|7.6|1|0",
            "Semua level|tanpa surat terkirim|1|terlalu sedikit (kurang dari 5 instansi)",
            "Semua level|ditindaklanjuti|4|terlalu sedikit (kurang dari 5 instansi)",
            "Semua level|belum ditindaklanjuti|2|terlalu sedikit (kurang dari 5 instansi)");
    assertThat(rows.get(kepala + 5)).startsWith("MERAH|surat terkirim|4|terlalu sedikit");
    int instansi = rows.indexOf(String.join("|", LembarEfektivitas.KOLOM_INSTANSI));
    assertThat(rows.subList(instansi + 1, rows.size()))
        .containsExactly(
            "2026-CW1|2026-CW2|A1|Kabupaten A1|MERAH|KUNING|40|70|30|YA|YA",
            "2026-CW1|2026-CW2|A2|Kabupaten A2|MERAH|MERAH|50|60|10|YA|YA",
            "2026-CW1|2026-CW2|A3|Kabupaten A3|MERAH|MERAH|30|32|2|YA|TIDAK",
            "2026-CW1|2026-CW2|A4|Kabupaten A4|MERAH|MERAH|55|50|-5|YA|YA",
            "2026-CW1|2026-CW2|A5|Kabupaten A5|KUNING|KUNING|75|76|1|YA|YA",
            "2026-CW1|2026-CW2|A6|Kabupaten A6|HIJAU|KUNING|100|95|-5|TIDAK|TIDAK");
  }

  @Test
  void budiSeesOnlyHisOneInstansiAndNoFigure() throws Exception {
    List<String> rows = rows("budi@lan.example");
    assertThat(rows)
        .contains("Semua level|surat terkirim|1|terlalu sedikit (kurang dari 5 instansi)");
    assertThat(rows).noneMatch(r -> r.contains("|A1|"));
    assertThat(rows.get(rows.size() - 1))
        .isEqualTo("2026-CW1|2026-CW2|B1|Kabupaten B1|MERAH|HIJAU|10|100|90|YA|YA");
  }

  private static Path berkas(String email) {
    return hasil.berkas().stream()
        .filter(b -> b.emailAnalis().map(email::equals).orElse(false))
        .findFirst()
        .orElseThrow()
        .xlsx();
  }

  /** The sheet Efektivitas, one string per non-empty row, cells joined by {@code |}. */
  private static List<String> rows(String email) throws Exception {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(berkas(email).toFile())) {
      Sheet sheet = wb.getSheet("Efektivitas");
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
          cells.add(
              cell.getCellType() == CellType.NUMERIC
                  ? BigDecimal.valueOf(cell.getNumericCellValue())
                      .stripTrailingZeros()
                      .toPlainString()
                  : cell.getStringCellValue());
        }
        String joined = String.join("|", cells);
        if (!joined.isBlank()) {
          out.add(joined);
        }
      }
    }
    return out;
  }
}
