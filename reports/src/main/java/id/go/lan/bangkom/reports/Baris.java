package id.go.lan.bangkom.reports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One warehouse row as read, by column name, with typed getters. The warehouse tables are wide and
 * documented in docs/warehouse.md; reading them by name keeps each report's query next to its use.
 */
final class Baris {
  private final Map<String, Object> values;

  private Baris(Map<String, Object> values) {
    this.values = values;
  }

  /** A row with every column null (a missing row prints dashes). */
  static Baris kosong() {
    return new Baris(Map.of());
  }

  static List<Baris> query(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<Baris> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> values = new HashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            values.put(meta.getColumnLabel(c), rs.getObject(c));
          }
          rows.add(new Baris(values));
        }
        return rows;
      }
    }
  }

  /** Rows grouped by {@code kode_instansi}, in the order read. */
  static Map<String, List<Baris>> perKode(List<Baris> rows) {
    Map<String, List<Baris>> out = new LinkedHashMap<>();
    for (Baris row : rows) {
      out.computeIfAbsent(row.str("kode_instansi"), k -> new ArrayList<>()).add(row);
    }
    return out;
  }

  static Map<String, Baris> satuPerKode(List<Baris> rows) {
    Map<String, Baris> out = new HashMap<>();
    for (Baris row : rows) {
      out.put(row.str("kode_instansi"), row);
    }
    return out;
  }

  static List<Baris> daftar(Map<String, List<Baris>> map, String kode) {
    return map.getOrDefault(kode, Collections.emptyList());
  }

  String str(String column) {
    Object v = values.get(column);
    return v == null ? null : v.toString();
  }

  BigDecimal dec(String column) {
    Object v = values.get(column);
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    return new BigDecimal(v.toString());
  }

  Long lng(String column) {
    Object v = values.get(column);
    return v == null ? null : ((Number) v).longValue();
  }

  Integer integer(String column) {
    Object v = values.get(column);
    return v == null ? null : ((Number) v).intValue();
  }

  Boolean bool(String column) {
    Object v = values.get(column);
    return v == null ? null : (Boolean) v;
  }

  Double dbl(String column) {
    BigDecimal d = dec(column);
    return d == null ? null : d.doubleValue();
  }
}
