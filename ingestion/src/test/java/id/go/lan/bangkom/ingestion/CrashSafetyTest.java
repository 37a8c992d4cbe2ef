package id.go.lan.bangkom.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §5 / issue 3: an ingest killed with kill -9 half-way, then run again, ends in the same lake
 * as one clean run (versions, checksums and Parquet contents; timestamps aside). The ingest runs in
 * a child JVM ({@link IngestMain}) so it can really be killed.
 */
class CrashSafetyTest {
  private static final String[] PERIODS = {
    "2025-CW1", "2025-CW2", "2025-CW3", "2026-CW1", "2026-CW2", "2026-CW3"
  };
  private static final int ROWS = 12_000;

  @TempDir Path tmp;

  @Test
  void anIngestKilledHalfWayAndRunAgainEndsInTheLakeOfOneCleanRun() throws Exception {
    Fixture fx = new Fixture(tmp);
    Path inbox = tmp.resolve("inbox");
    int submissions = writeInbox(inbox);

    Path crashed = tmp.resolve("crashed");
    Process child = start(crashed, inbox);
    Path lake = crashed.resolve("lake").resolve("submisi");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    int versions = 0;
    while (child.isAlive() && versions < 3 && System.nanoTime() < deadline) {
      Thread.sleep(10);
      versions = countVersions(lake);
    }
    assertThat(child.isAlive())
        .as("the ingest must still be running when it is killed (%d versions written)", versions)
        .isTrue();
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    int afterKill = countVersions(lake);
    assertThat(afterKill).isGreaterThanOrEqualTo(3).isLessThan(submissions);

    assertThat(run(crashed, inbox)).isZero();
    Path clean = tmp.resolve("clean");
    assertThat(run(clean, inbox)).isZero();

    Map<String, List<String>> crashedLake = describe(crashed);
    Map<String, List<String>> cleanLake = describe(clean);
    assertThat(cleanLake).hasSize(submissions);
    assertThat(crashedLake).isEqualTo(cleanLake);
    try (Stream<Path> s = Files.walk(crashed.resolve("lake"))) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".tmp-")))
          .as("no leftover of the killed run")
          .isEmpty();
    }
    // Running again changes nothing.
    assertThat(run(crashed, inbox)).isZero();
    assertThat(describe(crashed)).isEqualTo(cleanLake);
    assertThat(fx.master.contains(Fixture.KODE)).isTrue();
  }

  /** Two kodes times six periods, each with a roster and {@link #ROWS} training records. */
  private int writeInbox(Path inbox) throws IOException {
    int n = 0;
    for (String kode : List.of(Fixture.KODE, Fixture.KODE_2)) {
      for (String periode : PERIODS) {
        Path dir = Files.createDirectories(inbox.resolve(kode).resolve(periode));
        int year = Integer.parseInt(periode.substring(0, 4));
        List<String> nips = new ArrayList<>();
        try (BufferedWriter w =
            Files.newBufferedWriter(dir.resolve("pegawai.csv"), StandardCharsets.UTF_8)) {
          w.write(Fixture.PEGAWAI_HEADER + "\n");
          for (int i = 0; i < 400; i++) {
            String nip = NothingLostPropertyTest.nip(i);
            nips.add(nip);
            w.write(nip + ",Pegawai " + i + ",PNS,FUNGSIONAL,Analis,Biro,III/c,2015-05-01,AKTIF\n");
          }
          w.write("123,Salah,PNS,FUNGSIONAL,Analis,Biro,III/c,2015-05-01,AKTIF\n");
        }
        try (BufferedWriter w =
            Files.newBufferedWriter(dir.resolve("bangkom.csv"), StandardCharsets.UTF_8)) {
          w.write(Fixture.BANGKOM_HEADER + "\n");
          for (int i = 0; i < ROWS; i++) {
            String jp = i % 97 == 0 ? "dua" : Integer.toString(1 + i % 40);
            w.write(
                nips.get(i % nips.size())
                    + ",Pelatihan "
                    + i
                    + ","
                    + (1 + i % 25)
                    + ",,"
                    + year
                    + "-01-10,"
                    + year
                    + "-01-12,"
                    + jp
                    + ",BPSDM "
                    + kode
                    + ",SRT/"
                    + i
                    + "\n");
          }
        }
        n++;
      }
    }
    return n;
  }

  private Process start(Path workspace, Path inbox) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx512m",
            "-Dingest.paralel=1",
            "-cp",
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
            IngestMain.class.getName(),
            workspace.toString(),
            inbox.toString(),
            tmp.resolve("instansi.csv").toString());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child-" + workspace.getFileName() + ".log").toFile())
        .start();
  }

  private int run(Path workspace, Path inbox) throws Exception {
    Process p = start(workspace, inbox);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  private static int countVersions(Path submisi) throws IOException {
    if (!Files.isDirectory(submisi)) {
      return 0;
    }
    try (Stream<Path> s = Files.find(submisi, 3, (p, a) -> a.isDirectory())) {
      return (int) s.filter(p -> p.getFileName().toString().matches("v\\d+")).count();
    }
  }

  /**
   * Per version folder: its submisi.json without the timestamp, the Parquet rows of each file in a
   * stable order, and the archived files' names and sizes.
   */
  private static Map<String, List<String>> describe(Path workspace) throws Exception {
    Map<String, List<String>> out = new TreeMap<>();
    Path submisi = workspace.resolve("lake").resolve("submisi");
    List<Path> versions;
    try (Stream<Path> s = Files.find(submisi, 3, (p, a) -> a.isDirectory())) {
      versions = s.filter(p -> p.getFileName().toString().matches("v\\d+")).sorted().toList();
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Path v : versions) {
        List<String> facts = new ArrayList<>();
        ObjectNode json = (ObjectNode) Json.MAPPER.readTree(v.resolve("submisi.json").toFile());
        json.remove("diterima_pada");
        facts.add(json.toString());
        try (Stream<Path> files = Files.list(v)) {
          for (Path f : files.sorted().toList()) {
            String name = f.getFileName().toString();
            if (name.endsWith(".parquet")) {
              facts.add(name + ": " + rows(c, f));
            }
          }
        }
        try (Stream<Path> files = Files.list(v.resolve("arsip"))) {
          for (Path f : files.sorted().toList()) {
            facts.add("arsip " + f.getFileName() + " " + SubmissionReader.sha256(f));
          }
        }
        out.put(submisi.relativize(v).toString(), facts);
      }
    }
    return out;
  }

  private static String rows(Connection c, Path parquet) throws Exception {
    StringBuilder b = new StringBuilder();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT * FROM read_parquet('" + parquet.toAbsolutePath() + "') ORDER BY ALL")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          b.append(rs.getString(i)).append('|');
        }
        b.append('\n');
      }
    }
    java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
    byte[] digest = md.digest(b.toString().getBytes(StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(digest) + " (" + b.length() + " chars)";
  }
}
