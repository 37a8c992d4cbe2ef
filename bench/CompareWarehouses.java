// Developer tool for issue 18 (run by bench/compare-warehouses.sh); not part of the build.
import java.security.MessageDigest;
import java.sql.*;
import java.util.*;

/**
 * Compares two bangkom warehouses table by table: the same tables, the same columns and types, and
 * the same rows (as a multiset, every column except TIMESTAMP ones: the run's times, and nip_hash,
 * keyed by each workspace's own random key). Prints one
 * line per table and exits 1 when any differs.
 */
public class CompareWarehouses {
  public static void main(String[] args) throws Exception {
    Properties ro = new Properties();
    ro.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute("ATTACH '" + args[0].replace("'", "''") + "' AS a (READ_ONLY)");
        s.execute("ATTACH '" + args[1].replace("'", "''") + "' AS b (READ_ONLY)");
      }
      Map<String, List<String>> ta = columns(c, "a"), tb = columns(c, "b");
      boolean same = true;
      TreeSet<String> all = new TreeSet<>(ta.keySet());
      all.addAll(tb.keySet());
      for (String t : all) {
        if (!ta.containsKey(t) || !tb.containsKey(t)) {
          System.out.println("DIFF " + t + ": only in " + (ta.containsKey(t) ? "old" : "new"));
          same = false;
          continue;
        }
        if (!ta.get(t).equals(tb.get(t))) {
          System.out.println("DIFF " + t + ": columns " + ta.get(t) + " vs " + tb.get(t));
          same = false;
          continue;
        }
        List<String> cols = new ArrayList<>();
        for (String col : ta.get(t)) {
          String[] nt = col.split(" ", 2);
          if (!nt[1].startsWith("TIMESTAMP") && !nt[0].equals("nip_hash")) cols.add("\"" + nt[0] + "\"");
        }
        String sel = String.join(", ", cols);
        long onlyA = count(c, "SELECT count(*) FROM (SELECT " + sel + " FROM a." + t + " EXCEPT ALL SELECT " + sel + " FROM b." + t + ")");
        long onlyB = count(c, "SELECT count(*) FROM (SELECT " + sel + " FROM b." + t + " EXCEPT ALL SELECT " + sel + " FROM a." + t + ")");
        long n = count(c, "SELECT count(*) FROM a." + t);
        if (onlyA + onlyB > 0) {
          same = false;
          System.out.println("DIFF " + t + ": " + n + " rows, " + onlyA + " only in old, " + onlyB + " only in new");
        } else {
          System.out.println("same " + t + ": " + n + " rows");
        }
      }
      System.exit(same ? 0 : 1);
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static Map<String, List<String>> columns(Connection c, String db) throws SQLException {
    Map<String, List<String>> out = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_catalog = '"
                + db + "' ORDER BY table_name, ordinal_position")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2) + " " + rs.getString(3));
      }
    }
    return out;
  }
}
