package id.go.lan.bangkom.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The data-quality scorecard {@code mutu_data_instansi}: one row per instansi of {@code
 * dim_instansi} and cut-off of {@code dim_periode}, derived at publish in DuckDB from the tables
 * already loaded ({@code submisi}, {@code penolakan}, {@code cakupan}, {@code kepatuhan_instansi});
 * so it runs after them. The columns and the score's formula are documented in docs/warehouse.md;
 * the constants below are that formula.
 */
final class MutuDataLoader {
  /** Points taken off when no roster (pegawai dataset) was received for the cut-off. */
  static final int POTONGAN_TANPA_ROSTER = 40;

  /** Points taken off per day the first roster came after batas_submisi. */
  static final int POTONGAN_PER_HARI_TERLAMBAT = 2;

  /** At most this many points for lateness. */
  static final int POTONGAN_TERLAMBAT_MAKS = 30;

  /** At most this many points for the refused share (one point per percent refused). */
  static final int POTONGAN_DITOLAK_MAKS = 30;

  private MutuDataLoader() {}

  static void load(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(SQL);
    }
  }

  // Asia/Jakarta has been UTC+7 without daylight saving since 1964: the day a roster arrived as
  // the PIC sees it is the UTC timestamp (cakupan.pertama_diterima_pada) plus 7 hours, the same
  // day cakupan.terlambat is decided on.
  private static final String SQL =
      "INSERT INTO mutu_data_instansi"
          + " WITH versi AS (SELECT kode_instansi, tahun, caturwulan, count(*) AS jumlah_versi,"
          + "   sum(baris_dibaca) AS baris_dibaca, sum(baris_ditolak) AS baris_ditolak"
          + "   FROM submisi GROUP BY kode_instansi, tahun, caturwulan),"
          + " per_alasan AS (SELECT s.kode_instansi, s.tahun, s.caturwulan, p.kode_alasan,"
          + "   count(*) AS jumlah FROM penolakan p JOIN submisi s USING (submisi_id)"
          + "   GROUP BY s.kode_instansi, s.tahun, s.caturwulan, p.kode_alasan"
          + "   QUALIFY row_number() OVER (PARTITION BY s.kode_instansi, s.tahun, s.caturwulan"
          + "     ORDER BY count(*) DESC, p.kode_alasan) <= 3),"
          + " alasan AS (SELECT kode_instansi, tahun, caturwulan,"
          + "   string_agg(kode_alasan || ' (' || jumlah || ')', ', '"
          + "     ORDER BY jumlah DESC, kode_alasan) AS alasan_teratas"
          + "   FROM per_alasan GROUP BY kode_instansi, tahun, caturwulan),"
          + " dasar AS (SELECT p.tahun, p.caturwulan, d.kode_instansi,"
          + "   coalesce(c.melapor, false) AS melapor, c.pertama_diterima_pada, c.batas_submisi,"
          + "   CAST(CASE WHEN c.pertama_diterima_pada IS NOT NULL THEN greatest(0,"
          + "     date_diff('day', c.batas_submisi,"
          + "       CAST(c.pertama_diterima_pada + INTERVAL 7 HOUR AS DATE))) END AS INTEGER)"
          + "     AS hari_terlambat,"
          + "   CASE WHEN c.pertama_diterima_pada IS NOT NULL THEN c.terlambat END AS terlambat,"
          + "   CAST(coalesce(v.jumlah_versi, 0) AS INTEGER) AS jumlah_versi,"
          + "   CAST(coalesce(v.baris_dibaca, 0) AS BIGINT) AS baris_dibaca,"
          + "   CAST(coalesce(v.baris_ditolak, 0) AS BIGINT) AS baris_ditolak,"
          + "   CASE WHEN v.baris_dibaca > 0 THEN CAST(round(100.0 * v.baris_ditolak"
          + "     / v.baris_dibaca, 2) AS DECIMAL(5,2)) END AS persen_baris_ditolak,"
          + "   a.alasan_teratas, k.jumlah_pegawai, kp.jumlah_pegawai AS jumlah_pegawai_sebelumnya"
          + "   FROM dim_periode p CROSS JOIN dim_instansi d"
          + "   LEFT JOIN cakupan c ON c.kode_instansi = d.kode_instansi AND c.tahun = p.tahun"
          + "     AND c.caturwulan = p.caturwulan"
          + "   LEFT JOIN versi v ON v.kode_instansi = d.kode_instansi AND v.tahun = p.tahun"
          + "     AND v.caturwulan = p.caturwulan"
          + "   LEFT JOIN alasan a ON a.kode_instansi = d.kode_instansi AND a.tahun = p.tahun"
          + "     AND a.caturwulan = p.caturwulan"
          + "   LEFT JOIN kepatuhan_instansi k ON k.kode_instansi = d.kode_instansi"
          + "     AND k.tahun = p.tahun AND k.caturwulan = p.caturwulan"
          // The cut-off before: CW1's is the previous year's CW3.
          + "   LEFT JOIN kepatuhan_instansi kp ON kp.kode_instansi = d.kode_instansi"
          + "     AND kp.tahun = CASE WHEN p.caturwulan = 1 THEN p.tahun - 1 ELSE p.tahun END"
          + "     AND kp.caturwulan = CASE WHEN p.caturwulan = 1 THEN 3 ELSE p.caturwulan - 1 END)"
          + " SELECT tahun, caturwulan, kode_instansi, melapor, pertama_diterima_pada,"
          + "   batas_submisi, hari_terlambat, terlambat, jumlah_versi, baris_dibaca,"
          + "   baris_ditolak, persen_baris_ditolak, alasan_teratas, jumlah_pegawai,"
          + "   jumlah_pegawai_sebelumnya,"
          + "   CASE WHEN jumlah_pegawai IS NOT NULL AND jumlah_pegawai_sebelumnya > 0"
          + "     THEN CAST(round(100.0 * (jumlah_pegawai - jumlah_pegawai_sebelumnya)"
          + "       / jumlah_pegawai_sebelumnya, 2) AS DECIMAL(9,2)) END,"
          + "   CAST(CASE WHEN jumlah_versi = 0 THEN 0 ELSE greatest(0, 100"
          + "     - CASE WHEN melapor THEN 0 ELSE "
          + POTONGAN_TANPA_ROSTER
          + " END"
          + "     - least("
          + POTONGAN_TERLAMBAT_MAKS
          + ", "
          + POTONGAN_PER_HARI_TERLAMBAT
          + " * coalesce(hari_terlambat, 0))"
          + "     - least("
          + POTONGAN_DITOLAK_MAKS
          + ", coalesce(persen_baris_ditolak, 0))) END AS DECIMAL(5,2))"
          + " FROM dasar ORDER BY tahun, caturwulan, kode_instansi";
}
