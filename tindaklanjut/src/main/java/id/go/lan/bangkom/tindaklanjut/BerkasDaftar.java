package id.go.lan.bangkom.tindaklanjut;

import static id.go.lan.bangkom.tindaklanjut.TindakLanjut.PESAN;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a filled worklist: the sheet {@code Daftar}, header on row 1, columns found by their header
 * name (any order, other columns ignored). A date cell is read as {@code yyyy-mm-dd}; every other
 * cell as the text it shows, numbers without Indonesian grouping (a kode typed as a number stays
 * {@code 33.74}).
 */
final class BerkasDaftar {
  static final String LEMBAR = "Daftar";

  /** The columns an import reads; every one must be in the header. */
  static final List<String> KOLOM =
      List.of(
          "periode",
          "kode_instansi",
          "tanggal",
          "saluran",
          "kontak",
          "hasil",
          "janji_tindakan",
          "janji_tanggal");

  private static final DataFormatter ANGKA = new DataFormatter(Locale.ROOT);

  /** A row of the sheet, numbered as Excel shows it (the header is row 1). */
  record Baris(int nomor, Masukan masukan) {}

  /** The filled rows, and how many rows had an empty fill-in part (skipped). */
  record Isi(List<Baris> terisi, List<Integer> kosong) {
    Isi {
      terisi = List.copyOf(terisi);
      kosong = List.copyOf(kosong);
    }
  }

  private BerkasDaftar() {}

  static Isi baca(Path berkas) {
    String nama = berkas.getFileName().toString();
    try (Workbook wb = WorkbookFactory.create(berkas.toFile(), null, true)) {
      Sheet sheet = wb.getSheet(LEMBAR);
      if (sheet == null) {
        List<String> ada = new ArrayList<>();
        wb.forEach(s -> ada.add(s.getSheetName()));
        throw new DaftarDitolak(
            PESAN.f("daftar.tanpa.lembar", nama, LEMBAR, String.join(", ", ada)));
      }
      Map<String, Integer> kolom = header(sheet.getRow(0));
      List<String> hilang = KOLOM.stream().filter(k -> !kolom.containsKey(k)).toList();
      if (!hilang.isEmpty()) {
        throw new DaftarDitolak(PESAN.f("daftar.kolom.hilang", nama, String.join(", ", hilang)));
      }
      List<Baris> terisi = new ArrayList<>();
      List<Integer> kosong = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null || kosongSemua(row)) {
          continue;
        }
        Masukan m =
            new Masukan(
                teks(row, kolom.get("periode")),
                teks(row, kolom.get("kode_instansi")),
                teks(row, kolom.get("tanggal")),
                teks(row, kolom.get("saluran")),
                teks(row, kolom.get("kontak")),
                teks(row, kolom.get("hasil")),
                teks(row, kolom.get("janji_tindakan")),
                teks(row, kolom.get("janji_tanggal")));
        if (m.isianKosong()) {
          kosong.add(r + 1);
        } else {
          terisi.add(new Baris(r + 1, m));
        }
      }
      return new Isi(terisi, kosong);
    } catch (IOException | RuntimeException e) {
      if (e instanceof DaftarDitolak d) {
        throw d;
      }
      throw new DaftarDitolak(
          PESAN.f("daftar.tidak.terbaca", nama, e.getClass().getSimpleName()), e);
    }
  }

  private static Map<String, Integer> header(Row row) {
    Map<String, Integer> kolom = new HashMap<>();
    if (row == null) {
      return kolom;
    }
    for (Cell c : row) {
      String nama = teks(c).strip().toLowerCase(Locale.ROOT);
      if (!nama.isEmpty()) {
        kolom.putIfAbsent(nama, c.getColumnIndex());
      }
    }
    return kolom;
  }

  private static boolean kosongSemua(Row row) {
    for (Cell c : row) {
      if (!teks(c).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String teks(Row row, int kolom) {
    return teks(row.getCell(kolom));
  }

  private static String teks(Cell c) {
    if (c == null) {
      return "";
    }
    CellType type =
        c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    switch (type) {
      case STRING:
        return c.getStringCellValue();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(c)) {
          return c.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return ANGKA.formatRawCellContents(
            c.getNumericCellValue(),
            c.getCellStyle().getDataFormat(),
            c.getCellStyle().getDataFormatString());
      case BOOLEAN:
        return Boolean.toString(c.getBooleanCellValue());
      default:
        return "";
    }
  }
}
