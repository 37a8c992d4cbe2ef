package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Profil Instansi (SPEC §8): per instansi and cut-off, one or two pages with its compliance, its
 * training rate explained (the indicators that pulled it down, the single improvement worth most)
 * and its weakness findings against its peers. Written for every instansi that reported a roster or
 * has a training rate at the cut-off, as {@code <folder>/profil-<kode>-<P>.pdf}.
 *
 * <p>Queries and data in {@link DataInstansiPeriode} (shared with the letters), sentences in {@link
 * KalimatProfil}, layout in {@link TataLetakProfil}.
 */
public final class ProfilInstansi {
  /** The document's kind in the register of issued documents. */
  static final String JENIS = "profil-instansi";

  private final PengaturanSurat pengaturan;

  /** With the default settings and {@code calendar}. */
  public ProfilInstansi(CaturwulanCalendar calendar) {
    this(PengaturanSurat.bawaan().denganKalender(calendar));
  }

  public ProfilInstansi(PengaturanSurat pengaturan) {
    this.pengaturan = requireNonNull(pengaturan, "pengaturan is null");
  }

  /** Same as {@link #renderPeriode(Path, Periode, Path, LocalDate, Kemajuan)} without progress. */
  public List<Path> renderPeriode(
      Path warehouse, Periode periode, Path folder, LocalDate tanggalLaporan) {
    return renderPeriode(warehouse, periode, folder, tanggalLaporan, Kemajuan.DIAM);
  }

  /**
   * Writes the profiles of {@code periode} under {@code folder}, reporting each one written (n of N
   * instansi) to {@code kemajuan}.
   *
   * @return the PDFs written, by kode
   * @throws ReportRenderException when the warehouse cannot be read or a file not written
   */
  public List<Path> renderPeriode(
      Path warehouse, Periode periode, Path folder, LocalDate tanggalLaporan, Kemajuan kemajuan) {
    requireNonNull(warehouse, "warehouse is null");
    requireNonNull(periode, "periode is null");
    requireNonNull(folder, "folder is null");
    requireNonNull(tanggalLaporan, "tanggalLaporan is null");
    requireNonNull(kemajuan, "kemajuan is null");
    String dokumen = teks("dokumen.profil", periode.id());
    DataInstansiPeriode data;
    try {
      data = DataInstansiPeriode.baca(warehouse, periode, pengaturan);
    } catch (SQLException e) {
      throw Gagal.baca(warehouse, dokumen, e);
    }
    List<Baris> dengan = new ArrayList<>();
    for (Baris instansi : data.instansi) {
      String kode = instansi.str("kode_instansi");
      Baris k = data.kepatuhan.get(kode);
      boolean melapor = k != null && Boolean.TRUE.equals(k.bool("melapor"));
      if (melapor || data.trainingRate.containsKey(kode)) {
        dengan.add(instansi);
      }
    }
    Path root = folder.toAbsolutePath().normalize();
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong selesai = new AtomicLong();
    kemajuan.mulai(teks("kemajuan.profil", periode.id()), dengan.size());
    try {
      List<Future<Path>> jobs = new ArrayList<>();
      for (Baris instansi : dengan) {
        String kode = instansi.str("kode_instansi");
        Path pdf = root.resolve("profil-" + kode + "-" + periode.id() + ".pdf");
        jobs.add(
            pool.submit(
                () -> {
                  tulis(data, instansi, pdf, tanggalLaporan);
                  kemajuan.maju(selesai.incrementAndGet(), kode);
                  return pdf;
                }));
      }
      List<Path> out = new ArrayList<>();
      for (Future<Path> job : jobs) {
        out.add(job.get());
      }
      return List.copyOf(out);
    } catch (ExecutionException e) {
      throw Gagal.tulis(dokumen, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Gagal.terputus(dokumen, e);
    } finally {
      pool.shutdownNow();
      kemajuan.selesai();
    }
  }

  /** Renders one instansi's profile (for a single PIC's request). */
  public Path render(
      Path warehouse, Periode periode, String kodeInstansi, Path pdf, LocalDate tanggalLaporan) {
    try {
      DataInstansiPeriode data = DataInstansiPeriode.baca(warehouse, periode, pengaturan);
      Baris instansi =
          data.instansi.stream()
              .filter(b -> kodeInstansi.equals(b.str("kode_instansi")))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ReportRenderException(
                          teks("galat.kode_tidak_dikenal", kodeInstansi), false, null));
      tulis(data, instansi, pdf, tanggalLaporan);
      return pdf;
    } catch (SQLException e) {
      throw Gagal.baca(warehouse, teks("dokumen.profil", periode.id()), e);
    } catch (IOException | JRException e) {
      throw Gagal.tulis(teks("dokumen.profil_instansi", kodeInstansi, periode.id()), e);
    }
  }

  private void tulis(DataInstansiPeriode data, Baris instansi, Path pdf, LocalDate tanggalLaporan)
      throws IOException, JRException {
    Terbitan terbitan =
        new Terbitan(
            JENIS,
            instansi.str("kode_instansi"),
            data.namaInstansi(instansi),
            data.periode.id(),
            tanggalLaporan);
    JasperPrint print =
        TataLetakProfil.isi(data, instansi, tanggalLaporan, terbitan.cap(pengaturan));
    Dokumen.writePdf(
        List.of(print),
        pdf,
        teks("dokumen.profil_instansi", data.namaInstansi(instansi), data.periode.id()));
    terbitan.catat(pengaturan, pdf);
  }
}
