package id.go.lan.bangkom.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sql", description = "Menjalankan kueri SQL baca-saja pada gudang data.")
final class SqlCommand implements Callable<Integer> {
  enum Format {
    table,
    csv
  }

  @Mixin CommonOptions options;

  @Option(
      names = {"-c", "--command"},
      paramLabel = "KUERI",
      description = "Kueri SQL")
  String query;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "BERKAS",
      description = "Berkas berisi kueri SQL")
  Path file;

  @Option(
      names = "--format",
      description = "table atau csv (default: ${DEFAULT-VALUE})",
      defaultValue = "table")
  Format format;

  @Override
  public Integer call() throws Exception {
    String sql = query;
    if (sql == null && file != null) {
      sql = Files.readString(file, StandardCharsets.UTF_8);
    }
    if (sql == null || sql.isBlank()) {
      throw new UsageException("Berikan kueri dengan -c \"...\" atau -f berkas.sql");
    }
    Path warehouse = options.ws().warehouse();
    if (!Files.isRegularFile(warehouse)) {
      throw new UsageException(
          "Gudang data belum ada: " + warehouse + ". Jalankan 'demo' atau 'publish' dahulu.");
    }
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly);
        Statement s = c.createStatement()) {
      boolean hasRows = s.execute(sql);
      if (hasRows) {
        try (ResultSet rs = s.getResultSet()) {
          print(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Kueri gagal: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    return 0;
  }

  private void print(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[n];
    for (int i = 0; i < n; i++) {
      header[i] = md.getColumnLabel(i + 1);
    }
    while (rs.next()) {
      String[] row = new String[n];
      for (int i = 0; i < n; i++) {
        Object v = rs.getObject(i + 1);
        row[i] = v == null ? "" : v.toString();
      }
      rows.add(row);
    }
    if (format == Format.csv) {
      Console.OUT.println(csvLine(header));
      rows.forEach(r -> Console.OUT.println(csvLine(r)));
      return;
    }
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = header[i].length();
      for (String[] r : rows) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    Console.OUT.println(tableLine(header, width));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) {
      rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
    }
    Console.OUT.println(rule);
    rows.forEach(r -> Console.OUT.println(tableLine(r, width)));
    Console.OUT.println("(" + rows.size() + " baris)");
  }

  private static String tableLine(String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      sb.append(i == 0 ? "" : " | ").append(cells[i]);
      sb.append(" ".repeat(width[i] - cells[i].length()));
    }
    return sb.toString().stripTrailing();
  }

  static String csvLine(String[] cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells[i];
      if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
