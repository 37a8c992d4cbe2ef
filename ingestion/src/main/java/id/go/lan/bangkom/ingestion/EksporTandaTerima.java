package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.CsvPenulis;
import id.go.lan.bangkom.core.Pesan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The refused part of a receipt as a file a PIC downloads and fixes from (issue 17.2): one row per
 * {@link BerkasDitolak} (a file refused whole, first) and per {@link Penolakan} (a row's fault; a
 * row with several faults has several), with the columns {@link #KOLOM} named as in the receipt's
 * JSON.
 *
 * <p>CSV: UTF-8 with a byte order mark, comma, CRLF (see {@link Templat} for why); every text cell
 * through {@link CsvPenulis#teks}, so a value a PIC sent such as {@code =1+1} is shown, never run.
 * XLSX: sheet "Ditolak" with the same rows (text cells are never formulas), continued on "Ditolak
 * 2", ... past a sheet's row limit, and sheet "Ringkasan" with the counts per dataset. Written with
 * POI's streaming writer, so a receipt of many thousand refused rows needs little memory.
 */
public final class EksporTandaTerima {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  /** The columns of the refused rows, in order. */
  static final List<String> KOLOM =
      List.of(
          "berkas", "dataset", "nomor_baris", "kolom", "nilai", "kode_alasan", "pesan", "saran");

  /** The columns of the summary sheet. */
  static final List<String> KOLOM_RINGKASAN =
      List.of("dataset", "berkas", "baris_dibaca", "baris_diterima", "baris_ditolak");

  private static final int INDEKS_NOMOR_BARIS = 2;
  private static final int INDEKS_KODE = 5;

  /** Data rows of one sheet: all rows but the header. */
  private static final int BARIS_PER_LEMBAR = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

  private EksporTandaTerima() {}

  /** The refused files and rows of {@code r} as CSV. */
  public static byte[] csv(Receipt r) {
    requireNonNull(r, "r is null");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CsvPenulis csv =
        new CsvPenulis(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), ',', "\r\n")) {
      csv.baris(KOLOM.toArray(String[]::new));
      for (Object[] row : baris(r)) {
        for (int i = 0; i < row.length; i++) {
          if (i == INDEKS_NOMOR_BARIS || i == INDEKS_KODE) {
            // A row number and a stable code: the product's own values.
            csv.nilai(row[i]);
          } else {
            csv.teks((String) row[i]);
          }
        }
        csv.akhiriBaris();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The refused files and rows of {@code r} as XLSX: sheets "Ditolak" and "Ringkasan". */
  public static byte[] xlsx(Receipt r) {
    return xlsx(r, BARIS_PER_LEMBAR);
  }

  /** {@link #xlsx(Receipt)} with at most {@code barisPerLembar} rows on a "Ditolak" sheet. */
  static byte[] xlsx(Receipt r, int barisPerLembar) {
    requireNonNull(r, "r is null");
    // close() also deletes the streaming writer's temporary files (POI 5.5).
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle tebal = wb.createCellStyle();
      tebal.setFont(bold);
      ditolak(wb, r, tebal, barisPerLembar);
      ringkasan(wb, r, tebal);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      wb.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void ditolak(SXSSFWorkbook wb, Receipt r, CellStyle tebal, int barisPerLembar) {
    List<Object[]> rows = baris(r);
    int lembar = 0;
    int index = 0;
    do {
      lembar++;
      Sheet s = wb.createSheet(lembar == 1 ? "Ditolak" : "Ditolak " + lembar);
      header(s, KOLOM, tebal);
      int[] lebar = {24, 14, 12, 18, 24, 26, 60, 60};
      for (int i = 0; i < lebar.length; i++) {
        s.setColumnWidth(i, lebar[i] * 256);
      }
      s.createFreezePane(0, 1);
      for (int n = 1; n <= barisPerLembar && index < rows.size(); n++, index++) {
        Object[] values = rows.get(index);
        Row row = s.createRow(n);
        for (int i = 0; i < values.length; i++) {
          if (values[i] instanceof Long number) {
            row.createCell(i).setCellValue(number.doubleValue());
          } else if (values[i] != null) {
            row.createCell(i).setCellValue((String) values[i]);
          }
        }
      }
    } while (index < rows.size());
  }

  private static void ringkasan(SXSSFWorkbook wb, Receipt r, CellStyle tebal) {
    Sheet s = wb.createSheet("Ringkasan");
    header(s, KOLOM_RINGKASAN, tebal);
    int n = 1;
    for (Map.Entry<String, DatasetInfo> e : r.datasets().entrySet()) {
      DatasetInfo d = e.getValue();
      counts(
          s.createRow(n++),
          e.getKey(),
          d.berkas(),
          d.barisDibaca(),
          d.barisDiterima(),
          d.barisDitolak());
    }
    Row total =
        counts(
            s.createRow(n),
            PESAN.f("ekspor.jumlah"),
            null,
            r.barisDibaca(),
            r.barisDiterima(),
            r.barisDitolak());
    total.getCell(0).setCellStyle(tebal);
    int[] lebar = {16, 30, 14, 14, 14};
    for (int i = 0; i < lebar.length; i++) {
      s.setColumnWidth(i, lebar[i] * 256);
    }
  }

  private static Row counts(
      Row row, String dataset, String berkas, long dibaca, long diterima, long ditolak) {
    row.createCell(0).setCellValue(dataset);
    if (berkas != null) {
      row.createCell(1).setCellValue(berkas);
    }
    row.createCell(2).setCellValue(dibaca);
    row.createCell(3).setCellValue(diterima);
    row.createCell(4).setCellValue(ditolak);
    return row;
  }

  private static void header(Sheet s, List<String> names, CellStyle tebal) {
    Row h = s.createRow(0);
    for (int i = 0; i < names.size(); i++) {
      Cell c = h.createCell(i);
      c.setCellValue(names.get(i));
      c.setCellStyle(tebal);
    }
  }

  /** The rows of both formats: files refused whole, then the rows' faults, as in the receipt. */
  private static List<Object[]> baris(Receipt r) {
    List<Object[]> rows = new ArrayList<>(r.berkasDitolak().size() + r.penolakan().size());
    for (BerkasDitolak b : r.berkasDitolak()) {
      rows.add(
          new Object[] {
            b.berkas(),
            datasetOf(b.berkas()),
            null,
            b.kolom(),
            null,
            b.kodeAlasan().name(),
            b.pesan(),
            b.saran()
          });
    }
    for (Penolakan p : r.penolakan()) {
      rows.add(
          new Object[] {
            p.berkas(),
            p.dataset(),
            p.nomorBaris(),
            p.kolom(),
            p.nilai(),
            p.kodeAlasan().name(),
            p.pesan(),
            p.saran()
          });
    }
    return rows;
  }

  /**
   * The dataset a refused file was meant for, read from its name ({@code pegawai.csv}, {@code
   * 2026-CW1.xlsx#bangkom}); null when the name is none of the datasets.
   */
  static String datasetOf(String berkas) {
    String name = berkas;
    int sheet = name.lastIndexOf('#');
    if (sheet >= 0) {
      name = name.substring(sheet + 1);
    } else {
      name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      int dot = name.lastIndexOf('.');
      if (dot > 0) {
        name = name.substring(0, dot);
      }
    }
    return Dataset.fromName(name.toLowerCase(Locale.ROOT)).map(Dataset::id).orElse(null);
  }
}
