package id.go.lan.bangkom.reports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A small warehouse with the tables of docs/warehouse.md and hand-chosen figures for 2026-CW2.
 * 2026-CW3 has no rows at all (an empty period).
 */
final class TestWarehouse {
  private TestWarehouse() {}

  static Path build(Path folder) throws SQLException {
    Path file = folder.resolve("bangkom.duckdb");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement sql = connection.createStatement()) {
      createTables(sql);
      sql.execute(
          "INSERT INTO dim_instansi VALUES"
              + " ('P001', 'Kementerian Dalam Negeri', 'KEMENTERIAN', NULL, NULL),"
              + " ('P002', 'Lembaga Administrasi Negara', 'LEMBAGA', NULL, NULL),"
              + " ('73', 'Provinsi Sulawesi Selatan', 'PROVINSI', '73', 'Sulawesi Selatan'),"
              + " ('73.71', 'Kota Makassar', 'KOTA', '73', 'Sulawesi Selatan'),"
              + " ('33.02', 'Kabupaten Banyumas', 'KABUPATEN', '33', 'Jawa Tengah'),"
              + " ('33.74', 'Kota Semarang', 'KOTA', '33', 'Jawa Tengah')");
      sql.execute(
          "INSERT INTO dim_periode VALUES ('2026-CW2', 2026, 2, DATE '2026-05-01',"
              + " DATE '2026-08-31')");
      insertFigures(sql);
      sql.execute("CHECKPOINT");
    }
    return file;
  }

  private static void createTables(Statement sql) throws SQLException {
    sql.execute(
        "CREATE TABLE dim_instansi (kode_instansi VARCHAR, nama_instansi VARCHAR,"
            + " jenis_instansi VARCHAR, kode_provinsi VARCHAR, nama_provinsi VARCHAR)");
    sql.execute(
        "CREATE TABLE dim_periode (periode VARCHAR, tahun INTEGER, caturwulan INTEGER,"
            + " tanggal_mulai DATE, tanggal_akhir DATE)");
    sql.execute(
        "CREATE TABLE kepatuhan_instansi (tahun INTEGER, caturwulan INTEGER,"
            + " kode_instansi VARCHAR, melapor BOOLEAN, jumlah_pegawai BIGINT,"
            + " jumlah_memenuhi BIGINT, jumlah_sesuai_target BIGINT, jumlah_tertinggal BIGINT,"
            + " jumlah_belum_ada_jp BIGINT, jumlah_non_aktif BIGINT,"
            + " persen_memenuhi DECIMAL(5,2), persen_on_track DECIMAL(5,2),"
            + " total_jp DECIMAL(14,2), rata_rata_jp DECIMAL(10,2), median_jp DECIMAL(10,2))");
    sql.execute(
        "CREATE TABLE kepatuhan_nasional (tahun INTEGER, caturwulan INTEGER,"
            + " jumlah_instansi BIGINT, jumlah_instansi_melapor BIGINT,"
            + " persen_cakupan DECIMAL(5,2), jumlah_pegawai BIGINT, jumlah_memenuhi BIGINT,"
            + " jumlah_sesuai_target BIGINT, jumlah_tertinggal BIGINT,"
            + " jumlah_belum_ada_jp BIGINT, jumlah_non_aktif BIGINT,"
            + " persen_memenuhi DECIMAL(5,2), persen_on_track DECIMAL(5,2),"
            + " total_jp DECIMAL(14,2), rata_rata_jp DECIMAL(10,2), median_jp DECIMAL(10,2))");
    sql.execute(
        "CREATE TABLE sounding (tahun INTEGER, caturwulan INTEGER, kode_instansi VARCHAR,"
            + " level VARCHAR, jumlah_pegawai BIGINT, persen_on_track DECIMAL(5,2),"
            + " persen_baris_ditolak DECIMAL(5,2), alasan VARCHAR)");
  }

  private static void insertFigures(Statement sql) throws SQLException {
    sql.execute(
        "INSERT INTO kepatuhan_instansi VALUES"
            + " (2026, 2, 'P001', true, 10000, 7000, 1000, 1500, 500, 12, 70.00, 80.00,"
            + " 150000, 15, 14),"
            + " (2026, 2, 'P002', true, 2000, 1001, 500, 399, 100, 0, 50.05, 75.05,"
            + " 30000, 15, 15),"
            + " (2026, 2, '73', true, 5000, 2000, 1000, 1500, 500, 3, 40.00, 60.00,"
            + " 50000, 10, 9),"
            + " (2026, 2, '73.71', true, 3000, 900, 600, 1000, 500, 1, 30.00, 50.00,"
            + " 20000, 6.67, 5),"
            + " (2026, 2, '33.02', true, 4000, 3000, 400, 500, 100, 0, 75.00, 85.00,"
            + " 70000, 17.5, 18),"
            + " (2026, 2, '33.74', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
            + " NULL, NULL, NULL)");
    // National figures chosen by hand (the real population, not the six rows above).
    sql.execute(
        "INSERT INTO kepatuhan_nasional VALUES (2026, 2, 606, 580, 95.71, 4512345, 3060272,"
            + " 500000, 700000, 252073, 1234, 67.82, 78.90, 67685175.50, 15.00, 14.50)");
    sql.execute(
        "INSERT INTO sounding VALUES"
            + " (2026, 2, 'P001', 'HIJAU', 10000, 80.00, 0.10, 'Sesuai target'),"
            + " (2026, 2, 'P002', 'KUNING', 2000, 75.00, 0.00, 'Capaian di bawah 80%'),"
            + " (2026, 2, '73', 'MERAH', 5000, 60.00, 1.00, 'Capaian di bawah 65%'),"
            + " (2026, 2, '73.71', 'MERAH', 3000, 50.00, 2.00, 'Capaian di bawah 65%'),"
            + " (2026, 2, '33.02', 'HIJAU', 4000, 85.00, 0.00, 'Sesuai target'),"
            + " (2026, 2, '33.74', 'DATA', NULL, NULL, NULL, 'Roster belum dikirim')");
  }

  /**
   * A national-size master list: 606 instansi (34 kementerian, 26 lembaga, 38 provinsi, 416
   * kabupaten, 92 kota), every 50th not reporting; figures follow simple formulas of the row
   * number.
   */
  static Path buildNational(Path folder) throws SQLException {
    Path file = folder.resolve("nasional.duckdb");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement sql = connection.createStatement()) {
      createTables(sql);
      sql.execute(
          "INSERT INTO dim_instansi SELECT"
              + " CASE WHEN i <= 60 THEN 'P' || lpad(i::VARCHAR, 3, '0') ELSE 'D' || i END,"
              + " CASE WHEN i = 1"
              + " THEN 'Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan'"
              + " WHEN i <= 34 THEN 'Kementerian Contoh ' || i WHEN i <= 60 THEN 'Lembaga Contoh ' || i"
              + " WHEN i <= 98 THEN 'Provinsi Contoh ' || i WHEN i <= 514 THEN 'Kabupaten Contoh ' || i"
              + " ELSE 'Kota Contoh ' || i END,"
              + " CASE WHEN i <= 34 THEN 'KEMENTERIAN' WHEN i <= 60 THEN 'LEMBAGA'"
              + " WHEN i <= 98 THEN 'PROVINSI' WHEN i <= 514 THEN 'KABUPATEN' ELSE 'KOTA' END,"
              + " NULL, NULL FROM range(1, 607) t(i)");
      sql.execute(
          "INSERT INTO kepatuhan_instansi SELECT 2026, 2, d.kode_instansi, i % 50 <> 0,"
              + " p, m, s, p - m - s, 0, 0, round(100.0 * m / p, 2), round(100.0 * (m + s) / p, 2),"
              + " 0, 0, 0 FROM (SELECT i, 1000 + (i * 37) % 5000 AS p,"
              + " (1000 + (i * 37) % 5000) * ((i * 13) % 70 + 10) // 100 AS m,"
              + " (1000 + (i * 37) % 5000) // 10 AS s FROM range(1, 607) t(i)) g"
              + " JOIN (SELECT kode_instansi, row_number() OVER (ORDER BY rowid) AS n"
              + " FROM dim_instansi) d ON d.n = g.i");
      sql.execute(
          "UPDATE kepatuhan_instansi SET jumlah_pegawai = NULL, jumlah_memenuhi = NULL,"
              + " jumlah_sesuai_target = NULL, jumlah_tertinggal = NULL, persen_memenuhi = NULL,"
              + " persen_on_track = NULL WHERE NOT melapor");
      sql.execute(
          "INSERT INTO sounding SELECT tahun, caturwulan, kode_instansi,"
              + " CASE WHEN NOT melapor THEN 'DATA' WHEN persen_on_track < 65 THEN 'MERAH'"
              + " WHEN persen_on_track < 80 THEN 'KUNING' ELSE 'HIJAU' END,"
              + " jumlah_pegawai, persen_on_track, 0,"
              + " CASE WHEN NOT melapor THEN 'Roster belum dikirim'"
              + " ELSE 'Capaian sesuai target ' || persen_on_track || '%' END"
              + " FROM kepatuhan_instansi");
      sql.execute(
          "INSERT INTO kepatuhan_nasional SELECT 2026, 2, 606, count(*) FILTER (WHERE melapor),"
              + " round(100.0 * count(*) FILTER (WHERE melapor) / 606, 2), sum(jumlah_pegawai),"
              + " sum(jumlah_memenuhi), sum(jumlah_sesuai_target), sum(jumlah_tertinggal), 0, 0,"
              + " round(100.0 * sum(jumlah_memenuhi) / sum(jumlah_pegawai), 2),"
              + " round(100.0 * (sum(jumlah_memenuhi) + sum(jumlah_sesuai_target))"
              + " / sum(jumlah_pegawai), 2), 0, 0, 0 FROM kepatuhan_instansi");
      sql.execute("CHECKPOINT");
    }
    return file;
  }
}
