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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The shipped sample taken through ingest and transform: a workspace with a lake and its computed
 * tables that tests read (and copy to change). Shared by the test JVMs of one build (the
 * transforms' and the warehouse's, through the transforms test jar): built once under {@code
 * transforms/target/sample-lake/<key>}, where the key is a hash of the code and data that make it
 * (the transforms, ingestion, core and data-samples classes and resources on the classpath), so a
 * change to any of them builds a new one and a stale lake is never read.
 */
public final class SampleLake {
  /** A fixed key, so tests can hash a NIP themselves. */
  public static final String KEY = "kunci-uji-gudang-data";

  private static final String SELESAI = ".sampel-selesai";
  private static Workspace sample;

  private SampleLake() {}

  /** The configuration the sample lake was computed with. */
  public static BangkomConfig config() {
    return BangkomConfig.withOverrides(
        Map.of("privasi.kunci_nip", KEY, "duckdb.memory_limit", "1GB"));
  }

  /** The bundled instansi master list. */
  public static InstansiMaster master() {
    return InstansiMaster.load(java.util.Optional.empty());
  }

  /** The sample workspace, built on first use; do not change it (copy it with {@link #copy}). */
  public static synchronized Workspace sample() throws IOException {
    if (sample == null) {
      Path root = cacheFolder().resolve(key());
      Files.createDirectories(root.getParent());
      // Another test JVM of the same build may be building it: one builder, the others wait.
      try (FileChannel lock =
              FileChannel.open(
                  root.resolveSibling(root.getFileName() + ".lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock held = lock.lock()) {
        if (!Files.isRegularFile(root.resolve(SELESAI))) {
          deleteQuietly(root);
          build(root);
          Files.writeString(root.resolve(SELESAI), "", StandardCharsets.UTF_8);
        }
      }
      sample = new Workspace(root);
    }
    return sample;
  }

  private static void build(Path root) throws IOException {
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
  }

  /** A copy of the sample workspace (lake) that a test may change. */
  public static Workspace copy(Path target) throws IOException {
    Path source = sample().root();
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path t = target.resolve(source.relativize(p).toString());
        String name = p.getFileName().toString();
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (!name.equals(".publish.lock") && !name.equals(SELESAI)) {
          Files.copy(p, t);
        }
      }
    }
    return new Workspace(target);
  }

  /** {@code transforms/target/sample-lake} in a build; the temporary folder otherwise. */
  private static Path cacheFolder() {
    try {
      Path here =
          Path.of(SampleLake.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = here.getParent();
      if (target != null && target.getFileName().toString().equals("target")) {
        return target.resolve("sample-lake");
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall through to the temporary folder
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "bangkom-sample-lake");
  }

  /**
   * A hash of every class and resource that makes the lake: a change to any builds a new one. The
   * same whether a module comes as its classes folder (its own tests) or its jar (the next
   * module's): only the entries' names and bytes count.
   */
  private static String key() throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(KEY.getBytes(StandardCharsets.UTF_8));
      // Libraries by their jar's name (the version is in it): Spark, Parquet, DuckDB.
      for (Class<?> c :
          List.of(
              org.apache.spark.sql.SparkSession.class,
              org.apache.parquet.hadoop.ParquetWriter.class,
              org.duckdb.DuckDBConnection.class)) {
        sha.update(
            c.getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
      }
      for (Class<?> c :
          List.of(TransformJob.class, Ingestion.class, BangkomConfig.class, SampleData.class)) {
        Path code = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, byte[]> entries = new TreeMap<>();
        if (Files.isDirectory(code)) {
          try (Stream<Path> files = Files.walk(code)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
              String name = code.relativize(f).toString().replace('\\', '/');
              if (counts(name)) {
                entries.put(name, Files.readAllBytes(f));
              }
            }
          }
        } else {
          try (ZipFile jar = new ZipFile(code.toFile())) {
            for (ZipEntry e : java.util.Collections.list(jar.entries())) {
              if (!e.isDirectory() && counts(e.getName())) {
                try (InputStream in = jar.getInputStream(e)) {
                  entries.put(e.getName(), in.readAllBytes());
                }
              }
            }
          }
        }
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
          sha.update(e.getValue());
        }
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Classes and the modules' own resources; not what packaging adds (META-INF). */
  private static boolean counts(String name) {
    return !name.startsWith("META-INF/");
  }

  private static void deleteQuietly(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
