package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Laporan Tahunan (SPEC §8), for leadership: compliance through the three cut-offs of a year,
 * training rate national and per instrument with coverage, the weakness patterns across instansi,
 * projections with their back-test, the comparison with earlier years, with charts, and whether
 * instansi that were sounded or followed up changed more by the next cut-off (observational). A
 * year without data renders with dashes rather than failing.
 *
 * <p>Queries in {@link KueriTahunan}, data in {@link DataTahunan}, sentences in {@link
 * KalimatTahunan}, layout in {@link TataLetakTahunan}, {@link TataLetakTahunanLanjut} and {@link
 * TataLetakTahunanEfektivitas}.
 */
public final class LaporanTahunan {
  /** The document's kind in the register of issued documents. */
  static final String JENIS = "laporan-tahunan";

  private final PengaturanSurat pengaturan;

  /** With the default settings and {@code calendar}. */
  public LaporanTahunan(CaturwulanCalendar calendar) {
    this(PengaturanSurat.bawaan().denganKalender(calendar));
  }

  public LaporanTahunan(PengaturanSurat pengaturan) {
    this.pengaturan = requireNonNull(pengaturan, "pengaturan is null");
  }

  /** Same as {@link #render(Path, int, Path, LocalDate, Kemajuan)} without progress. */
  public Path render(Path warehouse, int tahun, Path outputPdf, LocalDate tanggalLaporan) {
    return render(warehouse, tahun, outputPdf, tanggalLaporan, Kemajuan.DIAM);
  }

  /**
   * Renders the annual report of {@code tahun} to {@code outputPdf} (replaced atomically),
   * reporting its three steps (read, fill, write) to {@code kemajuan}.
   *
   * @throws ReportRenderException when the warehouse cannot be read or the PDF cannot be written
   */
  public Path render(
      Path warehouse, int tahun, Path outputPdf, LocalDate tanggalLaporan, Kemajuan kemajuan) {
    requireNonNull(warehouse, "warehouse is null");
    requireNonNull(outputPdf, "outputPdf is null");
    requireNonNull(tanggalLaporan, "tanggalLaporan is null");
    requireNonNull(kemajuan, "kemajuan is null");
    new Periode(tahun, 1); // checks the year
    String dokumen = teks("dokumen.tahunan", String.valueOf(tahun));
    kemajuan.mulai(teks("kemajuan.tahunan", String.valueOf(tahun)), 3);
    try {
      DataTahunan data;
      try (Connection c = WarehouseReader.open(warehouse, pengaturan)) {
        data =
            KueriTahunan.baca(c, warehouse, tahun, pengaturan.calendar(), pengaturan.selMinimum());
      } catch (SQLException e) {
        throw Gagal.baca(warehouse, dokumen, e);
      }
      kemajuan.maju(1, teks("kemajuan.tahunan.data"));
      Terbitan terbitan = Terbitan.nasional(JENIS, String.valueOf(tahun), tanggalLaporan);
      JasperPrint print;
      try {
        print = TataLetakTahunan.isi(data, tanggalLaporan, terbitan.cap(pengaturan));
      } catch (JRException e) {
        throw Gagal.tulis(dokumen, e);
      }
      kemajuan.maju(2, teks("kemajuan.tahunan.isi"));
      try {
        Dokumen.writePdf(
            List.of(print), outputPdf, teks("tahunan.judul_pdf", String.valueOf(tahun)));
        terbitan.catat(pengaturan, outputPdf);
      } catch (IOException | JRException e) {
        throw Gagal.tulis(teks("dokumen.ke", dokumen, outputPdf.toString()), e);
      }
      kemajuan.maju(3, teks("kemajuan.tahunan.berkas"));
      return outputPdf;
    } finally {
      kemajuan.selesai();
    }
  }

  /** The target as the summary names it (see {@link KalimatTahunan#targetJp}). */
  static String targetJp(Map<String, BigDecimal> targetPerJenis) {
    return KalimatTahunan.targetJp(targetPerJenis);
  }
}
