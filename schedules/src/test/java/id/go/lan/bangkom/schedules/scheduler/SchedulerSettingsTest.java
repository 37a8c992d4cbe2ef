package id.go.lan.bangkom.schedules.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.schedules.ModuleSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobrunr.scheduling.cron.CronExpression;
import org.junit.jupiter.api.Test;

class SchedulerSettingsTest {
  private final Workspace workspace = new Workspace(Path.of("/data/bangkom"));

  @Test
  void defaultsAreDocumentedValues() {
    SchedulerSettings s =
        SchedulerSettings.from(ModuleSettings.of(BangkomConfig.defaults(), k -> null), workspace);
    assertThat(s.jdbcUrl())
        .isEqualTo("jdbc:h2:file:/data/bangkom/penjadwal/jobrunr;DB_CLOSE_DELAY=-1");
    assertThat(s.zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    assertThat(s.cycleCron()).isEqualTo("0 2 1 1,5,9 *");
    assertThat(s.inbox()).isEqualTo(Path.of("/data/bangkom/inbox"));
    assertThat(s.sparkMaster()).isEqualTo("local[*]");
    assertThat(s.annualCron()).isEqualTo("0 6 1 1 *");
    assertThat(s.escalationCron()).isEqualTo("0 7 * * *");
    assertThat(s.inboxInterval()).isEqualTo(Duration.ofMinutes(60));
    assertThat(s.pollInterval()).isEqualTo(Duration.ofSeconds(15));
    assertThat(s.steps())
        .containsExactly(
            CycleStep.INGEST,
            CycleStep.TRANSFORM,
            CycleStep.PUBLISH,
            CycleStep.REPORT,
            CycleStep.KIRIM);
    assertThat(s.dashboard()).isTrue();
    assertThat(s.dashboardPort()).isEqualTo(8000);
    assertThat(s.dashboardUser()).isEqualTo("operator");
    assertThat(s.dashboardPassword()).isEmpty();
  }

  @Test
  void secretsComeFromTheEnvironmentVariablesNamedInConfiguration() {
    Map<String, String> env = Map.of("BANGKOM_DASBOR_SANDI", "s1", "BANGKOM_PENJADWAL_SANDI", "s2");
    SchedulerSettings s =
        SchedulerSettings.from(ModuleSettings.of(BangkomConfig.defaults(), env::get), workspace);
    assertThat(s.dashboardPassword()).contains("s1");
    assertThat(s.jdbcPassword()).contains("s2");
  }

  @Test
  void badValuesAreRefusedWithTheKeyNamed() {
    assertThatThrownBy(() -> settings(Map.of("penjadwal.interval_poll_detik", "2")))
        .hasMessageContaining("penjadwal.interval_poll_detik");
    assertThatThrownBy(() -> settings(Map.of("penjadwal.langkah_siklus", "kirim,ingest")))
        .hasMessageContaining("penjadwal.langkah_siklus");
    assertThatThrownBy(() -> settings(Map.of("penjadwal.langkah_siklus", "laporan")))
        .hasMessageContaining("laporan");
    assertThatThrownBy(() -> settings(Map.of("penjadwal.cron_siklus", "0 2 1")))
        .hasMessageContaining("penjadwal.cron_siklus");
    assertThatThrownBy(() -> settings(Map.of("penjadwal.cron_eskalasi", "setiap hari")))
        .hasMessageContaining("penjadwal.cron_eskalasi");
    assertThatThrownBy(() -> settings(Map.of("penjadwal.zona_waktu", "Mars/Olympus")))
        .hasMessageContaining("penjadwal.zona_waktu");
  }

  @Test
  void theCycleCronAndItsNextRunMoveWithTheCaturwulanCalendar() {
    // CW1 ends in March, CW2 in July: the cycles run on 1 April, 1 August and 1 January.
    SchedulerSettings moved =
        settings(Map.of("periode.bulan_akhir_cw1", "3", "periode.bulan_akhir_cw2", "7"));
    assertThat(moved.cycleCron()).isEqualTo("0 2 1 1,4,8 *");

    ZoneId wib = ZoneId.of("Asia/Jakarta");
    Instant midMarch = ZonedDateTime.of(2026, 3, 15, 0, 0, 0, 0, wib).toInstant();
    Instant midJune = ZonedDateTime.of(2026, 6, 15, 0, 0, 0, 0, wib).toInstant();
    assertThat(new CronExpression(moved.cycleCron()).next(midMarch, midMarch, wib))
        .isEqualTo(ZonedDateTime.of(2026, 4, 1, 2, 0, 0, 0, wib).toInstant());
    assertThat(new CronExpression(moved.cycleCron()).next(midJune, midJune, wib))
        .isEqualTo(ZonedDateTime.of(2026, 8, 1, 2, 0, 0, 0, wib).toInstant());
    // The default calendar (April, August) from the same moment: 1 May.
    assertThat(new CronExpression(settings(Map.of()).cycleCron()).next(midMarch, midMarch, wib))
        .isEqualTo(ZonedDateTime.of(2026, 5, 1, 2, 0, 0, 0, wib).toInstant());
  }

  @Test
  void anOperatorsCycleCronMustNameTheMonthsOfTheCalendar() {
    Map<String, String> calendar =
        Map.of("periode.bulan_akhir_cw1", "3", "periode.bulan_akhir_cw2", "7");
    Map<String, String> old = new java.util.HashMap<>(calendar);
    old.put("penjadwal.cron_siklus", "0 2 1 1,5,9 *");
    assertThatThrownBy(() -> settings(old))
        .hasMessageContaining("penjadwal.cron_siklus")
        .hasMessageContaining("1,4,8");
    Map<String, String> own = new java.util.HashMap<>(calendar);
    own.put("penjadwal.cron_siklus", "30 3 2 8,1,4 *");
    assertThat(settings(own).cycleCron()).isEqualTo("30 3 2 8,1,4 *");
  }

  @Test
  void theCommandLinesInboxAndMasterWinOverTheSettings() {
    SchedulerSettings s =
        settings(Map.of("penjadwal.spark_master", "local[2]"))
            .withCommandLine(
                Optional.of(Path.of("/srv/kotak-masuk")), Optional.of("spark://spark.lan:7077"));
    assertThat(s.inbox()).isEqualTo(Path.of("/srv/kotak-masuk"));
    assertThat(s.sparkMaster()).isEqualTo("spark://spark.lan:7077");
    SchedulerSettings unchanged =
        settings(Map.of("penjadwal.spark_master", "local[2]"))
            .withCommandLine(Optional.empty(), Optional.empty());
    assertThat(unchanged.inbox()).isEqualTo(Path.of("/data/bangkom/inbox"));
    assertThat(unchanged.sparkMaster()).isEqualTo("local[2]");
  }

  @Test
  void theCutOffJobWorksOnThePeriodThatHasJustEnded() {
    CaturwulanCalendar c = CaturwulanCalendar.DEFAULT;
    assertThat(EndedPeriod.before(LocalDate.of(2027, 1, 1), c)).isEqualTo(new Periode(2026, 3));
    assertThat(EndedPeriod.before(LocalDate.of(2026, 5, 1), c)).isEqualTo(new Periode(2026, 1));
    assertThat(EndedPeriod.before(LocalDate.of(2026, 9, 1), c)).isEqualTo(new Periode(2026, 2));
    assertThat(EndedPeriod.before(LocalDate.of(2026, 4, 30), c)).isEqualTo(new Periode(2025, 3));
  }

  @Test
  void theEscalationJobRunsEveryDayAtSevenWib() {
    ZoneId wib = ZoneId.of("Asia/Jakarta");
    SchedulerSettings s = settings(Map.of());
    Instant lateEvening = ZonedDateTime.of(2026, 5, 20, 21, 0, 0, 0, wib).toInstant();
    assertThat(new CronExpression(s.escalationCron()).next(lateEvening, lateEvening, s.zone()))
        .isEqualTo(ZonedDateTime.of(2026, 5, 21, 7, 0, 0, 0, wib).toInstant());
  }

  @Test
  void stepsParseInOrder() {
    assertThat(CycleStep.parseList("k", " Ingest , kirim "))
        .isEqualTo(List.of(CycleStep.INGEST, CycleStep.KIRIM));
  }

  private SchedulerSettings settings(Map<String, String> overrides) {
    return SchedulerSettings.from(
        ModuleSettings.of(BangkomConfig.withOverrides(overrides), k -> null), workspace);
  }
}
