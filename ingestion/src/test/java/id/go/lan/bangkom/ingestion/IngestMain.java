package id.go.lan.bangkom.ingestion;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Workspace;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs one ingest in its own JVM (the crash test kills it half-way): {@code IngestMain <workspace>
 * <inbox> [instansi.csv]}. Prints one line per finished submission version, so the parent can tell
 * when some versions are written.
 */
final class IngestMain {
  private IngestMain() {}

  /** Defaults, with {@code -Dingest.paralel=N} passed on when given. */
  private static BangkomConfig config() {
    String paralel = System.getProperty("ingest.paralel");
    return paralel == null
        ? BangkomConfig.defaults()
        : BangkomConfig.withOverrides(java.util.Map.of("ingest.paralel", paralel));
  }

  public static void main(String[] args) {
    Workspace ws = new Workspace(Path.of(args[0]));
    Optional<Path> master = args.length > 2 ? Optional.of(Path.of(args[2])) : Optional.empty();
    long start = System.nanoTime();
    IngestResult result =
        new Ingestion(config(), InstansiMaster.load(master), ws)
            .ingest(
                Path.of(args[1]),
                (kode, periode, index, total) -> {
                  System.out.println("mulai " + index + "/" + total + " " + kode + " " + periode);
                  System.out.flush();
                });
    long rows = 0;
    for (Receipt r : result.diterima()) {
      rows += r.barisDibaca();
    }
    System.out.println(
        "selesai "
            + result.diterima().size()
            + " versi, "
            + rows
            + " baris, "
            + (System.nanoTime() - start) / 1_000_000
            + " ms");
  }
}
