package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.portal.PengaturanPortal;
import id.go.lan.bangkom.portal.Portal;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./bangkom portal}: serves the web portal until stopped (Ctrl+C). */
@Command(
    name = "portal",
    description =
        "Menjalankan portal web (PIC mengunggah data dan melihat kedudukan; analis dan admin)"
            + " di 127.0.0.1. Akun awal dibuat dan dicetak sekali pada jalan pertama.")
final class PortalCommand implements Callable<Integer> {
  @Mixin CommonOptions options;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port (bawaan: portal.port di konfigurasi, 7070)")
  Integer port;

  @Override
  public Integer call() throws InterruptedException, SQLException {
    BangkomConfig config = options.config();
    PengaturanPortal p = PengaturanPortal.from(config);
    if (port != null) {
      p = p.denganPort(port);
    }
    Portal portal =
        Portal.mulai(
            config,
            InstansiMaster.load(config.masterInstansi()),
            options.ws(),
            p,
            Clock.systemUTC());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  portal.close();
                  stopped.countDown();
                },
                "bangkom-portal-berhenti"));
    Console.pesan("portal.berjalan", p.host(), portal.port(), options.ws().root());
    Console.pesan("portal.penyimpanan", portal.urlPenyimpanan().replaceAll(";.*$", ""));
    List<Portal.AkunAwal> awal = portal.semai();
    if (!awal.isEmpty()) {
      Console.pesan("portal.akun.awal");
      for (Portal.AkunAwal a : awal) {
        Console.pesan("portal.akun.baris", a.peran(), a.email(), a.sandi(), a.instansi());
      }
      Console.pesan("portal.akun.simpan");
    }
    Console.pesan("portal.hentikan");
    stopped.await();
    return 0;
  }
}
