package id.go.lan.bangkom.reports.tindaklanjut;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.reports.PengaturanSurat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nation: 606 instansi with levels and persen from formulas of the row number, 20 analis holding
 * all but every 50th, some escalated or thanked at 2026-CW2. Every instansi is on exactly one
 * worklist, and every list is in urgency order as the rule states it (computed here from the cells,
 * not with the class under test).
 */
class DaftarNasionalTest {
  @Test
  void everyInstansiIsOnExactlyOneListInUrgencyOrder(@TempDir Path tmp) throws Exception {
    Path gudang = tmp.resolve("nasional.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + gudang);
        Statement sql = c.createStatement()) {
      sql.execute(
          "CREATE TABLE dim_instansi AS SELECT 'K' || lpad(i::VARCHAR, 3, '0') AS kode_instansi,"
              + " 'Instansi ' || i AS nama_instansi, 'KOTA' AS jenis_instansi,"
              + " NULL::VARCHAR AS kode_provinsi, NULL::VARCHAR AS nama_provinsi"
              + " FROM range(1, 607) t(i)");
      sql.execute(
          "CREATE TABLE sounding AS SELECT t.tahun, t.caturwulan, d.kode_instansi,"
              + " CASE WHEN (n * t.caturwulan) % 17 = 0 THEN 'DATA'"
              + " WHEN (n * 7 + t.caturwulan * 13) % 100 < 65 THEN 'MERAH'"
              + " WHEN (n * 7 + t.caturwulan * 13) % 100 < 80 THEN 'KUNING' ELSE 'HIJAU' END"
              + " AS level, 10::BIGINT AS jumlah_pegawai,"
              + " CASE WHEN (n * t.caturwulan) % 17 = 0 THEN NULL"
              + " ELSE ((n * 7 + t.caturwulan * 13) % 100)::DECIMAL(5,2) END AS persen_on_track,"
              + " 0::DECIMAL(5,2) AS persen_baris_ditolak, 'uji' AS alasan"
              + " FROM (SELECT kode_instansi, row_number() OVER (ORDER BY kode_instansi) AS n"
              + " FROM dim_instansi) d, (VALUES (2026, 1), (2026, 2)) t(tahun, caturwulan)");
      sql.execute(
          "CREATE TABLE kepatuhan_instansi AS SELECT tahun, caturwulan, kode_instansi,"
              + " persen_on_track FROM sounding");
      sql.execute(
          "CREATE TABLE dim_penugasan AS SELECT kode_instansi, 'S' AS kode_satker,"
              + " 'Satker' AS nama_satker, 'Analis ' || (n % 20) AS nama_analis,"
              + " 'analis' || (n % 20) || '@lan.example' AS email_analis, 1 AS versi,"
              + " DATE '2026-01-01' AS berlaku_mulai, NULL::DATE AS berlaku_sampai"
              + " FROM (SELECT kode_instansi, row_number() OVER (ORDER BY kode_instansi) AS n"
              + " FROM dim_instansi) WHERE n % 50 <> 0");
      // The escalation ladder: every 7th MERAH/DATA instansi of CW2 escalated, every 5th HIJAU
      // after another level thanked; stage rows must neither add rows nor break the order.
      sql.execute("ALTER TABLE sounding ADD COLUMN tahap VARCHAR DEFAULT 'SOUNDING'");
      sql.execute("ALTER TABLE sounding ADD COLUMN pemicu VARCHAR DEFAULT NULL");
      sql.execute(
          "INSERT INTO sounding SELECT s.tahun, s.caturwulan, s.kode_instansi, s.level,"
              + " s.jumlah_pegawai, s.persen_on_track, s.persen_baris_ditolak, 'uji',"
              + " 'ESKALASI', CASE WHEN p.level IN ('MERAH', 'DATA') THEN 'DUA_BERTURUT'"
              + " ELSE 'TENGGAT_LEWAT' END"
              + " FROM sounding s JOIN sounding p ON p.kode_instansi = s.kode_instansi"
              + " AND p.tahun = 2026 AND p.caturwulan = 1"
              + " WHERE s.caturwulan = 2 AND s.level IN ('MERAH', 'DATA')"
              + " AND hash(s.kode_instansi) % 7 = 0");
      sql.execute(
          "INSERT INTO sounding SELECT s.tahun, s.caturwulan, s.kode_instansi, s.level,"
              + " s.jumlah_pegawai, s.persen_on_track, s.persen_baris_ditolak, 'uji',"
              + " 'TERIMA_KASIH', 'KEMBALI_HIJAU'"
              + " FROM sounding s JOIN sounding p ON p.kode_instansi = s.kode_instansi"
              + " AND p.tahun = 2026 AND p.caturwulan = 1 AND p.tahap = 'SOUNDING'"
              + " WHERE s.caturwulan = 2 AND s.level = 'HIJAU' AND p.level <> 'HIJAU'"
              + " AND s.tahap = 'SOUNDING' AND hash(s.kode_instansi) % 5 = 0");
    }
    Path folder = tmp.resolve("keluar");
    HasilDaftar hasil =
        new DaftarTindakLanjut(PengaturanSurat.bawaan())
            .tulis(gudang, new Periode(2026, 2), folder, LocalDate.of(2026, 9, 20), Kemajuan.DIAM);

    assertThat(hasil.jumlahAnalis()).isEqualTo(20);
    assertThat(hasil.jumlahBelumDitugaskan()).isEqualTo(12);
    Set<String> semua = new HashSet<>();
    int jumlah = 0;
    int eskalasi = 0;
    for (BerkasDaftar berkas : hasil.berkas()) {
      assertThat(berkas.pdf()).exists();
      List<String[]> rows = baris(berkas.xlsx());
      assertThat(rows).hasSize(berkas.jumlahInstansi());
      jumlah += rows.size();
      rows.forEach(r -> semua.add(r[0]));
      eskalasi += (int) rows.stream().filter(r -> r[4].startsWith("Tahap 2")).count();
      for (int i = 1; i < rows.size(); i++) {
        assertThat(kunci(rows.get(i - 1)))
            .as("%s before %s in %s", rows.get(i - 1)[0], rows.get(i)[0], berkas.xlsx())
            .isLessThan(kunci(rows.get(i)));
      }
    }
    assertThat(jumlah).isEqualTo(606);
    assertThat(semua).hasSize(606);
    assertThat(eskalasi).isPositive().isEqualTo(jumlahTahap(gudang, "ESKALASI"));
  }

  private static int jumlahTahap(Path gudang, String tahap) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + gudang);
        Statement sql = c.createStatement();
        java.sql.ResultSet rs =
            sql.executeQuery(
                "SELECT count(*) FROM sounding WHERE tahun = 2026 AND caturwulan = 2"
                    + " AND tahap = '"
                    + tahap
                    + "'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Level rank, not-escalated, not-worsened, persen (none last), kode: one sortable string. */
  private static String kunci(String[] r) {
    List<String> urutan = List.of("MERAH", "DATA", "KUNING", "HIJAU");
    int level = urutan.indexOf(r[1]);
    boolean memburuk = !r[2].isEmpty() && urutan.indexOf(r[2]) > level;
    String persen =
        r[3].isEmpty()
            ? "999.00"
            : String.format(java.util.Locale.ROOT, "%06.2f", Double.parseDouble(r[3]));
    boolean dieskalasi = r[4].startsWith("Tahap 2");
    return level + (dieskalasi ? "0" : "1") + (memburuk ? "0" : "1") + persen + r[0];
  }

  /** kode_instansi, level, level_sebelumnya, persen_on_track, eskalasi of each data row. */
  private static List<String[]> baris(Path xlsx) throws Exception {
    List<String[]> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      for (Row row : wb.getSheet("Daftar")) {
        if (row.getRowNum() > 0) {
          Cell persen = row.getCell(5);
          out.add(
              new String[] {
                row.getCell(1).getStringCellValue(),
                row.getCell(3).getStringCellValue(),
                row.getCell(4) == null ? "" : row.getCell(4).getStringCellValue(),
                persen == null || persen.getCellType() == CellType.BLANK
                    ? ""
                    : Double.toString(persen.getNumericCellValue()),
                row.getCell(13) == null ? "" : row.getCell(13).getStringCellValue()
              });
        }
      }
    }
    return out;
  }
}
