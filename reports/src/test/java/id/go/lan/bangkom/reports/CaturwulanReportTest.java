package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.kontrak.DokumenTerbit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaturwulanReportTest {
  private static final LocalDate TANGGAL_LAPORAN = LocalDate.of(2026, 11, 28);

  @TempDir static Path folder;

  private static Path warehouse;
  private static String warehouseHashBefore;
  private static Path pdf;
  private static List<String> pages;

  @BeforeAll
  static void renderOnce() throws Exception {
    warehouse = TestWarehouse.build(folder);
    warehouseHashBefore = sha256(warehouse);
    pdf =
        new CaturwulanReport()
            .renderLaporanCaturwulan(
                warehouse, 2026, 2, folder.resolve("out/laporan-2026-CW2.pdf"), TANGGAL_LAPORAN);
    pages = pageTexts(pdf);
  }

  @Test
  void printsTitlePeriodAndReportDate() {
    String first = pages.get(0);
    assertThat(first).contains("Laporan Caturwulan Pengembangan Kompetensi ASN");
    assertThat(first).contains("Caturwulan II 2026 (1 Mei – 31 Agustus 2026)");
    assertThat(first).contains("28 November 2026");
  }

  @Test
  void printsNationalFiguresTheIndonesianWay() {
    String first = pages.get(0);
    assertThat(first).contains("4.512.345");
    assertThat(first).contains("67,82%");
    assertThat(first).contains("78,90%");
    // memenuhi + sesuai target = 3.060.272 + 500.000
    assertThat(first).contains("3.560.272 pegawai");
    assertThat(first).contains("580 / 606");
    assertThat(first).contains("95,71%");
  }

  @Test
  void printsComplianceByJenisInstansi() {
    String all = String.join("\n", pages);
    // Kementerian: one instansi, 10.000 pegawai, 7.000 memenuhi, 1.000 sesuai target.
    assertThat(all)
        .containsPattern("Kementerian\\s+1\\s+1\\s+100,00\\s+10\\.000\\s+70,00\\s+80,00");
    // Lembaga: 1.001 of 2.000 memenuhi, 1.501 sesuai target.
    assertThat(all).containsPattern("Lembaga\\s+1\\s+1\\s+100,00\\s+2\\.000\\s+50,05\\s+75,05");
    // Kota: two instansi, only Makassar reported: 3.000 pegawai, 900 + 600.
    assertThat(all).containsPattern("Kota\\s+2\\s+1\\s+50,00\\s+3\\.000\\s+30,00\\s+50,00");
  }

  @Test
  void listsTheSoundingInstansiMostLaggingFirst() {
    String sounding =
        pages.stream().filter(p -> p.contains("Daftar Sounding")).findFirst().orElseThrow();
    assertThat(sounding).doesNotContain("Kementerian Dalam Negeri", "Kabupaten Banyumas");
    int makassar = sounding.indexOf("Kota Makassar");
    int sulsel = sounding.indexOf("Provinsi Sulawesi Selatan");
    int lan = sounding.indexOf("Lembaga Administrasi Negara");
    int semarang = sounding.indexOf("Kota Semarang");
    assertThat(makassar).isPositive().isLessThan(sulsel);
    assertThat(sulsel).isLessThan(lan);
    assertThat(lan).isLessThan(semarang);
    assertThat(sounding).contains("Roster belum dikirim");
  }

  @Test
  void appendixListsEveryInstansiIncludingThoseNotReporting() {
    String lampiran = pages.stream().filter(p -> p.contains("Lampiran:")).findFirst().orElseThrow();
    assertThat(lampiran).contains("6 instansi program");
    assertThat(lampiran)
        .containsPattern("33\\.74\\s+Kota Semarang\\s+Kota\\s+Tidak\\s+–\\s+–\\s+–\\s+DATA");
    assertThat(lampiran)
        .containsPattern(
            "33\\.02\\s+Kabupaten Banyumas\\s+Kabupaten\\s+Ya\\s+4\\.000\\s+75,00\\s+85,00\\s+HIJAU");
  }

  @Test
  void theLastPageCarriesTheVerificationCodeOfTheNationalReport() {
    // Rendered outside a workspace: the code under the "unregistered render" key, 32 zero bytes.
    String kode =
        DokumenTerbit.kode(new byte[32], "laporan-caturwulan", "", "2026-CW2", TANGGAL_LAPORAN);
    String last = pages.get(pages.size() - 1).replaceAll("\\s+", " ");
    assertThat(last)
        .contains(
            "Kode verifikasi: "
                + kode
                + " — periksa keaslian dokumen ini di http://127.0.0.1:7070/verifikasi/"
                + kode);
    assertThat(pages.subList(0, pages.size() - 1)).noneMatch(p -> p.contains("Kode verifikasi"));
    // Rendered outside a workspace: nothing registered next to the PDF.
    assertThat(folder.resolve("verifikasi")).doesNotExist();
    assertThat(folder.resolve("out/verifikasi")).doesNotExist();
  }

  @Test
  void numbersEveryPageOutOfTheTotal() {
    int total = pages.size();
    for (int i = 0; i < total; i++) {
      assertThat(pages.get(i)).contains("Halaman " + (i + 1) + " dari " + total);
      assertThat(pages.get(i)).contains("Tanggal laporan 28 November 2026");
    }
  }

  @Test
  void embedsEveryFont() throws IOException {
    List<String> fonts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : document.getPages()) {
        collectFonts(page.getResources(), fonts, 0);
      }
    }
    assertThat(fonts).isNotEmpty();
    assertThat(fonts).allMatch(f -> f.endsWith(":embedded"), "every font embedded");
  }

  @Test
  void leavesTheWarehouseUntouched() throws Exception {
    assertThat(sha256(warehouse)).isEqualTo(warehouseHashBefore);
  }

  @Test
  void rendersAnEmptyPeriodWithDashes() throws Exception {
    Path empty =
        new CaturwulanReport()
            .renderLaporanCaturwulan(
                warehouse, 2026, 3, folder.resolve("laporan-2026-CW3.pdf"), TANGGAL_LAPORAN);
    List<String> emptyPages = pageTexts(empty);
    String first = emptyPages.get(0);
    assertThat(first).contains("Caturwulan III 2026 (1 September – 31 Desember 2026)");
    assertThat(first).contains("Belum ada data kepatuhan untuk periode ini");
    assertThat(first).contains("0 / 6");
    assertThat(first).contains("Halaman 1 dari " + emptyPages.size());
    String all = String.join("\n", emptyPages);
    assertThat(all).contains("Tidak ada instansi pada daftar sounding untuk periode ini.");
    assertThat(all).containsPattern("P001\\s+Kementerian Dalam Negeri\\s+Kementerian\\s+–\\s+–");
  }

  @Test
  void refusesAMissingWarehouse() {
    assertThatThrownBy(
            () ->
                new CaturwulanReport()
                    .renderLaporanCaturwulan(
                        folder.resolve("tidak-ada.duckdb"),
                        2026,
                        2,
                        folder.resolve("x.pdf"),
                        TANGGAL_LAPORAN))
        .isInstanceOf(ReportRenderException.class)
        .hasMessageContaining("tidak-ada.duckdb");
    assertThat(folder.resolve("x.pdf")).doesNotExist();
  }

  private static List<String> pageTexts(Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        texts.add(stripper.getText(document));
      }
    }
    return texts;
  }

  /** Fonts of a page, including those inside form XObjects (charts are drawn as forms). */
  private static void collectFonts(PDResources resources, List<String> fonts, int depth)
      throws IOException {
    if (resources == null || depth > 5) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      fonts.add(font.getName() + (font.isEmbedded() ? ":embedded" : ":NOT embedded"));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xobject = resources.getXObject(name);
      if (xobject instanceof PDFormXObject form) {
        collectFonts(form.getResources(), fonts, depth + 1);
      }
    }
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
