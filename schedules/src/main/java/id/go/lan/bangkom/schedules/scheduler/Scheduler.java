package id.go.lan.bangkom.schedules.scheduler;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.PengaturanTidakSah;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.schedules.ModuleSettings;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.configuration.JobRunr;
import org.jobrunr.configuration.JobRunrConfiguration;
import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;
import org.jobrunr.utils.mapper.JsonMapper;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./bangkom scheduler}: JobRunr with its jobs in an embedded H2 file under {@code
 * <workspace>/penjadwal/} (or a PostgreSQL URL), one worker so jobs never overlap, and four
 * recurring jobs: inbox intake on an interval, the caturwulan cycle after each cut-off, the annual
 * report after CW3, and every day the escalation ladder after the reply deadline (publish, letters
 * and delivery of the latest completed cycle's period). Failed jobs are retried with exponential
 * backoff (3^n seconds). The dashboard, when a password is configured, listens on 127.0.0.1 only.
 */
public final class Scheduler implements AutoCloseable {
  public static final String JOB_INBOX = "ambil-kotak-masuk";
  public static final String JOB_CYCLE = "siklus-caturwulan";
  public static final String JOB_ANNUAL = "laporan-tahunan";
  public static final String JOB_ESCALATION = "eskalasi-setelah-tenggat";
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  private final SchedulerSettings settings;
  private final StorageProvider storage;
  private final BackgroundJobServer server;
  private final JobScheduler jobs;
  private final CycleJobs cycleJobs;
  private final Optional<Dashboard> dashboard;
  private final Clock clock;

  private Scheduler(
      SchedulerSettings settings,
      StorageProvider storage,
      BackgroundJobServer server,
      JobScheduler jobs,
      CycleJobs cycleJobs,
      Optional<Dashboard> dashboard,
      Clock clock) {
    this.settings = settings;
    this.storage = storage;
    this.server = server;
    this.jobs = jobs;
    this.cycleJobs = cycleJobs;
    this.dashboard = dashboard;
    this.clock = clock;
  }

  /** Starts the job server, registers the recurring jobs and the dashboard. */
  public static Scheduler start(BangkomConfig config, InstansiMaster master, Workspace workspace) {
    return start(config, master, workspace, Optional.empty(), Optional.empty(), Clock.systemUTC());
  }

  /**
   * As {@link #start(BangkomConfig, InstansiMaster, Workspace)}, with the command line's {@code
   * --inbox} and {@code --master}: when given, every job of this scheduler takes in that inbox and
   * runs Spark there, over {@code <workspace>/inbox} and {@code penjadwal.spark_master}.
   */
  public static Scheduler start(
      BangkomConfig config,
      InstansiMaster master,
      Workspace workspace,
      Optional<Path> inbox,
      Optional<String> sparkMaster) {
    return start(config, master, workspace, inbox, sparkMaster, Clock.systemUTC());
  }

  static Scheduler start(
      BangkomConfig config,
      InstansiMaster master,
      Workspace workspace,
      Optional<Path> inbox,
      Optional<String> sparkMaster,
      Clock clock) {
    requireNonNull(config, "config is null");
    SchedulerSettings settings;
    try {
      settings =
          SchedulerSettings.from(ModuleSettings.of(config), workspace)
              .withCommandLine(inbox, sparkMaster);
    } catch (PengaturanTidakSah e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // Only settings are read here: a refused value is a bad setting, not a failed run.
      throw new PengaturanTidakSah(e.getMessage(), e);
    }
    try {
      Files.createDirectories(workspace.root().resolve("penjadwal"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(
          PESAN.f("folder.gagal", workspace.root().resolve("penjadwal")), e);
    }
    CycleJobs cycleJobs = new CycleJobs(config, master, workspace, settings, clock);
    JobActivator activator =
        new JobActivator() {
          @Override
          public <T> T activateJob(Class<T> type) {
            if (type.isInstance(cycleJobs)) {
              return type.cast(cycleJobs);
            }
            throw new IllegalStateException(PESAN.f("tugas.tidak.dapat.dibuat", type.getName()));
          }
        };
    JsonMapper json = new JacksonJsonMapper();
    StorageProvider storage =
        SqlStorageProviderFactory.using(
            new JdbcDataSource(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword()));
    JobRunrConfiguration.JobRunrConfigurationResult result =
        JobRunr.configure()
            .useJsonMapper(json)
            .useJobActivator(activator)
            .useStorageProvider(storage)
            .useBackgroundJobServer(
                BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
                    .andName("bangkom-penjadwal")
                    .andPollInterval(settings.pollInterval())
                    .andWorkerCount(1))
            .initialize();
    JobScheduler jobs = result.getJobScheduler();
    jobs.scheduleRecurrently(JOB_INBOX, settings.inboxInterval(), () -> cycleJobs.intakeInbox());
    jobs.scheduleRecurrently(
        JOB_CYCLE,
        settings.cycleCron(),
        settings.zone(),
        () -> cycleJobs.cycleAfterCutOff(JobContext.Null));
    jobs.scheduleRecurrently(
        JOB_ANNUAL, settings.annualCron(), settings.zone(), () -> cycleJobs.annualReport());
    jobs.scheduleRecurrently(
        JOB_ESCALATION,
        settings.escalationCron(),
        settings.zone(),
        () -> cycleJobs.escalationAfterDeadline(JobContext.Null));
    Optional<Dashboard> dashboard = Optional.empty();
    if (settings.dashboard()) {
      if (settings.dashboardPassword().isEmpty()) {
        LOG.warn(
            "Dashboard not started: set penjadwal.dasbor.sandi or the environment variable named"
                + " by penjadwal.dasbor.variabel_sandi");
      } else {
        dashboard =
            Optional.of(
                Dashboard.start(
                    storage,
                    json,
                    settings.dashboardPort(),
                    settings.dashboardUser(),
                    settings.dashboardPassword().get()));
      }
    }
    LOG.info(
        "Scheduler started: storage {}, cycle '{}' {}, poll {}",
        redact(settings.jdbcUrl()),
        settings.cycleCron(),
        settings.zone(),
        settings.pollInterval());
    return new Scheduler(
        settings, storage, result.getBackgroundJobServer(), jobs, cycleJobs, dashboard, clock);
  }

  /**
   * Enqueues the cycle of {@code periode} now (a backfill or a re-run). The job id is derived from
   * the period and today's date, so enqueuing again the same day (e.g. a restart with the same
   * command line) adds nothing.
   */
  public UUID enqueueCycle(Periode periode) {
    LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
    UUID id =
        UUID.nameUUIDFromBytes(
            ("siklus:" + periode.id() + ":" + today).getBytes(StandardCharsets.UTF_8));
    String periodeId = periode.id();
    CycleJobs target = cycleJobs;
    jobs.enqueue(id, () -> target.cycle(periodeId, JobContext.Null));
    return id;
  }

  /**
   * The next run of the cycle after a cut-off, as the job storage holds it (its cron follows the
   * configured caturwulan calendar).
   */
  public Instant nextCycleRun() {
    return storage.getRecurringJobs().stream()
        .filter(j -> j.getId().equals(JOB_CYCLE))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(PESAN.f("tugas.tidak.ada", JOB_CYCLE)))
        .getNextRun();
  }

  /** The cron of the cycle job as the job storage holds it. */
  public String storedCycleCron() {
    return storedCron(JOB_CYCLE);
  }

  /** The cron of the recurring job {@code id} as the job storage holds it. */
  public String storedCron(String id) {
    return storage.getRecurringJobs().stream()
        .filter(j -> j.getId().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(PESAN.f("tugas.tidak.ada", id)))
        .getScheduleExpression();
  }

  public SchedulerSettings settings() {
    return settings;
  }

  /** Where the dashboard listens, when it runs. */
  public Optional<InetSocketAddress> dashboardAddress() {
    return dashboard.map(Dashboard::address);
  }

  /** The history of completed cycles. */
  public static Path historyFile(Workspace workspace) {
    return CycleJobs.historyFile(workspace);
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  @Override
  public void close() {
    dashboard.ifPresent(Dashboard::close);
    server.stop();
    storage.close();
    JobRunr.destroy();
  }
}
