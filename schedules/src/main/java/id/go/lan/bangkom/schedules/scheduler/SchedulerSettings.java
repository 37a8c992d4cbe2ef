package id.go.lan.bangkom.schedules.scheduler;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.schedules.ModuleSettings;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Settings of {@code ./bangkom scheduler} (keys {@code penjadwal.*}), validated at start. */
public record SchedulerSettings(
    String jdbcUrl,
    Optional<String> jdbcUser,
    Optional<String> jdbcPassword,
    ZoneId zone,
    String cycleCron,
    String annualCron,
    Duration inboxInterval,
    Duration pollInterval,
    List<CycleStep> steps,
    String sparkMaster,
    boolean dashboard,
    int dashboardPort,
    String dashboardUser,
    Optional<String> dashboardPassword) {
  /** JobRunr refuses shorter poll intervals; a busy H2 file prefers longer ones. */
  public static final Duration MINIMUM_POLL_INTERVAL = Duration.ofSeconds(5);

  public SchedulerSettings {
    requireNonNull(jdbcUrl, "jdbcUrl is null");
    requireNonNull(jdbcUser, "jdbcUser is null");
    requireNonNull(jdbcPassword, "jdbcPassword is null");
    requireNonNull(zone, "zone is null");
    requireNonNull(cycleCron, "cycleCron is null");
    requireNonNull(annualCron, "annualCron is null");
    requireNonNull(inboxInterval, "inboxInterval is null");
    requireNonNull(pollInterval, "pollInterval is null");
    steps = List.copyOf(steps);
    requireNonNull(sparkMaster, "sparkMaster is null");
    requireNonNull(dashboardUser, "dashboardUser is null");
    requireNonNull(dashboardPassword, "dashboardPassword is null");
    if (pollInterval.compareTo(MINIMUM_POLL_INTERVAL) < 0) {
      throw ModuleSettings.invalid(
          "penjadwal.interval_poll_detik",
          Long.toString(pollInterval.toSeconds()),
          "harus paling kecil " + MINIMUM_POLL_INTERVAL.toSeconds() + " detik");
    }
  }

  public static SchedulerSettings from(ModuleSettings s, Workspace workspace) {
    String zoneText = s.required("penjadwal.zona_waktu");
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneText);
    } catch (DateTimeException e) {
      throw ModuleSettings.invalid(
          "penjadwal.zona_waktu", zoneText, "harus nama zona waktu, misalnya Asia/Jakarta");
    }
    String url =
        s.get("penjadwal.jdbc_url")
            .orElse(
                "jdbc:h2:file:"
                    + workspace.root().resolve("penjadwal").resolve("jobrunr")
                    + ";DB_CLOSE_DELAY=-1");
    Optional<String> password = s.get("penjadwal.dasbor.sandi");
    if (password.isEmpty()) {
      password = s.secretFromEnvironment("penjadwal.dasbor.variabel_sandi");
    }
    return new SchedulerSettings(
        url,
        s.get("penjadwal.jdbc_pengguna"),
        s.secretFromEnvironment("penjadwal.jdbc_variabel_sandi"),
        zone,
        cron(s, "penjadwal.cron_siklus"),
        cron(s, "penjadwal.cron_tahunan"),
        Duration.ofMinutes(s.integer("penjadwal.interval_inbox_menit", 1, 7 * 24 * 60)),
        Duration.ofSeconds(s.integer("penjadwal.interval_poll_detik", 5, 3600)),
        CycleStep.parseList("penjadwal.langkah_siklus", s.required("penjadwal.langkah_siklus")),
        s.required("penjadwal.spark_master"),
        s.bool("penjadwal.dasbor.aktif"),
        s.integer("penjadwal.dasbor.port", 0, 65535),
        s.required("penjadwal.dasbor.pengguna"),
        password);
  }

  private static String cron(ModuleSettings s, String key) {
    String value = s.required(key);
    if (value.split("\\s+").length != 5) {
      throw ModuleSettings.invalid(key, value, "harus 5 bagian: menit jam hari bulan hari-minggu");
    }
    return value;
  }
}
