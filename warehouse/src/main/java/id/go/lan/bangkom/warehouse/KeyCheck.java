package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.core.SqlTeks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The warehouse's keys: those DuckDB enforces (PRIMARY KEY, UNIQUE in schema.sql) and those only
 * documented (docs/warehouse.md's {@code Key:} lines), checked after loading.
 */
final class KeyCheck {
  private KeyCheck() {}

  /** Table -> its PRIMARY KEY / UNIQUE columns, read before loading (for failure messages). */
  static Map<String, String> keyColumns(Connection c) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, array_to_string(constraint_column_names, ', ')"
                    + " FROM duckdb_constraints()"
                    + " WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE')"
                    + " ORDER BY table_name, constraint_type")) {
      while (rs.next()) {
        out.merge(rs.getString(1), rs.getString(2), (a, b) -> a + " / " + b);
      }
    }
    return out;
  }

  /**
   * Fails when two rows share the documented key. The large per-person tables carry no PRIMARY KEY
   * (an index on 30 M wide keys costs minutes at publish): a grouped check on an 8-byte hash of the
   * key finds candidates in seconds, and only they are compared in full.
   */
  static void checkKey(Connection c, String table, List<String> key) throws SQLException {
    if (key.isEmpty()) {
      return;
    }
    String cols = key.stream().map(SqlTeks::identifier).collect(Collectors.joining(", "));
    String quoted = SqlTeks.identifier(table);
    try (Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM (SELECT hash("
                  + cols
                  + ") AS h FROM "
                  + quoted
                  + " GROUP BY h HAVING count(*) > 1)")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          return;
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT concat_ws(', ', "
                  + cols
                  + ") FROM "
                  + quoted
                  + " GROUP BY "
                  + cols
                  + " HAVING count(*) > 1 LIMIT 1")) {
        if (rs.next()) {
          throw new SQLException(
              "Duplicate key \"" + rs.getString(1) + "\" in the documented key of " + table);
        }
      }
    }
  }
}
