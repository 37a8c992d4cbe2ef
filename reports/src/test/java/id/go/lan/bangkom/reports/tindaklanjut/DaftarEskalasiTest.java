package id.go.lan.bangkom.reports.tindaklanjut;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import id.go.lan.bangkom.reports.PengaturanSurat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column {@code eskalasi} of the worklists of 2026-CW1, from {@link GudangDaftar} with the later
 * stages of the escalation ladder (A02 ESKALASI DUA_BERTURUT, letter refused; B01 ESKALASI
 * TENGGAT_LEWAT, letter failed once then sent; B03 TERIMA_KASIH, not sent yet), against the same
 * warehouse without them, both read on 2026-06-05 with {@code surat.tenggat_hari} 10.
 */
class DaftarEskalasiTest {
  private static final Periode CW1 = new Periode(2026, 1);
  private static final LocalDate TANGGAL_LAPORAN = LocalDate.of(2026, 6, 5);
  private static final String SARI = "daftar-sari-dewi-lan-example";
  private static final String BUDI = "daftar-budi-santoso-lan-example";
  private static final String BELUM = "daftar-belum-ditugaskan";

  /** Index of column eskalasi among the read-only cells. */
  private static final int ESKALASI = BukuKerjaDaftar.KOLOM_BACA.indexOf("eskalasi");

  @TempDir static Path tmp;
  private static Path denganTahap;
  private static Path tanpaTahap;

  @BeforeAll
  static void tulis() throws Exception {
    denganTahap = tulis(GudangDaftar.build(tmp, true, true), "dengan");
    tanpaTahap = tulis(GudangDaftar.build(tmp, true, false), "tanpa");
  }

  private static Path tulis(Path gudang, String nama) {
    Path folder = tmp.resolve(nama);
    new DaftarTindakLanjut(
            PengaturanSurat.dari(
                id.go.lan.bangkom.core.BangkomConfig.withOverrides(
                    java.util.Map.of("surat.tenggat_hari", "10"))))
        .tulis(gudang, CW1, folder, TANGGAL_LAPORAN, Kemajuan.DIAM);
    return folder;
  }

  @Test
  void theColumnComesAfterTenggatAndBeforeTheFillInBlock() throws IOException {
    assertThat(ESKALASI).isEqualTo(BukuKerjaDaftar.KOLOM_BACA.indexOf("tenggat") + 1);
    try (XSSFWorkbook wb = buka(SARI)) {
      Row header = wb.getSheet("Daftar").getRow(0);
      assertThat(header.getCell(ESKALASI).getStringCellValue()).isEqualTo("eskalasi");
      assertThat(header.getCell(16).getStringCellValue()).isEqualTo("tanggal");
      assertThat(header.getLastCellNum()).isEqualTo((short) 22);
    }
  }

  /**
   * A02: MERAH twice, its letter to the head refused (the last attempt failed, none sent). B01: the
   * deadline passed, its letter failed on 2026-06-01 and went out on 2026-06-02 (sent wins). A01,
   * MERAH but followed up before its deadline: nothing.
   */
  @Test
  void sariSeesEachTriggerAndWhetherTheLetterWentOut() throws IOException {
    assertThat(eskalasi(SARI))
        .containsExactly(
            Map.entry(
                "A02",
                "Tahap 2 (MERAH/DATA dua kali berturut-turut); surat ke pimpinan GAGAL 2026-06-01"
                    + " ALAMAT_TIDAK_SAH: email_pimpinan kosong di daftar induk"),
            Map.entry("A01", ""),
            Map.entry(
                "B01",
                "Tahap 2 (tenggat lewat tanpa tanggapan); surat ke pimpinan terkirim 2026-06-02"));
  }

  @Test
  void budiSeesTheThankYouNoteNotSentYet() throws IOException {
    assertThat(eskalasi(BUDI))
        .containsExactly(
            Map.entry("B04", ""),
            Map.entry("B02", ""),
            Map.entry("B03", "Ucapan terima kasih (kembali HIJAU); belum dikirim"));
    assertThat(eskalasi(BELUM)).containsExactly(Map.entry("C01", ""));
  }

  /**
   * Without stages A01 (worsened) comes before A02 in MERAH; escalated, A02 comes first. The levels
   * keep their order: B01 (DATA, escalated) stays after both MERAH.
   */
  @Test
  void theEscalatedComeFirstWithinTheirLevel() throws IOException {
    assertThat(eskalasi(SARI, tanpaTahap).keySet()).containsExactly("A01", "A02", "B01");
    assertThat(eskalasi(SARI).keySet()).containsExactly("A02", "A01", "B01");
    assertThat(eskalasi(BUDI).keySet())
        .containsExactlyElementsOf(eskalasi(BUDI, tanpaTahap).keySet());
  }

  /**
   * The stage rows and the stage letters change nothing else: the same rows (none twice), every
   * other column equal, the level, letter and deadline those of the sounding (A02's SOUNDING letter
   * bounced on 2026-05-20: its deadline still runs from the report date, not from the escalation
   * letter; B01's deadline from its sounding letter of 2026-05-21, not the one of 2026-06-02).
   */
  @Test
  void stageRowsChangeNoOtherCellAndAddNoRow() throws IOException {
    for (String daftar : List.of(SARI, BUDI, BELUM)) {
      Map<String, List<Object>> dengan = tanpaEskalasi(daftar, denganTahap);
      Map<String, List<Object>> tanpa = tanpaEskalasi(daftar, tanpaTahap);
      assertThat(dengan).as(daftar).hasSameSizeAs(tanpa).isEqualTo(tanpa);
    }
    List<Object> a02 = tanpaEskalasi(SARI, denganTahap).get("A02");
    assertThat(a02.subList(3, 5)).containsExactly("MERAH", "MERAH");
    assertThat(a02.subList(10, 13))
        .containsExactly(
            "belum dikirim",
            "2026-05-20 ALAMAT_DITOLAK_SERVER: 550 kotak surat tidak ada",
            "2026-06-15");
    List<Object> b01 = tanpaEskalasi(SARI, denganTahap).get("B01");
    assertThat(b01.subList(10, 13)).containsExactly("2026-05-21, level DATA", "", "2026-05-31");
    try (XSSFWorkbook wb = buka(SARI)) {
      assertThat(wb.getSheet("Daftar").getLastRowNum()).isEqualTo(3);
    }
  }

  @Test
  void anEscalationIsRedAndBoldAndAThankYouGreen() throws IOException {
    try (XSSFWorkbook wb = buka(SARI)) {
      Sheet sheet = wb.getSheet("Daftar");
      // Row 2 is A02 (escalated), row 3 A01 (not).
      XSSFCellStyle a02 = (XSSFCellStyle) sheet.getRow(1).getCell(ESKALASI).getCellStyle();
      assertThat(a02.getFillForegroundColorColor().getARGBHex()).isEqualTo("FFF4CCCC");
      assertThat(a02.getFont().getBold()).isTrue();
      XSSFCellStyle nama = (XSSFCellStyle) sheet.getRow(1).getCell(2).getCellStyle();
      assertThat(nama.getFont().getBold()).isTrue();
      assertThat(nama.getFont().getXSSFColor().getARGBHex()).isEqualTo("FF9C0006");
      assertThat(sheet.getRow(2).getCell(ESKALASI)).isNull();
      XSSFCellStyle namaA01 = (XSSFCellStyle) sheet.getRow(2).getCell(2).getCellStyle();
      assertThat(namaA01.getFont().getBold()).isFalse();
    }
    try (XSSFWorkbook wb = buka(BUDI)) {
      XSSFCellStyle b03 =
          (XSSFCellStyle) wb.getSheet("Daftar").getRow(3).getCell(ESKALASI).getCellStyle();
      assertThat(b03.getFillForegroundColorColor().getARGBHex()).isEqualTo("FFD9EAD3");
      assertThat(b03.getFont().getBold()).isFalse();
    }
  }

  @Test
  void petunjukExplainsTheColumnAndTheOrder() throws IOException {
    try (XSSFWorkbook wb = buka(SARI)) {
      Map<String, String> petunjuk = new LinkedHashMap<>();
      for (Row row : wb.getSheet("Petunjuk")) {
        if (row.getCell(1) != null) {
          petunjuk.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
        }
      }
      assertThat(petunjuk.get("eskalasi"))
          .startsWith("Tahap lanjutan sounding yang dicapai instansi pada periode ini")
          .contains(
              "Tahap 2 (MERAH/DATA dua kali berturut-turut)",
              "Tahap 2 (tenggat lewat tanpa tanggapan)",
              "pimpinan unit kepegawaian atau PPK",
              "Ucapan terima kasih (kembali HIJAU)",
              "belum dikirim");
      assertThat(petunjuk.get("level"))
          .endsWith(
              "Instansi yang mencapai tahap 2 (kolom eskalasi) tampil paling atas di dalam"
                  + " levelnya.");
      assertThat(new ArrayList<>(petunjuk.keySet()).indexOf("eskalasi"))
          .isEqualTo(new ArrayList<>(petunjuk.keySet()).indexOf("tenggat") + 1);
    }
  }

  @Test
  void thePdfShowsTheColumnWithTheEscalatedFirst() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(denganTahap.resolve(SARI + ".pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Eskalasi", "paling atas")
          .contains("Tahap 2 (MERAH/DATA dua kali berturut-turut)")
          .contains("Tahap 2 (tenggat lewat tanpa tanggapan)")
          .contains("ALAMAT_TIDAK_SAH", "terkirim 2026-06-02");
      assertThat(text.indexOf("Lembaga Beta"))
          .isPositive()
          .isLessThan(text.indexOf("Kementerian Alfa"));
    }
    try (PDDocument pdf = Loader.loadPDF(denganTahap.resolve(BUDI + ".pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
          .contains("Ucapan terima kasih (kembali HIJAU); belum dikirim");
    }
  }

  /** The texts of the combinations the warehouse above does not hold. */
  @Test
  void theTextSaysTheStateOfEveryStageLetter() {
    KueriDaftar.Surat belum = KueriDaftar.Surat.TIDAK_ADA;
    KueriDaftar.Surat terkirim =
        new KueriDaftar.Surat(
            Optional.of("2026-06-03"), Optional.of(LocalDate.of(2026, 6, 3)), Optional.empty());
    KueriDaftar.Surat gagal =
        new KueriDaftar.Surat(
            Optional.empty(),
            Optional.empty(),
            Optional.of("2026-06-01 ALAMAT_DITOLAK_SERVER: 550 tidak ada"));
    assertThat(KueriDaftar.teksTahap(TahapSounding.ESKALASI, "TENGGAT_LEWAT", "x", belum))
        .isEqualTo("Tahap 2 (tenggat lewat tanpa tanggapan); surat ke pimpinan belum dikirim");
    assertThat(KueriDaftar.teksTahap(TahapSounding.ESKALASI, "DUA_BERTURUT", "x", terkirim))
        .isEqualTo(
            "Tahap 2 (MERAH/DATA dua kali berturut-turut); surat ke pimpinan terkirim 2026-06-03");
    assertThat(KueriDaftar.teksTahap(TahapSounding.TERIMA_KASIH, "KEMBALI_HIJAU", "x", terkirim))
        .isEqualTo("Ucapan terima kasih (kembali HIJAU); terkirim 2026-06-03");
    assertThat(KueriDaftar.teksTahap(TahapSounding.TERIMA_KASIH, "KEMBALI_HIJAU", "x", gagal))
        .isEqualTo(
            "Ucapan terima kasih (kembali HIJAU); GAGAL 2026-06-01 ALAMAT_DITOLAK_SERVER: 550"
                + " tidak ada");
    // A trigger this release does not know: the row's own reason.
    assertThat(
            KueriDaftar.teksTahap(
                TahapSounding.ESKALASI, "", "Ditetapkan oleh admin", KueriDaftar.Surat.TIDAK_ADA))
        .isEqualTo("Tahap 2 (Ditetapkan oleh admin); surat ke pimpinan belum dikirim");
  }

  private static XSSFWorkbook buka(String daftar) throws IOException {
    return new XSSFWorkbook(Files.newInputStream(denganTahap.resolve(daftar + ".xlsx")));
  }

  private static Map<String, String> eskalasi(String daftar) throws IOException {
    return eskalasi(daftar, denganTahap);
  }

  /** kode_instansi -> the eskalasi cell, in the list's order. */
  private static Map<String, String> eskalasi(String daftar, Path folder) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (List<Object> row : DaftarTindakLanjutTest.baris(folder.resolve(daftar + ".xlsx"))) {
      out.put((String) row.get(1), (String) row.get(ESKALASI));
    }
    return out;
  }

  /** kode_instansi -> the read-only cells but eskalasi, keyed so the order does not matter. */
  private static Map<String, List<Object>> tanpaEskalasi(String daftar, Path folder)
      throws IOException {
    Map<String, List<Object>> out = new LinkedHashMap<>();
    for (List<Object> row : DaftarTindakLanjutTest.baris(folder.resolve(daftar + ".xlsx"))) {
      List<Object> sisa = new ArrayList<>(row);
      sisa.remove(ESKALASI);
      out.put((String) row.get(1), sisa);
    }
    return out;
  }
}
