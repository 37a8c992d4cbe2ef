package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.ingestion.penugasan.HasilImpor;
import id.go.lan.bangkom.ingestion.penugasan.ImporPenugasan;
import id.go.lan.bangkom.samples.SampleData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./bangkom tindak-lanjut penugasan FILE [--berlaku-mulai D]}: imports the admin's
 * assignment of instansi to LAN satker and Analis Bangkom as a new version of the workspace's
 * assignment. Exit 1 when the file is refused (every problem printed, nothing stored).
 */
@Command(
    name = "penugasan",
    mixinStandardHelpOptions = true,
    description =
        "Mengimpor berkas penugasan (CSV atau XLSX lembar pertama): satker dan Analis Bangkom yang"
            + " menindaklanjuti setiap instansi. Berkas yang sama dengan versi yang berlaku tidak"
            + " menambah versi.")
final class TindakLanjutPenugasanCommand implements Callable<Integer> {
  /** How many unassigned instansi the warning names; the count says how many there are. */
  static final int CONTOH_TANPA_PENUGASAN = 10;

  @Mixin CommonOptions options;

  @Parameters(
      index = "0",
      paramLabel = "BERKAS",
      description =
          "Berkas .csv (pemisah koma atau titik koma) atau .xlsx dengan kolom kode_instansi,"
              + " kode_satker, nama_satker, nama_analis, email_analis")
  Path berkas;

  @Option(
      names = "--berlaku-mulai",
      paramLabel = "YYYY-MM-DD",
      description = "Hari pertama penugasan ini berlaku (default: hari ini, WIB)")
  LocalDate berlakuMulai;

  @Override
  public Integer call() {
    HasilImpor hasil = impor(options, berkas, Optional.ofNullable(berlakuMulai));
    return tampilkan(hasil, berkas);
  }

  private static HasilImpor impor(CommonOptions options, Path berkas, Optional<LocalDate> mulai) {
    BangkomConfig config = options.config();
    return new ImporPenugasan(InstansiMaster.load(config.masterInstansi()), options.ws())
        .impor(berkas, mulai);
  }

  /** Prints what the import did; the exit code: 1 when refused, else 0. */
  static int tampilkan(HasilImpor hasil, Path berkas) {
    switch (hasil.status()) {
      case DITOLAK -> {
        Console.pesan("penugasan.ditolak", berkas.getFileName().toString(), hasil.masalah().size());
        hasil.masalah().forEach(m -> Console.pesan("penugasan.masalah", m));
        return 1;
      }
      case SAMA ->
          Console.pesan(
              "penugasan.sama", Integer.toString(hasil.versi()), hasil.berlakuMulai().toString());
      case DISIMPAN ->
          Console.pesan(
              "penugasan.disimpan",
              Integer.toString(hasil.versi()),
              hasil.jumlahBaris(),
              hasil.berlakuMulai().toString());
    }
    List<String> tanpa = hasil.tanpaPenugasan();
    if (!tanpa.isEmpty()) {
      if (tanpa.size() <= CONTOH_TANPA_PENUGASAN) {
        Console.pesan("penugasan.tanpa", tanpa.size(), String.join(", ", tanpa));
      } else {
        Console.pesan(
            "penugasan.tanpa.sebagian",
            tanpa.size(),
            String.join(", ", tanpa.subList(0, CONTOH_TANPA_PENUGASAN)));
      }
    }
    return 0;
  }

  /**
   * The demo's step: imports the shipped example assignment into the workspace (once: a re-run
   * finds it identical) and prints one line.
   */
  static void imporContoh(CommonOptions options) {
    try {
      Path tmp = Files.createTempDirectory("bangkom-penugasan");
      try {
        Path file = SampleData.copyPenugasan(tmp);
        HasilImpor hasil = impor(options, file, Optional.empty());
        if (hasil.status() == HasilImpor.Status.DITOLAK) {
          throw new IllegalStateException(hasil.masalah().get(0));
        }
        Console.pesan(
            "demo.penugasan",
            Integer.toString(hasil.versi()),
            hasil.jumlahBaris(),
            hasil.berlakuMulai().toString());
      } finally {
        try (var files = Files.list(tmp)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
        }
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
