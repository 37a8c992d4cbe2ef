package id.go.lan.bangkom.schedules.scheduler;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.ingestion.IngestListener;
import id.go.lan.bangkom.schedules.CaturwulanCycle;
import id.go.lan.bangkom.schedules.delivery.DeliveryResult;
import id.go.lan.bangkom.schedules.delivery.LetterFiles;
import id.go.lan.bangkom.schedules.delivery.SoundingDelivery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.context.JobContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs the scheduler runs. JobRunr runs a job at least once (a job killed mid-run runs again
 * after a restart), so each job is safe to run twice: every step is idempotent and keyed by period,
 * the steps a job finished are skipped when it runs again, and the delivery sends each (instansi,
 * period, level) once through its log. Public only because JobRunr calls it.
 *
 * <p>A job carries only its period: the inbox and the Spark master come from the settings of the
 * running scheduler ({@code --inbox}, {@code --master}, else configuration), since JobRunr
 * activates this one instance for every job, including jobs stored by an earlier start.
 */
public class CycleJobs {
  private static final Logger LOG = LoggerFactory.getLogger(CycleJobs.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BangkomConfig config;
  private final InstansiMaster master;
  private final Workspace workspace;
  private final SchedulerSettings settings;
  private final Clock clock;
  private final Supplier<EscalationSteps> escalationSteps;

  CycleJobs(
      BangkomConfig config,
      InstansiMaster master,
      Workspace workspace,
      SchedulerSettings settings,
      Clock clock) {
    this(config, master, workspace, settings, clock, null);
  }

  /** As the other constructor, with the steps of the escalation job given (tests). */
  CycleJobs(
      BangkomConfig config,
      InstansiMaster master,
      Workspace workspace,
      SchedulerSettings settings,
      Clock clock,
      Supplier<EscalationSteps> escalationSteps) {
    this.config = requireNonNull(config, "config is null");
    this.master = requireNonNull(master, "master is null");
    this.workspace = requireNonNull(workspace, "workspace is null");
    this.settings = requireNonNull(settings, "settings is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.escalationSteps = escalationSteps != null ? escalationSteps : this::cycleSteps;
  }

  /** The history of completed cycles: {@code <workspace>/penjadwal/riwayat-siklus.jsonl}. */
  public static Path historyFile(Workspace workspace) {
    return workspace.root().resolve("penjadwal").resolve("riwayat-siklus.jsonl");
  }

  @Job(name = "Ambil submisi baru dari kotak masuk", retries = 3)
  public void intakeInbox() {
    if (!Files.isDirectory(settings.inbox())) {
      LOG.info("Inbox {} does not exist, nothing to take in", settings.inbox());
      return;
    }
    try (CaturwulanCycle cycle = newCycle()) {
      cycle.ingest(settings.inbox(), IngestListener.none());
    }
  }

  /** The cycle of the caturwulan that has just ended (run by the cron after each cut-off). */
  @Job(name = "Siklus caturwulan setelah batas periode", retries = 5)
  public void cycleAfterCutOff(JobContext context) {
    cycle(EndedPeriod.before(today(), config.calendar()).id(), context);
  }

  /** The whole cycle of one period (also a backfill of a past period). */
  @Job(name = "Siklus caturwulan %0", retries = 5)
  public void cycle(String periodeId, JobContext context) {
    Periode periode = Periode.parse(periodeId);
    LOG.info("Cycle {} starts: {}", periode.id(), settings.steps());
    DeliveryResult[] delivery = new DeliveryResult[1];
    try (CaturwulanCycle cycle = newCycle()) {
      for (CycleStep step : settings.steps()) {
        once(context, step, () -> delivery[0] = runStep(step, cycle, periode));
      }
    }
    appendHistory(periode, context, delivery[0]);
    LOG.info("Cycle {} complete", periode.id());
  }

  /** The Laporan Tahunan of the year whose CW3 cut-off has passed, once that cycle is done. */
  @Job(name = "Laporan tahunan", retries = 10)
  public void annualReport() {
    int tahun = EndedPeriod.before(today(), config.calendar()).tahun();
    Periode cw3 = new Periode(tahun, 3);
    if (!cycleCompleted(cw3)) {
      throw new IllegalStateException(
          PESAN.f("tahunan.belum.waktunya", Integer.toString(tahun), cw3.id()));
    }
    try (CaturwulanCycle cycle = newCycle()) {
      cycle.reportTahunan(tahun, today());
    }
  }

  /**
   * The escalation ladder's daily job: for the latest ended cut-off whose cycle completed (see
   * {@link #escalationPeriod}), publish (the deadline rule is evaluated with today's date), write
   * the letters of the period and send what has not been sent, each stage once. Only the steps
   * among {@code penjadwal.langkah_siklus} run (a site that computes elsewhere keeps {@code
   * kirim}). Safe to run any number of times: a day with nothing new sends nothing.
   */
  @Job(name = "Eskalasi setelah tenggat", retries = 5)
  public void escalationAfterDeadline(JobContext context) {
    Optional<Periode> found = escalationPeriod(today());
    if (found.isEmpty()) {
      LOG.info("Escalation: no cycle has completed yet, nothing to do");
      return;
    }
    Periode periode = found.get();
    LOG.info("Escalation {} starts", periode.id());
    try (EscalationSteps steps = escalationSteps.get()) {
      for (CycleStep step : settings.steps()) {
        switch (step) {
          case PUBLISH -> once(context, step, steps::publish);
          case REPORT -> once(context, step, () -> steps.reportSounding(periode, today()));
          case KIRIM -> once(context, step, () -> steps.kirim(periode));
          case INGEST, TRANSFORM -> {
            // Not part of this job: the figures of the cut-off do not change after its cycle.
          }
        }
      }
    }
    LOG.info("Escalation {} complete", periode.id());
  }

  /**
   * The period the escalation job works on {@code day}: the latest cut-off ended before {@code day}
   * whose cycle completed (in the history), or empty when none has.
   */
  Optional<Periode> escalationPeriod(LocalDate day) {
    Periode ended = EndedPeriod.before(day, config.calendar());
    return completedCycles().stream().filter(p -> p.compareTo(ended) <= 0).max(Periode::compareTo);
  }

  private EscalationSteps cycleSteps() {
    CaturwulanCycle cycle = newCycle();
    return new EscalationSteps() {
      @Override
      public void publish() {
        cycle.publish();
      }

      /**
       * Writes the letters only when a notice of the period has no letter yet (a stage reached
       * since the last run): the letters already there, sent or not, keep their date.
       */
      @Override
      public void reportSounding(Periode periode, LocalDate today) {
        boolean missing =
            new SoundingDelivery(config, master, workspace)
                .notices(periode).stream()
                    .anyMatch(
                        n ->
                            LetterFiles.find(workspace, periode, n.kodeInstansi(), n.tahap())
                                .isEmpty());
        if (missing) {
          cycle.reportSounding(periode, today);
        } else {
          LOG.info("Escalation {}: every letter is written, none rendered again", periode.id());
        }
      }

      @Override
      public DeliveryResult kirim(Periode periode) {
        return deliver(periode);
      }

      @Override
      public void close() {
        cycle.close();
      }
    };
  }

  private DeliveryResult runStep(CycleStep step, CaturwulanCycle cycle, Periode periode) {
    LOG.info("Cycle {}: step {}", periode.id(), step);
    switch (step) {
      case INGEST -> {
        if (Files.isDirectory(settings.inbox())) {
          cycle.ingest(settings.inbox(), IngestListener.none());
        }
      }
      case TRANSFORM -> cycle.transform(periode);
      case PUBLISH -> cycle.publish();
      case REPORT -> {
        cycle.reportCaturwulan(periode, today());
        cycle.reportSounding(periode, today());
        cycle.reportProfil(periode, today());
      }
      case KIRIM -> {
        return deliver(periode);
      }
    }
    return null;
  }

  private DeliveryResult deliver(Periode periode) {
    SoundingDelivery delivery = new SoundingDelivery(config, master, workspace);
    if (!delivery.configured()) {
      DeliveryResult dry = delivery.dryRun(periode);
      LOG.warn(
          "SMTP is not configured (pengiriman.smtp.host): {} messages of {} written to {}",
          dry.sent().size(),
          periode.id(),
          dry.outbox());
      return dry;
    }
    DeliveryResult result = delivery.send(periode, false);
    result
        .failures()
        .forEach(
            f ->
                LOG.warn(
                    "Letter {} to '{}' not sent: {} {}",
                    f.key(),
                    f.emailPic(),
                    f.code(),
                    f.reason()));
    if (result.retryable()) {
      throw new IllegalStateException(
          PESAN.f(
              "kirim.belum.selesai",
              periode.id(),
              result.notAttempted().size(),
              result.firstRetryableFailure().map(DeliveryResult.Failure::reason).orElse("-")));
    }
    return result;
  }

  private static void once(JobContext context, CycleStep step, Runnable work) {
    if (context == null || context == JobContext.Null) {
      work.run();
    } else {
      context.runStepOnce("langkah-" + step.name().toLowerCase(java.util.Locale.ROOT), work::run);
    }
  }

  private synchronized void appendHistory(
      Periode periode, JobContext context, DeliveryResult delivery) {
    ObjectNode line = JSON.createObjectNode();
    line.put("periode", periode.id());
    line.put(
        "id_pekerjaan",
        context == null || context == JobContext.Null ? "" : context.getJobId().toString());
    List<String> steps =
        settings.steps().stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).toList();
    steps.forEach(line.putArray("langkah")::add);
    if (delivery != null) {
      line.put("surat_terkirim", delivery.sent().size());
      line.put("surat_sudah_terkirim", delivery.alreadySent().size());
      line.put("surat_gagal", delivery.failures().size());
      line.put("uji_coba", delivery.dryRun());
    }
    line.put("selesai_pada", OffsetDateTime.now(clock.withZone(settings.zone())).toString());
    Path file = historyFile(workspace);
    try {
      Files.createDirectories(file.getParent());
      String jobId = line.get("id_pekerjaan").asText();
      if (!jobId.isEmpty()
          && Files.isRegularFile(file)
          && Files.readString(file, StandardCharsets.UTF_8).contains("\"" + jobId + "\"")) {
        return; // this job completed before and was run again after a crash
      }
      Files.writeString(
          file,
          line + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("riwayat.tidak.tertulis", file), e);
    }
  }

  private boolean cycleCompleted(Periode periode) {
    return completedCycles().contains(periode);
  }

  /** Every period whose cycle completed, from the history. */
  private Set<Periode> completedCycles() {
    Path file = historyFile(workspace);
    Set<Periode> periods = new TreeSet<>();
    if (!Files.isRegularFile(file)) {
      return periods;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          parse(JSON.readTree(line).path("periode").asText()).ifPresent(periods::add);
        }
      }
      return periods;
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("riwayat.tidak.terbaca", file), e);
    }
  }

  private static Optional<Periode> parse(String id) {
    try {
      return Optional.of(Periode.parse(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not a line of a completed cycle
    }
  }

  private CaturwulanCycle newCycle() {
    return new CaturwulanCycle(config, master, workspace, settings.sparkMaster());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(settings.zone()));
  }
}
