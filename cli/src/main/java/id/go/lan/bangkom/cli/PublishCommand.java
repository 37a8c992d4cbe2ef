package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.schedules.CaturwulanCycle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "publish",
    description = "Membangun gudang data DuckDB dan menggantinya secara atomik.")
final class PublishCommand implements Callable<Integer> {
  @Mixin CommonOptions options;

  @Override
  public Integer call() {
    try (CaturwulanCycle cycle = options.cycle()) {
      Steps.publish(cycle);
    }
    return 0;
  }
}
