package id.go.lan.bangkom.schedules.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import id.go.lan.bangkom.schedules.ModuleSettings;
import id.go.lan.bangkom.schedules.delivery.DeliveryResult;
import id.go.lan.bangkom.schedules.delivery.LetterFiles;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jobrunr.jobs.context.JobContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16.4: the daily job "Eskalasi setelah tenggat" runs publish, report sounding and kirim for
 * the latest ended cut-off whose cycle completed, any number of times without sending a letter
 * twice.
 */
class EscalationJobTest {
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @TempDir Path root;

  @Test
  void theJobRunsPublishReportSoundingAndKirimForTheLatestCompletedCutOffWithTodaysDate()
      throws Exception {
    Workspace ws = new Workspace(root);
    history(ws, "2026-CW1");
    RecordedSteps steps = new RecordedSteps();

    jobs(ws, Map.of(), LocalDate.of(2026, 5, 20), steps).escalationAfterDeadline(JobContext.Null);

    assertThat(steps.calls)
        .containsExactly("publish", "report 2026-CW1 2026-05-20", "kirim 2026-CW1", "close");
  }

  @Test
  void thePeriodIsTheLatestEndedCutOffWhoseCycleCompleted() throws Exception {
    Workspace ws = new Workspace(root);
    RecordedSteps steps = new RecordedSteps();
    CycleJobs mei = jobs(ws, Map.of(), LocalDate.of(2026, 5, 20), steps);

    // No cycle has completed: nothing to do, not a failure.
    assertThat(mei.escalationPeriod(LocalDate.of(2026, 5, 20))).isEmpty();
    mei.escalationAfterDeadline(JobContext.Null);
    assertThat(steps.calls).isEmpty();

    history(ws, "2026-CW1");
    // 1 September, before the cycle of CW2 completed: CW1 still.
    assertThat(mei.escalationPeriod(LocalDate.of(2026, 9, 1))).contains(new Periode(2026, 1));
    history(ws, "2026-CW2");
    assertThat(mei.escalationPeriod(LocalDate.of(2026, 9, 1))).contains(new Periode(2026, 2));
    // A cycle of a period not ended on the day (run ahead by hand) is not the job's period.
    assertThat(mei.escalationPeriod(LocalDate.of(2026, 5, 20))).contains(new Periode(2026, 1));
  }

  @Test
  void aSiteThatComputesElsewhereOnlySends() throws Exception {
    Workspace ws = new Workspace(root);
    history(ws, "2026-CW1");
    RecordedSteps steps = new RecordedSteps();

    jobs(ws, Map.of("penjadwal.langkah_siklus", "kirim"), LocalDate.of(2026, 5, 20), steps)
        .escalationAfterDeadline(JobContext.Null);

    assertThat(steps.calls).containsExactly("kirim 2026-CW1", "close");
  }

  @Test
  void theJobSendsTheEscalationToThePimpinanOnceHoweverOftenItRuns() throws Exception {
    GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    try {
      Workspace ws = new Workspace(root);
      Files.createDirectories(ws.warehouseDir());
      Path masterCsv = root.resolve("instansi.csv");
      Files.writeString(
          masterCsv,
          "kode_instansi,nama_instansi,jenis_instansi,kode_provinsi,nama_provinsi,nama_pic,email_pic,"
              + "jabatan_pimpinan,email_pimpinan\n"
              + "21,Provinsi A,PROVINSI,21,A,Bu A,pic21@instansi.example,Kepala BKD Provinsi A,"
              + "pimpinan21@instansi.example\n",
          StandardCharsets.UTF_8);
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.warehouse());
          Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE sounding AS SELECT * FROM (VALUES"
                + " (2026, 1, '21', 'MERAH', 50.0, 'x', 'SOUNDING', NULL),"
                + " (2026, 1, '21', 'MERAH', 50.0, 'y', 'ESKALASI', 'TENGGAT_LEWAT'))"
                + " t(tahun, caturwulan, kode_instansi, level, persen_on_track, alasan, tahap,"
                + " pemicu)");
      }
      Periode cw1 = new Periode(2026, 1);
      for (TahapSounding t : List.of(TahapSounding.SOUNDING, TahapSounding.ESKALASI)) {
        Path pdf = LetterFiles.pdfPath(ws, cw1, "21", t);
        Files.createDirectories(pdf.getParent());
        try (PDDocument doc = new PDDocument()) {
          doc.addPage(new PDPage());
          doc.save(pdf.toFile());
        }
      }
      history(ws, "2026-CW1");
      Map<String, String> overrides = new HashMap<>();
      overrides.put("pengiriman.smtp.host", "127.0.0.1");
      overrides.put("pengiriman.smtp.port", Integer.toString(greenMail.getSmtp().getPort()));
      overrides.put("pengiriman.smtp.keamanan", "NONE");
      overrides.put("penjadwal.langkah_siklus", "kirim");
      BangkomConfig config = BangkomConfig.withOverrides(overrides);
      CycleJobs jobs =
          new CycleJobs(
              config,
              InstansiMaster.load(Optional.of(masterCsv)),
              ws,
              SchedulerSettings.from(ModuleSettings.of(config), ws),
              clockAt(LocalDate.of(2026, 5, 21)));

      jobs.escalationAfterDeadline(JobContext.Null);
      jobs.escalationAfterDeadline(JobContext.Null); // the next day: nothing new

      MimeMessage[] received = greenMail.getReceivedMessages();
      List<String> ids = new ArrayList<>();
      for (MimeMessage m : received) {
        ids.add(m.getMessageID());
      }
      // The SOUNDING letter to the PIC; the ESKALASI letter to the pimpinan and (Cc) the PIC.
      assertThat(ids.stream().distinct())
          .containsExactlyInAnyOrder(
              "<sounding.2026-CW1.21.MERAH.0@lan.example>",
              "<eskalasi.2026-CW1.21.MERAH.0@lan.example>");
      MimeMessage eskalasi =
          List.of(received).stream()
              .filter(m -> messageId(m).startsWith("<eskalasi."))
              .findFirst()
              .orElseThrow();
      assertThat(
              ((InternetAddress) eskalasi.getRecipients(Message.RecipientType.TO)[0]).getAddress())
          .isEqualTo("pimpinan21@instansi.example");
      assertThat(
              ((InternetAddress) eskalasi.getRecipients(Message.RecipientType.CC)[0]).getAddress())
          .isEqualTo("pic21@instansi.example");
      assertThat(received).hasSize(3); // one copy per recipient: PIC, pimpinan, PIC (Cc)
    } finally {
      greenMail.stop();
    }
  }

  private static String messageId(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private CycleJobs jobs(
      Workspace ws, Map<String, String> overrides, LocalDate today, RecordedSteps steps) {
    BangkomConfig config = BangkomConfig.withOverrides(overrides);
    return new CycleJobs(
        config,
        InstansiMaster.load(Optional.empty()),
        ws,
        SchedulerSettings.from(ModuleSettings.of(config, k -> null), ws),
        clockAt(today),
        () -> steps);
  }

  private static Clock clockAt(LocalDate day) {
    return Clock.fixed(ZonedDateTime.of(day.atTime(7, 0), WIB).toInstant(), WIB);
  }

  /** A completed cycle of {@code periode} in the history, as the cycle job writes it. */
  private static void history(Workspace ws, String periode) throws Exception {
    Path file = CycleJobs.historyFile(ws);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "{\"periode\":\"" + periode + "\",\"id_pekerjaan\":\"\",\"langkah\":[\"kirim\"]}\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /** A hand-written EscalationSteps that keeps what it was asked to do. */
  private static final class RecordedSteps implements EscalationSteps {
    final List<String> calls = new ArrayList<>();

    @Override
    public void publish() {
      calls.add("publish");
    }

    @Override
    public void reportSounding(Periode periode, LocalDate today) {
      calls.add("report " + periode.id() + " " + today);
    }

    @Override
    public DeliveryResult kirim(Periode periode) {
      calls.add("kirim " + periode.id());
      return null;
    }

    @Override
    public void close() {
      calls.add("close");
    }
  }
}
