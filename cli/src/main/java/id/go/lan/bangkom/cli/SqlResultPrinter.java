package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.core.SelCsv;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Prints a result set as an aligned table, CSV with a header line, or a JSON array of objects. */
final class SqlResultPrinter {
  private SqlResultPrinter() {}

  static void print(ResultSet rs, SqlFormat format, PrintStream out) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    String[] header = new String[n];
    for (int i = 0; i < n; i++) {
      header[i] = md.getColumnLabel(i + 1);
    }
    switch (format) {
      case csv -> printCsv(rs, header, out);
      case json -> printJson(rs, header, out);
      case table -> printTable(rs, header, out);
    }
  }

  private static void printCsv(ResultSet rs, String[] header, PrintStream out) throws SQLException {
    out.println(csvLine(header));
    while (rs.next()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < header.length; i++) {
        Object v = rs.getObject(i + 1);
        line.append(i == 0 ? "" : ",");
        // Text (unit kerja, names of instansi) may come from a submission: never a live formula
        // in the spreadsheet an analyst opens. Numbers and dates stay as they are, negative too.
        line.append(
            v instanceof String t ? SelCsv.field(t, ',') : csvField(v == null ? "" : text(v)));
      }
      out.println(line);
    }
  }

  private static void printJson(ResultSet rs, String[] header, PrintStream out)
      throws SQLException {
    out.println("[");
    boolean first = true;
    while (rs.next()) {
      StringBuilder sb = new StringBuilder(first ? "  {" : ",\n  {");
      for (int i = 0; i < header.length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(jsonString(header[i])).append(": ").append(jsonValue(rs.getObject(i + 1)));
      }
      out.print(sb.append('}'));
      first = false;
    }
    out.println(first ? "]" : "\n]");
  }

  private static void printTable(ResultSet rs, String[] header, PrintStream out)
      throws SQLException {
    int n = header.length;
    List<String[]> rows = new ArrayList<>();
    boolean[] numeric = new boolean[n];
    while (rs.next()) {
      String[] row = new String[n];
      for (int i = 0; i < n; i++) {
        Object v = rs.getObject(i + 1);
        row[i] = v == null ? "NULL" : text(v);
        numeric[i] |= v instanceof Number;
      }
      rows.add(row);
    }
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = header[i].length();
      for (String[] r : rows) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    out.println(tableLine(header, width, new boolean[n]));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) {
      rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
    }
    out.println(rule);
    rows.forEach(r -> out.println(tableLine(r, width, numeric)));
    out.println("(" + rows.size() + " baris)");
  }

  private static String text(Object v) {
    return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
  }

  private static String tableLine(String[] cells, int[] width, boolean[] right) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      sb.append(i == 0 ? "" : " | ");
      String pad = " ".repeat(width[i] - cells[i].length());
      sb.append(right[i] ? pad + cells[i] : cells[i] + pad);
    }
    return sb.toString().stripTrailing();
  }

  static String csvLine(String[] cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      sb.append(i == 0 ? "" : ",").append(csvField(cells[i]));
    }
    return sb.toString();
  }

  private static String csvField(String c) {
    if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
      return '"' + c.replace("\"", "\"\"") + '"';
    }
    return c;
  }

  static String jsonValue(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof Number num) {
      String s = text(num);
      return s.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?") ? s : jsonString(s);
    }
    return jsonString(v.toString());
  }

  static String jsonString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
