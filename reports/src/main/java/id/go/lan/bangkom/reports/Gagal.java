package id.go.lan.bangkom.reports;

import java.nio.file.Path;

/** The {@link ReportRenderException}s of this module, with their retry flag. */
final class Gagal {
  private Gagal() {}

  /** A lock conflict means a writer holds the file (publish in progress): worth a retry. */
  static ReportRenderException baca(Path warehouse, String dokumen, Exception e) {
    boolean locked = e.getMessage() != null && e.getMessage().contains("lock");
    return new ReportRenderException(
        "Cannot read the warehouse for " + dokumen + ": " + warehouse, locked, e);
  }

  static ReportRenderException tulis(String dokumen, Throwable e) {
    if (e instanceof ReportRenderException r) {
      return r;
    }
    boolean io = e instanceof java.io.IOException;
    return new ReportRenderException(
        "Cannot write " + dokumen + (io ? ", file system" : ", template or data defect"), io, e);
  }
}
