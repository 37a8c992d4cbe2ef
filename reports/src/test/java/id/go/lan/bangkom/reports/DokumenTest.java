package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.DokumenTerbit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Surat Sounding, Profil Instansi and Laporan Tahunan on a small nation with the real warehouse
 * schema: the figures in the PDFs are compared with SQL on the warehouse, formatted by hand.
 */
class DokumenTest {
  private static final LocalDate TANGGAL = LocalDate.of(2026, 11, 28);
  private static final Periode CW2 = new Periode(2026, 2);

  @TempDir static Path folder;

  private static SyntheticNation nation;
  private static InstansiMaster master;
  private static List<SuratInstansi> surat;
  private static Map<String, String> levels;

  @BeforeAll
  static void renderLetters() throws Exception {
    nation = SyntheticNation.build(folder.resolve("gudang"), 8, 40);
    levels = new LinkedHashMap<>();
    master = nation.master(folder);
    for (List<String> row :
        sql(
            "SELECT kode_instansi, level FROM sounding WHERE tahun = 2026 AND caturwulan = 2"
                + " AND level <> 'HIJAU' ORDER BY kode_instansi")) {
      levels.put(row.get(0), row.get(1));
    }
    surat =
        new SuratSounding(PengaturanSurat.bawaan().dicatatDi(new Workspace(folder)), master)
            .renderPeriode(
                nation.warehouse, CW2, nation.pegawai, folder.resolve("sounding"), TANGGAL);
  }

  @Test
  void writesOneLetterPerInstansiNotHijau() {
    Map<String, String> written = new LinkedHashMap<>();
    surat.forEach(s -> written.put(s.kodeInstansi(), s.level()));
    assertThat(written).containsExactlyInAnyOrderEntriesOf(levels);
    assertThat(levels).containsValue("DATA").containsValue("MERAH");
    for (SuratInstansi s : surat) {
      assertThat(s.pdf())
          .exists()
          .hasFileName("surat-sounding-" + s.kodeInstansi() + "-2026-CW2.pdf");
      assertThat(s.pdf().getParent()).hasFileName(s.kodeInstansi());
    }
    assertThat(folder.resolve("sounding/surat-sounding-2026-CW2-gabungan.pdf")).exists();
  }

  @Test
  void letterStatesTheWarehouseFiguresToItsPic() throws Exception {
    SuratInstansi merah =
        surat.stream().filter(s -> s.level().equals("MERAH")).findFirst().orElseThrow();
    String kode = merah.kodeInstansi();
    List<String> k =
        sql("SELECT persen_on_track, jumlah_pegawai, jumlah_tertinggal + jumlah_belum_ada_jp"
                + " FROM kepatuhan_instansi WHERE tahun = 2026 AND caturwulan = 2 AND"
                + " kode_instansi = '"
                + kode
                + "'")
            .get(0);
    String text = text(merah.pdf()).replaceAll("\\s+", " ");
    assertThat(text).contains("Yth. Ibu PIC " + kode);
    assertThat(text).contains("level MERAH");
    assertThat(text).contains(duaDesimal(k.get(0)) + "% dari " + ribuan(k.get(1)) + " pegawai");
    assertThat(text).contains("memastikan " + ribuan(k.get(2)) + " pegawai");
    assertThat(text).contains("paling lambat 12 Desember 2026");
    assertThat(text).contains("Jakarta, 28 November 2026");
    assertThat(text).contains("Sounding Capaian Pengembangan Kompetensi ASN");
    assertThat(text).contains("Data sampai batas 31 Agustus 2026");
    String lowestUnit =
        sql("SELECT unit_kerja FROM kepatuhan_unit WHERE tahun = 2026 AND caturwulan = 2 AND"
                + " kode_instansi = '"
                + kode
                + "' ORDER BY persen_on_track, jumlah_pegawai DESC LIMIT 1")
            .get(0)
            .get(0);
    assertThat(text).contains(lowestUnit);
  }

  @Test
  void dataLetterWithoutRosterAsksForDataAndHasNoList() throws Exception {
    SuratInstansi data =
        surat.stream().filter(s -> s.level().equals("DATA")).findFirst().orElseThrow();
    assertThat(data.daftarCsv()).isEmpty();
    assertThat(data.daftarXlsx()).isEmpty();
    String text = text(data.pdf());
    assertThat(text).contains("Permintaan Data Pengembangan Kompetensi ASN");
    assertThat(text).contains("belum menerima daftar pegawai");
    // a name with markup characters prints as written
    assertThat(text).contains("Kementerian Contoh & Uji <1>");
    assertThat(data.pdf().getParent()).isDirectoryNotContaining("glob:**daftar-pegawai*");
  }

  @Test
  void listHoldsOnlyThatInstansisOwnAktifPeopleOffTrack() throws Exception {
    for (SuratInstansi s : surat) {
      if (s.daftarCsv().isEmpty()) {
        continue;
      }
      String kode = s.kodeInstansi();
      List<String> lines = Files.readAllLines(s.daftarCsv().get(), StandardCharsets.UTF_8);
      assertThat(lines.get(0))
          .isEqualTo(
              "\uFEFFNIP;Nama;Unit Kerja;Jenis Jabatan;JP sampai saat ini;Target kumulatif;"
                  + "JP yang masih dibutuhkan;Status");
      List<String> expected = new ArrayList<>();
      for (List<String> row :
          sqlParquet(
              "SELECT nip FROM read_parquet('"
                  + nation.pegawai.kepatuhanPegawai().get(0)
                  + "') WHERE kode_instansi = '"
                  + kode
                  + "' AND status_pegawai = 'AKTIF' AND status IN ('TERTINGGAL',"
                  + " 'BELUM_ADA_JP') ORDER BY nip")) {
        expected.add(row.get(0));
      }
      List<String> nips =
          lines.subList(1, lines.size()).stream().map(l -> l.split(";")[0]).sorted().toList();
      assertThat(nips).as("list of %s", kode).isEqualTo(expected);
      String rank =
          sql("SELECT count(*) FROM dim_instansi WHERE kode_instansi <= '" + kode + "'")
              .get(0)
              .get(0);
      String prefix = String.format(Locale.ROOT, "%04d", Integer.parseInt(rank));
      assertThat(nips).allMatch(n -> n.startsWith(prefix), "only NIPs of " + kode);
      try (XSSFWorkbook book = new XSSFWorkbook(s.daftarXlsx().get().toFile())) {
        Sheet sheet = book.getSheetAt(0);
        assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
        if (!expected.isEmpty()) {
          assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
          assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).hasSize(18);
        }
      }
    }
    String pertama = sql("SELECT min(kode_instansi) FROM dim_instansi").get(0).get(0);
    String ketiga =
        sql("SELECT kode_instansi FROM dim_instansi ORDER BY 1 LIMIT 1 OFFSET 2").get(0).get(0);
    assertThat(csvOf(pertama)).contains(SyntheticNation.NIP_PINDAH);
    assertThat(csvOf(ketiga)).doesNotContain(SyntheticNation.NIP_PINDAH);
  }

  @Test
  void everyLetterCarriesItsVerificationCodeAndQrCodeAndIsRegistered() throws Exception {
    Workspace ws = new Workspace(folder);
    // The workspace's secret key, created by the first registered letter, read as it is stored.
    Path kunciBerkas = folder.resolve("rahasia").resolve("kunci-verifikasi");
    assertThat(kunciBerkas).isRegularFile();
    byte[] kunci =
        HexFormat.of().parseHex(Files.readString(kunciBerkas, StandardCharsets.UTF_8).strip());
    assertThat(kunci).hasSize(32);
    for (SuratInstansi s : surat) {
      String kode =
          DokumenTerbit.kode(kunci, "surat-sounding", s.kodeInstansi(), "2026-CW2", TANGGAL);
      // Not the code of an unregistered render: the workspace's key gives another one.
      assertThat(kode)
          .isNotEqualTo(
              DokumenTerbit.kode(
                  new byte[32], "surat-sounding", s.kodeInstansi(), "2026-CW2", TANGGAL));
      String url = "http://127.0.0.1:7070/verifikasi/" + kode;
      List<String> pages = pageTexts(s.pdf());
      String last = pages.get(pages.size() - 1).replaceAll("\\s+", " ");
      assertThat(last)
          .contains("Kode verifikasi: " + kode + " — periksa keaslian dokumen ini di " + url)
          .contains("Halaman " + pages.size() + " dari " + pages.size());
      assertThat(folder.resolve("verifikasi").resolve(kode + ".properties")).isRegularFile();
      DokumenTerbit.Entri entri = DokumenTerbit.cari(ws, kode).orElseThrow();
      assertThat(entri.kodeInstansi()).isEqualTo(s.kodeInstansi());
      assertThat(entri.periode()).isEqualTo("2026-CW2");
      assertThat(entri.tanggalTerbit()).isEqualTo(TANGGAL);
      assertThat(entri.berkas())
          .isEqualTo(folder.relativize(s.pdf()).toString().replace('\\', '/'));
      assertThat(text(s.pdf())).contains(entri.namaInstansi());
    }
    // The QR code of one letter, decoded: the same link.
    SuratInstansi pertama = surat.get(0);
    String kode =
        DokumenTerbit.kode(kunci, "surat-sounding", pertama.kodeInstansi(), "2026-CW2", TANGGAL);
    assertThat(qrCodesOfTheLastPage(pertama.pdf()))
        .containsExactly("http://127.0.0.1:7070/verifikasi/" + kode);
  }

  @Test
  void combinedPdfHoldsEveryLetterWithItsOwnPageNumbers() throws Exception {
    int pages = 0;
    for (SuratInstansi s : surat) {
      pages += pageTexts(s.pdf()).size();
    }
    List<String> gabungan =
        pageTexts(folder.resolve("sounding/surat-sounding-2026-CW2-gabungan.pdf"));
    assertThat(gabungan).hasSize(pages);
    assertThat(gabungan.get(0)).contains("Halaman 1 dari");
  }

  @Test
  void everyPageHasPeriodDatePageNumberAndEmbeddedFonts() throws Exception {
    for (SuratInstansi s : surat) {
      List<String> pages = pageTexts(s.pdf());
      for (int i = 0; i < pages.size(); i++) {
        assertThat(pages.get(i))
            .contains("Halaman " + (i + 1) + " dari " + pages.size())
            .contains("Caturwulan II 2026")
            .contains("Tanggal surat 28 November 2026");
      }
      assertEmbedded(s.pdf());
    }
  }

  @Test
  void profileExplainsTrainingRateAndFindings() throws Exception {
    String kode =
        levels.keySet().stream()
            .filter(k -> !levels.get(k).equals("DATA"))
            .findFirst()
            .orElseThrow();
    List<Path> profil =
        new ProfilInstansi(id.go.lan.bangkom.core.CaturwulanCalendar.DEFAULT)
            .renderPeriode(nation.warehouse, CW2, folder.resolve("profil"), TANGGAL);
    long melapor =
        Long.parseLong(
            sql("SELECT count(*) FROM kepatuhan_instansi WHERE tahun = 2026 AND caturwulan = 2"
                    + " AND melapor")
                .get(0)
                .get(0));
    assertThat(profil).hasSize((int) melapor);
    Path pdf = folder.resolve("profil/profil-" + kode + "-2026-CW2.pdf");
    List<String> pages = pageTexts(pdf);
    assertThat(pages.size()).isBetween(1, 2);
    String text = String.join("\n", pages);
    List<String> tr =
        sql("SELECT training_rate, perbaikan_utama, tambahan_poin_perbaikan,"
                + " indikator_penarik_turun FROM training_rate_instansi WHERE tahun = 2026 AND"
                + " caturwulan = 2 AND kode_instansi = '"
                + kode
                + "'")
            .get(0);
    assertThat(text).contains("Training rate " + duaDesimal(tr.get(0)));
    assertThat(text).contains(tr.get(1) + " ");
    assertThat(text).contains("naik " + duaDesimal(tr.get(2)) + " poin");
    if (tr.get(3) != null) {
      assertThat(text).contains(tr.get(3));
    }
    String kalimat =
        sql("SELECT kalimat FROM kelemahan_instansi WHERE tahun = 2026 AND caturwulan = 2 AND"
                + " kode_instansi = '"
                + kode
                + "' AND peringkat = 1")
            .get(0)
            .get(0);
    assertThat(text.replaceAll("\\s+", " ")).contains(kalimat);
    assertEmbedded(pdf);
  }

  @Test
  void annualReportShowsTheCutOffsTrainingRateAndPatterns() throws Exception {
    Path pdf =
        new LaporanTahunan(id.go.lan.bangkom.core.CaturwulanCalendar.DEFAULT)
            .render(nation.warehouse, 2026, folder.resolve("tahunan-2026.pdf"), TANGGAL);
    List<String> pages = pageTexts(pdf);
    String text = String.join("\n", pages);
    List<String> cw1 =
        sql("SELECT persen_on_track, jumlah_pegawai FROM kepatuhan_nasional"
                + " WHERE tahun = 2026 AND caturwulan = 1")
            .get(0);
    List<String> cw2 =
        sql("SELECT persen_on_track, jumlah_pegawai FROM kepatuhan_nasional"
                + " WHERE tahun = 2026 AND caturwulan = 2")
            .get(0);
    assertThat(text)
        .containsPattern(
            "Sesuai target \\(%\\)\\s+"
                + duaDesimal(cw1.get(0))
                + "\\s+"
                + duaDesimal(cw2.get(0))
                + "\\s+–");
    assertThat(text)
        .containsPattern(
            "Pegawai \\(populasi\\)\\s+"
                + ribuan(cw1.get(1)).replace(".", "\\.")
                + "\\s+"
                + ribuan(cw2.get(1)).replace(".", "\\."));
    String trNasional =
        sql("SELECT training_rate FROM training_rate_nasional WHERE tahun = 2026"
                + " AND caturwulan = 2")
            .get(0)
            .get(0);
    assertThat(text).contains("Training rate nasional " + duaDesimal(trNasional));
    List<String> pola =
        sql("SELECT ukuran, count(*) FROM kelemahan_instansi WHERE tahun = 2026"
                + " AND caturwulan = 2 GROUP BY 1 ORDER BY 2 DESC LIMIT 1")
            .get(0);
    assertThat(text).containsPattern(Label.ukuran(pola.get(0)) + "\\s+" + pola.get(1));
    assertThat(text).contains("belum memuat tahun sebelum 2026");
    // This nation is built with the default configuration: target.jp.PNS/CPNS/PPPK = 20.
    assertThat(text.replaceAll("\\s+", " ")).contains("telah memenuhi target 20 JP setahun");
    for (int i = 0; i < pages.size(); i++) {
      assertThat(pages.get(i)).contains("Halaman " + (i + 1) + " dari " + pages.size());
      assertThat(pages.get(i)).contains("Laporan Tahunan 2026 · Tanggal laporan 28 November 2026");
    }
    assertEmbedded(pdf);
  }

  /**
   * The summary names the targets configured for the report's year, not a fixed 20 JP: PNS from
   * {@code target.jp.PNS}, PPPK from its 2026 key over its general one, CPNS at the default 20, and
   * the 2025 keys ignored. By hand: PNS 24, CPNS 20, PPPK 16, in the order PNS, CPNS, PPPK.
   */
  @Test
  void annualReportNamesTheConfiguredTargetsOfItsYear() throws Exception {
    BangkomConfig config =
        BangkomConfig.withOverrides(
            Map.of(
                "target.jp.PNS", "24",
                "target.jp.PNS.2025", "99",
                "target.jp.PPPK", "30",
                "target.jp.PPPK.2026", "16",
                "target.jp.CPNS.2025", "77"));
    String text = annualReportText(config, "per-jenis");
    assertThat(text)
        .contains(
            " ASN pada instansi yang melapor telah memenuhi target JP tahunannya"
                + " (PNS 24, CPNS 20, PPPK 16 JP), dan ");
    assertThat(text).doesNotContain("20 JP setahun").doesNotContain("target 20 JP");
    assertThat(text).doesNotContain("PNS 99").doesNotContain("CPNS 77").doesNotContain("PPPK 30");
  }

  /** One target for every jenis in the year (2026 keys over the general 20): named once. */
  @Test
  void annualReportNamesASingleConfiguredTargetOnce() throws Exception {
    BangkomConfig config =
        BangkomConfig.withOverrides(
            Map.of(
                "target.jp.PNS.2026", "24",
                "target.jp.CPNS.2026", "24",
                "target.jp.PPPK.2026", "24"));
    String text = annualReportText(config, "seragam");
    assertThat(text).contains(" telah memenuhi target 24 JP setahun, dan ");
    assertThat(text).doesNotContain("20 JP").doesNotContain("JP tahunannya");
  }

  /** The annual report of 2026 on a nation built with {@code config}, whitespace folded. */
  private static String annualReportText(BangkomConfig config, String name) throws Exception {
    SyntheticNation configured =
        SyntheticNation.build(folder.resolve("gudang-" + name), 4, 20, config);
    Path pdf =
        new LaporanTahunan(id.go.lan.bangkom.core.CaturwulanCalendar.DEFAULT)
            .render(
                configured.warehouse, 2026, folder.resolve("tahunan-" + name + ".pdf"), TANGGAL);
    return text(pdf).replaceAll("\\s+", " ");
  }

  @Test
  void emptyPeriodAndYearRenderWithoutFailing() throws Exception {
    Periode cw3 = new Periode(2026, 3);
    List<SuratInstansi> none =
        new SuratSounding(PengaturanSurat.bawaan(), master)
            .renderPeriode(
                nation.warehouse,
                cw3,
                BerkasPegawai.tidakAda(),
                folder.resolve("kosong/sounding"),
                TANGGAL);
    assertThat(none).isEmpty();
    assertThat(folder.resolve("kosong/sounding/surat-sounding-2026-CW3-gabungan.pdf"))
        .doesNotExist();
    assertThat(
            new ProfilInstansi(id.go.lan.bangkom.core.CaturwulanCalendar.DEFAULT)
                .renderPeriode(nation.warehouse, cw3, folder.resolve("kosong/profil"), TANGGAL))
        .isEmpty();
    String kode = sql("SELECT min(kode_instansi) FROM dim_instansi").get(0).get(0);
    Path profil =
        new ProfilInstansi(id.go.lan.bangkom.core.CaturwulanCalendar.DEFAULT)
            .render(nation.warehouse, cw3, kode, folder.resolve("kosong/profil.pdf"), TANGGAL);
    assertThat(text(profil)).contains("belum mengirim daftar pegawai").contains("belum diukur");
    Path tahunan =
        new LaporanTahunan(id.go.lan.bangkom.core.CaturwulanCalendar.DEFAULT)
            .render(nation.warehouse, 2027, folder.resolve("kosong/tahunan-2027.pdf"), TANGGAL);
    String text = text(tahunan);
    assertThat(text).contains("Belum ada data kepatuhan untuk tahun 2027");
    assertThat(text).contains("Halaman 1 dari");
  }

  // ---- helpers ----

  private static String csvOf(String kode) throws IOException {
    return Files.readString(
        folder.resolve("sounding/" + kode + "/daftar-pegawai-" + kode + "-2026-CW2.csv"),
        StandardCharsets.UTF_8);
  }

  private static List<List<String>> sql(String query) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + nation.warehouse + "' AS w (READ_ONLY)");
      s.execute("USE w");
      return rows(s, query);
    }
  }

  private static List<List<String>> sqlParquet(String query) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      return rows(s, query);
    }
  }

  private static List<List<String>> rows(Statement s, String query) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  /** {@code 54.2} -> {@code 54,20}, by hand (not through FormatIndonesia). */
  private static String duaDesimal(String value) {
    return new BigDecimal(value)
        .setScale(2, RoundingMode.HALF_UP)
        .toPlainString()
        .replace('.', ',');
  }

  /** {@code 1259} -> {@code 1.259}. */
  private static String ribuan(String value) {
    String digits = new BigDecimal(value).toBigInteger().toString();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('.');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /** The text of every QR code drawn on the last page of {@code pdf}. */
  private static List<String> qrCodesOfTheLastPage(Path pdf) throws Exception {
    List<String> out = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDResources resources = document.getPage(document.getNumberOfPages() - 1).getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image) {
          BufferedImage img = image.getImage();
          int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
          BinaryBitmap bitmap =
              new BinaryBitmap(
                  new HybridBinarizer(
                      new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)));
          out.add(new QRCodeReader().decode(bitmap).getText());
        }
      }
    }
    return out;
  }

  private static String text(Path pdf) throws IOException {
    return String.join("\n", pageTexts(pdf));
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

  private static void assertEmbedded(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as("font %s embedded in %s", font.getName(), pdf).isTrue();
        }
      }
    }
  }
}
