package id.go.lan.bangkom.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast sheet reader gives exactly the rows of the streaming reader: same row numbers, cells,
 * kinds and values, on the sample workbooks, on a workbook with every cell kind, and on a sheet
 * that turns unusual half-way (the streaming reader then takes over). Set {@code
 * -Dbangkom.xlsx.dir} to compare every XLSX file under a folder too (a generated inbox).
 */
class XlsxSheetReaderTest {
  @TempDir Path tmp;

  @Test
  void sampleWorkbooksReadTheSameBothWays() throws Exception {
    Path samples = Path.of("../data-samples/src/main/resources/bangkom/samples/inbox");
    List<Path> files = xlsxUnder(samples);
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      assertSameRows(f);
    }
    assertThat(readsFast(files.get(0), "pegawai")).isTrue();
  }

  @Test
  void everyCellKindReadsTheSameBothWays() throws Exception {
    Path file = everyKind(tmp.resolve("kinds.xlsx"));
    assertSameRows(file);
    assertThat(readsFast(file, "pegawai")).isTrue();
    List<RawRow> rows = rows(file, "pegawai", true);
    assertThat(rows.get(1).cell(2).kind()).isEqualTo(RawCell.Kind.DATE);
    assertThat(rows.get(1).cell(2).date()).isEqualTo(LocalDate.of(2015, 5, 1));
    assertThat(rows.get(1).cell(3).text()).isEqualTo("1.5");
    assertThat(rows.get(1).cell(4).text()).isEqualTo("TRUE");
    assertThat(rows.get(1).cell(6).text()).isEqualTo("a\rb");
  }

  @Test
  void aSheetThatTurnsUnusualIsFinishedByTheStreamingReader() throws Exception {
    Path file = everyKind(tmp.resolve("kinds.xlsx"));
    Path unusual = tmp.resolve("unusual.xlsx");
    // Row 4 loses its cells' references: the fast reader stops there, the streaming reader goes on.
    rewriteSheet(
        file, unusual, xml -> xml.replace("<c r=\"A4\"", "<c").replace("<c r=\"B4\"", "<c"));
    assertSameRows(unusual);
    assertThat(readsFast(unusual, "pegawai")).isFalse();
    assertThat(rows(unusual, "pegawai", true)).hasSize(rows(file, "pegawai", false).size());
  }

  /** The dates of {@link #workbook1904}'s serials 0, 44624, 43889, 40663 (counted below). */
  private static final List<LocalDate> DATES_1904 =
      List.of(
          LocalDate.of(1904, 1, 1),
          LocalDate.of(2026, 3, 5),
          LocalDate.of(2024, 2, 29),
          LocalDate.of(2015, 5, 1));

  /**
   * A workbook saved with the 1904 date system (old Excel for Mac): a date cell holds the days
   * since 1904-01-01, so serial 0 is 1904-01-01. The serials below were counted by hand, not taken
   * from POI: 1904-01-01 to 2026-01-01 is 122 years of 365 days plus the 31 leap days 1904, 1908,
   * ..., 2024, so 44530 + 31 = 44561; 2026-03-05 is 31 + 28 + 4 days later, 44624. 1904-01-01 to
   * 2024-01-01 is 120 * 365 + 30 = 43830; 2024-02-29 is 31 + 28 days later, 43889. 1904-01-01 to
   * 2015-01-01 is 111 * 365 + 28 = 40543; 2015-05-01 is 31 + 28 + 31 + 30 days later, 40663.
   * (Check: the 1900-system serials of these dates, 46086, 45351 and 42125, are each 1462 more.)
   * Read with the 1900 epoch, 44624 would be 2022-03-04: four years and a day too early.
   */
  @Test
  void datesOfA1904WorkbookCountFrom1904BothWays() throws Exception {
    Path file = workbook1904(tmp.resolve("1904.xlsx"));
    assertThat(workbookXml(file)).contains("date1904=\"");
    assertThat(readsFast(file, "pegawai")).isTrue();
    List<RawRow> rows = rows(file, "pegawai", true);
    assertThat(rows).hasSize(5);
    assertThat(rows.get(1).cell(1).kind()).isEqualTo(RawCell.Kind.DATE);
    assertThat(dates(rows)).containsExactlyElementsOf(DATES_1904);
    // The same serial without a date format stays a number.
    assertThat(rows.get(2).cell(2).kind()).isNotEqualTo(RawCell.Kind.DATE);
    assertThat(rows.get(2).cell(2).text()).isEqualTo("44624");
    assertSameRows(file);

    // Row 4 loses its cells' references: rows 4 and 5 come from the streaming reader.
    Path unusual = tmp.resolve("1904-unusual.xlsx");
    rewriteSheet(
        file,
        unusual,
        xml ->
            xml.replace("<c r=\"A4\"", "<c")
                .replace("<c r=\"B4\"", "<c")
                .replace("<c r=\"C4\"", "<c"));
    assertThat(readsFast(unusual, "pegawai")).isFalse();
    List<RawRow> mixed = rows(unusual, "pegawai", true);
    assertThat(dates(mixed)).containsExactlyElementsOf(DATES_1904);
    assertThat(mixed).isEqualTo(rows);
    assertSameRows(unusual);
  }

  /** Excel itself writes the switch as {@code date1904="1"}: read the same as POI's "true". */
  @Test
  void the1904SwitchWrittenAsOneIsHonoured() throws Exception {
    Path file = workbook1904(tmp.resolve("1904.xlsx"));
    Path one = tmp.resolve("1904-one.xlsx");
    rewrite(
        file,
        one,
        "xl/workbook.xml",
        xml -> xml.replaceAll("date1904=\"[^\"]*\"", "date1904=\"1\""));
    assertThat(workbookXml(one)).contains("date1904=\"1\"");
    assertThat(dates(rows(one, "pegawai", true))).containsExactlyElementsOf(DATES_1904);
    assertSameRows(one);
  }

  /** Column B of each data row, as dates. */
  private static List<LocalDate> dates(List<RawRow> rows) {
    return rows.subList(1, rows.size()).stream()
        .map(
            r -> {
              assertThat(r.cell(1).kind()).as("row " + r.nomorBaris()).isEqualTo(RawCell.Kind.DATE);
              return r.cell(1).date();
            })
        .toList();
  }

  /**
   * A sheet "pegawai" in a 1904 workbook: NIP, a date-formatted serial (0, 44624, 43889, 40663)
   * and, in column C, the same serial with no format.
   */
  private static Path workbook1904(Path file) {
    return Fixture.xlsx(
        file,
        wb -> {
          Fixture.date1904(wb);
          Sheet s = Fixture.sheet(wb, "pegawai", "NIP", "TMT", "Angka");
          CellStyle date = Fixture.dateStyle(wb, "dd/mm/yyyy");
          double[] serials = {0, 44624, 43889, 40663};
          for (int i = 0; i < serials.length; i++) {
            Row row = s.createRow(i + 1);
            row.createCell(0).setCellValue(Fixture.NIP_A);
            // The serial itself, so POI does no date arithmetic of its own.
            var tmt = row.createCell(1);
            tmt.setCellValue(serials[i]);
            tmt.setCellStyle(date);
            row.createCell(2).setCellValue(serials[i]);
          }
        });
  }

  private static String workbookXml(Path file) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.getName().equals("xl/workbook.xml")) {
          return new String(readAll(in), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IOException("no xl/workbook.xml in " + file);
  }

  @Test
  void aGeneratedInboxReadsTheSameBothWays() throws Exception {
    // Opt-in, for a generated inbox: -Dbangkom.xlsx.dir=<folder>; skipped (not passed) without.
    String dir = System.getProperty("bangkom.xlsx.dir");
    org.junit.jupiter.api.Assumptions.assumeTrue(dir != null, "-Dbangkom.xlsx.dir not set");
    for (Path f : xlsxUnder(Path.of(dir))) {
      assertSameRows(f);
    }
  }

  private static List<Path> xlsxUnder(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
    }
  }

  private static void assertSameRows(Path file) throws Exception {
    XlsxWorkbook wb = XlsxWorkbook.open(file, file.getFileName().toString());
    List<String> sheets;
    try {
      sheets = wb.sheetNames();
    } finally {
      wb.close();
    }
    for (String sheet : sheets) {
      assertThat(rows(file, sheet, true))
          .as(file + "#" + sheet)
          .isEqualTo(rows(file, sheet, false));
    }
  }

  private static List<RawRow> rows(Path file, String sheet, boolean fast) throws Exception {
    List<RawRow> out = new ArrayList<>();
    try (XlsxWorkbook wb = XlsxWorkbook.open(file, file.getFileName().toString());
        RowSource rows = fast ? wb.rows(sheet, sheet) : wb.streamingRowsOnly(sheet, sheet)) {
      RawRow r;
      while ((r = rows.next()) != null) {
        out.add(new RawRow(r.nomorBaris(), List.copyOf(r.cells())));
      }
    }
    return out;
  }

  /** Whether the whole sheet was read by the fast reader. */
  private static boolean readsFast(Path file, String sheet) throws Exception {
    try (XlsxWorkbook wb = XlsxWorkbook.open(file, file.getFileName().toString());
        RowSource rows = wb.rows(sheet, sheet)) {
      while (rows.next() != null) {
        // read to the end
      }
      return ((XlsxWorkbook.SheetSource) rows).fast();
    }
  }

  private static Path everyKind(Path file) {
    return Fixture.xlsx(
        file,
        wb -> {
          Sheet s =
              Fixture.sheet(wb, "pegawai", "NIP", "Nama", "TMT", "JP", "Aktif", "Rumus", "Teks");
          CellStyle date = Fixture.dateStyle(wb, "dd/mm/yyyy");
          for (int r = 1; r <= 6; r++) {
            Row row = s.createRow(r == 5 ? 9 : r);
            row.createCell(0).setCellValue(r % 2 == 0 ? "'" + Fixture.NIP_A : Fixture.NIP_B);
            row.createCell(1).setCellValue("  Nama  " + r);
            var tmt = row.createCell(2);
            tmt.setCellValue(LocalDate.of(2015, 5, r));
            tmt.setCellStyle(date);
            row.createCell(3).setCellValue(r == 1 ? 1.5 : 198609262015051001d + r);
            row.createCell(4).setCellValue(r % 2 == 1);
            row.createCell(5).setCellFormula(r % 2 == 0 ? "D2*2" : "\"x\"&B2");
            if (r != 3) {
              row.createCell(6).setCellValue(r == 1 ? "a_x000D_b" : "");
            }
          }
          org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
          wb.createSheet("kosong");
        });
  }

  private static void rewriteSheet(
      Path from, Path to, java.util.function.UnaryOperator<String> edit) throws IOException {
    rewrite(from, to, "xl/worksheets/sheet1.xml", edit);
  }

  private static void rewrite(
      Path from, Path to, String part, java.util.function.UnaryOperator<String> edit)
      throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
        OutputStream o = Files.newOutputStream(to);
        ZipOutputStream out = new ZipOutputStream(o)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] bytes = readAll(in);
        if (e.getName().equals(part)) {
          bytes =
              edit.apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }
}
