package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.schedules.CaturwulanCycle;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "transform",
    description =
        "Menghitung kepatuhan dan level sounding untuk --periode (tanpa --periode: semua periode di lake).")
final class TransformCommand implements Callable<Integer> {
  @Mixin CommonOptions options;

  @Override
  public Integer call() {
    try (CaturwulanCycle cycle = options.cycle()) {
      Steps.transform(
          cycle,
          options.periodeOption().map(List::of).orElseGet(cycle::periodsInLake),
          new KemajuanKonsol());
    }
    return 0;
  }
}
