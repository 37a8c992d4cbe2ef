package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.reports.PengaturanSurat;
import id.go.lan.bangkom.reports.tindaklanjut.DaftarTindakLanjut;
import id.go.lan.bangkom.reports.tindaklanjut.HasilDaftar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ./bangkom tindak-lanjut daftar --periode P}: the worklist of every Analis Bangkom for the
 * cut-off, {@code <workspace>/reports/<P>/tindak-lanjut/daftar-<slug>.xlsx} and {@code .pdf}, from
 * the published warehouse; the report date (assignment in force, deadline without a letter) is
 * today in Asia/Jakarta.
 */
@Command(
    name = "daftar",
    description =
        "Daftar kerja tindak lanjut per Analis Bangkom (XLSX untuk diisi dan PDF) untuk --periode,"
            + " diurutkan menurut urgensi.")
final class TindakLanjutDaftarCommand implements Callable<Integer> {
  @Mixin CommonOptions options;

  @Override
  public Integer call() {
    Periode periode = options.periodeRequired();
    BangkomConfig config = options.config();
    Workspace ws = options.ws();
    if (!Files.isRegularFile(ws.warehouse())) {
      throw new UsageException(PESAN.f("galat.gudang.belum.ada", ws.warehouse(), "publish"));
    }
    Path folder = ws.reports(periode).resolve(DaftarTindakLanjut.FOLDER);
    HasilDaftar hasil =
        new DaftarTindakLanjut(PengaturanSurat.dari(config).dicatatDi(ws))
            .tulis(
                ws.warehouse(),
                periode,
                folder,
                LocalDate.now(Steps.JAKARTA),
                new KemajuanKonsol());
    hasil.catatan().forEach(Console::info);
    Console.pesan(
        "tindak_lanjut.daftar",
        periode.id(),
        hasil.jumlahAnalis(),
        hasil.jumlahBelumDitugaskan(),
        folder.toAbsolutePath().normalize().toString());
    return 0;
  }
}
