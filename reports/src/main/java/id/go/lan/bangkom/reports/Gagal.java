package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;

import java.nio.file.Path;

/** The {@link ReportRenderException}s of this module, with their retry flag. */
final class Gagal {
  private Gagal() {}

  /** A lock conflict means a writer holds the file (publish in progress): worth a retry. */
  static ReportRenderException baca(Path warehouse, String dokumen, Exception e) {
    boolean locked = e.getMessage() != null && e.getMessage().contains("lock");
    return new ReportRenderException(
        teks("galat.baca_gudang", dokumen, warehouse.toString()), locked, e);
  }

  static ReportRenderException tulis(String dokumen, Throwable e) {
    if (e instanceof ReportRenderException r) {
      return r;
    }
    boolean io = e instanceof java.io.IOException;
    return new ReportRenderException(
        teks(io ? "galat.tulis_berkas" : "galat.tulis_templat", dokumen), io, e);
  }

  /** The thread writing {@code dokumen} was interrupted (the program is stopping): retry later. */
  static ReportRenderException terputus(String dokumen, InterruptedException e) {
    return new ReportRenderException(teks("galat.terputus", dokumen), true, e);
  }
}
