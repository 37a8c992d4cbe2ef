package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.CsvPenulis;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Pesan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Submission templates a PIC downloads (issue 17.2): per dataset a CSV and an XLSX with the header
 * ingestion reads and one example row that ingestion accepts, the XLSX with a guide sheet
 * "Petunjuk" (each column: required or not, format, allowed values). Everything is taken from the
 * definitions the row checks use ({@link Dataset}, {@link Column}, the value lists, the configured
 * instrument and limits), so a template cannot say other than the rules.
 *
 * <p>The CSV holds the header and the example row only: any other line (a comment, a list of
 * allowed values) would be read as a data row and refused. It is UTF-8 with a byte order mark,
 * comma-separated, CRLF line ends: Excel opens a UTF-8 file without a BOM in the PC's ANSI code
 * page (a name with é or ' breaks), with the BOM it reads UTF-8 and saves "CSV UTF-8" again;
 * ingestion skips the BOM. The comma is RFC 4180 and what every sample uses (ingestion reads {@code
 * ;} too); a PIC whose Excel expects {@code ;} takes the XLSX template, which is the one the portal
 * offers first.
 *
 * <p>The example row: NIP 199001012020011000 (sequence number 000, never issued, yet it passes
 * every NIP check), dates inside the period. The guide tells the PIC to delete it: a row left in is
 * data like any other.
 */
public final class Templat {
  private static final Pesan PESAN = Pesan.modul("ingestion");
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** Rows of the data sheet a list validation covers: all but the header. */
  private static final int BARIS_TERAKHIR = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  /** The longest inline list of a data validation Excel takes, in characters. */
  private static final int DAFTAR_MAKSIMUM = 255;

  /**
   * One column of a template as its guide describes it.
   *
   * @param nama the header ingestion reads ({@code nip}, {@code tmt_asn}, ...)
   * @param wajib whether an empty cell refuses the row on its own ({@code jp} and {@code
   *     durasi_menit} are not: one of the two must be filled, as {@code keteranganWajib} says)
   * @param keteranganWajib "Ya", "Tidak" or the rule between two columns, in Bahasa Indonesia
   * @param format how a value is written
   * @param nilaiSah the allowed values or limits; empty for free text
   * @param judulLain other header texts ingestion recognises for the column
   * @param contoh the example row's value as text (empty when the example leaves it empty)
   */
  public record Kolom(
      String nama,
      boolean wajib,
      String keteranganWajib,
      String format,
      String nilaiSah,
      List<String> judulLain,
      String contoh) {
    public Kolom {
      requireNonNull(nama, "nama is null");
      requireNonNull(keteranganWajib, "keteranganWajib is null");
      requireNonNull(format, "format is null");
      requireNonNull(nilaiSah, "nilaiSah is null");
      judulLain = List.copyOf(judulLain);
      requireNonNull(contoh, "contoh is null");
    }
  }

  private Templat() {}

  /** The datasets with a template: {@code pegawai}, {@code bangkom}, {@code training_rate}. */
  public static List<String> dataset() {
    return Arrays.stream(Dataset.values()).map(Dataset::id).toList();
  }

  /**
   * The CSV template of the default configuration, its example row dated in the period running
   * today (Asia/Jakarta).
   *
   * @throws IllegalArgumentException when {@code dataset} is not one of {@link #dataset()} (message
   *     in Bahasa Indonesia)
   */
  public static byte[] csv(String dataset) {
    BangkomConfig config = BangkomConfig.defaults();
    return csv(dataset, periodeBerjalan(LocalDate.now(WIB), config.calendar()), config);
  }

  /**
   * The CSV template for a period (the example row's dates fall in it) and a configuration (its
   * instrument and limits).
   *
   * @throws IllegalArgumentException when {@code dataset} is not one of {@link #dataset()}
   */
  public static byte[] csv(String dataset, Periode periode, BangkomConfig config) {
    Dataset d = dataset(dataset);
    KolomTemplat kolom = new KolomTemplat(d, periode, requireNonNull(config, "config is null"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CsvPenulis csv =
        new CsvPenulis(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), ',', "\r\n")) {
      for (Column c : d.columns()) {
        csv.teks(c.id());
      }
      csv.akhiriBaris();
      for (Object value : kolom.contoh()) {
        if (value instanceof String s) {
          csv.teks(s);
        } else {
          // A date or a number the product formats itself.
          csv.nilai(KolomTemplat.teks(value));
        }
      }
      csv.akhiriBaris();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The XLSX template of the default configuration for the period running today: sheet 1 named
   * after the dataset (header and example row), sheet 2 "Petunjuk".
   *
   * @throws IllegalArgumentException when {@code dataset} is not one of {@link #dataset()}
   */
  public static byte[] xlsx(String dataset) {
    BangkomConfig config = BangkomConfig.defaults();
    return xlsx(dataset, periodeBerjalan(LocalDate.now(WIB), config.calendar()), config);
  }

  /**
   * The XLSX template for a period and a configuration, as {@link #csv(String, Periode,
   * BangkomConfig)}.
   *
   * @throws IllegalArgumentException when {@code dataset} is not one of {@link #dataset()}
   */
  public static byte[] xlsx(String dataset, Periode periode, BangkomConfig config) {
    Dataset d = dataset(dataset);
    KolomTemplat kolom = new KolomTemplat(d, periode, requireNonNull(config, "config is null"));
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      new TemplatXlsx(wb, d, kolom).tulis();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      wb.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The guide of a dataset's columns (what the XLSX's "Petunjuk" sheet lists), for a page to show
   * beside the download links.
   *
   * @throws IllegalArgumentException when {@code dataset} is not one of {@link #dataset()}
   */
  public static List<Kolom> petunjuk(String dataset, Periode periode, BangkomConfig config) {
    return new KolomTemplat(dataset(dataset), periode, requireNonNull(config, "config is null"))
        .petunjuk();
  }

  /** The period whose caturwulan holds {@code hari}. */
  static Periode periodeBerjalan(LocalDate hari, CaturwulanCalendar calendar) {
    for (int cw = 1; cw < 3; cw++) {
      Periode p = new Periode(hari.getYear(), cw);
      if (!hari.isAfter(calendar.akhir(p))) {
        return p;
      }
    }
    return new Periode(hari.getYear(), 3);
  }

  private static Dataset dataset(String name) {
    requireNonNull(name, "dataset is null");
    for (Dataset d : Dataset.values()) {
      if (d.id().equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        PESAN.f("templat.dataset_tidak_dikenal", name, String.join(", ", dataset())));
  }

  /** The two sheets of an XLSX template. */
  private static final class TemplatXlsx {
    private final XSSFWorkbook wb;
    private final Dataset dataset;
    private final KolomTemplat kolom;
    private final CellStyle tebal;
    private final CellStyle teks;
    private final CellStyle tanggal;
    private final CellStyle bungkus;

    TemplatXlsx(XSSFWorkbook wb, Dataset dataset, KolomTemplat kolom) {
      this.wb = wb;
      this.dataset = dataset;
      this.kolom = kolom;
      Font bold = wb.createFont();
      bold.setBold(true);
      tebal = wb.createCellStyle();
      tebal.setFont(bold);
      teks = wb.createCellStyle();
      // "@": what a PIC types or pastes stays text, so an 18-digit NIP keeps its digits.
      teks.setDataFormat(wb.createDataFormat().getFormat("@"));
      tanggal = wb.createCellStyle();
      tanggal.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      bungkus = wb.createCellStyle();
      bungkus.setWrapText(true);
      bungkus.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
    }

    void tulis() {
      data();
      petunjuk();
    }

    private void data() {
      Sheet s = wb.createSheet(dataset.id());
      List<Column> columns = dataset.columns();
      List<Object> contoh = kolom.contoh();
      Row header = s.createRow(0);
      Row row = s.createRow(1);
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        Cell h = header.createCell(i);
        h.setCellValue(c.id());
        h.setCellStyle(tebal);
        CellStyle style = gaya(c);
        if (style != null) {
          s.setDefaultColumnStyle(i, style);
        }
        s.setColumnWidth(i, Math.max(14, c.id().length() + 4) * 256);
        Object value = contoh.get(i);
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(i);
        if (value instanceof LocalDate date) {
          cell.setCellValue(date);
        } else if (value instanceof BigDecimal number) {
          cell.setCellValue(number.doubleValue());
        } else {
          cell.setCellValue((String) value);
        }
        if (style != null) {
          cell.setCellStyle(style);
        }
        pilihan(s, c, i);
      }
      s.createFreezePane(0, 1);
    }

    private CellStyle gaya(Column c) {
      return switch (c) {
        case NIP, NOMOR_SERTIFIKAT, GOLONGAN -> teks;
        case TMT_ASN, TANGGAL_MULAI, TANGGAL_SELESAI -> tanggal;
        default -> null;
      };
    }

    /** A drop-down of the allowed values; a warning only, since ingestion has the last word. */
    private void pilihan(Sheet s, Column c, int index) {
      List<String> values = kolom.pilihan(c);
      if (values.isEmpty() || String.join(",", values).length() > DAFTAR_MAKSIMUM) {
        // Excel refuses a workbook whose inline list is longer: the guide lists them all anyway.
        return;
      }
      DataValidationHelper helper = s.getDataValidationHelper();
      DataValidationConstraint constraint =
          helper.createExplicitListConstraint(values.toArray(String[]::new));
      DataValidation v =
          helper.createValidation(
              constraint, new CellRangeAddressList(1, BARIS_TERAKHIR, index, index));
      v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
      v.setShowErrorBox(true);
      v.createErrorBox(
          PESAN.f("templat.validasi.judul"),
          PESAN.f("templat.validasi.pesan", String.join(", ", values)));
      s.addValidationData(v);
    }

    private void petunjuk() {
      Sheet s = wb.createSheet("Petunjuk");
      int r = 0;
      cell(s.createRow(r++), 0, PESAN.f("templat.judul", dataset.id()), tebal);
      cell(s.createRow(r++), 0, PESAN.f("templat.catatan.hapus_contoh", dataset.id()), tebal);
      cell(s.createRow(r++), 0, PESAN.f("templat.catatan.berkas", dataset.id()), null);
      cell(s.createRow(r++), 0, PESAN.f("templat.catatan.judul"), null);
      r++;
      Row header = s.createRow(r++);
      String[] judul = {
        PESAN.f("templat.kepala.kolom"),
        PESAN.f("templat.kepala.wajib"),
        PESAN.f("templat.kepala.format"),
        PESAN.f("templat.kepala.nilai_sah"),
        PESAN.f("templat.kepala.judul_lain"),
        PESAN.f("templat.kepala.contoh")
      };
      for (int i = 0; i < judul.length; i++) {
        cell(header, i, judul[i], tebal);
      }
      for (Kolom k : kolom.petunjuk()) {
        Row row = s.createRow(r++);
        cell(row, 0, k.nama(), bungkus);
        cell(row, 1, k.keteranganWajib(), bungkus);
        cell(row, 2, k.format(), bungkus);
        cell(row, 3, k.nilaiSah(), bungkus);
        cell(row, 4, String.join(", ", k.judulLain()), bungkus);
        cell(row, 5, k.contoh(), bungkus);
      }
      int[] lebar = {18, 16, 40, 60, 30, 24};
      for (int i = 0; i < lebar.length; i++) {
        s.setColumnWidth(i, lebar[i] * 256);
      }
    }

    private static void cell(Row row, int index, String text, CellStyle style) {
      Cell c = row.createCell(index);
      c.setCellValue(text);
      if (style != null) {
        c.setCellStyle(style);
      }
    }
  }
}
