package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.schedules.CaturwulanCycle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    description = "Membuat laporan PDF dari gudang data.",
    subcommands = {
      ReportCommand.Caturwulan.class,
      ReportCommand.Tahunan.class,
      ReportCommand.Sounding.class,
      ReportCommand.Profil.class
    })
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

  @Command(
      name = "tahunan",
      description = "Laporan Tahunan untuk pimpinan (tahun dari --periode, atau --tahun).")
  static final class Tahunan implements Callable<Integer> {
    @Mixin CommonOptions options;

    @Option(names = "--tahun", paramLabel = "YYYY", description = "Tahun laporan")
    Integer tahun;

    @Override
    public Integer call() {
      int t =
          tahun != null
              ? tahun
              : options
                  .periodeOption()
                  .map(Periode::tahun)
                  .orElseThrow(() -> new UsageException(PESAN.f("galat.tahun.atau.periode.wajib")));
      try (CaturwulanCycle cycle = options.cycle()) {
        Steps.reportTahunan(cycle, t);
      }
      return 0;
    }
  }

  @Command(
      name = "sounding",
      description =
          "Surat Sounding per instansi (level selain HIJAU) dengan daftar pegawainya, untuk"
              + " --periode.")
  static final class Sounding implements Callable<Integer> {
    @Mixin CommonOptions options;

    @Override
    public Integer call() {
      try (CaturwulanCycle cycle = options.cycle()) {
        Steps.reportSounding(cycle, options.periodeRequired());
      }
      return 0;
    }
  }

  @Command(name = "profil", description = "Profil Instansi setiap instansi untuk --periode.")
  static final class Profil implements Callable<Integer> {
    @Mixin CommonOptions options;

    @Override
    public Integer call() {
      try (CaturwulanCycle cycle = options.cycle()) {
        Steps.reportProfil(cycle, options.periodeRequired());
      }
      return 0;
    }
  }
}
