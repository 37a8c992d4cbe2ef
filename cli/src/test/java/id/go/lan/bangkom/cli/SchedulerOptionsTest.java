package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.schedules.scheduler.Scheduler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./bangkom scheduler} honours the options every command understands: the cycle it runs
 * takes in the {@code --inbox} given (not {@code <workspace>/inbox}), it reports the {@code
 * --master} its Spark steps would use, and its cycle cron follows the configured caturwulan
 * calendar. The cycle here only ingests, so no Spark starts.
 */
class SchedulerOptionsTest {
  @TempDir Path root;
  private CliProcess.Running running;

  @AfterEach
  void stop() throws Exception {
    if (running != null && running.process().isAlive()) {
      running.process().destroy();
      if (!running.process().waitFor(20, TimeUnit.SECONDS)) {
        running.process().destroyForcibly();
      }
    }
  }

  @Test
  void theSchedulerTakesInTheGivenInboxAndFollowsTheConfiguredCalendar() throws Exception {
    Workspace ws =
        SoundingFixture.create(
            root.resolve("ws"),
            1,
            String.join(
                "\n",
                "periode.bulan_akhir_cw1=3",
                "periode.bulan_akhir_cw2=7",
                "penjadwal.interval_poll_detik=5",
                "penjadwal.langkah_siklus=ingest",
                "penjadwal.dasbor.aktif=false",
                ""));
    // The workspace's own inbox holds nothing; the one given on the command line holds 31's CW1.
    Path inbox = Files.createDirectories(root.resolve("kotak-masuk").resolve("31/2026-CW1"));
    Files.writeString(
        inbox.resolve("pegawai.csv"),
        "nip,nama,jenis_pegawai,jenis_jabatan,jabatan,unit_kerja,golongan,tmt_asn,status\n"
            + "198609262015051001,Andi,PNS,FUNGSIONAL,Analis,Biro Umum,III/c,2015-05-01,AKTIF\n",
        StandardCharsets.UTF_8);

    running =
        CliProcess.start(
            root,
            "scheduler",
            "--workspace",
            ws.root().toString(),
            "--inbox",
            root.resolve("kotak-masuk").toString(),
            "--master",
            "spark://127.0.0.1:7",
            "--periode",
            "2026-CW1");
    Path history = Scheduler.historyFile(ws);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && !Files.isRegularFile(history)) {
      Thread.sleep(250);
    }
    assertThat(history).exists();
    assertThat(ws.root().resolve("lake/submisi/31/2026-CW1/v1/submisi.json")).exists();
    assertThat(ws.inbox()).doesNotExist();

    running.process().destroy();
    assertThat(running.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = Files.readString(running.out(), StandardCharsets.UTF_8);
    assertThat(out)
        .contains("Siklus caturwulan: '0 2 1 1,4,8 *'")
        .contains("Kotak masuk      : " + root.resolve("kotak-masuk").toAbsolutePath())
        .contains("Spark master     : spark://127.0.0.1:7");
  }
}
