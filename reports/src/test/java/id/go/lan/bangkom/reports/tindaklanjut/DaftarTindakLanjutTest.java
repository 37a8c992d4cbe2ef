package id.go.lan.bangkom.reports.tindaklanjut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.DokumenTerbit;
import id.go.lan.bangkom.reports.PengaturanSurat;
import id.go.lan.bangkom.reports.ReportRenderException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worklists of 2026-CW1 from {@link GudangDaftar}, every value worked out by hand from the
 * figures there: the report date is 2026-05-25 and {@code surat.tenggat_hari} is set to 10 (not the
 * default 14), so each deadline shows which date it started from.
 */
class DaftarTindakLanjutTest {
  private static final Periode CW1 = new Periode(2026, 1);
  private static final LocalDate TANGGAL_LAPORAN = LocalDate.of(2026, 5, 25);

  private static final List<String> KOLOM =
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

  @TempDir static Path tmp;
  private static Path folder;
  private static HasilDaftar hasil;

  @BeforeAll
  static void tulis() throws Exception {
    Path gudang = GudangDaftar.build(tmp, true);
    folder = tmp.resolve("reports/2026-CW1/tindak-lanjut");
    Files.createDirectories(folder);
    // A worklist of an analis no longer assigned, left by an earlier run.
    Files.writeString(folder.resolve("daftar-lama-lan-example.xlsx"), "lama");
    // A copy an analis saved there under their own name: never removed.
    Files.writeString(folder.resolve("daftar-sari-dewi-lan-example (diisi).xlsx"), "diisi");
    hasil =
        new DaftarTindakLanjut(tenggat10())
            .tulis(gudang, CW1, folder, TANGGAL_LAPORAN, Kemajuan.DIAM);
  }

  private static PengaturanSurat tenggat10() {
    return PengaturanSurat.dari(
        id.go.lan.bangkom.core.BangkomConfig.withOverrides(
            java.util.Map.of("surat.tenggat_hari", "10")));
  }

  @Test
  void oneWorkbookAndPdfPerAnalisThenTheInstansiNotAssigned() throws IOException {
    assertThat(hasil.berkas())
        .extracting(b -> b.xlsx().getFileName().toString())
        .containsExactly(
            "daftar-budi-santoso-lan-example.xlsx",
            "daftar-sari-dewi-lan-example.xlsx",
            "daftar-belum-ditugaskan.xlsx");
    assertThat(hasil.berkas())
        .extracting(BerkasDaftar::emailAnalis, BerkasDaftar::jumlahInstansi)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Optional.of("Budi.Santoso@lan.example"), 3),
            org.assertj.core.groups.Tuple.tuple(Optional.of("sari.dewi@lan.example"), 3),
            org.assertj.core.groups.Tuple.tuple(Optional.empty(), 1));
    assertThat(hasil.jumlahAnalis()).isEqualTo(2);
    assertThat(hasil.jumlahBelumDitugaskan()).isEqualTo(1);
    assertThat(hasil.catatan()).isEmpty();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly(
              "daftar-belum-ditugaskan.pdf",
              "daftar-belum-ditugaskan.xlsx",
              "daftar-budi-santoso-lan-example.pdf",
              "daftar-budi-santoso-lan-example.xlsx",
              "daftar-sari-dewi-lan-example (diisi).xlsx",
              "daftar-sari-dewi-lan-example.pdf",
              "daftar-sari-dewi-lan-example.xlsx");
    }
  }

  /**
   * MERAH, then DATA: A01 worsened (KUNING -> MERAH) so it comes before A02 though A02's persen is
   * lower; A02's letter bounced (not sent: the deadline runs from the report date); B01 is DATA
   * with no roster. A01's last follow-up is the call of 2026-05-22 (no promise), its overdue
   * promise from 2025-CW3; the entry of 2026-CW2 is not shown. No stage rows: eskalasi is empty.
   */
  @Test
  void sariGetsHerThreeInstansiMostUrgentFirst() throws IOException {
    assertThat(baris("daftar-sari-dewi-lan-example.xlsx"))
        .containsExactly(
            List.of(
                "2026-CW1",
                "A01",
                "Kementerian Alfa",
                "MERAH",
                "KUNING",
                d("40.00"),
                d("-30.00"),
                d("1234.50"),
                "",
                d("100.00"),
                "2026-05-20, level MERAH",
                "",
                "2026-05-30",
                "",
                "2026-05-22 TELEPON, Bu Rina (Kabag SDM): Surat diterima, rencana disusun"
                    + " (3 catatan)",
                "Kirim rencana pelatihan, paling lambat 2026-01-31 (sudah lewat)"),
            List.of(
                "2026-CW1",
                "A02",
                "Lembaga Beta",
                "MERAH",
                "MERAH",
                d("30.00"),
                d("-5.00"),
                "",
                "",
                "",
                "belum dikirim",
                "2026-05-20 ALAMAT_DITOLAK_SERVER: 550 kotak surat tidak ada",
                "2026-06-04",
                "",
                "",
                ""),
            List.of(
                "2026-CW1",
                "B01",
                "Provinsi Gamma",
                "DATA",
                "HIJAU",
                "",
                "",
                "",
                "Roster belum dikirim",
                d("0.00"),
                "2026-05-21, level DATA",
                "",
                "2026-05-31",
                "",
                "",
                ""));
  }

  /**
   * KUNING by persen on track (B04 improved from MERAH, B02 stayed KUNING: neither worsened), then
   * HIJAU. B02 was late and v2 had 5 of 120 rows refused, 3 of them NIP_FORMAT (v1's refusals do
   * not count). B03 was KUNING (75.00) at 2025-CW3 and, being HIJAU now, gets no letter and no
   * deadline.
   */
  @Test
  void budiGetsHisInstansiKuningByPersenThenHijau() throws IOException {
    assertThat(baris("daftar-budi-santoso-lan-example.xlsx"))
        .containsExactly(
            List.of(
                "2026-CW1",
                "B04",
                "Kota Zeta",
                "KUNING",
                "MERAH",
                d("68.00"),
                d("18.00"),
                "",
                "",
                "",
                "2026-05-22, level KUNING",
                "",
                "2026-06-01",
                "",
                "2026-05-24 WHATSAPP, Pak Andi: Sudah menerima surat (1 catatan)",
                ""),
            List.of(
                "2026-CW1",
                "B02",
                "Kabupaten Delta",
                "KUNING",
                "KUNING",
                d("72.50"),
                d("2.50"),
                d("300.00"),
                "roster terlambat (batas 2026-05-15); v2: 5 dari 120 baris ditolak, terbanyak"
                    + " NIP_FORMAT (3 baris)",
                d("87.18"),
                "2026-05-20, level KUNING",
                "",
                "2026-05-30",
                "",
                "",
                ""),
            List.of(
                "2026-CW1",
                "B03",
                "Kota Epsilon",
                "HIJAU",
                "KUNING",
                d("90.00"),
                d("15.00"),
                d("0.00"),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                ""));
  }

  /** C01 was Sari's in the old assignment only: in force on 2026-05-25 it has no analis. */
  @Test
  void instansiWithoutAnAssignmentInForceAreNotLost() throws IOException {
    assertThat(baris("daftar-belum-ditugaskan.xlsx"))
        .containsExactly(
            List.of(
                "2026-CW1",
                "C01",
                "Kabupaten Eta",
                "MERAH",
                "",
                d("20.00"),
                "",
                "",
                "",
                "",
                "belum dikirim",
                "",
                "2026-06-04",
                "",
                "",
                ""));
  }

  @Test
  void theWorkbookHasTheAgreedHeaderAndAMarkedFillInBlock() throws IOException {
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            Files.newInputStream(folder.resolve("daftar-sari-dewi-lan-example.xlsx")))) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Daftar");
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).isEqualTo(KOLOM);
      XSSFCellStyle kepalaBaca = (XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle();
      XSSFCellStyle kepalaIsian = (XSSFCellStyle) sheet.getRow(0).getCell(16).getCellStyle();
      assertThat(kepalaIsian.getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFFD966");
      assertThat(kepalaBaca.getFillForegroundColorColor().getARGBHex()).isNotEqualTo("FFFFD966");
      for (int r = 1; r <= 3; r++) {
        for (int c = 16; c < 22; c++) {
          Cell cell = sheet.getRow(r).getCell(c);
          assertThat(cell.getCellType()).as("row %s col %s", r, c).isEqualTo(CellType.BLANK);
          XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
          assertThat(style.getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFFF2CC");
          assertThat(style.getDataFormatString()).isEqualTo("@");
        }
      }
      DataValidation saluran =
          sheet.getDataValidations().stream()
              .filter(v -> v.getValidationConstraint().getExplicitListValues() != null)
              .findFirst()
              .orElseThrow();
      assertThat(saluran.getValidationConstraint().getExplicitListValues())
          .containsExactly("TELEPON", "WHATSAPP", "SURAT", "KUNJUNGAN", "RAPAT");
      assertThat(saluran.getRegions().getCellRangeAddresses()[0].formatAsString())
          .isEqualTo("R2:R4");
      assertThat(saluran.getErrorBoxText()).contains("TELEPON, WHATSAPP, SURAT, KUNJUNGAN, RAPAT");
      Sheet petunjuk = wb.getSheetAt(1);
      assertThat(petunjuk.getSheetName()).isEqualTo("Petunjuk");
      assertThat(petunjuk.getRow(18).getCell(0).getStringCellValue()).isEqualTo("saluran");
      assertThat(petunjuk.getRow(18).getCell(1).getStringCellValue())
          .isEqualTo("Diisi analis: salah satu dari TELEPON, WHATSAPP, SURAT, KUNJUNGAN, RAPAT.");
    }
  }

  @Test
  void thePdfIsALandscapeTableInUrgencyOrder() throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(folder.resolve("daftar-sari-dewi-lan-example.pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      // A4 landscape: JasperReports writes a portrait media box turned a quarter.
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
      assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(842f);
      assertThat(pdf.getPage(0).getRotation()).isEqualTo(90);
      // Cells wrap: compare with one space for every line break.
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Daftar Tindak Lanjut Sounding 2026-CW1")
          .contains(
              "Analis Bangkom: Sari Dewi <sari.dewi@lan.example> · 3 instansi · dibuat 25 Mei 2026")
          .contains("Kode", "Instansi", "Level", "Masalah data", "Tenggat", "Janji terakhir")
          .contains("MERAH (memburuk)", "40,00", "-30,00", "1.234,50", "-5,00")
          .contains("ALAMAT_DITOLAK_SERVER", "Roster belum dikirim", "2026-05-30")
          .contains("skor mutu data 100,00", "skor mutu data 0,00; Roster belum dikirim")
          .contains("Halaman 1 dari 1");
      // Each analis's list is a document of its own, with its own verification code (rendered
      // outside a workspace: under the "unregistered render" key, 32 zero bytes).
      String kode =
          DokumenTerbit.kode(
              new byte[32],
              "daftar-tindak-lanjut-sari-dewi-lan-example",
              "",
              "2026-CW1",
              TANGGAL_LAPORAN);
      assertThat(text)
          .contains(
              "Kode verifikasi: "
                  + kode
                  + " — periksa keaslian dokumen ini di http://127.0.0.1:7070/verifikasi/"
                  + kode);
      assertThat(pdf.getPage(0).getResources().getXObjectNames()).isNotEmpty();
      assertThat(text.indexOf("Kementerian Alfa"))
          .isPositive()
          .isLessThan(text.indexOf("Lembaga Beta"));
      assertThat(text.indexOf("Lembaga Beta")).isLessThan(text.indexOf("Provinsi Gamma"));
      assertThat(text).doesNotContain("Kota Zeta", "Kabupaten Eta");
    }
  }

  /**
   * A warehouse published before dim_penugasan, tindak_lanjut, mutu_data_instansi and the
   * escalation ladder's sounding.tahap: one list, four notes.
   */
  @Test
  void anOlderWarehouseGivesOneListOfEveryInstansiAndSaysWhy(@TempDir Path lain) throws Exception {
    Path gudang = GudangDaftar.build(lain, false);
    Path keluar = lain.resolve("tindak-lanjut");
    HasilDaftar lama =
        new DaftarTindakLanjut(tenggat10())
            .tulis(gudang, CW1, keluar, TANGGAL_LAPORAN, Kemajuan.DIAM);
    assertThat(lama.catatan())
        .containsExactly(
            "Tabel dim_penugasan belum ada di gudang data: semua instansi masuk"
                + " daftar-belum-ditugaskan.",
            "Tabel tindak_lanjut belum ada di gudang data: riwayat tindak lanjut dianggap kosong.",
            "Tabel mutu_data_instansi belum ada di gudang data: kolom skor_mutu_data"
                + " dikosongkan.",
            "Kolom tahap belum ada di tabel sounding gudang data (diterbitkan sebelum tangga"
                + " eskalasi): kolom eskalasi dikosongkan.");
    assertThat(lama.berkas()).hasSize(1);
    List<List<Object>> rows = baris(keluar.resolve("daftar-belum-ditugaskan.xlsx"));
    assertThat(rows)
        .extracting(r -> r.get(1))
        .containsExactly("A01", "C01", "A02", "B01", "B04", "B02", "B03");
    assertThat(rows).extracting(r -> r.get(14)).containsOnly("");
    assertThat(rows).extracting(r -> r.get(13)).containsOnly("");
    assertThat(rows).extracting(r -> r.get(9)).containsOnly("");
  }

  @Test
  void aPeriodNotInTheWarehouseIsRefusedInIndonesian(@TempDir Path lain) throws Exception {
    Path gudang = GudangDaftar.build(lain, true);
    assertThatThrownBy(
            () ->
                new DaftarTindakLanjut(tenggat10())
                    .tulis(gudang, new Periode(2026, 3), lain, TANGGAL_LAPORAN, Kemajuan.DIAM))
        .isInstanceOf(ReportRenderException.class)
        .hasMessage(
            "Daftar tindak lanjut 2026-CW3 tidak dapat dibuat: periode ini belum ada di gudang data"
                + " (jalankan transform lalu publish)");
  }

  @Test
  void theFileNameOfAnAnalisIsTheirEmailInLowerCaseWithHyphens() {
    assertThat(DaftarTindakLanjut.slug("Sari.Dewi@lan.example")).isEqualTo("sari-dewi-lan-example");
    assertThat(DaftarTindakLanjut.slug("  a_b+c@x.go.id ")).isEqualTo("a-b-c-x-go-id");
  }

  private static List<List<Object>> baris(String berkas) throws IOException {
    return baris(folder.resolve(berkas));
  }

  /** The read-only cells of each data row: text as is, numbers to 2 decimals, blank as "". */
  static List<List<Object>> baris(Path xlsx) throws IOException {
    List<List<Object>> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet sheet = wb.getSheet("Daftar");
      for (Row row : sheet) {
        if (row.getRowNum() == 0) {
          continue;
        }
        List<Object> values = new ArrayList<>();
        for (int c = 0; c < KOLOM.size() - 6; c++) {
          Cell cell = row.getCell(c);
          if (cell == null || cell.getCellType() == CellType.BLANK) {
            values.add("");
          } else if (cell.getCellType() == CellType.NUMERIC) {
            values.add(
                BigDecimal.valueOf(cell.getNumericCellValue())
                    .setScale(2, RoundingMode.UNNECESSARY));
          } else {
            values.add(cell.getStringCellValue());
          }
        }
        out.add(values);
      }
    }
    return out;
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
