package id.go.lan.bangkom.reports.tindaklanjut;

import static id.go.lan.bangkom.reports.tindaklanjut.Teks.teks;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * The worklist as a PDF to read (A4 landscape, one table): the read-only columns of the workbook
 * with Indonesian headings, figures the Indonesian way, an escalation in red; the fill-in block
 * stays in the workbook.
 */
final class PdfDaftar {
  private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");

  /** The thirteen columns of the table, each with its heading key {@code tindak_lanjut.pdf.<c>}. */
  private static final List<String> KOLOM =
      List.of(
          "kode",
          "nama",
          "level",
          "sebelumnya",
          "persen",
          "perubahan",
          "jp",
          "masalah",
          "surat",
          "tenggat",
          "eskalasi",
          "riwayat",
          "janji");

  private static final class Holder {
    static final JasperReport TEMPLAT = compile();
  }

  private PdfDaftar() {}

  /**
   * @param judul the document title
   * @param subjudul who the list is for, how many instansi, the report date
   * @param cap the verification stamp of the last page ({@link
   *     id.go.lan.bangkom.reports.Terbitan#cap})
   */
  static void tulis(
      Path pdf,
      String judul,
      String subjudul,
      String kaki,
      List<BarisDaftar> baris,
      Map<String, ?> cap)
      throws IOException, JRException {
    Map<String, Object> parameter = new HashMap<>();
    parameter.put(JRParameter.REPORT_LOCALE, INDONESIA);
    parameter.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("Asia/Jakarta"));
    parameter.put("JUDUL", judul);
    parameter.put("SUBJUDUL", subjudul);
    parameter.put(
        "CATATAN",
        teks("tindak_lanjut.pdf.catatan") + " " + teks("tindak_lanjut.pdf.catatan_eskalasi"));
    parameter.put("KAKI", kaki);
    parameter.putAll(cap);
    parameter.put("HALAMAN", teks("tindak_lanjut.pdf.halaman"));
    parameter.put("DARI", teks("tindak_lanjut.pdf.dari"));
    for (String k : KOLOM) {
      parameter.put("H_" + k.toUpperCase(Locale.ROOT), teks("tindak_lanjut.pdf." + k));
    }
    List<Map<String, ?>> rows = new ArrayList<>();
    for (BarisDaftar b : baris) {
      Map<String, Object> row = new HashMap<>();
      row.put("kode", b.kodeInstansi());
      row.put("nama", b.namaInstansi());
      row.put("level", b.memburuk() ? teks("tindak_lanjut.pdf.memburuk", b.level()) : b.level());
      row.put("level_kode", b.level());
      row.put("sebelumnya", b.levelSebelumnya());
      row.put("persen", angka(b.persenOnTrack(), false));
      row.put("perubahan", angka(b.perubahanPersen(), true));
      row.put("jp", angka(b.jpKurang(), false));
      row.put(
          "masalah",
          b.skorMutuData() == null
              ? b.masalahData()
              : teks("tindak_lanjut.pdf.masalah_skor", angka(b.skorMutuData(), false))
                  + (b.masalahData().isEmpty() ? "" : "; " + b.masalahData()));
      row.put(
          "surat",
          b.suratGagal().isEmpty()
              ? b.surat()
              : teks("tindak_lanjut.pdf.surat_gagal", b.surat(), b.suratGagal()));
      row.put("tenggat", b.tenggat());
      row.put("eskalasi", b.eskalasi());
      row.put("tahap_kode", b.tahapLanjut().map(Enum::name).orElse(""));
      row.put("riwayat", b.tindakLanjutTerakhir());
      row.put("janji", b.janjiTerakhir());
      rows.add(row);
    }
    JasperPrint print =
        JasperFillManager.fillReport(
            Holder.TEMPLAT, parameter, new JRMapCollectionDataSource(rows));
    Path target = pdf.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      JRPdfExporter exporter = new JRPdfExporter();
      exporter.setExporterInput(new SimpleExporterInput(print));
      SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
      configuration.setMetadataTitle(judul);
      configuration.setMetadataAuthor(teks("pdf.pengarang"));
      configuration.setMetadataCreator(teks("pdf.pembuat"));
      configuration.setDisplayMetadataTitle(true);
      exporter.setConfiguration(configuration);
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(tmp.toFile()));
      exporter.exportReport();
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** {@code 67,82}; with {@code tanda}, {@code +1,50} / {@code -2,00}; empty for NULL. */
  static String angka(BigDecimal nilai, boolean tanda) {
    if (nilai == null) {
      return "";
    }
    DecimalFormat format =
        new DecimalFormat(
            tanda ? "+#,##0.00;-#,##0.00" : "#,##0.00",
            DecimalFormatSymbols.getInstance(INDONESIA));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(nilai);
  }

  private static JasperReport compile() {
    String resource = "daftar-tindak-lanjut.jrxml";
    try (InputStream jrxml = PdfDaftar.class.getResourceAsStream(resource)) {
      if (jrxml == null) {
        throw new IllegalStateException(teks("galat.templat_tidak_ada", resource));
      }
      return JasperCompileManager.compileReport(jrxml);
    } catch (IOException | JRException e) {
      throw new IllegalStateException(teks("galat.templat_rusak", resource), e);
    }
  }
}
