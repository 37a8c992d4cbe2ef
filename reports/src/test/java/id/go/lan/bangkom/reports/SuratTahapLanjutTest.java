package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The letters of the escalation ladder's later stages (issue 16.4) on a warehouse with
 * hand-inserted ESKALASI and TERIMA_KASIH rows ({@link GudangTahap}): exactly those letters, to the
 * right person, saying what came before, with the new deadline and the configured wording; a re-run
 * without the rows removes them; the Surat Sounding stay as they were.
 */
class SuratTahapLanjutTest {
  private static final Periode CW2 = new Periode(2026, 2);
  private static final LocalDate TANGGAL = LocalDate.of(2026, 11, 28);

  @TempDir static Path folder;

  private static GudangTahap gudang;
  private static InstansiMaster master;
  private static List<SuratInstansi> surat;

  @BeforeAll
  static void renderLetters() throws Exception {
    gudang = GudangTahap.build(folder.resolve("gudang"));
    master = gudang.master(folder);
    surat =
        new SuratSounding(PengaturanSurat.bawaan(), master)
            .renderPeriode(
                gudang.nation.warehouse,
                CW2,
                gudang.nation.pegawai,
                folder.resolve("sounding"),
                TANGGAL);
  }

  @Test
  void writesExactlyTheLettersOfTheStageRowsBesideTheUnchangedSoundingLetters() throws Exception {
    Map<TahapSounding, List<String>> perTahap =
        surat.stream()
            .collect(
                Collectors.groupingBy(
                    SuratInstansi::tahap,
                    Collectors.mapping(SuratInstansi::kodeInstansi, Collectors.toList())));
    assertThat(perTahap.get(TahapSounding.ESKALASI))
        .containsExactlyInAnyOrder(gudang.kodeDua, gudang.kodeTenggat);
    assertThat(perTahap.get(TahapSounding.TERIMA_KASIH)).containsExactly(gudang.kodeHijau);
    assertThat(perTahap.get(TahapSounding.SOUNDING)).hasSize(soundingBukanHijau());
    assertThat(perTahap.get(TahapSounding.SOUNDING)).doesNotContain(gudang.kodeHijau);
    for (SuratInstansi s : surat) {
      assertThat(s.pdf())
          .exists()
          .hasFileName(s.tahap().berkasPdf(s.kodeInstansi(), CW2))
          .hasParent(folder.resolve("sounding").resolve(s.kodeInstansi()).toAbsolutePath());
    }
    assertThat(
            folder.resolve(
                "sounding/"
                    + gudang.kodeDua
                    + "/surat-eskalasi-"
                    + gudang.kodeDua
                    + "-2026-CW2.pdf"))
        .exists();
    assertThat(folder.resolve("sounding/surat-sounding-2026-CW2-gabungan.pdf")).exists();
    String gabungan = text(folder.resolve("sounding/surat-eskalasi-2026-CW2-gabungan.pdf"));
    assertThat(gabungan).contains(nama(gudang.kodeDua)).contains(nama(gudang.kodeTenggat));
    assertThat(gabungan).doesNotContain("Ucapan Terima Kasih atas Capaian");
  }

  @Test
  void escalationAfterTwoCutOffsGoesToTheHeadAndNamesBothLevels() throws Exception {
    String text = text(pdf(TahapSounding.ESKALASI, gudang.kodeDua));
    String nama = nama(gudang.kodeDua);
    assertThat(text).contains("Yth. " + GudangTahap.JABATAN_DUA + " " + nama + " di tempat");
    assertThat(text).contains("Segera");
    assertThat(text)
        .contains(
            "Tindak Lanjut Tahap Kedua atas Sounding Capaian Pengembangan Kompetensi ASN"
                + " Caturwulan II Tahun 2026");
    assertThat(text).contains("/P3K-BANGKOM/ESK.MERAH/XI/2026");
    assertThat(text)
        .contains("Pada Caturwulan II Tahun 2026, capaian " + nama + " berada pada level MERAH.");
    assertThat(text)
        .contains(
            "Pada batas sebelumnya, Caturwulan I Tahun 2026 (30 April 2026), capaian tersebut"
                + " berada pada level MERAH, sehingga capaian berada di bawah harapan pada dua"
                + " batas caturwulan berturut-turut.");
    List<String> k =
        sql("SELECT k.persen_on_track, j.persen_on_track, n.persen_on_track"
                + " FROM kepatuhan_instansi k JOIN dim_instansi d USING (kode_instansi)"
                + " JOIN kepatuhan_jenis_instansi j ON j.jenis_instansi = d.jenis_instansi"
                + " AND j.tahun = k.tahun AND j.caturwulan = k.caturwulan"
                + " JOIN kepatuhan_nasional n ON n.tahun = k.tahun AND n.caturwulan = k.caturwulan"
                + " WHERE k.tahun = 2026 AND k.caturwulan = 2 AND k.kode_instansi = '"
                + gudang.kodeDua
                + "'")
            .get(0);
    assertThat(text)
        .contains(
            "Sesuai target (%) "
                + duaDesimal(k.get(0))
                + " "
                + duaDesimal(k.get(1))
                + " "
                + duaDesimal(k.get(2)));
    assertThat(text).contains("paling lambat 12 Desember 2026 (14 hari sejak tanggal surat ini)");
    assertThat(text).contains("Ibu PIC " + gudang.kodeDua + ", Pengelola Kepegawaian " + nama);
  }

  @Test
  void escalationAfterThePassedDeadlineNamesTheLetterSentAndTheDefaultAddressee() throws Exception {
    String text = text(pdf(TahapSounding.ESKALASI, gudang.kodeTenggat));
    assertThat(text).contains("Yth. Pejabat Pembina Kepegawaian " + nama(gudang.kodeTenggat));
    assertThat(text).contains("berada pada level DATA.");
    assertThat(text).contains("/P3K-BANGKOM/ESK.DATA/XI/2026");
    // No PIC name in the master list: the copy goes to the office.
    assertThat(text).contains("2. Pengelola Kepegawaian " + nama(gudang.kodeTenggat) + ".");
    assertThat(text)
        .contains(
            "Surat Sounding untuk Caturwulan II Tahun 2026 telah kami kirimkan kepada Pengelola"
                + " Kepegawaian pada 10 September 2026 dengan permintaan tanggapan paling lambat"
                + " 24 September 2026; sampai batas waktu tersebut berlalu, belum ada tanggapan"
                + " yang tercatat pada kami.");
  }

  @Test
  void thankYouNoteToThePicSaysHijauAgainOnOnePage() throws Exception {
    Path pdf = pdf(TahapSounding.TERIMA_KASIH, gudang.kodeHijau);
    String text = text(pdf);
    String nama = nama(gudang.kodeHijau);
    assertThat(text)
        .contains("Yth. Ibu PIC " + gudang.kodeHijau + " Pengelola Kepegawaian " + nama);
    assertThat(text)
        .contains("Ucapan Terima Kasih atas Capaian Pengembangan Kompetensi ASN Caturwulan II");
    assertThat(text)
        .contains(
            "pada Caturwulan II Tahun 2026 capaian pengembangan kompetensi ASN instansi Saudara"
                + " kembali berada pada level HIJAU: 100,00% pegawai sesuai target, setelah pada"
                + " Caturwulan I Tahun 2026 berada pada level KUNING.");
    assertThat(text).contains("2. Pejabat Pembina Kepegawaian, " + nama + ".");
    assertThat(text).contains("/P3K-BANGKOM/TK/XI/2026");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
  }

  @Test
  void configuredWordingAddresseeAndDeadlineReplaceTheDefaults() throws Exception {
    PengaturanSurat lain =
        PengaturanSurat.dari(
            BangkomConfig.withOverrides(
                Map.of(
                    "eskalasi.jabatan_bawaan", "Sekretaris Daerah",
                    "eskalasi.kalimat_pembuka", "Pembuka khusus untuk {0} ({2}): {3}",
                    "eskalasi.kalimat_permintaan", "Mohon jawaban tertulis sebelum {1}.",
                    "terima_kasih.kalimat", "Terima kasih {0}, kini {2}% sesuai target.",
                    "surat.tenggat_hari", "21")));
    List<SuratInstansi> lainnya =
        new SuratSounding(lain, master)
            .renderPeriode(
                gudang.nation.warehouse,
                CW2,
                gudang.nation.pegawai,
                folder.resolve("lain"),
                TANGGAL);
    String eskalasi = text(pdf(lainnya, TahapSounding.ESKALASI, gudang.kodeTenggat));
    assertThat(eskalasi).contains("Yth. Sekretaris Daerah " + nama(gudang.kodeTenggat));
    assertThat(eskalasi)
        .contains("Pembuka khusus untuk " + nama(gudang.kodeTenggat) + " (DATA): Surat Sounding");
    // The Surat Sounding's deadline passed: accepted 10 September, 21 days.
    assertThat(eskalasi).contains("paling lambat 1 Oktober 2026;");
    assertThat(eskalasi).contains("Mohon jawaban tertulis sebelum 19 Desember 2026.");
    assertThat(eskalasi).doesNotContain("Lembaga Administrasi Negara memantau capaian");
    String terimaKasih = text(pdf(lainnya, TahapSounding.TERIMA_KASIH, gudang.kodeHijau));
    assertThat(terimaKasih)
        .contains("Terima kasih " + nama(gudang.kodeHijau) + ", kini 100,00% sesuai target.");
    assertThat(terimaKasih).contains("2. Sekretaris Daerah, ");
  }

  @Test
  void aRerunWithoutTheStageRowsRemovesTheirLettersAndKeepsTheSoundingLetters() throws Exception {
    Path out = folder.resolve("ulang");
    SuratSounding suratSounding = new SuratSounding(PengaturanSurat.bawaan(), master);
    suratSounding.renderPeriode(gudang.nation.warehouse, CW2, gudang.nation.pegawai, out, TANGGAL);
    Path eskalasi =
        out.resolve(gudang.kodeDua).resolve("surat-eskalasi-" + gudang.kodeDua + "-2026-CW2.pdf");
    assertThat(eskalasi).exists();
    assertThat(out.resolve(gudang.kodeHijau)).isDirectory();

    Path tanpa = gudang.tanpaTahapLanjut(folder.resolve("gudang-tanpa"));
    List<SuratInstansi> lagi =
        suratSounding.renderPeriode(tanpa, CW2, gudang.nation.pegawai, out, TANGGAL);

    assertThat(lagi).allMatch(s -> s.tahap() == TahapSounding.SOUNDING);
    assertThat(lagi).hasSize(soundingBukanHijau()).allMatch(s -> s.pdf().toFile().exists());
    assertThat(eskalasi).doesNotExist();
    assertThat(out.resolve(gudang.kodeTenggat))
        .isDirectoryNotContaining("glob:**surat-eskalasi-*")
        .isDirectoryContaining("glob:**surat-sounding-*");
    assertThat(out.resolve(gudang.kodeHijau)).doesNotExist();
    assertThat(out.resolve("surat-eskalasi-2026-CW2-gabungan.pdf")).doesNotExist();
    assertThat(out.resolve("surat-sounding-2026-CW2-gabungan.pdf")).exists();
  }

  private static int soundingBukanHijau() throws SQLException {
    return Integer.parseInt(
        sql("SELECT count(*) FROM sounding WHERE tahun = 2026 AND caturwulan = 2"
                + " AND tahap = 'SOUNDING' AND level <> 'HIJAU'")
            .get(0)
            .get(0));
  }

  private static Path pdf(TahapSounding tahap, String kode) {
    return pdf(surat, tahap, kode);
  }

  private static Path pdf(List<SuratInstansi> daftar, TahapSounding tahap, String kode) {
    return daftar.stream()
        .filter(s -> s.tahap() == tahap && s.kodeInstansi().equals(kode))
        .findFirst()
        .orElseThrow()
        .pdf();
  }

  private static String nama(String kode) throws SQLException {
    return sql("SELECT nama_instansi FROM dim_instansi WHERE kode_instansi = '" + kode + "'")
        .get(0)
        .get(0);
  }

  private static List<List<String>> sql(String query) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + gudang.nation.warehouse + "' AS w (READ_ONLY)");
      s.execute("USE w");
      try (ResultSet rs = s.executeQuery(query)) {
        int n = rs.getMetaData().getColumnCount();
        List<List<String>> out = new java.util.ArrayList<>();
        while (rs.next()) {
          List<String> row = new java.util.ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(rs.getString(i));
          }
          out.add(row);
        }
        return out;
      }
    }
  }

  /** {@code 54.2} -> {@code 54,20}, by hand (not through FormatIndonesia). */
  private static String duaDesimal(String value) {
    return new BigDecimal(value)
        .setScale(2, RoundingMode.HALF_UP)
        .toPlainString()
        .replace('.', ',');
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
