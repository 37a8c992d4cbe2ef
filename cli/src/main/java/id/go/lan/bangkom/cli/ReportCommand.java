package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.schedules.CaturwulanCycle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "report",
    description = "Membuat laporan PDF dari gudang data.",
    subcommands = {ReportCommand.Caturwulan.class})
final class ReportCommand {
  @Command(name = "caturwulan", description = "Laporan Caturwulan nasional untuk --periode.")
  static final class Caturwulan implements Callable<Integer> {
    @Mixin CommonOptions options;

    @Override
    public Integer call() {
      try (CaturwulanCycle cycle = options.cycle()) {
        Steps.report(cycle, options.periodeRequired());
      }
      return 0;
    }
  }
}
