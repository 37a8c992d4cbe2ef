package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15.5: a re-issued Laporan Caturwulan names how many figures were restated since the
 * previous issue (the time of the PDF it replaces) and where to see them; issue 15.3: its notes say
 * how a shown cumulative target is rounded.
 */
class LaporanCaturwulanRalatTest {
  private static final LocalDate TANGGAL_LAPORAN = LocalDate.of(2026, 11, 28);

  @TempDir Path folder;

  @Test
  void aReissueNamesTheRestatementsSinceThePreviousIssueAndWhereToSeeThem() throws Exception {
    Path warehouse = TestWarehouse.build(folder);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE ralat (tahun INTEGER, caturwulan INTEGER, kode_instansi VARCHAR,"
              + " rincian VARCHAR, tabel VARCHAR, ukuran VARCHAR, nilai_lama VARCHAR,"
              + " nilai_baru VARCHAR, alasan VARCHAR, dicatat_pada TIMESTAMP)");
      // 2026-CW2: 3 figures restated on 20 November, 2 on 27 November; one 2026-CW1 figure.
      s.execute(
          "INSERT INTO ralat VALUES"
              + " (2026, 2, '73', NULL, 'kepatuhan_instansi', 'total_jp', '10.00', '17.00', 'x',"
              + " TIMESTAMP '2026-11-20 03:00:00'),"
              + " (2026, 2, '73', NULL, 'sounding', 'level', 'MERAH', 'KUNING', 'x',"
              + " TIMESTAMP '2026-11-20 03:00:00'),"
              + " (2026, 2, NULL, NULL, 'kepatuhan_nasional', 'total_jp', '1', '8', 'x',"
              + " TIMESTAMP '2026-11-20 03:00:00'),"
              + " (2026, 2, '73', NULL, 'kepatuhan_instansi', 'total_jp', '17.00', '19.00', 'x',"
              + " TIMESTAMP '2026-11-27 03:00:00'),"
              + " (2026, 2, NULL, NULL, 'kepatuhan_nasional', 'total_jp', '8', '10', 'x',"
              + " TIMESTAMP '2026-11-27 03:00:00'),"
              + " (2026, 1, '73', NULL, 'sounding', 'level', 'MERAH', 'HIJAU', 'x',"
              + " TIMESTAMP '2026-11-27 03:00:00')");
    }
    Path pdf = folder.resolve("out/laporan-caturwulan-2026-CW2.pdf");
    CaturwulanReport report = new CaturwulanReport();

    // First issue: every restatement of the cut-off so far, 3 + 2 = 5.
    String pertama = text(report.renderLaporanCaturwulan(warehouse, 2026, 2, pdf, TANGGAL_LAPORAN));
    assertThat(pertama)
        .contains("Ralat: sejak angka periode ini pertama kali dihitung, 5 angka periode ini")
        .contains("SELECT * FROM ralat WHERE tahun = 2026 AND caturwulan = 2");

    // The previous issue was made on 25 November 07.00 WIB (00.00 UTC): only the 2 of the 27th.
    Files.setLastModifiedTime(pdf, FileTime.from(Instant.parse("2026-11-25T00:00:00Z")));
    String ulang = text(report.renderLaporanCaturwulan(warehouse, 2026, 2, pdf, TANGGAL_LAPORAN));
    assertThat(ulang)
        .contains(
            "Ralat: sejak laporan sebelumnya (diterbitkan 25 November 2026 07.00 WIB), 2 angka"
                + " periode ini berubah")
        .contains("tabel ralat di gudang data");
    assertThat(ulang).contains("13,34 pada Caturwulan II berarti 13 1/3");
  }

  /** The first page's text with line breaks as spaces, as the notes flow over several lines. */
  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      return stripper.getText(document).replaceAll("\\s+", " ");
    }
  }
}
