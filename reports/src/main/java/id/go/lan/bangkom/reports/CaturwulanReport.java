package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * The Laporan Caturwulan (SPEC §8): national summary, compliance per jenis instansi with charts,
 * the sounding list and an appendix with every instansi, as an A4 PDF in Bahasa Indonesia. A
 * re-issue names how many figures were restated since the previous issue (table ralat).
 *
 * <p>Reads the analyst warehouse ({@code docs/warehouse.md}) read-only; never writes to it. A
 * period without data renders with dashes and zeros rather than failing. Templates are compiled
 * once per JVM; instances are cheap and thread-safe.
 */
public final class CaturwulanReport {
  /** The document's kind in the register of issued documents. */
  static final String JENIS = "laporan-caturwulan";

  private final PengaturanSurat pengaturan;

  /** Uses the documented defaults (CW1 January–April, CW2 May–August). */
  public CaturwulanReport() {
    this(PengaturanSurat.bawaan());
  }

  /**
   * @param calendar period boundaries used when the warehouse has no {@code dim_periode} row for
   *     the period; the other settings are the defaults
   */
  public CaturwulanReport(CaturwulanCalendar calendar) {
    this(PengaturanSurat.bawaan().denganKalender(calendar));
  }

  /**
   * @param pengaturan the module's settings (calendar, DuckDB limits)
   */
  public CaturwulanReport(PengaturanSurat pengaturan) {
    this.pengaturan = requireNonNull(pengaturan, "pengaturan is null");
  }

  /**
   * Renders the report of {@code periode} to {@code outputPdf} (replaced atomically if present).
   *
   * @param warehouseFile the DuckDB warehouse, opened read-only
   * @param tanggalLaporan the report date printed on every page
   * @return {@code outputPdf}
   * @throws ReportRenderException when the warehouse cannot be read or the PDF cannot be written
   */
  public Path renderLaporanCaturwulan(
      Path warehouseFile, Periode periode, Path outputPdf, LocalDate tanggalLaporan) {
    requireNonNull(warehouseFile, "warehouseFile is null");
    requireNonNull(periode, "periode is null");
    requireNonNull(outputPdf, "outputPdf is null");
    requireNonNull(tanggalLaporan, "tanggalLaporan is null");

    DataLaporanCaturwulan data;
    try {
      data =
          new WarehouseReader(pengaturan).read(warehouseFile, periode, terbitSebelumnya(outputPdf));
    } catch (SQLException e) {
      throw Gagal.baca(warehouseFile, teks("dokumen.caturwulan", periode.id()), e);
    }
    Terbitan terbitan = Terbitan.nasional(JENIS, periode.id(), tanggalLaporan);
    try {
      JasperPrint print =
          new LaporanCaturwulanFiller(Templates.laporanCaturwulan())
              .fill(data, tanggalLaporan, terbitan.cap(pengaturan));
      writePdf(
          print,
          outputPdf,
          teks("caturwulan.judul_pdf", LaporanCaturwulanFiller.judulPeriode(data)));
      terbitan.catat(pengaturan, outputPdf);
    } catch (JRException e) {
      throw Gagal.tulis(teks("dokumen.caturwulan", periode.id()), e);
    } catch (IOException e) {
      throw Gagal.tulis(teks("dokumen.ke", teks("dokumen.caturwulan", periode.id()), outputPdf), e);
    }
    return outputPdf;
  }

  /** Same as {@link #renderLaporanCaturwulan(Path, Periode, Path, LocalDate)}. */
  public Path renderLaporanCaturwulan(
      Path warehouseFile, int tahun, int caturwulan, Path outputPdf, LocalDate tanggalLaporan) {
    return renderLaporanCaturwulan(
        warehouseFile, new Periode(tahun, caturwulan), outputPdf, tanggalLaporan);
  }

  /**
   * When the report being replaced was issued: the time of the PDF at {@code outputPdf} (each issue
   * of a period goes to the same file and replaces it), so the new issue names the restatements
   * since; empty for a first issue.
   */
  private static Optional<Instant> terbitSebelumnya(Path outputPdf) {
    try {
      return Files.isRegularFile(outputPdf)
          ? Optional.of(Files.getLastModifiedTime(outputPdf).toInstant())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Writes next to the target, then moves it in place, so a reader never sees half a PDF. */
  private static void writePdf(JasperPrint print, Path outputPdf, String judul)
      throws IOException, JRException {
    Path target = outputPdf.toAbsolutePath();
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path tmp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
    try {
      JRPdfExporter exporter = new JRPdfExporter();
      exporter.setExporterInput(new SimpleExporterInput(print));
      SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
      configuration.setMetadataTitle(judul);
      configuration.setMetadataAuthor(teks("pdf.pembuat"));
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
}
