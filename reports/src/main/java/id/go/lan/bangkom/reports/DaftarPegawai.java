package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;

import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.CsvPenulis;
import id.go.lan.bangkom.core.SelCsv;
import id.go.lan.bangkom.core.SqlTeks;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes, per instansi, the list of its own AKTIF employees off track (TERTINGGAL or BELUM_ADA_JP)
 * at the cut-off, as CSV and XLSX: NIP, Nama, Unit Kerja, Jenis Jabatan, JP sampai saat ini, Target
 * kumulatif, JP yang masih dibutuhkan (target kumulatif − JP), Status. Reads the lake's Parquet
 * with DuckDB ({@link BerkasPegawai}); a person is listed only under the instansi whose roster
 * lists them.
 *
 * <p>The lists hold names and NIPs: each file is created readable by its owner only (600) and its
 * folder {@code sounding/<kode>/} is 700 ({@link BerkasPribadi}). Names and unit kerja come from
 * the instansi's own submission and go to its PIC's spreadsheet: in the CSV every text field goes
 * through {@link CsvPenulis#teks} ({@link SelCsv}), so {@code =HYPERLINK(...)} is shown, not run;
 * in the XLSX every text is an inline string cell ({@code t="inlineStr"}), which a spreadsheet
 * shows as text and never evaluates (the workbook has no formula cell at all).
 */
final class DaftarPegawai {
  static final List<String> KOLOM =
      List.of(
          teks("daftar.kolom.nip"),
          teks("daftar.kolom.nama"),
          teks("daftar.kolom.unit_kerja"),
          teks("daftar.kolom.jenis_jabatan"),
          teks("daftar.kolom.jp"),
          teks("daftar.kolom.target_kumulatif"),
          teks("daftar.kolom.kekurangan"),
          teks("daftar.kolom.status"));

  /** Separator and line ending of the CSV: Indonesian spreadsheets with decimal commas. */
  private static final char PEMISAH = ';';

  private static final String AKHIR_BARIS = "\r\n";

  private static final int[] LEBAR_KOLOM = {21, 32, 40, 22, 12, 12, 14, 14};

  private DaftarPegawai() {}

  /** The CSV and XLSX paths of one instansi's list. */
  record Berkas(Path csv, Path xlsx) {}

  /**
   * Writes the lists of {@code berkas} (kode -> target files); instansi without anyone off track
   * get a list with the header only.
   */
  static void tulis(BerkasPegawai sumber, Map<String, Berkas> berkas, PengaturanSurat pengaturan)
      throws IOException {
    if (berkas.isEmpty()) {
      return;
    }
    String sql =
        "SELECT k.kode_instansi, k.nip, r.nama, k.unit_kerja, k.jenis_jabatan, k.jp,"
            + " k.target_kumulatif, greatest(k.target_kumulatif - k.jp, 0) AS kekurangan,"
            + " k.status"
            + " FROM read_parquet("
            + SqlTeks.paths(sumber.kepatuhanPegawai())
            + ") k LEFT JOIN (SELECT kode_instansi, nip, any_value(nama) AS nama FROM read_parquet("
            + SqlTeks.paths(sumber.roster())
            + ") GROUP BY ALL) r ON r.kode_instansi = k.kode_instansi AND r.nip = k.nip"
            + " WHERE k.status_pegawai = 'AKTIF' AND k.status IN ('TERTINGGAL', 'BELUM_ADA_JP')"
            + " AND k.kode_instansi IN (SELECT unnest(?::VARCHAR[]))"
            + " ORDER BY k.kode_instansi, k.unit_kerja, r.nama, k.nip";
    Set<String> kodes = berkas.keySet();
    // At national scale the sorted join does not fit in memory: let DuckDB spill to disk.
    Path spill = Files.createTempDirectory("bangkom-daftar-");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET threads = " + pengaturan.duckdbThreads());
        statement.execute("SET memory_limit = " + SqlTeks.literal(pengaturan.duckdbMemoryLimit()));
        statement.execute("SET temp_directory = " + SqlTeks.path(spill));
        statement.execute("SET preserve_insertion_order = false");
      }
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setObject(1, connection.createArrayOf("VARCHAR", kodes.toArray()));
        try (ResultSet rs = statement.executeQuery()) {
          Penulis penulis = null;
          boolean ada = rs.next();
          for (String kode : kodes.stream().sorted().collect(Collectors.toList())) {
            penulis = new Penulis(berkas.get(kode));
            try {
              while (ada && kode.equals(rs.getString("kode_instansi"))) {
                penulis.baris(rs);
                ada = rs.next();
              }
              penulis.selesai();
            } finally {
              penulis.tutup();
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IOException(teks("galat.baca_lake", sumber.kepatuhanPegawai().toString()), e);
    } finally {
      hapus(spill);
    }
  }

  private static void hapus(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  /** One instansi's CSV and XLSX, written side by side, moved in place when complete. */
  private static final class Penulis {
    private final Berkas target;
    private final Path csvTmp;
    private final Path xlsxTmp;
    private final CsvPenulis csv;
    private final XlsxSederhana xlsx;

    Penulis(Berkas target) throws IOException {
      this.target = target;
      BerkasPribadi.folder(target.csv().getParent());
      BerkasPribadi.folder(target.xlsx().getParent());
      this.csvTmp = target.csv().resolveSibling("." + target.csv().getFileName() + ".tmp");
      this.xlsxTmp = target.xlsx().resolveSibling("." + target.xlsx().getFileName() + ".tmp");
      // Created 600 before a byte is written; the atomic moves below keep the permissions.
      Files.deleteIfExists(csvTmp);
      Files.deleteIfExists(xlsxTmp);
      BerkasPribadi.newFile(csvTmp);
      BerkasPribadi.newFile(xlsxTmp);
      BufferedWriter out = Files.newBufferedWriter(csvTmp, StandardCharsets.UTF_8);
      // BOM: spreadsheet programs then read the names' accents as UTF-8.
      out.write('\uFEFF');
      this.csv = new CsvPenulis(out, PEMISAH, AKHIR_BARIS);
      csv.baris(KOLOM.toArray(String[]::new));
      this.xlsx = new XlsxSederhana(xlsxTmp, teks("daftar.lembar"), KOLOM, LEBAR_KOLOM);
    }

    void baris(ResultSet rs) throws SQLException, IOException {
      String nip = rs.getString("nip");
      String nama = rs.getString("nama");
      String unit = rs.getString("unit_kerja");
      String jabatan = Label.jenisJabatan(rs.getString("jenis_jabatan"));
      BigDecimal jp = rs.getBigDecimal("jp");
      BigDecimal target = rs.getBigDecimal("target_kumulatif");
      BigDecimal kekurangan = rs.getBigDecimal("kekurangan");
      String status = Label.status(rs.getString("status"));
      csv.teks(nip)
          .teks(nama)
          .teks(unit)
          .teks(jabatan)
          .nilai(desimal(jp))
          .nilai(desimal(target))
          .nilai(desimal(kekurangan))
          .teks(status)
          .akhiriBaris();
      xlsx.mulaiBaris();
      xlsx.teks(nip);
      xlsx.teks(nama);
      xlsx.teks(unit);
      xlsx.teks(jabatan);
      xlsx.angka(jp);
      xlsx.angka(target);
      xlsx.angka(kekurangan);
      xlsx.teks(status);
      xlsx.selesaiBaris();
    }

    void selesai() throws IOException {
      csv.close();
      xlsx.close();
      Files.move(
          csvTmp,
          target.csv(),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      Files.move(
          xlsxTmp,
          target.xlsx(),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }

    void tutup() throws IOException {
      csv.close();
      xlsx.close();
      Files.deleteIfExists(csvTmp);
      Files.deleteIfExists(xlsxTmp);
    }

    /** Decimal comma, as Indonesian spreadsheets expect with the {@code ;} separator. */
    private static String desimal(BigDecimal value) {
      return value == null
          ? null
          : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
  }
}
