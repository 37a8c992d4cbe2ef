package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.schedules.scheduler.Scheduler;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "scheduler",
    mixinStandardHelpOptions = true,
    description =
        "Menjalankan penjadwal (JobRunr): ambil kotak masuk berkala, siklus setelah setiap batas"
            + " caturwulan, laporan tahunan; dasbor di 127.0.0.1. Dengan --periode, siklus periode"
            + " itu juga dijadwalkan sekarang.")
final class SchedulerCommand implements Callable<Integer> {
  @Mixin CommonOptions options;

  @Override
  public Integer call() throws InterruptedException {
    Optional<Periode> periode = options.periodeOption();
    BangkomConfig config = options.config();
    Scheduler scheduler =
        Scheduler.start(
            config,
            InstansiMaster.load(config.masterInstansi()),
            options.ws(),
            options.inboxOption(),
            options.masterOption());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  scheduler.close();
                  stopped.countDown();
                },
                "bangkom-penjadwal-berhenti"));
    Console.pesan("penjadwal.berjalan", options.ws().root());
    Console.pesan(
        "penjadwal.siklus",
        scheduler.settings().cycleCron(),
        scheduler.settings().zone(),
        scheduler.settings().steps());
    Console.pesan(
        "penjadwal.siklus.berikutnya",
        scheduler.nextCycleRun().atZone(scheduler.settings().zone()).toLocalDateTime());
    Console.pesan("penjadwal.tahunan", scheduler.settings().annualCron());
    Console.pesan(
        "penjadwal.kotak.masuk",
        scheduler.settings().inbox(),
        scheduler.settings().inboxInterval().toMinutes());
    Console.pesan("penjadwal.spark", scheduler.settings().sparkMaster());
    scheduler
        .dashboardAddress()
        .ifPresentOrElse(
            a -> Console.pesan("penjadwal.dasbor", a.getPort()),
            () -> Console.pesan("penjadwal.dasbor.mati"));
    periode.ifPresent(
        p -> Console.pesan("penjadwal.dijadwalkan", p.id(), scheduler.enqueueCycle(p)));
    Console.pesan("penjadwal.hentikan");
    stopped.await();
    return 0;
  }
}
