package id.go.lan.bangkom.schedules.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.schedules.ModuleSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example DAG (docs/airflow/bangkom_caturwulan.py) follows the caturwulan calendar of the
 * workspace, as the scheduler does: its schedule is the scheduler's cycle cron and its period is
 * the caturwulan that ended the day before. The DAG runs under python3 against small stand-ins of
 * the airflow and pendulum modules (skipped where python3 is absent); the check that it reads the
 * calendar rather than a fixed schedule needs no Python.
 */
class AirflowDagTest {
  private static final Path DAG = Path.of("..", "docs", "airflow", "bangkom_caturwulan.py");

  @TempDir Path root;

  @Test
  void theDagReadsTheCalendarInsteadOfAFixedSchedule() throws IOException {
    String dag = Files.readString(DAG, StandardCharsets.UTF_8);
    assertThat(dag)
        .contains("periode.bulan_akhir_cw1")
        .contains("periode.bulan_akhir_cw2")
        .doesNotContain("1,5,9")
        .doesNotContain("// 4 + 1");
  }

  @Test
  void theDagsScheduleAndPeriodFollowAChangedCalendar() throws Exception {
    Assumptions.assumeTrue(python3Available(), "python3 is not installed");
    Path ws = Files.createDirectories(root.resolve("ws"));
    Files.writeString(
        ws.resolve("bangkom.properties"),
        "# CW1 ends in March, CW2 in July\nperiode.bulan_akhir_cw1 = 3\nperiode.bulan_akhir_cw2=7\n",
        StandardCharsets.UTF_8);

    List<String> out = runDag(ws, "dag", "2026-04-01", "2026-08-01", "2027-01-01", "2026-07-01");

    String schedulerCron =
        SchedulerSettings.from(
                ModuleSettings.of(
                    BangkomConfig.withOverrides(
                        Map.of("periode.bulan_akhir_cw1", "3", "periode.bulan_akhir_cw2", "7")),
                    k -> null),
                new Workspace(ws))
            .cycleCron();
    assertThat(out.get(0)).isEqualTo("0 2 1 1,4,8 *").isEqualTo(schedulerCron);
    // The day before each run: 31 March -> CW1, 31 July -> CW2, 31 December -> CW3; a run on
    // 1 July (a manual one) looks at 30 June, inside CW2 of this calendar.
    assertThat(out.subList(1, out.size()))
        .containsExactly("2026-CW1", "2026-CW2", "2026-CW3", "2026-CW2");
  }

  @Test
  void withoutAPropertiesFileTheDagUsesTheDefaultCalendar() throws Exception {
    Assumptions.assumeTrue(python3Available(), "python3 is not installed");
    Path ws = Files.createDirectories(root.resolve("kosong"));

    List<String> out = runDag(ws, "dag", "2026-05-01", "2026-09-01");

    assertThat(out).containsExactly("0 2 1 1,5,9 *", "2026-CW1", "2026-CW2");
  }

  @Test
  void theDailyEscalationDagWorksOnTheLatestEndedCaturwulanAtTheSchedulersHour() throws Exception {
    Assumptions.assumeTrue(python3Available(), "python3 is not installed");
    Path ws = Files.createDirectories(root.resolve("harian"));
    Files.writeString(
        ws.resolve("bangkom.properties"), "periode.bulan_akhir_cw1=3\n", StandardCharsets.UTF_8);

    // CW1 ends in March here: 15 January -> last year's CW3; 1 April -> CW1 (ended the day
    // before); 31 August, still in CW2 -> CW1; 1 September -> CW2.
    List<String> out =
        runDag(ws, "dag_eskalasi", "2026-01-15", "2026-04-01", "2026-08-31", "2026-09-01");

    String schedulerCron =
        SchedulerSettings.from(
                ModuleSettings.of(BangkomConfig.withOverrides(Map.of()), k -> null),
                new Workspace(ws))
            .escalationCron();
    assertThat(out.get(0)).isEqualTo("0 7 * * *").isEqualTo(schedulerCron);
    assertThat(out.subList(1, out.size()))
        .containsExactly("2025-CW3", "2026-CW1", "2026-CW1", "2026-CW2");
  }

  /**
   * Loads the DAG file with {@code BANGKOM_WORKSPACE=ws}; prints the schedule of its DAG {@code
   * name}, then the period its macro gives for each run date.
   */
  private List<String> runDag(Path ws, String name, String... runDates) throws Exception {
    Path stubs = Files.createDirectories(root.resolve("stubs"));
    Files.createDirectories(stubs.resolve("airflow/operators"));
    Files.writeString(
        stubs.resolve("airflow/__init__.py"),
        String.join(
            "\n",
            "class DAG:",
            "    current = None",
            "    def __init__(self, dag_id, schedule=None, **kwargs):",
            "        self.dag_id, self.schedule, self.kwargs, self.tasks = dag_id, schedule, kwargs, []",
            "    def __enter__(self):",
            "        DAG.current = self",
            "        return self",
            "    def __exit__(self, *args):",
            "        DAG.current = None",
            ""),
        StandardCharsets.UTF_8);
    Files.writeString(stubs.resolve("airflow/operators/__init__.py"), "", StandardCharsets.UTF_8);
    Files.writeString(
        stubs.resolve("airflow/operators/bash.py"),
        String.join(
            "\n",
            "from airflow import DAG",
            "class BashOperator:",
            "    def __init__(self, task_id, bash_command, **kwargs):",
            "        self.task_id, self.bash_command = task_id, bash_command",
            "        DAG.current.tasks.append(self)",
            "    def __rshift__(self, other):",
            "        return other",
            ""),
        StandardCharsets.UTF_8);
    Files.writeString(
        stubs.resolve("pendulum.py"),
        String.join(
            "\n",
            "import datetime as _dt",
            "def datetime(year, month, day, hour=0, minute=0, tz=None):",
            "    return _dt.datetime(year, month, day, hour, minute)",
            "def duration(days=0):",
            "    return _dt.timedelta(days=days)",
            ""),
        StandardCharsets.UTF_8);
    Path driver = stubs.resolve("jalankan.py");
    Files.writeString(
        driver,
        String.join(
            "\n",
            "import importlib.util, sys, pendulum",
            "spec = importlib.util.spec_from_file_location('dag', sys.argv[1])",
            "module = importlib.util.module_from_spec(spec)",
            "spec.loader.exec_module(module)",
            "dag = getattr(module, sys.argv[2])",
            "print(dag.schedule)",
            "macro = list(dag.kwargs['user_defined_macros'].values())[0]",
            "for text in sys.argv[3:]:",
            "    y, m, d = (int(p) for p in text.split('-'))",
            "    print(macro(pendulum.datetime(y, m, d, 2)))",
            ""),
        StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.addAll(List.of("python3", driver.toString(), DAG.toAbsolutePath().toString(), name));
    command.addAll(List.of(runDates));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("PYTHONPATH", stubs.toString());
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    pb.environment().put("BANGKOM_WORKSPACE", ws.toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return output.lines().toList();
  }

  private static boolean python3Available() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
