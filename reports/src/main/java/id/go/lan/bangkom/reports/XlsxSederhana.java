package id.go.lan.bangkom.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet XLSX written as a stream (Office Open XML, inline strings): a bold header row that
 * stays in view, an auto-filter, text cells and two-decimal number cells. Streaming the XML
 * directly is an order of magnitude faster than a general spreadsheet library for 606 lists of up
 * to tens of thousands of rows, and needs no temporary files.
 */
public final class XlsxSederhana implements AutoCloseable {
  private final ZipOutputStream zip;
  private final Writer sheet;
  private final int kolom;
  private int baris;

  XlsxSederhana(Path file, String namaSheet, List<String> header, int[] lebar) throws IOException {
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.setLevel(1);
    this.kolom = header.size();
    tulis(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
            + " Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override"
            + " PartName=\"/xl/workbook.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>");
    tulis(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
            + " Id=\"rId1\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"xl/workbook.xml\"/></Relationships>");
    tulis(
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\""
            + xml(namaSheet)
            + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames><definedName"
            + " name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'"
            + xml(namaSheet)
            + "'!$A$1:$"
            + huruf(kolom - 1)
            + "$1</definedName></definedNames></workbook>");
    tulis(
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
            + " Id=\"rId1\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
            + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
            + " Target=\"styles.xml\"/></Relationships>");
    // Styles: 0 default, 1 two decimals (built-in format 2), 2 bold (header).
    tulis(
        "xl/styles.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts"
            + " count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz"
            + " val=\"11\"/><name val=\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill"
            + " patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/>"
            + "</border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\""
            + " fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\""
            + " fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"2\" fontId=\"0\""
            + " fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"0\""
            + " fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "</styleSheet>");
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
    this.sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    StringBuilder s = new StringBuilder();
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet")
        .append(" xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\"")
        .append(" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        .append("</sheetView></sheetViews><cols>");
    for (int i = 0; i < lebar.length; i++) {
      s.append("<col min=\"")
          .append(i + 1)
          .append("\" max=\"")
          .append(i + 1)
          .append("\" width=\"")
          .append(lebar[i])
          .append("\" customWidth=\"1\"/>");
    }
    s.append("</cols><sheetData>");
    sheet.write(s.toString());
    mulaiBaris();
    for (String h : header) {
      teks(h, 2);
    }
    selesaiBaris();
  }

  void mulaiBaris() throws IOException {
    baris++;
    sheet.write("<row r=\"" + baris + "\">");
    kolomKini = 0;
  }

  private int kolomKini;
  private boolean tertutup;

  void teks(String value) throws IOException {
    teks(value, 0);
  }

  private void teks(String value, int style) throws IOException {
    String ref = huruf(kolomKini++) + baris;
    if (value == null || value.isEmpty()) {
      return;
    }
    sheet.write(
        "<c r=\""
            + ref
            + "\" t=\"inlineStr\""
            + (style == 0 ? "" : " s=\"" + style + "\"")
            + "><is><t xml:space=\"preserve\">"
            + xml(value)
            + "</t></is></c>");
  }

  void angka(BigDecimal value) throws IOException {
    String ref = huruf(kolomKini++) + baris;
    if (value != null) {
      sheet.write("<c r=\"" + ref + "\" s=\"1\"><v>" + value.toPlainString() + "</v></c>");
    }
  }

  void selesaiBaris() throws IOException {
    sheet.write("</row>");
  }

  @Override
  public void close() throws IOException {
    if (tertutup) {
      return;
    }
    tertutup = true;
    sheet.write(
        "</sheetData><autoFilter ref=\"A1:"
            + huruf(kolom - 1)
            + Math.max(1, baris)
            + "\"/>"
            + "</worksheet>");
    sheet.flush();
    zip.closeEntry();
    zip.close();
  }

  private void tulis(String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** 0 -> A, 7 -> H (the lists have eight columns). */
  private static String huruf(int column) {
    return String.valueOf((char) ('A' + column));
  }

  /** Escapes XML and drops characters XML 1.0 cannot hold. */
  public static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
