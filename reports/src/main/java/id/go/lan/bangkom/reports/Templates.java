package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;

import java.io.IOException;
import java.io.InputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The compiled templates of the Laporan Caturwulan, compiled once per JVM on first use (about a
 * second; later fills reuse them). {@link JasperReport} objects are immutable and safe to share.
 */
record Templates(
    JasperReport utama,
    JasperReport status,
    JasperReport statusPie,
    JasperReport jenis,
    JasperReport sounding,
    JasperReport lampiran) {

  private static final class Holder {
    static final Templates INSTANCE = compile();
  }

  static Templates laporanCaturwulan() {
    return Holder.INSTANCE;
  }

  private static Templates compile() {
    return new Templates(
        compile("laporan-caturwulan.jrxml"),
        compile("caturwulan-status.jrxml"),
        compile("caturwulan-status-pie.jrxml"),
        compile("caturwulan-jenis.jrxml"),
        compile("caturwulan-sounding.jrxml"),
        compile("caturwulan-lampiran.jrxml"));
  }

  private static JasperReport compile(String resource) {
    try (InputStream jrxml = Templates.class.getResourceAsStream(resource)) {
      if (jrxml == null) {
        throw new IllegalStateException(teks("galat.templat_tidak_ada", resource));
      }
      return JasperCompileManager.compileReport(jrxml);
    } catch (IOException | JRException e) {
      throw new IllegalStateException(teks("galat.templat_rusak", resource), e);
    }
  }
}
