package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Mutu data" block of the Profil Instansi, from {@code mutu_data_instansi} rows written here
 * by hand on a three-instansi {@link SyntheticNation}: P001 late by 4 days with two versions and 10
 * of 80 rows refused (score 100 - 8 - 12,50 = 79,50), 38 people against 40 before (-5,00%); D002 on
 * time and clean (100) without a previous cut-off. A cut-off without a scorecard row has no block.
 */
class ProfilMutuDataTest {
  private static final LocalDate TANGGAL = LocalDate.of(2026, 9, 20);
  private static final Periode CW2 = new Periode(2026, 2);

  @TempDir static Path folder;
  private static SyntheticNation nation;

  @BeforeAll
  static void build() throws Exception {
    nation = SyntheticNation.build(folder.resolve("gudang"), 3, 10);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + nation.warehouse);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO mutu_data_instansi VALUES"
              + " (2026, 2, 'P001', true, TIMESTAMP '2026-09-18 20:00:00', DATE '2026-09-15', 4,"
              + " true, 2, 80, 10, 12.50, 'NIP_FORMAT (5), TANGGAL_FORMAT (3), JP_NEGATIF (1)',"
              + " 38, 40, -5.00, 79.50),"
              + " (2026, 2, 'D002', true, TIMESTAMP '2026-09-10 02:00:00', DATE '2026-09-15', 0,"
              + " false, 1, 41, 0, 0.00, NULL, 40, NULL, NULL, 100.00)");
    }
  }

  private static String profil(String kode, Periode periode) throws Exception {
    Path pdf = folder.resolve("profil-" + kode + "-" + periode.id() + ".pdf");
    new ProfilInstansi(CaturwulanCalendar.DEFAULT)
        .render(nation.warehouse, periode, kode, pdf, TANGGAL);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).as(kode).isBetween(1, 2);
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void aLateInstansiWithRefusedRowsReadsItsScoreReasonsAndRoster() throws Exception {
    assertThat(profil("P001", CW2))
        .contains("Mutu data")
        .contains("Skor mutu data periode ini 79,50 dari 100.")
        .contains("Daftar pegawai pertama diterima 4 hari setelah batas 15 September 2026.")
        .contains(
            "2 versi dikirim; 10 dari 80 baris ditolak (12,50%), alasan terbanyak: NIP_FORMAT"
                + " (5), TANGGAL_FORMAT (3), JP_NEGATIF (1).")
        .contains("Jumlah pegawai 38, -5,00% dibanding periode sebelumnya (40).")
        .contains("Skor: 100 dikurangi 40 bila daftar pegawai tidak dikirim");
  }

  @Test
  void anOnTimeCleanInstansiWithoutAPreviousCutOff() throws Exception {
    assertThat(profil("D002", CW2))
        .contains("Skor mutu data periode ini 100,00 dari 100.")
        .contains("Daftar pegawai pertama diterima tepat waktu (batas 15 September 2026).")
        .contains("1 versi dikirim; 0 dari 41 baris ditolak (0,00%).")
        .contains("Jumlah pegawai 40; belum ada periode sebelumnya sebagai pembanding.");
  }

  @Test
  void noScorecardRowNoBlock() throws Exception {
    assertThat(profil("P001", new Periode(2026, 1))).doesNotContain("Mutu data", "Skor mutu");
  }
}
