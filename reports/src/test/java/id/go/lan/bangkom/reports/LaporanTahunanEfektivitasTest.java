package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Section 8 of the Laporan Tahunan ("does sounding work?") from {@code efektivitas_sounding} rows
 * chosen by hand in the synthetic nation's warehouse, with the default {@code privasi.sel_minimum}
 * of 5.
 */
class LaporanTahunanEfektivitasTest {
  private static final LocalDate TANGGAL = LocalDate.of(2026, 11, 28);

  /**
   * Rows of 2026 (CW1 -> CW2), as (level, jenis, letter, follow-up, instansi, mean, up, down):
   *
   * <pre>
   * MERAH  KABUPATEN  yes yes  6  +5.00  2 0
   * MERAH  KOTA       yes no   3  +2.00  1 1
   * MERAH  KABUPATEN  no  no   4  +1.00  0 1
   * KUNING KOTA       yes yes  2  +3.00  0 1
   * </pre>
   *
   * <p>By hand, all levels: letter 6 + 3 + 2 = 11 instansi, (30 + 6 + 6) / 11 = 3.818 -> +3,82, up
   * 3, down 2; no letter 4 instansi (< 5: too small); followed up 6 + 2 = 8, (30 + 6) / 8 = +4,50,
   * up 2, down 1; not followed up 3 + 4 = 7, (6 + 4) / 7 = 1.428 -> +1,43, up 1, down 2. Merah:
   * letter 9, (30 + 6) / 9 = +4,00, up 3, down 1; followed up 6, +5,00, 2, 0. Kabupaten: letter 6,
   * +5,00; no letter 4, too small; not followed up 4, too small. A 2025 row is not the report's
   * year.
   */
  @Test
  void theSectionComparesSoundedAndFollowedUpInstansiAndSaysItIsObservational(@TempDir Path dir)
      throws Exception {
    SyntheticNation nation = SyntheticNation.build(dir.resolve("gudang"), 3, 10);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + nation.warehouse);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO efektivitas_sounding VALUES"
              + " (2026, 1, 2, 'MERAH', 'KABUPATEN', true, true, 6, 5.00, 4.00, 2, 0),"
              + " (2026, 1, 2, 'MERAH', 'KOTA', true, false, 3, 2.00, 2.00, 1, 1),"
              + " (2026, 1, 2, 'MERAH', 'KABUPATEN', false, false, 4, 1.00, 1.00, 0, 1),"
              + " (2026, 1, 2, 'KUNING', 'KOTA', true, true, 2, 3.00, 3.00, 0, 1),"
              + " (2025, 2, 3, 'MERAH', 'KABUPATEN', true, true, 50, 9.00, 9.00, 9, 0)");
    }
    String text = render(nation.warehouse, dir);

    assertThat(text).contains("8. Apakah sounding berdampak?");
    assertThat(text).contains("ini hasil pengamatan, bukan percobaan");
    assertThat(text).contains("tidak membuktikan bahwa sounding atau tindak lanjut menyebabkan");
    assertThat(text).containsPattern("Semua level · surat terkirim\\s+11\\s+\\+3,82\\s+3\\s+2");
    assertThat(text).containsPattern("Semua level · tanpa surat terkirim\\s+4\\s+terlalu sedikit");
    assertThat(text).containsPattern("Semua level · ditindaklanjuti\\s+8\\s+\\+4,50\\s+2\\s+1");
    assertThat(text)
        .containsPattern("Semua level · belum ditindaklanjuti\\s+7\\s+\\+1,43\\s+1\\s+2");
    assertThat(text).containsPattern("Merah · surat terkirim\\s+9\\s+\\+4,00\\s+3\\s+1");
    assertThat(text).containsPattern("Merah · ditindaklanjuti\\s+6\\s+\\+5,00\\s+2\\s+0");
    assertThat(text).containsPattern("Kuning · surat terkirim\\s+2\\s+terlalu sedikit");
    assertThat(text).containsPattern("Kabupaten · surat terkirim\\s+6\\s+\\+5,00\\s+2\\s+0");
    assertThat(text).containsPattern("Kabupaten · tanpa surat terkirim\\s+4\\s+terlalu sedikit");
    assertThat(text).contains("kurang dari 5 instansi");
    assertThat(text).containsPattern("Kota · surat terkirim 5 \\+2,40 1 2");
    assertThat(text).doesNotContain("Data · ").doesNotContain("Hijau · ");
  }

  @Test
  void anOlderWarehouseWithoutTheTableSaysSoInsteadOfFailing(@TempDir Path dir) throws Exception {
    SyntheticNation nation = SyntheticNation.build(dir.resolve("gudang"), 3, 10);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + nation.warehouse);
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE efektivitas_sounding");
    }
    String text = render(nation.warehouse, dir);
    assertThat(text).contains("8. Apakah sounding berdampak?");
    assertThat(text).contains("diterbitkan sebelum tabel efektivitas_sounding tersedia");
  }

  @Test
  void aYearWithoutAPairOfCutOffsSaysSo(@TempDir Path dir) throws Exception {
    SyntheticNation nation = SyntheticNation.build(dir.resolve("gudang"), 3, 10);
    String text = render(nation.warehouse, dir);
    assertThat(text)
        .contains("Belum ada dua batas caturwulan berurutan dengan data pada tahun ini.")
        .contains("ini hasil pengamatan, bukan percobaan")
        .doesNotContain("Semua level ·");
  }

  private static String render(Path warehouse, Path dir) throws IOException {
    Path pdf =
        new LaporanTahunan(CaturwulanCalendar.DEFAULT)
            .render(warehouse, 2026, dir.resolve("tahunan-2026.pdf"), TANGGAL);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      // One space for every line break: a sentence wraps anywhere in the PDF.
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
