package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import id.go.lan.bangkom.core.BerkasPribadi;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The off-track list beside a Surat Sounding (issue 19, points 4 and 7b), written by the real
 * writer from small lake files: names and unit kerja that look like formulas reach the PIC as text,
 * and the files and their folder are readable by their owner only.
 */
class DaftarPegawaiTest {
  private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"klik\")";
  private static final String DDE = "=cmd|' /C calc'!A0";

  @TempDir static Path dir;
  static DaftarPegawai.Berkas berkas;

  @BeforeAll
  static void writeTheListOfInstansi73() throws Exception {
    Path kepatuhan = dir.resolve("kepatuhan_pegawai.parquet");
    Path roster = dir.resolve("pegawai.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT * FROM (VALUES"
              + " ('73', '199001012015031001', 'Bagian Umum', 'PELAKSANA', 4.00, 13.33,"
              + " 'TERTINGGAL', 'AKTIF'),"
              + " ('73', '199001012015031002', '"
              + DDE.replace("'", "''")
              + "', 'FUNGSIONAL', 0.00, 13.33, 'BELUM_ADA_JP', 'AKTIF'),"
              + " ('73', '199001012015031003', '-1+1', 'PENGAWAS', 10.50, 13.33, 'TERTINGGAL',"
              + " 'AKTIF'),"
              + " ('73', '199001012015032004', 'Bagian Keuangan', 'ADMINISTRATOR', 2.25, 6.67,"
              + " 'TERTINGGAL', 'AKTIF'),"
              + " ('73', '199001012015031005', 'Bagian Umum', 'PELAKSANA', 14.00, 13.33,"
              + " 'SESUAI_TARGET', 'AKTIF')"
              + ") t(kode_instansi, nip, unit_kerja, jenis_jabatan, jp, target_kumulatif, status,"
              + " status_pegawai)) TO '"
              + kepatuhan
              + "' (FORMAT PARQUET)");
      s.execute(
          "COPY (SELECT * FROM (VALUES"
              + " ('73', '199001012015031001', '"
              + HYPERLINK
              + "'),"
              + " ('73', '199001012015031002', '@SUM(1)'),"
              + " ('73', '199001012015031003', '+1'),"
              + " ('73', '199001012015032004', 'Siti Aminah'),"
              + " ('73', '199001012015031005', 'Budi')"
              + ") t(kode_instansi, nip, nama)) TO '"
              + roster
              + "' (FORMAT PARQUET)");
    }
    Path folder = dir.resolve("sounding/73");
    berkas =
        new DaftarPegawai.Berkas(
            folder.resolve("daftar-pegawai-73-2026-CW2.csv"),
            folder.resolve("daftar-pegawai-73-2026-CW2.xlsx"));
    if (BerkasPribadi.posix(dir)) {
      // A list of an earlier version: folder 755, file 644. The new run must narrow both.
      Files.createDirectories(folder);
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.writeString(berkas.csv(), "lama", StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(berkas.csv(), PosixFilePermissions.fromString("rw-r--r--"));
    }
    DaftarPegawai.tulis(
        new BerkasPegawai(List.of(kepatuhan), List.of(roster)),
        Map.of("73", berkas),
        PengaturanSurat.bawaan());
  }

  @Test
  void formulasInNamesAndUnitsAreWrittenAsTextAndANormalNameIsUnchanged() throws Exception {
    List<String> lines = Files.readAllLines(berkas.csv(), StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo(
            "\uFEFFNIP;Nama;Unit Kerja;Jenis Jabatan;JP sampai saat ini;Target kumulatif;"
                + "JP yang masih dibutuhkan;Status");
    // Worked by hand: a ' in front and the field quoted (inner quotes doubled); JP with a decimal
    // comma, still needed = target - JP (13,33 - 4,00 = 9,33; 13,33 - 10,50 = 2,83;
    // 6,67 - 2,25 = 4,42); 031005 is on track and not listed.
    assertThat(lines.subList(1, lines.size()))
        .containsExactlyInAnyOrder(
            "199001012015031001;\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\";Bagian Umum;"
                + "Pelaksana;4,00;13,33;9,33;Tertinggal",
            "199001012015031002;\"'@SUM(1)\";\"'=cmd|' /C calc'!A0\";Fungsional;0,00;13,33;"
                + "13,33;Belum ada JP",
            "199001012015031003;\"'+1\";\"'-1+1\";Pengawas;10,50;13,33;2,83;Tertinggal",
            "199001012015032004;Siti Aminah;Bagian Keuangan;Administrator;2,25;6,67;4,42;"
                + "Tertinggal");
  }

  @Test
  void theXlsxHoldsTheTextAsInlineStringsAndNoFormulaCell() throws Exception {
    String sheetXml = null;
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(berkas.xlsx()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          sheetXml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    // A cell is evaluated only when it has an <f> element; inline strings are shown as written.
    assertThat(sheetXml).isNotNull().doesNotContain("<f>").doesNotContain("<f ");
    assertThat(sheetXml)
        .contains("t=\"inlineStr\"><is><t xml:space=\"preserve\">=HYPERLINK(&quot;http://x&quot;");
    Map<String, Cell> names = new HashMap<>();
    Map<String, Cell> units = new HashMap<>();
    try (InputStream in = Files.newInputStream(berkas.xlsx());
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          names.put(row.getCell(0).getStringCellValue(), row.getCell(1));
          units.put(row.getCell(0).getStringCellValue(), row.getCell(2));
        }
      }
    }
    assertThat(names).hasSize(4);
    assertThat(names.get("199001012015031001").getCellType()).isEqualTo(CellType.STRING);
    assertThat(names.get("199001012015031001").getStringCellValue()).isEqualTo(HYPERLINK);
    assertThat(names.get("199001012015031002").getStringCellValue()).isEqualTo("@SUM(1)");
    assertThat(units.get("199001012015031002").getCellType()).isEqualTo(CellType.STRING);
    assertThat(units.get("199001012015031002").getStringCellValue()).isEqualTo(DDE);
    assertThat(units.get("199001012015031003").getStringCellValue()).isEqualTo("-1+1");
    assertThat(names.get("199001012015032004").getStringCellValue()).isEqualTo("Siti Aminah");
  }

  @Test
  void theListsAre600AndTheirFolderIs700() throws Exception {
    assumeThat(BerkasPribadi.posix(dir)).as("POSIX file system").isTrue();
    assertThat(perms(berkas.csv())).isEqualTo("rw-------");
    assertThat(perms(berkas.xlsx())).isEqualTo("rw-------");
    assertThat(perms(berkas.csv().getParent())).isEqualTo("rwx------");
    try (var left = Files.list(berkas.csv().getParent())) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "daftar-pegawai-73-2026-CW2.csv", "daftar-pegawai-73-2026-CW2.xlsx");
    }
  }

  private static String perms(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
