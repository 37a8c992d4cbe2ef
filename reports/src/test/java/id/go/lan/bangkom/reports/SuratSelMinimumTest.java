package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Periode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The letter names the configured privacy minimum ({@code privasi.sel_minimum}) when it leaves out
 * the small units of an instansi, not a fixed 5 (issue 18.3).
 */
class SuratSelMinimumTest {
  private static final Periode CW2 = new Periode(2026, 2);
  private static final LocalDate TANGGAL = LocalDate.of(2026, 11, 28);

  @TempDir static Path folder;

  private static SyntheticNation nation;
  private static String kodeMerah;

  @BeforeAll
  static void markOneUnitOfAMerahInstansiSmall() throws Exception {
    nation = SyntheticNation.build(folder.resolve("gudang"), 8, 40);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + nation.warehouse);
        Statement sql = c.createStatement()) {
      try (ResultSet rs =
          sql.executeQuery(
              "SELECT min(kode_instansi) FROM sounding WHERE tahun = 2026 AND caturwulan = 2"
                  + " AND level = 'MERAH'")) {
        rs.next();
        kodeMerah = rs.getString(1);
      }
      // As the publisher marks a unit below the minimum: its measures blank.
      sql.execute(
          "UPDATE kepatuhan_unit SET sel_kecil = true WHERE tahun = 2026 AND caturwulan = 2"
              + " AND kode_instansi = '"
              + kodeMerah
              + "' AND unit_kerja = (SELECT min(unit_kerja) FROM kepatuhan_unit"
              + " WHERE tahun = 2026 AND caturwulan = 2 AND kode_instansi = '"
              + kodeMerah
              + "')");
    }
  }

  @Test
  void theDefaultMinimumOfFiveIsNamed() throws Exception {
    assertThat(letter(PengaturanSurat.bawaan(), "bawaan"))
        .contains("1 unit kerja dengan kurang dari 5 pegawai tidak dirinci");
  }

  @Test
  void anotherConfiguredMinimumChangesTheLetter() throws Exception {
    PengaturanSurat tujuh =
        PengaturanSurat.dari(BangkomConfig.withOverrides(Map.of("privasi.sel_minimum", "7")));
    String text = letter(tujuh, "tujuh");
    assertThat(text).contains("1 unit kerja dengan kurang dari 7 pegawai tidak dirinci");
    assertThat(text).doesNotContain("kurang dari 5 pegawai");
  }

  private static String letter(PengaturanSurat pengaturan, String sub) throws Exception {
    List<SuratInstansi> surat =
        new SuratSounding(pengaturan, nation.master(folder))
            .renderPeriode(nation.warehouse, CW2, nation.pegawai, folder.resolve(sub), TANGGAL);
    SuratInstansi merah =
        surat.stream().filter(s -> s.kodeInstansi().equals(kodeMerah)).findFirst().orElseThrow();
    try (PDDocument document = Loader.loadPDF(merah.pdf().toFile())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
