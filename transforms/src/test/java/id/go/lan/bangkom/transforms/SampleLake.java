package id.go.lan.bangkom.transforms;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.ingestion.IngestListener;
import id.go.lan.bangkom.ingestion.Ingestion;
import id.go.lan.bangkom.ingestion.Lake;
import id.go.lan.bangkom.ingestion.SubmisiVersion;
import id.go.lan.bangkom.samples.SampleData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The shipped sample taken through ingest and transform once per test JVM: a workspace with a lake
 * and its computed tables that the tests read (and copy to change).
 */
final class SampleLake {
  /** A fixed key, so tests can hash a NIP themselves. */
  static final String KEY = "kunci-uji-gudang-data";

  private static Workspace sample;

  private SampleLake() {}

  static BangkomConfig config() {
    return BangkomConfig.withOverrides(
        Map.of("privasi.kunci_nip", KEY, "duckdb.memory_limit", "1GB"));
  }

  static InstansiMaster master() {
    return InstansiMaster.load(java.util.Optional.empty());
  }

  /** The sample workspace, built on first use; do not change it (copy it with {@link #copy}). */
  static synchronized Workspace sample() throws IOException {
    if (sample == null) {
      Path root = Files.createTempDirectory("bangkom-lake-sampel");
      Workspace ws = new Workspace(root);
      SampleData.copyInbox(ws.inbox());
      BangkomConfig config = config();
      InstansiMaster master = master();
      new Ingestion(config, master, ws).ingest(ws.inbox(), IngestListener.none());
      Set<Periode> periods = new TreeSet<>();
      for (SubmisiVersion v : Lake.open(ws).versions()) {
        periods.add(Periode.parse(v.periode()));
      }
      TransformJob job = new TransformJob(TestSpark.session(), config, master, ws);
      for (Periode p : periods) {
        job.run(p);
      }
      sample = ws;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
    }
    return sample;
  }

  /** A copy of the sample workspace (lake) that a test may change. */
  static Workspace copy(Path target) throws IOException {
    Path source = sample().root();
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path t = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (!p.getFileName().toString().equals(".publish.lock")) {
          Files.copy(p, t);
        }
      }
    }
    return new Workspace(target);
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
