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
    Console.info("Penjadwal berjalan. Folder kerja: " + options.ws().root());
    Console.info(
        "  Siklus caturwulan: '"
            + scheduler.settings().cycleCron()
            + "' ("
            + scheduler.settings().zone()
            + "), langkah "
            + scheduler.settings().steps());
    Console.info(
        "  Siklus berikutnya: "
            + scheduler.nextCycleRun().atZone(scheduler.settings().zone()).toLocalDateTime());
    Console.info("  Laporan tahunan  : '" + scheduler.settings().annualCron() + "'");
    Console.info(
        "  Kotak masuk      : "
            + scheduler.settings().inbox()
            + ", setiap "
            + scheduler.settings().inboxInterval().toMinutes()
            + " menit");
    Console.info("  Spark master     : " + scheduler.settings().sparkMaster());
    scheduler
        .dashboardAddress()
        .ifPresentOrElse(
            a ->
                Console.info("  Dasbor           : http://127.0.0.1:" + a.getPort() + "/dashboard"),
            () -> Console.info("  Dasbor           : tidak aktif (sandi belum diatur)"));
    periode.ifPresent(
        p ->
            Console.info(
                "  Siklus " + p.id() + " dijadwalkan sekarang: " + scheduler.enqueueCycle(p)));
    Console.info("Hentikan dengan Ctrl+C.");
    stopped.await();
    return 0;
  }
}
