package id.go.lan.bangkom.samples.generator;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One worksheet: streamed into its own {@code <dataset>.xlsx}, or buffered as a sheet of the
 * submission's workbook {@code <YYYY-CWk>.xlsx} (small instansi only) and written by {@link
 * #writeBook}.
 */
final class XlsxSheetWriter extends TableWriter {
  /** Days from 1899-12-30 (the 1900 date system's day 0) to 1970-01-01. */
  private static final long EPOCH_SERIAL = 25569;

  private static final String[] LETTERS = {
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"
  };
  private final String berkas;
  private final String sheetName;
  private final XlsxPackage pkg;
  private final ByteArrayOutputStream buffer;
  private final Writer out;

  /** A single-sheet file, streamed. */
  XlsxSheetWriter(Path file, String sheetName, int[] columns, String[] header) throws IOException {
    super(columns, header);
    this.berkas = file.getFileName().toString();
    this.sheetName = sheetName;
    this.pkg = new XlsxPackage(file, List.of(sheetName));
    pkg.beginSheet(1);
    this.buffer = null;
    this.out = writer(pkg.stream());
    start();
  }

  /** A sheet of a workbook, buffered until {@link #writeBook}. */
  XlsxSheetWriter(String workbookName, String sheetName, int[] columns, String[] header)
      throws IOException {
    super(columns, header);
    this.berkas = workbookName + "#" + sheetName;
    this.sheetName = sheetName;
    this.pkg = null;
    this.buffer = new ByteArrayOutputStream(1 << 16);
    this.out = writer(buffer);
    start();
  }

  private static Writer writer(OutputStream s) {
    return new BufferedWriter(new OutputStreamWriter(s, StandardCharsets.UTF_8), 1 << 16);
  }

  private void start() throws IOException {
    out.write(XlsxPackage.sheetHead());
    out.write("<row r=\"1\">");
    for (int i = 0; i < header.length; i++) {
      inline(LETTERS[i], 1, header[i]);
    }
    out.write("</row>");
  }

  @Override
  void writeRow(Row row) throws IOException {
    long r = rows + 2;
    out.write("<row r=\"");
    out.write(Long.toString(r));
    out.write("\">");
    for (int i = 0; i < columns.length; i++) {
      int c = columns[i];
      String v = row.value[c];
      if (v == null || v.isEmpty()) {
        continue;
      }
      switch (row.kind[c]) {
        case Row.NUMBER, Row.NIP_NUMBER -> {
          out.write("<c r=\"");
          out.write(LETTERS[i]);
          out.write(Long.toString(r));
          out.write("\"><v>");
          out.write(v);
          out.write("</v></c>");
        }
        case Row.DATE -> {
          out.write("<c r=\"");
          out.write(LETTERS[i]);
          out.write(Long.toString(r));
          out.write("\" s=\"1\"><v>");
          out.write(Long.toString(row.day[c] + EPOCH_SERIAL));
          out.write("</v></c>");
        }
        default -> inline(LETTERS[i], r, v);
      }
    }
    out.write("</row>");
  }

  private void inline(String letter, long r, String v) throws IOException {
    out.write("<c r=\"");
    out.write(letter);
    out.write(Long.toString(r));
    out.write("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      switch (ch) {
        case '&' -> out.write("&amp;");
        case '<' -> out.write("&lt;");
        case '>' -> out.write("&gt;");
        case '"' -> out.write("&quot;");
        default -> out.write(ch);
      }
    }
    out.write("</t></is></c>");
  }

  @Override
  String berkas() {
    return berkas;
  }

  String sheetName() {
    return sheetName;
  }

  @Override
  public void close() throws IOException {
    out.write(XlsxPackage.sheetTail());
    out.flush();
    if (pkg != null) {
      pkg.end();
      pkg.close();
    }
  }

  /** Writes buffered sheets (already closed) as one workbook. */
  static void writeBook(Path file, List<XlsxSheetWriter> sheets) throws IOException {
    XlsxPackage pkg = new XlsxPackage(file, sheets.stream().map(s -> s.sheetName).toList());
    for (int i = 0; i < sheets.size(); i++) {
      pkg.beginSheet(i + 1);
      sheets.get(i).buffer.writeTo(pkg.stream());
      pkg.end();
    }
    pkg.close();
  }
}
