package id.go.lan.bangkom.warehouse;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.SqlTeks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warehouse documentation (docs/warehouse.md, copied onto the classpath at build time) read as
 * data: each {@code ## <table>} section gives the table's description and its columns' types and
 * meanings. Publish turns it into {@code COMMENT ON} statements, so the document is the single
 * source of what a DuckDB client shows.
 */
public final class WarehouseDoc {
  /** Classpath location of docs/warehouse.md (see warehouse/pom.xml). */
  public static final String RESOURCE = "/bangkom/warehouse/warehouse.md";

  private static final Pattern TABLE_HEADING = Pattern.compile("^## ([a-z][a-z0-9_]*)\\s*$");

  /** One documented column. */
  public record Column(String name, String type, String meaning) {
    public Column {
      requireNonNull(name, "name is null");
      requireNonNull(type, "type is null");
      requireNonNull(meaning, "meaning is null");
    }
  }

  /**
   * One documented table: its prose (grain, how built, refresh), its columns in order, and its key
   * from the {@code Key:} line (empty for {@code Key: none}).
   */
  public record Table(String name, String description, List<Column> columns, List<String> key) {
    public Table {
      requireNonNull(name, "name is null");
      requireNonNull(description, "description is null");
      columns = List.copyOf(columns);
      key = List.copyOf(key);
    }
  }

  private static final Pattern KEY_LINE =
      Pattern.compile("^Key:\\s*(?:\\(([a-z0-9_, ]+)\\)|([a-z][a-z0-9_]*))");

  private final Map<String, Table> tables;

  private WarehouseDoc(Map<String, Table> tables) {
    this.tables = tables;
  }

  /** The document bundled with the code. */
  public static WarehouseDoc bundled() {
    try (InputStream in = WarehouseDoc.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Cannot find the warehouse documentation on the classpath: " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the warehouse documentation " + RESOURCE, e);
    }
  }

  /** Parses the Markdown: a section per table, prose, then a {@code column|type|meaning} table. */
  public static WarehouseDoc parse(String markdown) {
    Map<String, Table> out = new LinkedHashMap<>();
    String current = null;
    List<String> prose = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    int tableLine = 0;
    for (String line : (markdown + "\n## \n").lines().toList()) {
      if (line.startsWith("## ")) {
        if (current != null) {
          if (columns.isEmpty()) {
            throw new IllegalArgumentException(
                "Cannot read the warehouse documentation, table has no column table: " + current);
          }
          Table table = new Table(current, String.join(" ", prose), columns, key(current, prose));
          if (out.put(current, table) != null) {
            throw new IllegalArgumentException(
                "Cannot read the warehouse documentation, table documented twice: " + current);
          }
        }
        Matcher m = TABLE_HEADING.matcher(line);
        current = m.matches() ? m.group(1) : null;
        prose = new ArrayList<>();
        columns = new ArrayList<>();
        tableLine = 0;
        continue;
      }
      if (current == null) {
        continue;
      }
      String t = line.strip();
      if (t.startsWith("|")) {
        tableLine++;
        if (tableLine > 2) {
          columns.add(column(current, t));
        }
      } else if (!t.isEmpty() && tableLine == 0) {
        prose.add(plain(t));
      }
    }
    return new WarehouseDoc(out);
  }

  private static List<String> key(String table, List<String> prose) {
    for (String line : prose) {
      if (line.startsWith("Key:")) {
        Matcher m = KEY_LINE.matcher(line);
        if (line.startsWith("Key: none")) {
          return List.of();
        }
        if (!m.find()) {
          throw new IllegalArgumentException(
              "Cannot read the warehouse documentation, key of "
                  + table
                  + " is neither (a, b, ...), a column nor none: "
                  + line);
        }
        String cols = m.group(1) != null ? m.group(1) : m.group(2);
        return List.of(cols.strip().split("\\s*,\\s*"));
      }
    }
    return List.of();
  }

  private static Column column(String table, String row) {
    String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
    String[] cells = inner.split("\\|", 3);
    if (cells.length < 3 || cells[0].isBlank() || cells[1].isBlank()) {
      throw new IllegalArgumentException(
          "Cannot read the warehouse documentation, a column row of "
              + table
              + " needs name, type and meaning: "
              + row);
    }
    return new Column(cells[0].strip(), cells[1].strip(), plain(cells[2].strip()));
  }

  private static String plain(String markdown) {
    return markdown.replace("`", "").replace("**", "");
  }

  public Map<String, Table> tables() {
    return tables;
  }

  /** {@code COMMENT ON TABLE} and {@code COMMENT ON COLUMN} for every documented table. */
  public List<String> commentStatements() {
    List<String> out = new ArrayList<>();
    for (Table t : tables.values()) {
      out.add("COMMENT ON TABLE " + t.name() + " IS " + literal(t.description()));
      for (Column c : t.columns()) {
        out.add("COMMENT ON COLUMN " + t.name() + "." + c.name() + " IS " + literal(c.meaning()));
      }
    }
    return out;
  }

  private static String literal(String text) {
    return SqlTeks.literal(text);
  }
}
