package id.go.lan.bangkom.schedules.scheduler;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.schedules.ModuleSettings;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** Settings of {@code ./bangkom scheduler} (keys {@code penjadwal.*}), validated at start. */
public record SchedulerSettings(
    String jdbcUrl,
    Optional<String> jdbcUser,
    Optional<String> jdbcPassword,
    ZoneId zone,
    String cycleCron,
    String annualCron,
    String escalationCron,
    Duration inboxInterval,
    Duration pollInterval,
    List<CycleStep> steps,
    String sparkMaster,
    Path inbox,
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
    requireNonNull(escalationCron, "escalationCron is null");
    requireNonNull(inboxInterval, "inboxInterval is null");
    requireNonNull(pollInterval, "pollInterval is null");
    steps = List.copyOf(steps);
    requireNonNull(sparkMaster, "sparkMaster is null");
    requireNonNull(inbox, "inbox is null");
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
        cycleCron(s),
        cron(s, "penjadwal.cron_tahunan"),
        cron(s, "penjadwal.cron_eskalasi"),
        Duration.ofMinutes(s.integer("penjadwal.interval_inbox_menit", 1, 7 * 24 * 60)),
        Duration.ofSeconds(s.integer("penjadwal.interval_poll_detik", 5, 3600)),
        CycleStep.parseList("penjadwal.langkah_siklus", s.required("penjadwal.langkah_siklus")),
        s.required("penjadwal.spark_master"),
        workspace.inbox(),
        s.bool("penjadwal.dasbor.aktif"),
        s.integer("penjadwal.dasbor.port", 0, 65535),
        s.required("penjadwal.dasbor.pengguna"),
        password);
  }

  /**
   * The same settings with what the command line gave ({@code --inbox}, {@code --master}), which
   * wins over the configuration as for every other command.
   */
  public SchedulerSettings withCommandLine(Optional<Path> inbox, Optional<String> sparkMaster) {
    return new SchedulerSettings(
        jdbcUrl,
        jdbcUser,
        jdbcPassword,
        zone,
        cycleCron,
        annualCron,
        escalationCron,
        inboxInterval,
        pollInterval,
        steps,
        sparkMaster.orElse(this.sparkMaster),
        inbox.map(Path::toAbsolutePath).orElse(this.inbox),
        dashboard,
        dashboardPort,
        dashboardUser,
        dashboardPassword);
  }

  /**
   * The months in which the cycle runs: the month after each cut-off of {@code calendar} (January
   * for CW3), in order, e.g. {@code 1,5,9} for the default calendar.
   */
  static String cycleMonths(CaturwulanCalendar calendar) {
    return "1," + (calendar.bulanAkhir(1) + 1) + "," + (calendar.bulanAkhir(2) + 1);
  }

  /**
   * {@code penjadwal.cron_siklus}, empty by default: 02:00 on the first day after each cut-off of
   * the configured calendar. A value set by the operator keeps its minute, hour and day but must
   * name the same months, so a changed calendar can never leave the cycle on the old dates.
   */
  private static String cycleCron(ModuleSettings s) {
    String key = "penjadwal.cron_siklus";
    String months = cycleMonths(s.calendar());
    Optional<String> value = s.get(key);
    if (value.isEmpty()) {
      return "0 2 1 " + months + " *";
    }
    String cron = cron(s, key);
    String[] parts = cron.split("\\s+");
    if (!sameMonths(parts[3], months)) {
      throw ModuleSettings.invalid(
          key,
          cron,
          "bulan (bagian ke-4) harus "
              + months
              + ", bulan sesudah setiap batas caturwulan menurut periode.bulan_akhir_cw1 dan"
              + " periode.bulan_akhir_cw2; kosongkan kunci ini agar jadwal mengikuti kalender");
    }
    return cron;
  }

  private static boolean sameMonths(String field, String months) {
    try {
      SortedSet<Integer> a = new TreeSet<>();
      for (String m : field.split(",")) {
        a.add(Integer.parseInt(m.trim()));
      }
      SortedSet<Integer> b = new TreeSet<>();
      for (String m : months.split(",")) {
        b.add(Integer.parseInt(m));
      }
      return a.equals(b);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String cron(ModuleSettings s, String key) {
    String value = s.required(key);
    if (value.split("\\s+").length != 5) {
      throw ModuleSettings.invalid(key, value, "harus 5 bagian: menit jam hari bulan hari-minggu");
    }
    return value;
  }
}
