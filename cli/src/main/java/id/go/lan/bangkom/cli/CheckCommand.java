package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.ingestion.Ingestion;
import id.go.lan.bangkom.ingestion.Receipt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "check",
    description =
        "Memeriksa berkas atau folder submisi dan mencetak tanda terimanya tanpa menyimpan apa pun.")
final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions options;

  @Parameters(
      paramLabel = "BERKAS_ATAU_FOLDER",
      description = "Berkas, folder periode, folder instansi, atau kotak masuk")
  Path target;

  @Override
  public Integer call() {
    if (!Files.exists(target)) {
      throw new UsageException(PESAN.f("galat.berkas.tidak.ada", target));
    }
    BangkomConfig config = options.config();
    List<Receipt> receipts =
        new Ingestion(config, InstansiMaster.load(config.masterInstansi()), options.ws())
            .check(target.toAbsolutePath());
    for (Receipt r : receipts) {
      Console.info(r.toText());
    }
    return 0;
  }
}
