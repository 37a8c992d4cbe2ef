package id.go.lan.bangkom.reports.tindaklanjut;

import static id.go.lan.bangkom.reports.tindaklanjut.Teks.teks;

import id.go.lan.bangkom.reports.XlsxSederhana;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The worklist workbook (Office Open XML written directly, like the reports' other lists): sheet
 * {@code Daftar} with the agreed column names on row 1, the read-only block on a blue header and
 * the fill-in block on a yellow header with yellow, text-formatted empty cells (a date typed as
 * 2026-09-15 stays that text); an escalated instansi's {@code eskalasi} cell is red and bold and
 * its name bold dark red, a thank-you note's cell green; {@code saluran} offers its five values as
 * a drop-down and refuses others; the date columns prompt for YYYY-MM-DD. A second sheet {@code
 * Petunjuk} explains every column, a third {@code Efektivitas} compares the analis's instansi
 * ({@link LembarEfektivitas}). Written next to the target and moved in place.
 */
final class BukuKerjaDaftar {
  static final String SHEET = "Daftar";

  /** The read-only columns, in order (the agreed format, docs/contracts.md). */
  static final List<String> KOLOM_BACA =
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
          "janji_terakhir");

  /** The columns the analis fills in, in order. */
  static final List<String> KOLOM_ISIAN =
      List.of("tanggal", "saluran", "kontak", "hasil", "janji_tindakan", "janji_tanggal");

  /** The channels {@code saluran} accepts. */
  static final List<String> SALURAN = List.of("TELEPON", "WHATSAPP", "SURAT", "KUNJUNGAN", "RAPAT");

  private static final int[] LEBAR = {
    10, 14, 36, 9, 11, 10, 11, 11, 40, 10, 22, 30, 11, 40, 40, 34, 12, 13, 24, 36, 30, 13
  };

  // Cell styles (xl/styles.xml, cellXfs): 0 text, 1 two decimals, 2 read-only header, 3 fill-in
  // header, 4 fill-in cell (text format, yellow), 5 wrapped text for Petunjuk, 6 an escalation
  // (red, bold dark red), 7 a thank-you note (green), 8 the name of an escalated instansi.
  private static final int ANGKA = 1;
  private static final int KEPALA_BACA = 2;
  private static final int KEPALA_ISIAN = 3;
  private static final int ISIAN = 4;
  private static final int TEKS_PANJANG = 5;
  private static final int ESKALASI = 6;
  private static final int TERIMA_KASIH = 7;
  private static final int NAMA_ESKALASI = 8;

  private BukuKerjaDaftar() {}

  /**
   * Writes the workbook: sheet {@code Daftar} with {@code baris}, {@code Petunjuk}, and {@code
   * Efektivitas} with {@code efektivitas} (the sheet's XML, {@link LembarEfektivitas}).
   */
  static void tulis(Path xlsx, List<BarisDaftar> baris, String efektivitas) throws IOException {
    Path target = xlsx.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp);
          ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
        bagian(zip, "[Content_Types].xml", CONTENT_TYPES);
        bagian(zip, "_rels/.rels", RELS);
        bagian(zip, "xl/workbook.xml", workbook(baris.size()));
        bagian(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        bagian(zip, "xl/styles.xml", STYLES);
        bagian(zip, "xl/worksheets/sheet1.xml", daftar(baris));
        bagian(zip, "xl/worksheets/sheet2.xml", petunjuk());
        bagian(zip, "xl/worksheets/sheet3.xml", efektivitas);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String daftar(List<BarisDaftar> baris) {
    int kolom = KOLOM_BACA.size() + KOLOM_ISIAN.size();
    int akhir = baris.size() + 1;
    StringBuilder s = new StringBuilder(4096 + baris.size() * 1024);
    s.append(XML)
        .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        .append("<sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"1\">")
        .append("<pane xSplit=\"3\" ySplit=\"1\" topLeftCell=\"D2\" activePane=\"bottomRight\"")
        .append(" state=\"frozen\"/></sheetView></sheetViews><cols>");
    for (int i = 0; i < LEBAR.length; i++) {
      s.append("<col min=\"")
          .append(i + 1)
          .append("\" max=\"")
          .append(i + 1)
          .append("\" width=\"")
          .append(LEBAR[i])
          .append("\" customWidth=\"1\"/>");
    }
    s.append("</cols><sheetData><row r=\"1\">");
    int k = 0;
    for (String h : KOLOM_BACA) {
      sel(s, k++, 1, h, KEPALA_BACA);
    }
    for (String h : KOLOM_ISIAN) {
      sel(s, k++, 1, h, KEPALA_ISIAN);
    }
    s.append("</row>");
    int r = 1;
    for (BarisDaftar b : baris) {
      r++;
      s.append("<row r=\"").append(r).append("\">");
      sel(s, 0, r, b.periode(), 0);
      sel(s, 1, r, b.kodeInstansi(), 0);
      sel(s, 2, r, b.namaInstansi(), b.dieskalasi() ? NAMA_ESKALASI : 0);
      sel(s, 3, r, b.level(), 0);
      sel(s, 4, r, b.levelSebelumnya(), 0);
      angka(s, 5, r, b.persenOnTrack());
      angka(s, 6, r, b.perubahanPersen());
      angka(s, 7, r, b.jpKurang());
      sel(s, 8, r, b.masalahData(), 0);
      angka(s, 9, r, b.skorMutuData());
      sel(s, 10, r, b.surat(), 0);
      sel(s, 11, r, b.suratGagal(), 0);
      sel(s, 12, r, b.tenggat(), 0);
      sel(s, 13, r, b.eskalasi(), gayaEskalasi(b));
      sel(s, 14, r, b.tindakLanjutTerakhir(), 0);
      sel(s, 15, r, b.janjiTerakhir(), 0);
      for (int i = KOLOM_BACA.size(); i < kolom; i++) {
        s.append("<c r=\"").append(ref(i, r)).append("\" s=\"").append(ISIAN).append("\"/>");
      }
      s.append("</row>");
    }
    String saluran = ref(KOLOM_BACA.size() + KOLOM_ISIAN.indexOf("saluran"), 2);
    String tanggal = ref(KOLOM_BACA.size() + KOLOM_ISIAN.indexOf("tanggal"), 2);
    String janjiTanggal = ref(KOLOM_BACA.size() + KOLOM_ISIAN.indexOf("janji_tanggal"), 2);
    s.append("</sheetData><autoFilter ref=\"A1:")
        .append(ref(kolom - 1, akhir))
        .append("\"/><dataValidations count=\"2\">")
        .append("<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\"")
        .append(" showErrorMessage=\"1\" errorTitle=\"")
        .append(xml(teks("tindak_lanjut.xlsx.saluran_judul")))
        .append("\" error=\"")
        .append(xml(teks("tindak_lanjut.xlsx.saluran_galat", String.join(", ", SALURAN))))
        .append("\" promptTitle=\"")
        .append(xml(teks("tindak_lanjut.xlsx.saluran_judul")))
        .append("\" prompt=\"")
        .append(xml(teks("tindak_lanjut.xlsx.saluran_petunjuk", String.join(", ", SALURAN))))
        .append("\" sqref=\"")
        .append(saluran)
        .append(':')
        .append(saluran.replaceAll("\\d+$", "") + akhir)
        .append("\"><formula1>\"")
        .append(String.join(",", SALURAN))
        .append("\"</formula1></dataValidation>")
        .append("<dataValidation allowBlank=\"1\" showInputMessage=\"1\" promptTitle=\"")
        .append(xml(teks("tindak_lanjut.xlsx.tanggal_judul")))
        .append("\" prompt=\"")
        .append(xml(teks("tindak_lanjut.xlsx.tanggal_petunjuk")))
        .append("\" sqref=\"")
        .append(tanggal)
        .append(':')
        .append(tanggal.replaceAll("\\d+$", "") + akhir)
        .append(' ')
        .append(janjiTanggal)
        .append(':')
        .append(janjiTanggal.replaceAll("\\d+$", "") + akhir)
        .append("\"/></dataValidations></worksheet>");
    return s.toString();
  }

  /** The style of the {@code eskalasi} cell: red for an escalation, green for a thank-you note. */
  private static int gayaEskalasi(BarisDaftar b) {
    if (b.dieskalasi()) {
      return ESKALASI;
    }
    return b.tahapLanjut().isPresent() ? TERIMA_KASIH : 0;
  }

  /** Sheet {@code Petunjuk}: how to fill the list, then one row per column. */
  private static String petunjuk() {
    StringBuilder s = new StringBuilder(8192);
    s.append(XML)
        .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        .append("<cols><col min=\"1\" max=\"1\" width=\"24\" customWidth=\"1\"/>")
        .append("<col min=\"2\" max=\"2\" width=\"110\" customWidth=\"1\"/></cols><sheetData>");
    int r = 1;
    s.append("<row r=\"1\">");
    sel(s, 0, r, teks("tindak_lanjut.xlsx.petunjuk_kolom"), KEPALA_BACA);
    sel(s, 1, r, teks("tindak_lanjut.xlsx.petunjuk_keterangan"), KEPALA_BACA);
    s.append("</row>");
    for (String kolom : KOLOM_BACA) {
      r++;
      s.append("<row r=\"").append(r).append("\">");
      sel(s, 0, r, kolom, 0);
      String keterangan = teks("tindak_lanjut.petunjuk." + kolom);
      if (kolom.equals("level")) {
        keterangan += " " + teks("tindak_lanjut.petunjuk.level_eskalasi");
      }
      sel(s, 1, r, keterangan, TEKS_PANJANG);
      s.append("</row>");
    }
    for (String kolom : KOLOM_ISIAN) {
      r++;
      s.append("<row r=\"").append(r).append("\">");
      sel(s, 0, r, kolom, KEPALA_ISIAN);
      sel(
          s,
          1,
          r,
          teks("tindak_lanjut.petunjuk." + kolom, String.join(", ", SALURAN)),
          TEKS_PANJANG);
      s.append("</row>");
    }
    r += 2;
    s.append("<row r=\"").append(r).append("\">");
    sel(s, 0, r, teks("tindak_lanjut.xlsx.cara_judul"), KEPALA_BACA);
    sel(s, 1, r, teks("tindak_lanjut.xlsx.cara"), TEKS_PANJANG);
    s.append("</row></sheetData></worksheet>");
    return s.toString();
  }

  static void sel(StringBuilder s, int kolom, int baris, String value, int style) {
    if (value == null || value.isEmpty()) {
      if (style != 0) {
        s.append("<c r=\"")
            .append(ref(kolom, baris))
            .append("\" s=\"")
            .append(style)
            .append("\"/>");
      }
      return;
    }
    s.append("<c r=\"").append(ref(kolom, baris)).append("\" t=\"inlineStr\"");
    if (style != 0) {
      s.append(" s=\"").append(style).append('"');
    }
    s.append("><is><t xml:space=\"preserve\">").append(xml(value)).append("</t></is></c>");
  }

  /** A number with two decimals. */
  static void angka(StringBuilder s, int kolom, int baris, BigDecimal value) {
    angka(s, kolom, baris, value, ANGKA);
  }

  /** A number in {@code style} (0: general, for counts). */
  static void angka(StringBuilder s, int kolom, int baris, BigDecimal value, int style) {
    if (value != null) {
      s.append("<c r=\"").append(ref(kolom, baris)).append('"');
      if (style != 0) {
        s.append(" s=\"").append(style).append('"');
      }
      s.append("><v>").append(value.toPlainString()).append("</v></c>");
    }
  }

  /** 0-based column and 1-based row -> A1 reference (up to column Z: the list has 22). */
  private static String ref(int kolom, int baris) {
    return (char) ('A' + kolom) + Integer.toString(baris);
  }

  private static String workbook(int jumlahBaris) {
    int kolom = KOLOM_BACA.size() + KOLOM_ISIAN.size();
    return XML
        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<sheets><sheet name=\""
        + SHEET
        + "\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\""
        + xml(teks("tindak_lanjut.xlsx.sheet_petunjuk"))
        + "\" sheetId=\"2\" r:id=\"rId3\"/><sheet name=\""
        + LembarEfektivitas.SHEET
        + "\" sheetId=\"3\" r:id=\"rId4\"/></sheets><definedNames><definedName"
        + " name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'"
        + SHEET
        + "'!$A$1:$"
        + (char) ('A' + kolom - 1)
        + "$"
        + (jumlahBaris + 1)
        + "</definedName></definedNames></workbook>";
  }

  private static void bagian(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Escapes XML and drops characters XML 1.0 cannot hold (the reports' one escaper). */
  static String xml(String text) {
    return XlsxSederhana.xml(text);
  }

  static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private static final String CONTENT_TYPES =
      XML
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\""
          + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet3.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>";

  private static final String RELS =
      XML
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

  private static final String WORKBOOK_RELS =
      XML
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/styles\" Target=\"styles.xml\"/>"
          + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
          + "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/worksheet\" Target=\"worksheets/sheet3.xml\"/></Relationships>";

  private static final String STYLES =
      XML
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
          + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
          + "<font><b/><sz val=\"11\"/><color rgb=\"FF9C0006\"/><name val=\"Calibri\"/></font>"
          + "</fonts><fills count=\"7\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill>"
          + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9E1F2\"/></patternFill>"
          + "</fill><fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFD966\"/>"
          + "</patternFill></fill><fill><patternFill patternType=\"solid\">"
          + "<fgColor rgb=\"FFFFF2CC\"/></patternFill></fill><fill><patternFill"
          + " patternType=\"solid\"><fgColor rgb=\"FFF4CCCC\"/></patternFill></fill>"
          + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9EAD3\"/>"
          + "</patternFill></fill></fills>"
          + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          + "<border><left style=\"thin\"><color rgb=\"FFBFBFBF\"/></left><right style=\"thin\">"
          + "<color rgb=\"FFBFBFBF\"/></right><top style=\"thin\"><color rgb=\"FFBFBFBF\"/></top>"
          + "<bottom style=\"thin\"><color rgb=\"FFBFBFBF\"/></bottom><diagonal/></border>"
          + "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
          + " borderId=\"0\"/></cellStyleXfs><cellXfs count=\"9\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\""
          + " applyFont=\"1\" applyFill=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"3\" borderId=\"0\" xfId=\"0\""
          + " applyFont=\"1\" applyFill=\"1\"/>"
          + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"4\" borderId=\"1\" xfId=\"0\""
          + " applyNumberFormat=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>"
          + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"5\" borderId=\"0\" xfId=\"0\""
          + " applyFont=\"1\" applyFill=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"6\" borderId=\"0\" xfId=\"0\""
          + " applyFill=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyFont=\"1\"/>"
          + "</cellXfs></styleSheet>";
}
