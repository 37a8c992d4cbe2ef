package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;

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
        throw new UsageException(PESAN.f("sounding.dry.run.dan.ulang"));
      }
      if (!Files.isRegularFile(options.ws().warehouse())) {
        throw new UsageException(
            PESAN.f("galat.gudang.belum.ada", options.ws().warehouse(), "run"));
      }
      BangkomConfig config = options.config();
      SoundingDelivery delivery =
          new SoundingDelivery(config, InstansiMaster.load(config.masterInstansi()), options.ws());
      DeliveryResult result;
      if (dryRun) {
        result = delivery.dryRun(periode, new KemajuanKonsol());
        Console.pesan("sounding.uji.coba", periode.id(), result.sent().size(), result.outbox());
      } else {
        if (!delivery.configured()) {
          throw new UsageException(
              PESAN.f("sounding.belum.diatur", options.ws().root().resolve("bangkom.properties")));
        }
        result = delivery.send(periode, ulang, new KemajuanKonsol());
        Console.pesan(
            "sounding.ringkas",
            periode.id(),
            result.notices(),
            result.sent().size(),
            result.alreadySent().size(),
            result.failures().size());
      }
      Steps.perTahap(result);
      for (DeliveryResult.Failure f : result.failures()) {
        Console.pesan(
            "sounding.gagal",
            f.key().kodeInstansi(),
            Steps.levelDanTahap(f.key()),
            f.emailPic(),
            f.code().toString(),
            f.reason());
      }
      if (!result.notAttempted().isEmpty()) {
        Console.pesan("sounding.belum.dicoba", result.notAttempted().size());
      }
      Console.pesan("sounding.siaran", result.broadcast());
      if (!dryRun) {
        Console.pesan("sounding.log", LogPengiriman.berkas(options.ws()));
      }
      return result.complete() ? 0 : 1;
    }
  }
}
