package id.go.lan.bangkom.tindaklanjut;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a filled worklist for tests the way an analis leaves it: the agreed columns in order (with
 * skor_mutu_data, a read-only number, and eskalasi, a read-only text placed before the fill-in
 * block, both ignored by the import), read-only part partly filled, cells given as text, a {@link
 * LocalDate} (an Excel date cell) or a number.
 */
final class DaftarUji {
  static final List<String> KOLOM =
      List.of(
          "periode",
          "kode_instansi",
          "nama_instansi",
          "level",
          "level_sebelumnya",
          "persen_on_track",
          "perubahan_persen",
          "jp_kurang",
          "masalah_data",
          "skor_mutu_data",
          "surat",
          "surat_gagal",
          "tenggat",
          "eskalasi",
          "tindak_lanjut_terakhir",
          "janji_terakhir",
          "tanggal",
          "saluran",
          "kontak",
          "hasil",
          "janji_tindakan",
          "janji_tanggal");

  private DaftarUji() {}

  /**
   * One row: periode, kode_instansi, then the fill-in part (tanggal, saluran, kontak, hasil,
   * janji_tindakan, janji_tanggal); null leaves a cell empty, an empty array a wholly blank row.
   */
  static Object[] baris(Object... isi) {
    return isi;
  }

  static Path tulis(Path berkas, String lembar, List<Object[]> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle tanggal = wb.createCellStyle();
      tanggal.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
      Sheet s = wb.createSheet(lembar);
      Row header = s.createRow(0);
      for (int i = 0; i < KOLOM.size(); i++) {
        header.createCell(i).setCellValue(KOLOM.get(i));
      }
      int r = 1;
      for (Object[] isi : rows) {
        Row row = s.createRow(r++);
        if (isi.length == 0) {
          continue;
        }
        set(row, 0, isi[0], tanggal);
        set(row, 1, isi[1], tanggal);
        set(row, 2, "Nama instansi " + isi[1], tanggal);
        set(row, 3, "MERAH", tanggal);
        // A read-only number the import must ignore (issue 16.6 added the column to the format).
        set(row, KOLOM.indexOf("skor_mutu_data"), 87.5, tanggal);
        // Issue 16.4 added this read-only column between tenggat and the fill-in block.
        set(
            row,
            KOLOM.indexOf("eskalasi"),
            "Tahap 2 (tenggat lewat tanpa tanggapan); surat ke pimpinan terkirim 2026-06-02",
            tanggal);
        int isian = KOLOM.indexOf("tanggal");
        for (int i = 2; i < isi.length; i++) {
          set(row, isian + i - 2, isi[i], tanggal);
        }
      }
      try (OutputStream out = Files.newOutputStream(berkas)) {
        wb.write(out);
      }
    }
    return berkas;
  }

  private static void set(Row row, int kolom, Object nilai, CellStyle tanggal) {
    if (nilai == null) {
      return;
    }
    Cell c = row.createCell(kolom);
    if (nilai instanceof LocalDate d) {
      c.setCellValue(d);
      c.setCellStyle(tanggal);
    } else if (nilai instanceof Number n) {
      c.setCellValue(n.doubleValue());
    } else {
      c.setCellValue(nilai.toString());
    }
  }
}
