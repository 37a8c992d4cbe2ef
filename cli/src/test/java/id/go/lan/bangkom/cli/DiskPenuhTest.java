package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.lan.bangkom.samples.SampleData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, for real: the workspace on a tmpfs of a few hundred KB (needs root to mount, as CI
 * and the developers' machines run; skipped elsewhere). The user reads which step, which file and
 * how much space is left, and after making room the same command takes in everything.
 */
@EnabledOnOs(OS.LINUX)
class DiskPenuhTest {
  @TempDir Path dir;

  @Test
  void aFullDiskDuringIngestNamesStepFileAndSpaceAndTheNextRunLosesNothing() throws Exception {
    Path inbox = dir.resolve("inbox");
    SampleData.copyInbox(inbox);
    Path ws = dir.resolve("ws");
    Files.createDirectories(ws);
    assumeTrue(mount(ws, "size=384k"), "a tmpfs can be mounted (root)");
    try {
      CliProcess.Result full =
          CliProcess.run(dir, "ingest", "--workspace", ws.toString(), "--inbox", inbox.toString());
      assertThat(full.exitCode()).as(full.out() + full.err()).isEqualTo(1);
      List<String> galat = full.err().lines().filter(l -> l.startsWith("Galat:")).toList();
      assertThat(galat).as(full.err()).hasSize(1);
      assertThat(galat.get(0))
          .startsWith("Galat: ruang disk habis saat ingest menulis " + ws + "/")
          .contains("(sisa ruang di sana: ")
          .endsWith(
              "Kosongkan ruang disk lalu jalankan perintah ini lagi: yang sudah diterbitkan"
                  + " tidak berubah, dan berkas yang setengah ditulis dibuang pada jalan"
                  + " berikutnya.");

      // Room is made; the same command again takes in everything a roomy disk would have.
      assertThat(run("mount", "-o", "remount,size=64m", ws.toString())).isTrue();
      CliProcess.Result again =
          CliProcess.run(dir, "ingest", "--workspace", ws.toString(), "--inbox", inbox.toString());
      assertThat(again.exitCode()).as(again.err()).isZero();
      Path roomy = dir.resolve("lapang");
      CliProcess.Result reference =
          CliProcess.run(
              dir, "ingest", "--workspace", roomy.toString(), "--inbox", inbox.toString());
      assertThat(reference.exitCode()).as(reference.err()).isZero();
      assertThat(files(ws)).isEqualTo(files(roomy));
    } finally {
      run("umount", "-l", ws.toString());
    }
  }

  /** Files under lake/ and receipts/, relative; leftovers of a failed run would show here. */
  private static List<String> files(Path ws) throws IOException {
    try (Stream<Path> s = Files.walk(ws)) {
      return s.filter(Files::isRegularFile)
          .map(p -> ws.relativize(p).toString())
          .filter(p -> p.startsWith("lake/") || p.startsWith("receipts/"))
          .sorted()
          .toList();
    }
  }

  private static boolean mount(Path at, String options) throws Exception {
    return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
  }

  private static boolean run(String... command) throws Exception {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
