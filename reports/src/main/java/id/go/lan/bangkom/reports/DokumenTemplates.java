package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;

import java.io.IOException;
import java.io.InputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The compiled frame and blocks of the Surat Sounding, Profil Instansi and Laporan Tahunan,
 * compiled once per JVM on first use. {@link JasperReport} objects are immutable and safe to share
 * between threads.
 */
record DokumenTemplates(
    JasperReport dokumen,
    JasperReport judul,
    JasperReport paragraf,
    JasperReport tabel,
    JasperReport tabelLebar,
    JasperReport tabelTeks,
    JasperReport grafik,
    JasperReport grafikMendatar,
    JasperReport ubin,
    JasperReport kopSurat,
    JasperReport tandaTangan) {

  private static final class Holder {
    static final DokumenTemplates INSTANCE = compileAll();
  }

  static DokumenTemplates get() {
    return Holder.INSTANCE;
  }

  private static DokumenTemplates compileAll() {
    return new DokumenTemplates(
        compile("dokumen.jrxml"),
        compile("blok-judul.jrxml"),
        compile("blok-paragraf.jrxml"),
        compile("blok-tabel.jrxml"),
        compile("blok-tabel-lebar.jrxml"),
        compile("blok-tabel-teks.jrxml"),
        compile("blok-grafik.jrxml"),
        compile("blok-grafik-mendatar.jrxml"),
        compile("blok-ubin.jrxml"),
        compile("blok-kop-surat.jrxml"),
        compile("blok-tanda-tangan.jrxml"));
  }

  private static JasperReport compile(String name) {
    String resource = "dokumen/" + name;
    try (InputStream jrxml = DokumenTemplates.class.getResourceAsStream(resource)) {
      if (jrxml == null) {
        throw new IllegalStateException(teks("galat.templat_tidak_ada", resource));
      }
      return JasperCompileManager.compileReport(jrxml);
    } catch (IOException | JRException e) {
      throw new IllegalStateException(teks("galat.templat_rusak", resource), e);
    }
  }
}
