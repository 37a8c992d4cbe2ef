package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.schedules.scheduler.Scheduler;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduler killed by PID in the middle of a cycle job (kill -9), then started again: JobRunr
 * runs the orphaned job again, the delivery resumes from its log, the cycle completes once and no
 * PIC gets a letter twice.
 */
class SchedulerRestartTest {
  private static final int LETTERS = 6;
  @TempDir Path root;
  private GreenMail greenMail;
  private final List<Process> started = new ArrayList<>();

  @BeforeEach
  void startServer() {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    for (Process p : started) {
      if (p.isAlive()) {
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      }
    }
    greenMail.stop();
  }

  @Test
  void aCycleKilledMidJobCompletesOnceAfterRestartAndNoLetterGoesTwice() throws Exception {
    Workspace ws =
        SoundingFixture.create(
            root,
            LETTERS,
            String.join(
                "\n",
                "pengiriman.smtp.host=127.0.0.1",
                "pengiriman.smtp.port=" + greenMail.getSmtp().getPort(),
                "pengiriman.smtp.keamanan=NONE",
                // slow enough that the kill lands between two letters
                "pengiriman.jeda_antar_surat_ms=800",
                "penjadwal.interval_poll_detik=5",
                "penjadwal.langkah_siklus=kirim",
                "penjadwal.dasbor.aktif=false",
                ""));

    Process first = startScheduler(ws);
    awaitReceived(2, 60);
    Thread.sleep(200); // inside the pause after the second letter, past its log line
    first.destroyForcibly();
    assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
    int beforeKill = greenMail.getReceivedMessages().length;
    assertThat(beforeKill).isBetween(2, LETTERS - 1);
    assertThat(Scheduler.historyFile(ws)).doesNotExist();

    startScheduler(ws); // same command line: the same cycle job, not a new one
    Path history = Scheduler.historyFile(ws);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(75);
    while (System.nanoTime() < deadline && !Files.isRegularFile(history)) {
      Thread.sleep(250);
    }
    assertThat(history).exists();
    Thread.sleep(1000);

    List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
    assertThat(lines).singleElement().asString().contains("\"periode\":\"2026-CW1\"");
    List<String> recipients = new ArrayList<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      recipients.add(((InternetAddress) m.getAllRecipients()[0]).getAddress());
    }
    assertThat(recipients).hasSize(LETTERS).doesNotHaveDuplicates();
  }

  private Process startScheduler(Workspace ws) throws Exception {
    List<String> command = CliProcess.java("512m");
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
            Main.class.getName(),
            "scheduler",
            "--workspace",
            ws.root().toString(),
            "--periode",
            "2026-CW1"));
    Path log = root.resolve("penjadwal-" + started.size() + ".log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    started.add(p);
    return p;
  }

  private void awaitReceived(int count, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (greenMail.getReceivedMessages().length < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Received only " + greenMail.getReceivedMessages().length);
      }
      Thread.sleep(50);
    }
  }
}
