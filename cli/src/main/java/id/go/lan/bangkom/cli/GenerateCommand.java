package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;

import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.samples.generator.GenerationSummary;
import id.go.lan.bangkom.samples.generator.GeneratorOptions;
import id.go.lan.bangkom.samples.generator.NationGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "generate",
    description =
        "Membuat kotak masuk sintetis seluruh instansi (deterministik) beserta manifest.json"
            + " berisi galat yang disuntikkan dan angka yang benar.")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--tahun", paramLabel = "YYYY", required = true, description = "Tahun sasaran")
  int tahun;

  @Option(
      names = "--sampai",
      paramLabel = "YYYY-CWk",
      description = "Periode terakhir yang dibuat (default: <tahun>-CW3)")
  String sampai;

  @Option(
      names = "--dari",
      paramLabel = "YYYY",
      description = "Tahun pertama (riwayat beberapa tahun; default: <tahun>)")
  Integer dari;

  @Option(
      names = "--skala",
      description =
          "Bagian dari skala nasional, 1.0 = sekitar 5,6 juta ASN (default: ${DEFAULT-VALUE})",
      defaultValue = "0.01")
  double skala;

  @Option(
      names = "--seed",
      description = "Benih acak (default: ${DEFAULT-VALUE})",
      defaultValue = "42")
  long seed;

  @Option(
      names = "--galat",
      description = "Bagian baris yang diberi satu galat (default: ${DEFAULT-VALUE})",
      defaultValue = "0.01")
  double galat;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Folder keluaran (kosong)")
  Path out;

  @Option(
      names = "--instansi",
      paramLabel = "N",
      description = "Hanya N instansi (sampel tetap) yang mengirim; 0 = semua (default)",
      defaultValue = "0")
  int instansi;

  @Option(
      names = "--roster-terlambat",
      paramLabel = "N",
      description = {
        "N instansi mengirim daftar pegawai periode terakhir sesudah berkas bangkomnya: daftar itu",
        "ditaruh di .roster-terlambat/ (lihat manifest.json) untuk di-ingest kemudian (default: 0)"
      },
      defaultValue = "0")
  int rosterTerlambat;

  @Option(
      names = "--catatan-tahun-lalu",
      paramLabel = "BAGIAN",
      description = {
        "Bagian pegawai yang punya catatan bangkom Desember tahun lalu yang baru dikirim bersama",
        "CW1 tahun ini; dihitung di akhir tahun lalu (default: ${DEFAULT-VALUE}; 0 = tidak ada)"
      },
      defaultValue = "0.02")
  double catatanTahunLalu;

  @Option(
      names = "--threads",
      description = "Instansi yang ditulis bersamaan (default: ${DEFAULT-VALUE})",
      defaultValue = "2")
  int threads;

  @Option(names = "--verbose", description = "Tampilkan jejak galat lengkap")
  boolean verbose;

  @Override
  public Integer call() {
    GeneratorOptions options;
    try {
      Periode last = sampai == null ? new Periode(tahun, 3) : Periode.parse(sampai);
      if (last.tahun() != tahun) {
        throw new UsageException(PESAN.f("galat.generate.sampai", sampai));
      }
      options =
          new GeneratorOptions(
              last,
              dari == null ? tahun : dari,
              skala,
              seed,
              galat,
              instansi,
              out.toAbsolutePath(),
              rosterTerlambat,
              catatanTahunLalu);
    } catch (UsageException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // Every value checked here came from the command line: bad usage (exit 2).
      throw new UsageException(e.getMessage(), e);
    }
    if (!kosong(out)) {
      // Checked here as well as in the generator: a folder given on the command line is bad usage.
      throw new UsageException(PESAN.f("galat.generate.out", out));
    }
    long start = System.nanoTime();
    GenerationSummary s =
        NationGenerator.generate(
            options, InstansiMaster.load(Optional.empty()).all(), threads, Console::progress);
    double seconds = (System.nanoTime() - start) / 1e9;
    Console.pesan(
        "generate.selesai",
        String.format(Locale.ROOT, "%.1f", seconds),
        ribuan(s.people()),
        ribuan(s.rows()),
        ribuan(s.pegawaiRows()),
        ribuan(s.bangkomRows()),
        ribuan(s.trainingRateRows()),
        ribuan(s.faultRows()),
        ribuan(s.brokenFiles()),
        ribuan(s.files()),
        ribuan(s.bytes()),
        s.out());
    Console.pesan("generate.manifest", s.out().resolve("manifest.json"));
    return 0;
  }

  /** Whether {@code folder} is missing or holds nothing. */
  private static boolean kosong(Path folder) {
    if (!Files.isDirectory(folder)) {
      return !Files.exists(folder);
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A count with thousands separated by commas, as this line has always printed them. */
  private static String ribuan(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
