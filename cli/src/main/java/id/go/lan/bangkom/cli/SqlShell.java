package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;
import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The read-only SQL shell of {@code ./bangkom sql}: reads lines until a statement ends with {@code
 * ;}, prints its result, and goes on until {@code .keluar} or the end of input. A failed statement
 * prints one line and the shell goes on.
 */
final class SqlShell {
  static final String PROMPT = "bangkom> ";
  static final String CONTINUATION = "    ...> ";

  private final Connection connection;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean prompt;
  private SqlFormat format;
  private int failures;

  SqlShell(
      Connection connection, SqlFormat format, PrintStream out, PrintStream err, boolean prompt) {
    this.connection = requireNonNull(connection, "connection is null");
    this.format = requireNonNull(format, "format is null");
    this.out = requireNonNull(out, "out is null");
    this.err = requireNonNull(err, "err is null");
    this.prompt = prompt;
  }

  /** Runs until {@code .keluar} or end of input; returns 0, or 1 when a statement failed. */
  int run(BufferedReader in) throws IOException {
    if (prompt) {
      out.println(PESAN.f("sql.sambutan"));
      out.println(PESAN.f("sql.sambutan.bantuan"));
    }
    StringBuilder pending = new StringBuilder();
    while (true) {
      if (prompt) {
        out.print(pending.length() == 0 ? PROMPT : CONTINUATION);
        out.flush();
      }
      String line = in.readLine();
      if (line == null) {
        if (!pending.toString().isBlank()) {
          executeAll(pending.toString());
        }
        break;
      }
      if (pending.length() == 0 && line.strip().startsWith(".")) {
        if (!dotCommand(line.strip())) {
          break;
        }
        continue;
      }
      pending.append(line).append('\n');
      if (SqlScript.complete(pending.toString())) {
        executeAll(pending.toString());
        pending.setLength(0);
      }
    }
    return failures == 0 ? 0 : 1;
  }

  /** Runs every statement of {@code sql}; returns whether all succeeded. */
  boolean executeAll(String sql) {
    boolean ok = true;
    for (String statement : SqlScript.split(sql)) {
      ok &= execute(statement);
    }
    return ok;
  }

  private boolean execute(String sql) {
    try (Statement s = connection.createStatement()) {
      if (s.execute(sql)) {
        try (ResultSet rs = s.getResultSet()) {
          SqlResultPrinter.print(rs, format, out);
        }
      }
      return true;
    } catch (SQLException e) {
      failures++;
      err.println(PESAN.f("galat", oneLine(e)));
      return false;
    }
  }

  /** The DuckDB message in one line, in the words an analyst can act on. */
  static String oneLine(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    java.util.List<String> lines = m.lines().map(String::strip).filter(l -> !l.isBlank()).toList();
    String first = lines.isEmpty() ? m : lines.get(0);
    if (first.contains("pending query result") && lines.size() > 1) {
      // The JDBC driver wraps the real error on its second line.
      first = lines.get(1).replaceFirst("^Error: ", "");
    }
    String refused = refusal(first);
    if (refused != null) {
      return PESAN.f("sql.ditolak", refused);
    }
    if (first.contains("read-only mode") || first.contains("read only")) {
      return PESAN.f("sql.baca.saja", first);
    }
    return PESAN.f("sql.kueri.gagal", first);
  }

  private static final java.util.regex.Pattern QUOTED =
      java.util.regex.Pattern.compile("\"([^\"]*)\"");

  /**
   * The Indonesian reason when the sandbox of {@link SqlCommand#sandbox} refused a statement, or
   * null. DuckDB's refusals are "Permission Error: ... disabled by/through configuration" (files,
   * URLs, ATTACH, extensions) and "... the configuration has been locked" (SET, RESET, PRAGMA).
   */
  static String refusal(String duckdbMessage) {
    java.util.regex.Matcher quoted = QUOTED.matcher(duckdbMessage);
    String name = quoted.find() ? quoted.group(1) : null;
    if (duckdbMessage.contains("configuration has been locked")) {
      return name == null ? PESAN.f("sql.terkunci") : PESAN.f("sql.terkunci.nama", name);
    }
    if (duckdbMessage.contains("extensions is disabled")
        || duckdbMessage.contains("/.duckdb/extensions")) {
      return PESAN.f("sql.ekstensi");
    }
    if (duckdbMessage.startsWith("Permission Error")
        && duckdbMessage.contains("disabled by configuration")) {
      return name == null ? PESAN.f("sql.akses.luar") : PESAN.f("sql.akses.luar.nama", name);
    }
    return null;
  }

  /** Handles a dot command; returns false to quit. */
  private boolean dotCommand(String line) {
    String[] parts = line.split("\\s+");
    switch (parts[0].toLowerCase(Locale.ROOT)) {
      case ".keluar", ".exit", ".quit" -> {
        return false;
      }
      case ".tabel", ".tables" ->
          executeAll(
              "SELECT table_name AS tabel, estimated_size AS perkiraan_baris, comment AS keterangan"
                  + " FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY table_name;");
      case ".kolom" -> {
        if (parts.length < 2 || !parts[1].matches("[A-Za-z_][A-Za-z0-9_]*")) {
          err.println(PESAN.f("galat", PESAN.f("sql.kolom.pemakaian")));
          failures++;
        } else {
          executeAll(
              "SELECT column_name AS kolom, data_type AS tipe, comment AS keterangan"
                  + " FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = '"
                  + parts[1]
                  + "' ORDER BY column_index;");
        }
      }
      case ".format" -> {
        try {
          format = SqlFormat.valueOf(parts.length < 2 ? "" : parts[1].toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          err.println(PESAN.f("galat", PESAN.f("sql.format.tidak.dikenal")));
          failures++;
        }
      }
      case ".bantuan", ".help" -> {
        out.println(PESAN.f("sql.bantuan.tabel"));
        out.println(PESAN.f("sql.bantuan.kolom"));
        out.println(PESAN.f("sql.bantuan.format"));
        out.println(PESAN.f("sql.bantuan.keluar"));
      }
      default -> {
        err.println(PESAN.f("galat", PESAN.f("sql.perintah.tidak.dikenal", parts[0])));
        failures++;
      }
    }
    return true;
  }
}
