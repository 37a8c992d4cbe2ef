package id.go.lan.bangkom.reports.tindaklanjut;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the attached warehouse ({@code w}) holds: the worklist reads warehouses published by older
 * releases too, whose tables or columns may be missing ({@code tindak_lanjut}, {@code
 * sounding.tahap}).
 */
final class Gudang {
  private Gudang() {}

  /** The warehouse has {@code table}. */
  static boolean ada(Connection connection, String table) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'w' AND table_name = ?")) {
      statement.setString(1, table);
      return positif(statement);
    }
  }

  /** The warehouse has {@code table} with {@code column}. */
  static boolean adaKolom(Connection connection, String table, String column) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT count(*) FROM duckdb_columns() WHERE database_name = 'w' AND table_name = ?"
                + " AND column_name = ?")) {
      statement.setString(1, table);
      statement.setString(2, column);
      return positif(statement);
    }
  }

  /**
   * The condition that keeps the rows of {@code alias} (a {@code sounding} or {@code pengiriman})
   * of the first stage, SOUNDING: {@code AND alias.tahap = 'SOUNDING'}, or nothing when the table
   * has no {@code tahap} (published before the escalation ladder: every row is the sounding's).
   */
  static String hanyaSounding(Connection connection, String table, String alias)
      throws SQLException {
    return adaKolom(connection, table, "tahap") ? " AND " + alias + ".tahap = 'SOUNDING'" : "";
  }

  private static boolean positif(PreparedStatement statement) throws SQLException {
    try (ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }
}
