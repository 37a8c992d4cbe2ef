package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.schedules.CaturwulanCycle;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "run",
    description =
        "Satu siklus penuh untuk --periode: ingest yang baru, hitung, terbitkan, laporan.")
final class RunCommand implements Callable<Integer> {
  @Mixin CommonOptions options;

  @Override
  public Integer call() {
    Periode periode = options.periodeRequired();
    try (CaturwulanCycle cycle = options.cycle()) {
      if (Files.isDirectory(options.inboxOrDefault())) {
        Steps.ingest(cycle, options.inboxOrDefault());
      } else {
        Console.pesan("ingest.dilewati", options.inboxOrDefault());
      }
      Steps.transform(cycle, List.of(periode), new KemajuanKonsol());
      Steps.publish(cycle);
      Steps.report(cycle, periode);
      Steps.reportSounding(cycle, periode);
      Steps.reportProfil(cycle, periode);
      if (periode.caturwulan() == 3) {
        Steps.reportTahunan(cycle, periode.tahun());
      }
    }
    // Sends by e-mail when SMTP is configured, else writes the messages to the outbox.
    Steps.kirim(options, periode, false);
    return 0;
  }
}
