package id.go.lan.bangkom.reports;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The warehouse table {@code sounding} holds one row per instansi, cut-off and stage of the
 * escalation ladder (column {@code tahap}, issue 16.4): every reader that means the cut-off's level
 * keeps the rows of stage SOUNDING only, or it would count an escalated instansi twice. A warehouse
 * published before the ladder has no {@code tahap} column and holds only that stage.
 */
public final class SaringTahap {
  private SaringTahap() {}

  /**
   * {@code " AND <alias>.tahap = 'SOUNDING'"} ({@code alias} may be empty: no qualifier), or an
   * empty string for a warehouse without stages.
   */
  static String hanyaSounding(Connection c, String alias) throws SQLException {
    return hanyaSounding(c, "sounding", alias);
  }

  /**
   * As {@link #hanyaSounding(Connection, String)} for {@code table} ({@code sounding} or {@code
   * pengiriman}, whose rows are also per stage): nothing when the table has no {@code tahap}.
   */
  public static String hanyaSounding(Connection c, String table, String alias) throws SQLException {
    String kolom = alias.isEmpty() ? "tahap" : alias + ".tahap";
    return adaKolom(c, table, "tahap") ? " AND " + kolom + " = 'SOUNDING'" : "";
  }

  /** Whether the current database has {@code table}. */
  public static boolean adaTabel(Connection c, String table) throws SQLException {
    return !Baris.query(
            c,
            "SELECT 1 FROM duckdb_tables() WHERE database_name = current_database()"
                + " AND table_name = ? LIMIT 1",
            table)
        .isEmpty();
  }

  /** Whether the warehouse's {@code sounding} has the column {@code tahap}. */
  static boolean adaTahap(Connection c) throws SQLException {
    return adaKolom(c, "sounding", "tahap");
  }

  /** Whether {@code table} of the current database has {@code column}. */
  public static boolean adaKolom(Connection c, String table, String column) throws SQLException {
    return !Baris.query(
            c,
            "SELECT 1 FROM duckdb_columns() WHERE database_name = current_database()"
                + " AND table_name = ? AND column_name = ? LIMIT 1",
            table,
            column)
        .isEmpty();
  }
}
