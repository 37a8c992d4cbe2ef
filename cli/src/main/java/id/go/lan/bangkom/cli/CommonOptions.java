package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.PengaturanTidakSah;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.schedules.CaturwulanCycle;
import id.go.lan.bangkom.schedules.ModuleSettings;
import id.go.lan.bangkom.schedules.delivery.SmtpSettings;
import id.go.lan.bangkom.schedules.scheduler.SchedulerSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** Options every command understands (SPEC §10). */
final class CommonOptions {
  static final String DEFAULT_MASTER = "local[*]";

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      description = "Folder kerja (default: ${DEFAULT-VALUE})",
      defaultValue = "bangkom-data")
  Path workspace;

  @Option(names = "--periode", paramLabel = "YYYY-CWk", description = "Periode caturwulan")
  String periode;

  @Option(
      names = "--inbox",
      paramLabel = "DIR",
      description = "Folder kotak masuk (default: <workspace>/inbox)")
  Path inbox;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master (default: " + DEFAULT_MASTER + "; untuk scheduler: penjadwal.spark_master)")
  String master;

  @Option(
      names = "--verbose",
      description = "Tampilkan juga log rinci (<workspace>/log) dan jejak galat lengkap di stderr")
  boolean verbose;

  Workspace ws() {
    return new Workspace(workspace);
  }

  Path inboxOrDefault() {
    return inbox != null ? inbox.toAbsolutePath() : ws().inbox();
  }

  /** {@code --inbox} when given (absolute). */
  Optional<Path> inboxOption() {
    return Optional.ofNullable(inbox).map(Path::toAbsolutePath);
  }

  /** {@code --master} when given: the scheduler then prefers it over its own setting. */
  Optional<String> masterOption() {
    return Optional.ofNullable(master);
  }

  Optional<Periode> periodeOption() {
    if (periode == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Periode.parse(periode));
    } catch (IllegalArgumentException e) {
      // From the command line: bad usage (exit 2), unlike a bad period read from a file.
      throw new UsageException(e.getMessage(), e);
    }
  }

  Periode periodeRequired() {
    return periodeOption().orElseThrow(() -> new UsageException(PESAN.f("galat.periode.wajib")));
  }

  /**
   * The configuration, every key checked now (issue 18.3): core's, and this module's settings of
   * delivery and scheduler, so a bad value stops any command at start-up, not half-way.
   */
  BangkomConfig config() {
    return pengaturan(
        () -> {
          BangkomConfig config = BangkomConfig.load(ws().root());
          ModuleSettings settings = ModuleSettings.of(config);
          SmtpSettings.from(settings);
          SchedulerSettings.from(settings, ws());
          return config;
        });
  }

  /**
   * Runs {@code muat}, which reads settings only (bangkom.properties, system properties), so a
   * refused value there is a bad setting (exit 2) and not a failure of the run (exit 1). Settings
   * classes that throw {@link PengaturanTidakSah} themselves need no wrapping.
   */
  static <T> T pengaturan(Supplier<T> muat) {
    try {
      return muat.get();
    } catch (PengaturanTidakSah e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new PengaturanTidakSah(e.getMessage(), e);
    }
  }

  CaturwulanCycle cycle() {
    BangkomConfig config = config();
    return new CaturwulanCycle(
        config,
        InstansiMaster.load(config.masterInstansi()),
        ws(),
        masterOption().orElse(DEFAULT_MASTER));
  }
}
