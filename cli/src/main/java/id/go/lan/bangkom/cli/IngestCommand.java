package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.schedules.CaturwulanCycle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "ingest",
    description = "Menerima setiap submisi baru di kotak masuk, apa pun periodenya.")
final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions options;

  @Override
  public Integer call() {
    try (CaturwulanCycle cycle = options.cycle()) {
      Steps.ingest(cycle, options.inboxOrDefault());
      return 0;
    }
  }
}
