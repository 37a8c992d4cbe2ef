package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Fills the document frame with blocks and writes PDFs atomically. */
final class Dokumen {
  private Dokumen() {}

  /**
   * The document of {@code blocks} in the frame; {@code cap} is its verification stamp ({@link
   * Terbitan#cap}), printed on its last page.
   */
  static JasperPrint fill(
      DokumenTemplates templates,
      String kepalaHalaman,
      String kakiDokumen,
      String kakiData,
      List<Blok> blocks,
      Map<String, ?> cap)
      throws JRException {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, FormatIndonesia.LOCALE);
    parameters.put(JRParameter.REPORT_TIME_ZONE, FormatIndonesia.TIME_ZONE);
    parameters.put("KEPALA_HALAMAN", kepalaHalaman);
    parameters.put("KAKI_DOKUMEN", kakiDokumen);
    parameters.put("KAKI_DATA", kakiData);
    parameters.putAll(cap);
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Blok blok : blocks) {
      rows.add(blok.row());
    }
    return JasperFillManager.fillReport(
        templates.dokumen(), parameters, new JRMapCollectionDataSource(rows));
  }

  /**
   * Writes one or more filled documents as one PDF: next to the target, then moved in place, so a
   * reader never sees half a file.
   */
  static void writePdf(List<JasperPrint> prints, Path outputPdf, String judul)
      throws IOException, JRException {
    Path target = outputPdf.toAbsolutePath();
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path tmp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      JRPdfExporter exporter = new JRPdfExporter();
      exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
      SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
      configuration.setMetadataTitle(judul);
      configuration.setMetadataAuthor(teks("pdf.pengarang"));
      configuration.setMetadataCreator(teks("pdf.pembuat"));
      configuration.setDisplayMetadataTitle(true);
      configuration.setCreatingBatchModeBookmarks(prints.size() > 1);
      exporter.setConfiguration(configuration);
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(tmp.toFile()));
      exporter.exportReport();
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
