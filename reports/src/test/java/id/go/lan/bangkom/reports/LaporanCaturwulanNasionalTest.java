package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report at national size: 606 instansi, so the sounding list and appendix span pages. */
class LaporanCaturwulanNasionalTest {
  @TempDir static Path folder;

  private static List<String> pages;

  @BeforeAll
  static void render() throws Exception {
    Path warehouse = TestWarehouse.buildNational(folder);
    Path pdf =
        new CaturwulanReport()
            .renderLaporanCaturwulan(
                warehouse,
                2026,
                2,
                folder.resolve("laporan-nasional.pdf"),
                LocalDate.of(2026, 11, 28));
    pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
    }
  }

  @Test
  void appendixListsAll606InstansiWithItsHeaderOnEveryPage() {
    int first = indexOfFirst("Lampiran:");
    assertThat(first).isPositive();
    List<String> appendix = pages.subList(first, pages.size());
    assertThat(appendix.size()).isGreaterThan(5);
    assertThat(appendix).allMatch(p -> p.contains("Nama instansi"), "header on every page");
    assertThat(appendix.get(0)).contains("606 instansi program");
    // every 50th instansi did not report: 12 of 606
    String all = String.join("\n", appendix);
    assertThat(all).containsPattern("606\\s+D606\\s+Kota Contoh 606");
    assertThat(all.split("\\bTidak\\b", -1)).hasSize(12 + 1);
  }

  @Test
  void coverageCountsTheInstansiThatReported() {
    // 606 - 12 = 594 reported; 594 / 606 = 98,02 %
    assertThat(pages.get(0)).contains("594 / 606").contains("cakupan 98,02%");
  }

  @Test
  void everyPageIsNumberedOutOfTheTotal() {
    for (int i = 0; i < pages.size(); i++) {
      assertThat(pages.get(i)).contains("Halaman " + (i + 1) + " dari " + pages.size());
    }
  }

  private static int indexOfFirst(String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
