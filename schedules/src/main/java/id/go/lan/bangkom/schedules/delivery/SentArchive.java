package id.go.lan.bangkom.schedules.delivery;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The immutable copy of what one sending attaches: {@code terkirim/<P>/<kode>/<n>-<level>-<waktu>/}
 * for a SOUNDING letter ({@code <n>-<tahap>-<level>-<waktu>/} for a later stage, ESKALASI or
 * TERIMA_KASIH, so two stages never share a folder) holds the letter and its lists byte for byte,
 * written before the message is composed, and the message attaches these copies (not the working
 * files in {@code reports/}), so the archive is exactly what the server received. A re-render of
 * the reports folder replaces the working files only; an archive folder is never written again.
 *
 * @param folder the version folder
 * @param letter the archived copies, in attachment order
 * @param sha256 the SHA-256 (lower-case hex) of each attachment, in the same order
 */
record SentArchive(Path folder, LetterFiles letter, List<String> sha256) {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS", Locale.ROOT);

  SentArchive {
    requireNonNull(folder, "folder is null");
    requireNonNull(letter, "letter is null");
    sha256 = List.copyOf(sha256);
  }

  /** {@code <workspace>/terkirim/<P>}: every sending of a period. */
  static Path periodFolder(Workspace workspace, Periode periode) {
    return workspace.root().resolve("terkirim").resolve(periode.id());
  }

  /**
   * Copies {@code letter} into a new version folder {@code <sending>-<level>-<now>}, {@code
   * <sending>-<tahap>-<level>-<now>} for a stage after SOUNDING (files 600, folders 700), first
   * into a temporary folder that is then renamed, so a version folder is either complete or absent.
   *
   * @param sending the number of this sending of (instansi, period, level, stage), from 1
   */
  static SentArchive keep(
      Workspace workspace, DeliveryKey key, int sending, LetterFiles letter, OffsetDateTime now) {
    Path parent = periodFolder(workspace, key.periode()).resolve(key.kodeInstansi());
    String stage = key.tahap() == TahapSounding.SOUNDING ? "" : key.tahap().name() + "-";
    String base = sending + "-" + stage + key.level() + "-" + STAMP.format(now);
    try {
      BerkasPribadi.folder(parent.getParent().getParent());
      BerkasPribadi.folder(parent.getParent());
      BerkasPribadi.folder(parent);
      Path tmp = BerkasPribadi.folder(parent.resolve(".sedang-" + base));
      List<String> hashes = new ArrayList<>();
      for (Path source : letter.attachments()) {
        hashes.add(copy(source, tmp.resolve(source.getFileName().toString())));
      }
      Path folder = moveIn(tmp, parent, base);
      Path pdf = folder.resolve(letter.pdf().getFileName().toString());
      Optional<Path> csv = letter.csv().map(p -> folder.resolve(p.getFileName().toString()));
      Optional<Path> xlsx = letter.xlsx().map(p -> folder.resolve(p.getFileName().toString()));
      return new SentArchive(folder, new LetterFiles(pdf, csv, xlsx), hashes);
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("arsip.gagal", key.toString(), parent), e);
    }
  }

  /**
   * Renames the complete temporary folder to {@code base} (or {@code base-2}, ... should a folder
   * of the same millisecond exist): an archive folder is never written into once named.
   */
  private static Path moveIn(Path tmp, Path parent, String base) throws IOException {
    for (int i = 1; ; i++) {
      Path folder = parent.resolve(i == 1 ? base : base + "-" + i);
      // A rename onto an empty folder would replace it: refuse any existing name up front (one
      // sender at a time holds the delivery log's lock, so nothing races this check).
      if (!Files.exists(folder)) {
        Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
        return folder;
      }
    }
  }

  /** The folder relative to the workspace, with '/' separators (as the log records it). */
  String relativeTo(Workspace workspace) {
    Path relative = workspace.root().toAbsolutePath().relativize(folder.toAbsolutePath());
    List<String> parts = new ArrayList<>();
    relative.forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }

  /** Copies {@code source} to the new 600 file {@code target}; returns its SHA-256 in hex. */
  private static String copy(Path source, Path target) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(PESAN.f("arsip.sha256"), e);
    }
    BerkasPribadi.newFile(target);
    try (InputStream in = Files.newInputStream(source);
        OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
      in.transferTo(out);
    }
    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
