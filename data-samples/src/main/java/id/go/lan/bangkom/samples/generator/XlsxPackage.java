package id.go.lan.bangkom.samples.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal SpreadsheetML package written by hand (inline strings, one date style), with fixed
 * entry times so the same rows give the same bytes.
 */
final class XlsxPackage {
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String STYLES =
      HEAD
          + "<styleSheet xmlns=\""
          + NS
          + "\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
          + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
          + "</cellStyles></styleSheet>";

  private final ZipOutputStream zip;

  XlsxPackage(Path file, List<String> sheetNames) throws IOException {
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    int n = sheetNames.size();
    StringBuilder ct =
        new StringBuilder(HEAD)
            .append(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .append(
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            .append(
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
            .append(
                "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    StringBuilder wb =
        new StringBuilder(HEAD)
            .append("<workbook xmlns=\"")
            .append(NS)
            .append(
                "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
    StringBuilder rels =
        new StringBuilder(HEAD)
            .append(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 1; i <= n; i++) {
      ct.append("<Override PartName=\"/xl/worksheets/sheet")
          .append(i)
          .append(
              ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      wb.append("<sheet name=\"")
          .append(sheetNames.get(i - 1))
          .append("\" sheetId=\"")
          .append(i)
          .append("\" r:id=\"rId")
          .append(i)
          .append("\"/>");
      rels.append("<Relationship Id=\"rId")
          .append(i)
          .append(
              "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
          .append(i)
          .append(".xml\"/>");
    }
    ct.append("</Types>");
    wb.append("</sheets></workbook>");
    rels.append("<Relationship Id=\"rId")
        .append(n + 1)
        .append(
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
        .append("</Relationships>");
    entry("[Content_Types].xml", ct.toString());
    entry(
        "_rels/.rels",
        HEAD
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
    entry("xl/workbook.xml", wb.toString());
    entry("xl/_rels/workbook.xml.rels", rels.toString());
    entry("xl/styles.xml", STYLES);
  }

  private void entry(String name, String content) throws IOException {
    begin(name);
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Starts sheet {@code i} (1-based); write its XML to {@link #stream()}, then {@link #end()}. */
  void beginSheet(int i) throws IOException {
    begin("xl/worksheets/sheet" + i + ".xml");
  }

  private void begin(String name) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(e);
  }

  OutputStream stream() {
    return zip;
  }

  void end() throws IOException {
    zip.closeEntry();
  }

  void close() throws IOException {
    zip.close();
  }

  static String sheetHead() {
    return HEAD + "<worksheet xmlns=\"" + NS + "\"><sheetData>";
  }

  static String sheetTail() {
    return "</sheetData></worksheet>";
  }
}
