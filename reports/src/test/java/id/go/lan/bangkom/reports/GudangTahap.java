package id.go.lan.bangkom.reports;

import id.go.lan.bangkom.core.InstansiMaster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link SyntheticNation} of 8 instansi whose 2026-CW2 also holds, inserted by hand as publish
 * would derive them (issue 16.4), the later stages of the escalation ladder:
 *
 * <ul>
 *   <li>{@link #kodeDua}, the first MERAH instansi at CW2, made MERAH at CW1 too: ESKALASI
 *       DUA_BERTURUT; its master-list row names the head {@link #JABATAN_DUA};
 *   <li>{@link #kodeTenggat}, the DATA instansi (no roster), KUNING at CW1: ESKALASI TENGGAT_LEWAT,
 *       its Surat Sounding refused once on 2026-09-09, accepted on 2026-09-10 and again on
 *       2026-09-12 (a re-send); an ESKALASI delivery on 2026-09-01 must not count; no jabatan in
 *       the master list;
 *   <li>{@link #kodeHijau}, the HIJAU instansi (everyone MEMENUHI), made KUNING at CW1:
 *       TERIMA_KASIH KEMBALI_HIJAU.
 * </ul>
 */
final class GudangTahap {
  static final String JABATAN_DUA = "Kepala Biro Sumber Daya Manusia Contoh";

  final SyntheticNation nation;
  final String kodeDua;
  final String kodeTenggat;
  final String kodeHijau;

  private GudangTahap(
      SyntheticNation nation, String kodeDua, String kodeTenggat, String kodeHijau) {
    this.nation = nation;
    this.kodeDua = kodeDua;
    this.kodeTenggat = kodeTenggat;
    this.kodeHijau = kodeHijau;
  }

  static GudangTahap build(Path folder) throws SQLException, IOException {
    SyntheticNation nation = SyntheticNation.build(folder, 8, 40);
    String dua;
    String tenggat;
    String hijau;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + nation.warehouse);
        Statement sql = c.createStatement()) {
      dua = satu(sql, "level = 'MERAH'");
      tenggat = satu(sql, "level = 'DATA'");
      hijau = satu(sql, "level = 'HIJAU'");
      sql.execute(level(dua, "MERAH") + level(tenggat, "KUNING") + level(hijau, "KUNING"));
      sql.execute(
          tahap(dua, "ESKALASI", "DUA_BERTURUT", "MERAH pada 2026-CW1 dan MERAH pada 2026-CW2")
              + tahap(tenggat, "ESKALASI", "TENGGAT_LEWAT", "Tenggat lewat")
              + tahap(hijau, "TERIMA_KASIH", "KEMBALI_HIJAU", "Kembali HIJAU"));
      sql.execute(
          "INSERT INTO pengiriman BY NAME SELECT * FROM (VALUES"
              + " ('SOUNDING', 'GAGAL', TIMESTAMP '2026-09-09 10:00:00'),"
              + " ('SOUNDING', 'TERKIRIM', TIMESTAMP '2026-09-12 09:00:00'),"
              + " ('SOUNDING', 'TERKIRIM', TIMESTAMP '2026-09-10 23:30:00'),"
              + " ('ESKALASI', 'TERKIRIM', TIMESTAMP '2026-09-01 08:00:00'))"
              + " t(tahap, status, dicatat_pada), (SELECT 2026 AS tahun, 2 AS caturwulan, '"
              + tenggat
              + "' AS kode_instansi, 'DATA' AS level)");
    }
    return new GudangTahap(nation, dua, tenggat, hijau);
  }

  /**
   * The nation's master list with jabatan_pimpinan for {@link #kodeDua} only, and no PIC name for
   * {@link #kodeTenggat}.
   */
  InstansiMaster master(Path folder) throws IOException, SQLException {
    Path asal = folder.resolve("asal");
    Files.createDirectories(asal);
    nation.master(asal);
    StringBuilder csv = new StringBuilder();
    for (String line : Files.readAllLines(asal.resolve("instansi.csv"), StandardCharsets.UTF_8)) {
      if (csv.length() == 0) {
        csv.append(line).append(",jabatan_pimpinan,email_pimpinan\n");
      } else if (line.startsWith(kodeDua + ",")) {
        csv.append(line)
            .append(',')
            .append(JABATAN_DUA)
            .append(",pimpinan@")
            .append(kodeDua.toLowerCase(Locale.ROOT))
            .append(".instansi.example\n");
      } else if (line.startsWith(kodeTenggat + ",")) {
        csv.append(line.replace(",Ibu PIC " + kodeTenggat + ",", ",,")).append(",,\n");
      } else {
        csv.append(line).append(",,\n");
      }
    }
    Path file = folder.resolve("instansi-pimpinan.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return InstansiMaster.load(Optional.of(file));
  }

  /** A copy of the warehouse without the later stages' rows (a re-run after new data). */
  Path tanpaTahapLanjut(Path folder) throws IOException, SQLException {
    Files.createDirectories(folder);
    Path copy = folder.resolve("bangkom.duckdb");
    Files.copy(nation.warehouse, copy);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy);
        Statement sql = c.createStatement()) {
      sql.execute("DELETE FROM sounding WHERE tahap <> 'SOUNDING'");
    }
    return copy;
  }

  private static String satu(Statement sql, String kondisi) throws SQLException {
    try (ResultSet rs =
        sql.executeQuery(
            "SELECT min(kode_instansi) FROM sounding WHERE tahun = 2026 AND caturwulan = 2 AND "
                + kondisi)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String level(String kode, String level) {
    return "UPDATE sounding SET level = '"
        + level
        + "' WHERE tahun = 2026 AND caturwulan = 1 AND kode_instansi = '"
        + kode
        + "';";
  }

  private static String tahap(String kode, String tahap, String pemicu, String alasan) {
    return "INSERT INTO sounding BY NAME SELECT tahun, caturwulan, kode_instansi, level,"
        + " jumlah_pegawai, persen_on_track, persen_baris_ditolak, '"
        + alasan
        + "' AS alasan, '"
        + tahap
        + "' AS tahap, '"
        + pemicu
        + "' AS pemicu FROM sounding WHERE tahun = 2026 AND caturwulan = 2 AND kode_instansi = '"
        + kode
        + "';";
  }
}
