package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.samples.SampleData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18.1, through the CLI in its own JVM: the console carries only what the user should read;
 * the detail (java.util.logging of the ingestion, SLF4J, stack traces) goes to {@code
 * <workspace>/log/bangkom-<yyyy-MM-dd>.log}, and {@code --verbose} shows it on stderr too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoggingTest {
  /** A log line as the console would show it: a level word or a logger's name. */
  private static final Pattern LOG_LINE =
      Pattern.compile(
          "\\b(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|SEVERE)\\b|INFO:|id\\.go\\.lan\\.|org\\.apache\\.");

  private static final Pattern LOG_FILE = Pattern.compile("bangkom-\\d{4}-\\d{2}-\\d{2}\\.log");

  @TempDir static Path dir;
  static Path inbox;
  static Path ws;

  @BeforeAll
  static void oneInstansiInbox() throws IOException {
    inbox = dir.resolve("inbox");
    SampleData.copyInbox(inbox);
    // One instansi, three periods: enough for the ingestion to log, quick to ingest.
    try (Stream<Path> instansi = Files.list(inbox)) {
      for (Path p : instansi.toList()) {
        if (!p.getFileName().toString().equals("95.03")) {
          deleteTree(p);
        }
      }
    }
    ws = dir.resolve("ws");
  }

  @Test
  @Order(1)
  void aNormalRunShowsNoLogLineAndWritesTheDetailToTheWorkspaceLog() throws Exception {
    CliProcess.Result r =
        CliProcess.run(dir, "ingest", "--inbox", inbox.toString(), "--workspace", ws.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().toList())
        .as("stdout")
        .isNotEmpty()
        .noneMatch(l -> LOG_LINE.matcher(l).find());
    assertThat(r.err().lines().toList()).as("stderr").noneMatch(l -> LOG_LINE.matcher(l).find());
    String log = Files.readString(logFile(), StandardCharsets.UTF_8);
    // The command line, then the ingestion's java.util.logging lines, routed to Log4j.
    assertThat(log)
        .contains("INFO")
        .contains("id.go.lan.bangkom.cli.Main: bangkom ingest --inbox")
        .contains("id.go.lan.bangkom.ingestion.Ingestion: Ingested");
  }

  @Test
  @Order(2)
  void verboseAlsoShowsTheLogOnStderr() throws Exception {
    CliProcess.Result r =
        CliProcess.run(
            dir, "ingest", "--inbox", inbox.toString(), "--workspace", ws.toString(), "--verbose");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("INFO").contains("Main: bangkom ingest");
    assertThat(r.out().lines().toList()).as("stdout").noneMatch(l -> LOG_LINE.matcher(l).find());
  }

  @Test
  @Order(3)
  void aFailureIsOneLineOnTheConsoleAndTheStackTraceIsInTheLog() throws Exception {
    long before = Files.size(logFile());
    // No warehouse was published in this workspace: the letters cannot be written.
    CliProcess.Result r =
        CliProcess.run(
            dir, "report", "caturwulan", "--periode", "2026-CW1", "--workspace", ws.toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isNotZero();
    assertThat(r.err().strip().lines().toList()).singleElement().asString().startsWith("Galat:");
    String added = Files.readString(logFile(), StandardCharsets.UTF_8).substring((int) before);
    assertThat(added).contains("ERROR").contains("Command failed").containsPattern("\n\tat ");
  }

  /** The one dated log file of the workspace, of today (or yesterday, past midnight). */
  private static Path logFile() throws IOException {
    Path folder = ws.resolve("log");
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> LOG_FILE.matcher(p.getFileName().toString()).matches()).toList();
    }
    assertThat(files).as("log files in %s", folder).hasSize(1);
    String name = files.get(0).getFileName().toString();
    LocalDate date = LocalDate.parse(name.substring("bangkom-".length(), name.length() - 4));
    assertThat(date).isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
    return files.get(0);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
