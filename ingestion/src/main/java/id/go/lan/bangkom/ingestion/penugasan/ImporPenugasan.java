package id.go.lan.bangkom.ingestion.penugasan;

import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.BerkasPenugasan;
import id.go.lan.bangkom.ingestion.TabelBerkas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports the admin's assignment file (which LAN satker and Analis Bangkom follow up each instansi)
 * into the workspace as a new version of {@link BerkasPenugasan}. The file is checked whole first
 * ({@link PemeriksaPenugasan}); when any row is refused nothing is stored, so the admin fixes the
 * file and imports it again. A file byte-identical to the version in force (same SHA-256) adds no
 * version. A version may not start before the version in force does: the history stays one line.
 */
public final class ImporPenugasan {
  private static final Pesan PESAN = PemeriksaPenugasan.PESAN;

  private final InstansiMaster master;
  private final Workspace workspace;
  private final Clock clock;

  /** An import whose default start day and import time come from the system clock (WIB). */
  public ImporPenugasan(InstansiMaster master, Workspace workspace) {
    this(master, workspace, Clock.system(BerkasPenugasan.WIB));
  }

  /** An import with its own clock (tests). */
  public ImporPenugasan(InstansiMaster master, Workspace workspace, Clock clock) {
    this.master = master;
    this.workspace = workspace;
    this.clock = clock.withZone(BerkasPenugasan.WIB);
  }

  /**
   * Checks {@code file} and stores it as the next version, in force from {@code berlakuMulai}
   * (default: today in Asia/Jakarta).
   */
  public HasilImpor impor(Path file, Optional<LocalDate> berlakuMulai) {
    String berkas = file.getFileName().toString();
    TabelBerkas.Isi isi;
    try {
      isi = TabelBerkas.baca(file);
    } catch (TabelBerkas.TidakTerbaca e) {
      return HasilImpor.ditolak(List.of(e.getMessage()));
    }
    PemeriksaPenugasan.Hasil hasil = new PemeriksaPenugasan(master).periksa(isi, berkas);
    if (!hasil.masalah().isEmpty()) {
      return HasilImpor.ditolak(hasil.masalah());
    }
    List<String> tanpa = tanpaPenugasan(hasil.baris());
    String sha256 = sha256(file);
    Optional<BerkasPenugasan.Versi> berlaku = BerkasPenugasan.terakhir(workspace);
    if (berlaku.isPresent() && berlaku.get().keterangan().sha256().equals(sha256)) {
      BerkasPenugasan.Versi v = berlaku.get();
      return new HasilImpor(
          HasilImpor.Status.SAMA,
          v.nomor(),
          v.keterangan().berlakuMulai(),
          v.baris().size(),
          List.of(),
          tanpa);
    }
    LocalDate mulai = berlakuMulai.orElseGet(() -> LocalDate.now(clock));
    if (berlaku.isPresent() && mulai.isBefore(berlaku.get().keterangan().berlakuMulai())) {
      return HasilImpor.ditolak(
          List.of(
              PESAN.f(
                  "penugasan.mundur",
                  mulai.toString(),
                  Integer.toString(berlaku.get().nomor()),
                  berlaku.get().keterangan().berlakuMulai().toString())));
    }
    BerkasPenugasan.Keterangan keterangan =
        new BerkasPenugasan.Keterangan(
            mulai, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), berkas, sha256);
    try {
      int versi = BerkasPenugasan.simpan(workspace, keterangan, hasil.baris());
      return new HasilImpor(
          HasilImpor.Status.DISIMPAN, versi, mulai, hasil.baris().size(), List.of(), tanpa);
    } catch (IOException e) {
      throw new UncheckedIOException(
          PESAN.f("penugasan.gagal.simpan", BerkasPenugasan.folder(workspace).toString()), e);
    }
  }

  private List<String> tanpaPenugasan(List<BerkasPenugasan.Baris> baris) {
    Set<String> assigned =
        baris.stream().map(BerkasPenugasan.Baris::kodeInstansi).collect(Collectors.toSet());
    return master.all().stream().map(Instansi::kode).filter(k -> !assigned.contains(k)).toList();
  }

  private static String sha256(Path file) {
    try (DigestInputStream in =
        new DigestInputStream(
            Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS),
            MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("penugasan.tidak.terbaca", file.toString()), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot find SHA-256", e);
    }
  }
}
