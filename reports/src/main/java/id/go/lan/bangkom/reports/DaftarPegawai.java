package id.go.lan.bangkom.reports;

import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.SelCsv;
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
 * through {@link SelCsv}, so {@code =HYPERLINK(...)} is shown, not run; in the XLSX every text is
 * an inline string cell ({@code t="inlineStr"}), which a spreadsheet shows as text and never
 * evaluates (the workbook has no formula cell at all).
 */
final class DaftarPegawai {
  static final List<String> KOLOM =
      List.of(
          "NIP",
          "Nama",
          "Unit Kerja",
          "Jenis Jabatan",
          "JP sampai saat ini",
          "Target kumulatif",
          "JP yang masih dibutuhkan",
          "Status");

  private static final int[] LEBAR_KOLOM = {21, 32, 40, 22, 12, 12, 14, 14};

  private DaftarPegawai() {}

  /** The CSV and XLSX paths of one instansi's list. */
  record Berkas(Path csv, Path xlsx) {}

  /**
   * Writes the lists of {@code berkas} (kode -> target files); instansi without anyone off track
   * get a list with the header only.
   */
  static void tulis(BerkasPegawai sumber, Map<String, Berkas> berkas) throws IOException {
    if (berkas.isEmpty()) {
      return;
    }
    String sql =
        "SELECT k.kode_instansi, k.nip, r.nama, k.unit_kerja, k.jenis_jabatan, k.jp,"
            + " k.target_kumulatif, greatest(k.target_kumulatif - k.jp, 0) AS kekurangan,"
            + " k.status"
            + " FROM read_parquet("
            + daftarSql(sumber.kepatuhanPegawai())
            + ") k LEFT JOIN (SELECT kode_instansi, nip, any_value(nama) AS nama FROM read_parquet("
            + daftarSql(sumber.roster())
            + ") GROUP BY ALL) r ON r.kode_instansi = k.kode_instansi AND r.nip = k.nip"
            + " WHERE k.status_pegawai = 'AKTIF' AND k.status IN ('TERTINGGAL', 'BELUM_ADA_JP')"
            + " AND k.kode_instansi IN (SELECT unnest(?::VARCHAR[]))"
            + " ORDER BY k.kode_instansi, k.unit_kerja, r.nama, k.nip";
    Set<String> kodes = berkas.keySet();
    // At national scale the sorted join does not fit in memory: let DuckDB spill to disk.
    Path spill = Files.createTempDirectory("bangkom-daftar-");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET threads = 2");
        statement.execute("SET memory_limit = '1GB'");
        statement.execute("SET temp_directory = '" + spill.toString().replace("'", "''") + "'");
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
      throw new IOException(
          "Cannot read the lake for the employee lists: " + sumber.kepatuhanPegawai(), e);
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

  private static String daftarSql(List<Path> files) {
    return files.stream()
        .map(p -> "'" + p.toString().replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** One instansi's CSV and XLSX, written side by side, moved in place when complete. */
  private static final class Penulis {
    private final Berkas target;
    private final Path csvTmp;
    private final Path xlsxTmp;
    private final BufferedWriter csv;
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
      this.csv = Files.newBufferedWriter(csvTmp, StandardCharsets.UTF_8);
      // BOM: spreadsheet programs then read the names' accents as UTF-8.
      csv.write('\uFEFF');
      csv.write(String.join(";", KOLOM));
      csv.write("\r\n");
      this.xlsx = new XlsxSederhana(xlsxTmp, "Daftar Pegawai", KOLOM, LEBAR_KOLOM);
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
      csv.write(
          String.join(
              ";",
              sel(nip),
              sel(nama),
              sel(unit),
              sel(jabatan),
              desimal(jp),
              desimal(target),
              desimal(kekurangan),
              sel(status)));
      csv.write("\r\n");
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

    /**
     * A text field: quoted when it holds the separator, a quote or a line break; a would-be formula
     * is written as text ({@link SelCsv}). NIPs are digits and pass unchanged.
     */
    private static String sel(String value) {
      return SelCsv.field(value, ';');
    }

    /** Decimal comma, as Indonesian spreadsheets expect with the {@code ;} separator. */
    private static String desimal(BigDecimal value) {
      return value == null
          ? ""
          : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
  }
}
