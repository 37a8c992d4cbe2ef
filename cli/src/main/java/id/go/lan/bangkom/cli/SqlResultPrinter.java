package id.go.lan.bangkom.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import id.go.lan.bangkom.core.CsvPenulis;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.CharBuffer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Prints a result set as an aligned table, CSV with a header line, or a JSON array of objects. */
final class SqlResultPrinter {
  /** Numbers as DuckDB gives them: 67.50 stays 67.50, never 6.75E+1. */
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private static final String JSON_NUMBER = "-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?";

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
    // The line ending println has always used here, so the bytes stay as they were.
    CsvPenulis csv = new CsvPenulis(new Keluaran(out), ',', System.lineSeparator());
    try {
      for (String name : header) {
        csv.nilai(name);
      }
      csv.akhiriBaris();
      while (rs.next()) {
        for (int i = 0; i < header.length; i++) {
          Object v = rs.getObject(i + 1);
          // Text (unit kerja, names of instansi) may come from a submission: never a live formula
          // in the spreadsheet an analyst opens. Numbers and dates stay as they are, negative too.
          if (v instanceof String t) {
            csv.teks(t);
          } else {
            csv.nilai(v == null ? null : text(v));
          }
        }
        csv.akhiriBaris();
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON array of one object per row, one row per line, written by Jackson. */
  private static void printJson(ResultSet rs, String[] header, PrintStream out)
      throws SQLException {
    try (JsonGenerator json = JSON.createGenerator(new Keluaran(out))) {
      json.setPrettyPrinter(new BarisPerObjek());
      json.writeStartArray();
      while (rs.next()) {
        json.writeStartObject();
        for (int i = 0; i < header.length; i++) {
          json.writeFieldName(header[i]);
          jsonValue(json, rs.getObject(i + 1));
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private static void jsonValue(JsonGenerator json, Object v) throws IOException {
    if (v == null) {
      json.writeNull();
    } else if (v instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (v instanceof BigDecimal d) {
      json.writeNumber(d);
    } else if (v instanceof BigInteger i) {
      json.writeNumber(i);
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      json.writeNumber(((Number) v).longValue());
    } else if (v instanceof Double d) {
      // NaN and infinities become strings (Jackson quotes non-numeric numbers by default).
      json.writeNumber(d);
    } else if (v instanceof Float f) {
      json.writeNumber(f);
    } else if (v instanceof Number n && n.toString().matches(JSON_NUMBER)) {
      json.writeNumber(n.toString());
    } else {
      json.writeString(v.toString());
    }
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
    out.println(Console.PESAN.f("sql.jumlah.baris", rows.size()));
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

  /**
   * The layout {@code sql --format json} has always had: {@code [}, then one object per line
   * indented by two spaces, {@code "name": value} pairs separated by {@code ", "}, and {@code ]}.
   */
  private static final class BarisPerObjek extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      g.writeRaw("\n  ");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(",\n  ");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      g.writeRaw("\n]");
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }
  }

  /** Text into the print stream, in the stream's own charset; never closes it. */
  private static final class Keluaran extends Writer {
    private final PrintStream out;

    Keluaran(PrintStream out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      out.append(CharBuffer.wrap(buffer, offset, length));
    }

    @Override
    public void write(String text) {
      out.print(text);
    }

    @Override
    public void flush() {
      out.flush();
    }

    @Override
    public void close() {
      out.flush();
    }
  }
}
