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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
    assertThat(s.annualCron()).isEqualTo("0 6 1 1 *");
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
    assertThatThrownBy(() -> settings(Map.of("penjadwal.zona_waktu", "Mars/Olympus")))
        .hasMessageContaining("penjadwal.zona_waktu");
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
  void stepsParseInOrder() {
    assertThat(CycleStep.parseList("k", " Ingest , kirim "))
        .isEqualTo(List.of(CycleStep.INGEST, CycleStep.KIRIM));
  }

  private SchedulerSettings settings(Map<String, String> overrides) {
    return SchedulerSettings.from(
        ModuleSettings.of(BangkomConfig.withOverrides(overrides), k -> null), workspace);
  }
}
