package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.LogPengiriman;
import id.go.lan.bangkom.schedules.delivery.DeliveryResult;
import id.go.lan.bangkom.schedules.delivery.SoundingDelivery;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "sounding",
    mixinStandardHelpOptions = true,
    description = "Pengiriman surat sounding kepada PIC instansi.",
    subcommands = {SoundingCommand.Kirim.class})
final class SoundingCommand {
  @Command(
      name = "kirim",
      mixinStandardHelpOptions = true,
      description =
          "Mengirim surat sounding --periode lewat surel, satu kali per instansi, periode dan"
              + " level; --dry-run menulis surel ke outbox tanpa mengirim.")
  static final class Kirim implements Callable<Integer> {
    @Mixin CommonOptions options;

    @Option(names = "--dry-run", description = "Tulis surel (.eml) ke outbox, jangan kirim")
    boolean dryRun;

    @Option(
        names = "--ulang",
        description = "Kirim ulang dengan sengaja, juga kepada instansi yang sudah dikirimi")
    boolean ulang;

    @Override
    public Integer call() {
      Periode periode = options.periodeRequired();
      if (dryRun && ulang) {
        throw new UsageException("--dry-run dan --ulang tidak dapat dipakai bersama");
      }
      if (!Files.isRegularFile(options.ws().warehouse())) {
        throw new UsageException(
            "Gudang data belum ada: " + options.ws().warehouse() + ". Jalankan 'run' dahulu.");
      }
      BangkomConfig config = options.config();
      SoundingDelivery delivery =
          new SoundingDelivery(config, InstansiMaster.load(config.masterInstansi()), options.ws());
      DeliveryResult result;
      if (dryRun) {
        result = delivery.dryRun(periode);
        Console.info(
            "Uji coba "
                + periode.id()
                + ": "
                + result.sent().size()
                + " surel ditulis ke "
                + result.outbox()
                + " (tidak ada yang dikirim)");
      } else {
        if (!delivery.configured()) {
          throw new UsageException(
              "Pengiriman surel belum diatur: isi pengiriman.smtp.host di "
                  + options.ws().root().resolve("bangkom.properties")
                  + ", atau gunakan --dry-run");
        }
        result =
            delivery.send(
                periode,
                ulang,
                key ->
                    Console.progress("Terkirim: " + key.kodeInstansi() + " (" + key.level() + ")"));
        Console.info(
            "Pengiriman "
                + periode.id()
                + ": "
                + result.notices()
                + " instansi perlu sounding, "
                + result.sent().size()
                + " surel terkirim sekarang, "
                + result.alreadySent().size()
                + " sudah terkirim sebelumnya, "
                + result.failures().size()
                + " gagal.");
      }
      for (DeliveryResult.Failure f : result.failures()) {
        Console.info(
            "Gagal "
                + f.key().kodeInstansi()
                + " ("
                + f.key().level()
                + ", '"
                + f.emailPic()
                + "'): "
                + f.code()
                + ": "
                + f.reason());
      }
      if (!result.notAttempted().isEmpty()) {
        Console.info(
            result.notAttempted().size()
                + " surel belum dicoba karena sambungan SMTP terputus; jalankan perintah ini lagi"
                + " untuk melanjutkan (yang sudah terkirim tidak dikirim dua kali).");
      }
      Console.info("Teks siaran untuk grup percakapan: " + result.broadcast());
      if (!dryRun) {
        Console.info("Log pengiriman: " + LogPengiriman.berkas(options.ws()));
      }
      return result.complete() ? 0 : 1;
    }
  }
}
