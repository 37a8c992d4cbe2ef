package id.go.lan.bangkom.schedules.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.schedules.delivery.LetterFiles;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One scheduler for the class: JobRunr keeps global state, and a start costs a poll interval. */
class SchedulerTest {
  private static final Periode PERIODE = new Periode(2026, 2);
  @TempDir static Path root;
  private static GreenMail greenMail;
  private static Scheduler scheduler;
  private static Workspace workspace;

  @BeforeAll
  static void start() throws Exception {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    workspace = new Workspace(root);
    Files.createDirectories(workspace.warehouseDir());
    Path masterCsv = root.resolve("instansi.csv");
    Files.writeString(
        masterCsv,
        "kode_instansi,nama_instansi,jenis_instansi,kode_provinsi,nama_provinsi,nama_pic,email_pic\n"
            + "21,Provinsi A,PROVINSI,21,A,Bu A,pic21@instansi.example\n"
            + "22,Provinsi B,PROVINSI,22,B,Pak B,pic22@instansi.example\n",
        StandardCharsets.UTF_8);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + workspace.warehouse());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE sounding AS SELECT * FROM (VALUES (2026, 2, '21', 'MERAH', 50.0, 'x'),"
              + " (2026, 2, '22', 'HIJAU', 100.0, 'y')) t(tahun, caturwulan, kode_instansi, level,"
              + " persen_on_track, alasan)");
    }
    Path pdf = LetterFiles.pdfPath(workspace, PERIODE, "21");
    Files.createDirectories(pdf.getParent());
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(pdf.toFile());
    }
    Map<String, String> overrides = new HashMap<>();
    overrides.put("pengiriman.smtp.host", "127.0.0.1");
    overrides.put("pengiriman.smtp.port", Integer.toString(greenMail.getSmtp().getPort()));
    overrides.put("pengiriman.smtp.keamanan", "NONE");
    overrides.put("penjadwal.interval_poll_detik", "5");
    overrides.put("penjadwal.langkah_siklus", "kirim");
    overrides.put("penjadwal.dasbor.port", "0");
    overrides.put("penjadwal.dasbor.sandi", "rahasia-uji");
    // A calendar other than the default: CW1 ends in March, CW2 in July.
    overrides.put("periode.bulan_akhir_cw1", "3");
    overrides.put("periode.bulan_akhir_cw2", "7");
    BangkomConfig config = BangkomConfig.withOverrides(overrides);
    scheduler = Scheduler.start(config, InstansiMaster.load(Optional.of(masterCsv)), workspace);
  }

  @AfterAll
  static void stop() {
    if (scheduler != null) {
      scheduler.close();
    }
    greenMail.stop();
  }

  @Test
  void theDashboardListensOnLoopbackOnly() throws Exception {
    InetSocketAddress address = scheduler.dashboardAddress().orElseThrow();
    assertThat(address.getAddress().isLoopbackAddress()).isTrue();
    assertThat(address.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    // The kernel's own tables of listening sockets (no traffic to any other address): the
    // dashboard's port listens on 127.0.0.1 only (IPv4 0100007F, or IPv4-mapped in tcp6).
    String port = String.format(java.util.Locale.ROOT, "%04X", address.getPort());
    List<String> listening = new java.util.ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      java.nio.file.Path file = java.nio.file.Path.of(table);
      if (!java.nio.file.Files.exists(file)) {
        continue;
      }
      java.nio.file.Files.readAllLines(file).stream()
          .skip(1)
          .map(l -> l.trim().split("\\s+"))
          .filter(f -> f[3].equals("0A") && f[1].endsWith(":" + port))
          .map(f -> f[1].substring(0, f[1].indexOf(':')))
          .forEach(listening::add);
    }
    assertThat(listening)
        .isNotEmpty()
        .allMatch(a -> a.equals("0100007F") || a.equals("0000000000000000FFFF00000100007F"));
  }

  @Test
  void theDashboardRefusesRequestsWithoutTheRightPassword() throws Exception {
    int port = scheduler.dashboardAddress().orElseThrow().getPort();
    for (String path : List.of("/dashboard", "/api/jobs?state=ENQUEUED", "/sse/jobs", "/")) {
      assertThat(status(port, path, null)).as(path).isEqualTo(401);
      assertThat(status(port, path, "operator:salah")).as(path).isEqualTo(401);
    }
    assertThat(status(port, "/api/recurring-jobs", "operator:rahasia-uji")).isEqualTo(200);
  }

  @Test
  void theStoredCycleJobRunsTheDayAfterEachCutOffOfTheConfiguredCalendar() {
    assertThat(scheduler.storedCycleCron()).isEqualTo("0 2 1 1,4,8 *");
    java.time.ZonedDateTime next =
        scheduler.nextCycleRun().atZone(java.time.ZoneId.of("Asia/Jakarta"));
    assertThat(next.getMonthValue()).isIn(1, 4, 8);
    assertThat(next.getDayOfMonth()).isEqualTo(1);
    assertThat(next.getHour()).isEqualTo(2);
  }

  @Test
  void theEscalationJobIsStoredWithItsDailyCron() {
    assertThat(scheduler.storedCron(Scheduler.JOB_ESCALATION)).isEqualTo("0 7 * * *");
  }

  @Test
  void anEnqueuedCycleRunsOnceAndSendsTheLetters() throws Exception {
    scheduler.enqueueCycle(PERIODE);
    scheduler.enqueueCycle(PERIODE); // the same day: the same job, not a second one
    Path history = Scheduler.historyFile(workspace);
    long deadline = System.nanoTime() + 40_000_000_000L;
    while (System.nanoTime() < deadline && !Files.isRegularFile(history)) {
      Thread.sleep(200);
    }
    Thread.sleep(6000); // one more poll interval: a second job would have run by now
    List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
    assertThat(lines)
        .singleElement()
        .asString()
        .contains("\"periode\":\"2026-CW2\"")
        .contains("\"surat_terkirim\":1");
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(greenMail.getReceivedMessages()[0].getAllRecipients()[0].toString())
        .contains("pic21@instansi.example");
  }

  private static int status(int port, String path, String credentials) throws IOException {
    HttpURLConnection c =
        (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
    c.setInstanceFollowRedirects(false);
    c.setConnectTimeout(2000);
    c.setReadTimeout(2000);
    if (credentials != null) {
      c.setRequestProperty(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return c.getResponseCode();
    } finally {
      c.disconnect();
    }
  }
}
