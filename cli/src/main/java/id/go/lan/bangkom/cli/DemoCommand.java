package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.portal.Portal;
import id.go.lan.bangkom.samples.SampleData;
import id.go.lan.bangkom.schedules.CaturwulanCycle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "demo",
    description = "Menjalankan satu siklus penuh pada data contoh dan mencetak letak hasilnya.")
final class DemoCommand implements Callable<Integer> {
  @Mixin CommonOptions options;

  @Override
  public Integer call() {
    Path inbox = options.inboxOrDefault();
    int files = SampleData.copyInbox(inbox);
    Console.pesan("demo.disalin", inbox, files);
    tandaiDemo(options.ws().root());
    List<Path> pdfs = new ArrayList<>();
    Path warehouse;
    List<Periode> periods;
    try (CaturwulanCycle cycle = options.cycle()) {
      Steps.ingest(cycle, inbox);
      periods = Steps.transform(cycle, cycle.periodsInLake(), new KemajuanKonsol());
      TindakLanjutPenugasanCommand.imporContoh(options);
      warehouse = Steps.publish(cycle);
      for (Periode p : periods) {
        pdfs.add(Steps.report(cycle, p));
      }
      if (!periods.isEmpty()) {
        Periode last = periods.get(periods.size() - 1);
        Steps.reportSounding(cycle, last);
        Steps.reportProfil(cycle, last);
        pdfs.add(
            cycle.soundingFolder(last).resolve("surat-sounding-" + last.id() + "-gabungan.pdf"));
        pdfs.add(Steps.reportTahunan(cycle, last.tahun()));
      }
    }
    if (!periods.isEmpty()) {
      Steps.kirim(options, periods.get(periods.size() - 1), true);
    }
    Console.info("");
    Console.pesan("demo.selesai");
    Console.pesan("demo.gudang", warehouse);
    Console.pesan("demo.tanda.terima", options.ws().receipts());
    pdfs.forEach(p -> Console.pesan("demo.laporan", p));
    Console.pesan("demo.coba");
    Console.pesan("demo.portal");
    return 0;
  }

  /** Marks the workspace as the demo's: the portal seeds demo accounts there on first start. */
  private static void tandaiDemo(Path root) {
    try {
      Files.createDirectories(root);
      Files.writeString(root.resolve(Portal.PENANDA_DEMO), "ruang kerja ./bangkom demo\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
