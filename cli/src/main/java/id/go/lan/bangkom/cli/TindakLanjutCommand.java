package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.BerkasPenugasan;
import id.go.lan.bangkom.tindaklanjut.HasilCatat;
import id.go.lan.bangkom.tindaklanjut.HasilImpor;
import id.go.lan.bangkom.tindaklanjut.Masukan;
import id.go.lan.bangkom.tindaklanjut.StatusBaris;
import id.go.lan.bangkom.tindaklanjut.TindakLanjut;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./bangkom tindak-lanjut}: the Analis Bangkom's follow-up of a sounding (issue 16). Exit
 * codes: 0 everything recorded (or already recorded), 1 a worklist file or some of its rows
 * refused, 2 bad usage (an option missing or refused, as {@code catat}'s values are).
 */
@Command(
    name = "tindak-lanjut",
    mixinStandardHelpOptions = true,
    description =
        "Tindak lanjut sounding oleh Analis Bangkom LAN: penugasan, daftar kerja, catatan kontak.",
    subcommands = {
      TindakLanjutPenugasanCommand.class,
      TindakLanjutDaftarCommand.class,
      TindakLanjutCommand.Catat.class,
      TindakLanjutCommand.Impor.class
    })
final class TindakLanjutCommand {
  /** The recorder when {@code --oleh} is not given: the operating-system user. */
  static String olehBawaan() {
    // The assigned analis's e-mail is the better default once assignments exist (issue 16.1).
    return System.getProperty("user.name", "");
  }

  /**
   * The analis assigned to {@code kodeInstansi} in the assignment in force today (WIB), if any: who
   * records a follow-up of that instansi when {@code catat} is not told otherwise.
   */
  static Optional<String> analisDitugasi(Workspace workspace, String kodeInstansi) {
    LocalDate hariIni = LocalDate.now(BerkasPenugasan.WIB);
    return BerkasPenugasan.semua(workspace).stream()
        .filter(v -> !v.keterangan().berlakuMulai().isAfter(hariIni))
        .filter(v -> v.berlakuSampai() == null || !v.berlakuSampai().isBefore(hariIni))
        .flatMap(v -> v.baris().stream())
        .filter(b -> b.kodeInstansi().equalsIgnoreCase(kodeInstansi.strip()))
        .map(BerkasPenugasan.Baris::emailAnalis)
        .findFirst();
  }

  /** {@code --oleh} when given (not blank: bad usage), else {@link #olehBawaan()}. */
  static String oleh(String oleh) {
    return oleh(oleh, Optional.empty());
  }

  /** {@code --oleh} when given (not blank: bad usage), else {@code bawaan}, else the OS user. */
  static String oleh(String oleh, Optional<String> bawaan) {
    if (oleh == null) {
      return bawaan.orElseGet(TindakLanjutCommand::olehBawaan);
    }
    if (oleh.isBlank()) {
      throw new UsageException(PESAN.f("tindak.lanjut.oleh.kosong"));
    }
    return oleh;
  }

  static TindakLanjut tindakLanjut(CommonOptions options) {
    BangkomConfig config = options.config();
    return new TindakLanjut(
        InstansiMaster.load(config.masterInstansi()), options.ws(), Clock.systemUTC());
  }

  @Command(
      name = "catat",
      mixinStandardHelpOptions = true,
      description =
          "Mencatat satu tindak lanjut (kontak dengan instansi tentang sounding --periode); isi"
              + " yang sama tidak dicatat dua kali.")
  static final class Catat implements Callable<Integer> {
    @Mixin CommonOptions options;

    @Option(
        names = "--instansi",
        required = true,
        paramLabel = "KODE",
        description = "Kode instansi yang dihubungi")
    String instansi;

    @Option(
        names = "--tanggal",
        required = true,
        paramLabel = "TANGGAL",
        description = "Tanggal kontak: yyyy-mm-dd atau d/m/yyyy, paling lambat hari ini")
    String tanggal;

    @Option(
        names = "--saluran",
        required = true,
        paramLabel = "SALURAN",
        description = "TELEPON, WHATSAPP, SURAT, KUNJUNGAN atau RAPAT")
    String saluran;

    @Option(names = "--kontak", paramLabel = "NAMA", description = "Orang atau unit yang dihubungi")
    String kontak;

    @Option(
        names = "--hasil",
        required = true,
        paramLabel = "TEKS",
        description = "Hasil kontak, dengan kata-kata sendiri")
    String hasil;

    @Option(
        names = "--janji",
        paramLabel = "TEKS",
        description = "Tindakan yang dijanjikan instansi")
    String janji;

    @Option(
        names = "--janji-tanggal",
        paramLabel = "TANGGAL",
        description = "Tanggal tindakan yang dijanjikan, tidak sebelum --tanggal")
    String janjiTanggal;

    @Option(
        names = "--oleh",
        paramLabel = "SUREL",
        description =
            "Pencatat (default: surel analis yang ditugasi untuk instansi itu; tanpa penugasan:"
                + " pengguna sistem operasi)")
    String oleh;

    @Override
    public Integer call() {
      String pencatat = oleh(oleh, analisDitugasi(options.ws(), instansi));
      HasilCatat hasilCatat =
          tindakLanjut(options)
              .catat(
                  new Masukan(
                      options.periode,
                      instansi,
                      tanggal,
                      saluran,
                      kontak,
                      hasil,
                      janji,
                      janjiTanggal),
                  pencatat);
      if (hasilCatat.status() == StatusBaris.DITOLAK) {
        hasilCatat.pesan().forEach(Console.ERR::println);
        return 2;
      }
      hasilCatat.pesan().forEach(Console::info);
      return 0;
    }
  }

  @Command(
      name = "impor",
      mixinStandardHelpOptions = true,
      description =
          "Mengambil daftar kerja yang sudah diisi analis (lembar Daftar): setiap baris terisi"
              + " dicatat atau ditolak dengan alasannya; tanda terima di"
              + " <workspace>/tindak-lanjut/tanda-terima.")
  static final class Impor implements Callable<Integer> {
    @Mixin CommonOptions options;

    @Parameters(paramLabel = "BERKAS.xlsx", description = "Daftar kerja yang sudah diisi")
    Path berkas;

    @Option(
        names = "--oleh",
        paramLabel = "SUREL",
        description = "Pencatat (default: pengguna sistem operasi)")
    String oleh;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(berkas)) {
        throw new UsageException(PESAN.f("galat.berkas.tidak.ada", berkas.toAbsolutePath()));
      }
      HasilImpor hasil = tindakLanjut(options).impor(berkas, oleh(oleh));
      hasil.ringkasan().forEach(Console::info);
      return hasil.lengkap() ? 0 : 1;
    }
  }
}
