package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.core.SqlTeks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The warehouse's privacy guard: finds NIP-shaped values (18 digits, optionally grouped with spaces
 * or dots, not part of a longer code such as a 64-character hash) in every text column. Publish
 * masks them in free text and refuses to swap in a file where any remain.
 */
public final class WarehousePrivacy {
  /**
   * RE2 pattern of a NIP-shaped value: 18 digits, any of them followed by one space or dot, with no
   * letter or digit right before or after (so a hex hash that happens to hold 18 digits in a row is
   * not a NIP).
   */
  public static final String NIP_SHAPED = "(^|[^0-9A-Za-z])[0-9]([ .]?[0-9]){17}([^0-9A-Za-z]|$)";

  /** Looser pattern for free text: any run of 9+ digits with spaces or dots, masked whole. */
  static final String NIP_LIKE_RUN = "[0-9][0-9 .]{7,}[0-9]";

  static final String MASK = "[disamarkan]";

  /** One text column holding NIP-shaped values. */
  public record Finding(String table, String column, long rows) {}

  private WarehousePrivacy() {}

  /** Every (table, column) of the main schema whose text holds a NIP-shaped value. */
  public static List<Finding> scan(Connection c) throws SQLException {
    List<Finding> out = new ArrayList<>();
    for (String[] tc : textColumns(c)) {
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT count(*) FROM "
                      + SqlTeks.identifier(tc[0])
                      + " WHERE regexp_matches("
                      + SqlTeks.identifier(tc[1])
                      + ", "
                      + SqlTeks.literal(NIP_SHAPED)
                      + ")")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          out.add(new Finding(tc[0], tc[1], rs.getLong(1)));
        }
      }
    }
    return out;
  }

  /** Replaces NIP-like digit runs by {@link #MASK} in every text column; returns rows changed. */
  static long maskFreeText(Connection c) throws SQLException {
    long changed = 0;
    for (Finding f : scan(c)) {
      try (Statement s = c.createStatement()) {
        changed +=
            s.executeUpdate(
                "UPDATE "
                    + SqlTeks.identifier(f.table())
                    + " SET "
                    + SqlTeks.identifier(f.column())
                    + " = regexp_replace("
                    + SqlTeks.identifier(f.column())
                    + ", "
                    + SqlTeks.literal(NIP_LIKE_RUN)
                    + ", "
                    + SqlTeks.literal(MASK)
                    + ", 'g') WHERE regexp_matches("
                    + SqlTeks.identifier(f.column())
                    + ", "
                    + SqlTeks.literal(NIP_SHAPED)
                    + ")");
      }
    }
    return changed;
  }

  private static List<String[]> textColumns(Connection c) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'main' AND data_type = 'VARCHAR'"
                    + " ORDER BY table_name, ordinal_position")) {
      while (rs.next()) {
        out.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    return out;
  }
}
