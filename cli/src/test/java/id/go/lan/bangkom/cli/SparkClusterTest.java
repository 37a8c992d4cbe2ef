package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.lan.bangkom.transforms.SampleLake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5 point 8: the transforms on a real Spark standalone cluster (Master and Worker on
 * 127.0.0.1, started from the build's classpath) give exactly the figures of a local run on the
 * same lake. The cluster run ships the project's jars with {@code spark.jars}, as an operator
 * would. The local run is the build's shared {@link SampleLake} (the sample ingested and every
 * period transformed with local Spark, once per build): the cluster computes 2026-CW2 again on a
 * copy of that lake whose CW2 tables were removed, so both hash NIPs with the same key and read the
 * same lake byte for byte.
 */
class SparkClusterTest {
  private static final String PERIODE = "2026-CW2";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  @TempDir static Path dir;
  static StandaloneCluster cluster;

  /** The project's jars, frozen for this test: every run uses the same code. */
  static List<Path> jars;

  static String classpath;
  static Path wsLocal;
  static Path wsCluster;

  @BeforeAll
  static void startClusterAndCopyTheLocallyComputedLake() throws Exception {
    jars = StandaloneCluster.projectJars(dir.resolve("project-jars"));
    classpath = StandaloneCluster.classpathWith(jars);
    // The sample lake is found (or, run alone, built) while the cluster starts.
    CompletableFuture<Path> local =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return SampleLake.sample().root();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            runnable -> new Thread(runnable, "sample-lake").start());
    long t0 = System.nanoTime();
    cluster = StandaloneCluster.start(dir.resolve("spark-home"), START_TIMEOUT);
    step("cluster up at " + cluster.url(), t0);
    wsLocal = local.join();
    wsCluster = SampleLake.copy(dir.resolve("ws-cluster")).root();
    // The cluster must compute the period itself: nothing of it is left in the copy.
    try (Stream<Path> tables = Files.list(wsCluster.resolve("lake/computed"))) {
      for (Path table : tables.toList()) {
        deleteTree(table.resolve("periode=" + PERIODE));
      }
    }
    assertThat(computedTables(wsCluster)).as("CW2 tables left in the copy").isEmpty();
    Files.writeString(
        wsCluster.resolve("bangkom.properties"),
        // The sample lake's NIP key; few shuffle partitions: the sample is small, and each task
        // costs a round trip.
        "privasi.kunci_nip=" + SampleLake.KEY + "\nspark.shuffle_partitions=2\n",
        StandardCharsets.UTF_8);
    step("lake copied", t0);
  }

  /** Runs the CLI on the frozen classpath in another thread. */
  private static CompletableFuture<CliProcess.Result> cli(List<String> jvmArgs, String... args) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return CliProcess.run(dir, classpath, jvmArgs, args);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        },
        // Not the common pool: it may have a single thread on a 2-core machine.
        runnable -> new Thread(runnable, "cli-" + args[0]).start());
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void step(String what, long since) {
    System.out.printf(
        Locale.ROOT, "SparkClusterTest: %s (%.1f s)%n", what, (System.nanoTime() - since) / 1e9);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      List<Long> pids = cluster.pids();
      cluster.close();
      for (long pid : pids) {
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
            .as("Spark daemon %d still running", pid)
            .isFalse();
      }
    }
  }

  @Test
  void aClusterRunGivesExactlyTheFiguresOfALocalRun() throws Exception {
    assertThat(jars).as("the project's jars on the test classpath").isNotEmpty();
    String executorFlags = String.join(" ", StandaloneCluster.sparkFlags());
    List<String> driverJvm = new ArrayList<>();
    driverJvm.add(
        "-Dspark.jars=" + jars.stream().map(Path::toString).collect(Collectors.joining(",")));
    if (!executorFlags.isEmpty()) {
      driverJvm.add("-Dspark.executor.extraJavaOptions=" + executorFlags);
    }
    driverJvm.add("-Dspark.executor.memory=768m");
    driverJvm.add("-Dspark.cores.max=1");

    long t0 = System.nanoTime();
    CliProcess.Result onCluster =
        cli(
                driverJvm,
                "transform",
                "--periode",
                PERIODE,
                "--workspace",
                wsCluster.toString(),
                "--master",
                cluster.url(),
                "--verbose")
            .join();
    step("transform on the cluster", t0);
    assertThat(onCluster.exitCode())
        .as(
            "transform on %s failed:\n%s\n%s%s",
            cluster.url(), onCluster.out(), onCluster.err(), cluster.logs() + executorLogs())
        .isZero();
    assertTheClusterDidTheWork();

    Set<String> tablesLocal = computedTables(wsLocal);
    Set<String> tablesCluster = computedTables(wsCluster);
    assertThat(tablesLocal)
        .as("tables written for %s", PERIODE)
        .contains(
            "kepatuhan_pegawai",
            "kepatuhan_instansi",
            "kepatuhan_unit",
            "kepatuhan_nasional",
            "sounding");
    assertThat(tablesCluster).as("tables written on the cluster").isEqualTo(tablesLocal);
    for (String table : tablesLocal) {
      List<String> expected = rows(wsLocal, table);
      List<String> actual = rows(wsCluster, table);
      if (!actual.equals(expected)) {
        List<String> onlyLocal = new ArrayList<>(expected);
        onlyLocal.removeAll(actual);
        List<String> onlyCluster = new ArrayList<>(actual);
        onlyCluster.removeAll(expected);
        throw new AssertionError(
            String.format(
                Locale.ROOT,
                "%s differs: %d rows local, %d on the cluster; %d only local, e.g.%n  %s%n"
                    + "%d only on the cluster, e.g.%n  %s",
                table,
                expected.size(),
                actual.size(),
                onlyLocal.size(),
                String.join("\n  ", onlyLocal.subList(0, Math.min(5, onlyLocal.size()))),
                onlyCluster.size(),
                String.join("\n  ", onlyCluster.subList(0, Math.min(5, onlyCluster.size())))));
      }
    }
    assertThat(rows(wsLocal, "kepatuhan_instansi")).as("kepatuhan_instansi rows").hasSize(606);
  }

  /** The Master saw our application finish, and the Worker ran an executor for it. */
  private static void assertTheClusterDidTheWork() throws Exception {
    JsonNode state =
        cluster.await(
            "the application to be completed",
            Duration.ofSeconds(30),
            json -> json.path("completedapps").size() >= 1);
    JsonNode app = state.path("completedapps").get(0);
    assertThat(app.path("name").asText()).isEqualTo("sounding-bangkom");
    assertThat(app.path("state").asText()).as("application state: %s", app).isEqualTo("FINISHED");
    String appId = app.path("id").asText();
    Path appDir = cluster.workDir().resolve(appId);
    assertThat(appDir).as("the worker's folder for %s%s", appId, cluster.logs()).isDirectory();
    List<Path> stderr;
    try (Stream<Path> files = Files.walk(appDir)) {
      stderr = files.filter(p -> p.getFileName().toString().equals("stderr")).toList();
    }
    assertThat(stderr).as("executor stderr under %s", appDir).isNotEmpty();
    String log = Files.readString(stderr.get(0), StandardCharsets.UTF_8);
    assertThat(log)
        .as("executor log %s", stderr.get(0))
        .contains("Successfully registered with driver")
        .contains("Finished task");
  }

  private static String executorLogs() throws IOException {
    Path work = cluster.workDir();
    if (!Files.isDirectory(work)) {
      return "\n(no worker work dir)";
    }
    StringBuilder out = new StringBuilder();
    try (Stream<Path> files = Files.walk(work)) {
      for (Path p : files.filter(f -> f.getFileName().toString().equals("stderr")).toList()) {
        out.append("\n--- tail of ").append(p).append(" ---\n");
        out.append(StandaloneCluster.tail(p, 40));
      }
    }
    return out.toString();
  }

  /** Tables under lake/computed with a non-empty folder for the period. */
  private static Set<String> computedTables(Path ws) throws IOException {
    Set<String> out = new TreeSet<>();
    Path computed = ws.resolve("lake/computed");
    try (Stream<Path> tables = Files.list(computed)) {
      for (Path t : tables.toList()) {
        Path part = t.resolve("periode=" + PERIODE);
        if (Files.isDirectory(part)) {
          try (Stream<Path> files = Files.list(part)) {
            if (files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
              out.add(t.getFileName().toString());
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Every row of the table's period as text, sorted. Floating-point columns are compared to 12
   * significant digits: a sum of doubles depends on the order of partitions, which differs between
   * local[*] and one executor; every DECIMAL, integer, text and date column is compared exactly.
   */
  private static List<String> rows(Path ws, String table) throws SQLException {
    String glob =
        ws.resolve("lake/computed")
            .resolve(table)
            .resolve("periode=" + PERIODE)
            .toAbsolutePath()
            .resolve("*.parquet")
            .toString()
            .replace("'", "''");
    String source = "read_parquet('" + glob + "', hive_partitioning = false)";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = 1");
      List<String> exprs = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
        while (rs.next()) {
          String name = rs.getString("column_name");
          String type = rs.getString("column_type").toUpperCase(Locale.ROOT);
          String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
          String value =
              type.equals("DOUBLE") || type.equals("FLOAT")
                  ? "printf('%.12g', " + quoted + ")"
                  : "CAST(" + quoted + " AS VARCHAR)";
          exprs.add("'" + name.replace("'", "''") + "=' || coalesce(" + value + ", 'NULL')");
        }
      }
      String sql =
          "SELECT concat_ws(' | ', "
              + String.join(", ", exprs)
              + ") AS r FROM "
              + source
              + " ORDER BY r";
      List<String> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }
}
