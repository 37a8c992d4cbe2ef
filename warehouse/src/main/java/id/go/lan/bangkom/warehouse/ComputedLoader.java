package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.core.SqlTeks;
import id.go.lan.bangkom.core.kontrak.TabelHitungan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies the transforms' computed tables ({@code lake/computed/<table>/periode=*}) into the
 * warehouse tables of the same names, and derives the tables made from them at publish.
 */
final class ComputedLoader {
  private final String nipHashSql;

  /**
   * @param nipHashSql the keyed NIP hash ({@link NipHash#sql}) of the lake column {@code nip}
   */
  ComputedLoader(String nipHashSql) {
    this.nipHashSql = nipHashSql;
  }

  /**
   * Copies a computed table's Parquet into the warehouse table of the same name: the warehouse's
   * own columns only, so extra lake columns (the raw NIP) never get in; {@code nip_hash} is made
   * from the lake's NIP. A warehouse column missing from the lake must have a DEFAULT (filled at
   * publish, e.g. {@code sel_kecil}).
   */
  void load(Connection c, Path folder, String table) throws SQLException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    insert(c, table, source(folder));
  }

  /**
   * bangkom_ringkas: each year's rows from its year end (Y-CW3) when that was computed, else from
   * the latest cut-off that holds the year (the transforms write a cut-off's year and the year
   * before; docs/warehouse.md). The year end reads every file that can hold the year's records (the
   * year's own and the next year's late ones) and is computed again when late records arrive, so
   * its rows agree with kepatuhan_instansi at Y-CW3 even when the next year's later cut-offs were
   * computed before those records came.
   */
  void loadBangkomRingkas(Connection c, Path folder) throws SQLException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    insert(
        c,
        TabelHitungan.BANGKOM_RINGKAS,
        "(SELECT * FROM "
            + source(folder)
            + " QUALIFY periode = coalesce(max(CASE WHEN periode = tahun || '-CW3' THEN periode"
            + " END) OVER (PARTITION BY tahun), max(periode) OVER (PARTITION BY tahun)))");
  }

  /** Periods computed by an older release may lack a newer column: NULL there. */
  private static String source(Path folder) {
    return "read_parquet("
        + SqlTeks.literal(folder.toAbsolutePath() + "/periode=*/*.parquet")
        + ", hive_partitioning = false, union_by_name = true)";
  }

  private void insert(Connection c, String table, String source) throws SQLException {
    Set<String> lakeColumns = new LinkedHashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
      while (rs.next()) {
        lakeColumns.add(rs.getString("column_name"));
      }
    }
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT column_name, column_default FROM information_schema.columns"
                + " WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(1);
          if (lakeColumns.contains(name)) {
            columns.add(SqlTeks.identifier(name));
            values.add(SqlTeks.identifier(name));
          } else if (name.equals("nip_hash") && lakeColumns.contains("nip")) {
            // The lake keeps the NIP; the warehouse gets only its keyed hash, made here.
            columns.add(name);
            values.add(nipHashSql);
          } else if (rs.getString(2) == null) {
            throw new SQLException(WarehousePublisher.PESAN.f("kolom.tanpa.bawaan", name, table));
          }
        }
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO "
              + table
              + " ("
              + String.join(", ", columns)
              + ") SELECT "
              + String.join(", ", values)
              + " FROM "
              + source);
    }
  }

  static boolean hasTable(Connection c, String table) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /** Marks unit rows over fewer than {@code minimum} people and blanks their measures. */
  static void markSmallCells(Connection c, int minimum) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "UPDATE kepatuhan_unit SET sel_kecil = true, jumlah_memenuhi = NULL,"
              + " jumlah_sesuai_target = NULL, jumlah_tertinggal = NULL,"
              + " jumlah_belum_ada_jp = NULL, persen_memenuhi = NULL, persen_on_track = NULL,"
              + " total_jp = NULL, rata_rata_jp = NULL, median_jp = NULL"
              + " WHERE jumlah_pegawai < "
              + minimum);
    }
  }

  /**
   * Bangkom per cut-off, instansi, jenis diklat and jalur: the records of bangkom_ringkas that
   * ended by the cut-off, of the AKTIF employees each instansi's roster lists at that cut-off.
   */
  static void loadBangkomInstansi(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO bangkom_instansi SELECT tahun, caturwulan, kode_instansi, jenis_diklat,"
              + " jalur, count(*), sum(jumlah_kegiatan), sum(jp) FROM (SELECT k.tahun,"
              + " k.caturwulan, k.kode_instansi, k.nip_hash, b.jenis_diklat, b.jalur,"
              + " sum(b.jumlah_kegiatan) AS jumlah_kegiatan, sum(b.jp) AS jp"
              + " FROM kepatuhan_pegawai k JOIN bangkom_ringkas b ON b.tahun = k.tahun"
              + " AND b.nip_hash = k.nip_hash AND b.caturwulan <= k.caturwulan"
              + " WHERE k.status_pegawai = 'AKTIF' GROUP BY ALL) GROUP BY ALL");
    }
  }
}
