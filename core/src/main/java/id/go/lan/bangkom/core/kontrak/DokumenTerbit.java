package id.go.lan.bangkom.core.kontrak;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The register of issued documents (issue 17.6): every PDF the product issues carries a short
 * verification code and is recorded here, so the portal can answer {@code /verifikasi/<kode>} with
 * whether the document is genuine, its instansi, period and issue date, and nothing else.
 *
 * <p>Layout: {@code <workspace>/verifikasi/<KODE>.properties} ({@code XXXXX-XXXXX.properties}), one
 * small UTF-8 file per document, written atomically (a temporary file moved in place). Written by
 * the reports, read by the portal.
 *
 * <p>The code is an HMAC under the workspace's secret key ({@link #kunci(Workspace)}, {@code
 * <workspace>/rahasia/kunci-verifikasi}), so nobody without the key can compute the code of a
 * document from its public fields, nor enumerate codes (every date of a period for a kind of letter
 * and an instansi) to learn through the public verification page which instansi received which
 * documents when. Within a workspace the code is deterministic: the same document (kind, instansi,
 * period, issue date) issued again gets the same code and replaces its entry; see {@link #kode}.
 */
public final class DokumenTerbit {
  /** The register's folder under the workspace. */
  public static final String FOLDER = "verifikasi";

  /** {@link Entri#namaInstansi()} of a national document (no instansi). */
  public static final String NASIONAL = "Nasional";

  /** Crockford's base32 alphabet: digits and upper-case letters without I, L, O and U. */
  static final String ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /** The key's file name under {@link Workspace#rahasia()}. */
  public static final String BERKAS_KUNCI = "kunci-verifikasi";

  private static final int PANJANG = 10;

  /** Bytes of a key this class creates. */
  private static final int PANJANG_KUNCI = 32;

  /** Fewest bytes a key read from the workspace may have (a shorter one is damaged). */
  private static final int PANJANG_KUNCI_MINIMUM = 16;

  private DokumenTerbit() {}

  /**
   * One issued document.
   *
   * @param kode its verification code, {@code XXXXX-XXXXX} ({@link #kode}, under the key of the
   *     workspace whose register holds it)
   * @param jenis the kind of document, e.g. {@code laporan-caturwulan}, {@code surat-sounding}
   * @param kodeInstansi the instansi's code; empty for a national document
   * @param namaInstansi the instansi's name; {@link #NASIONAL} for a national document
   * @param periode the period it covers, e.g. {@code 2026-CW2} or {@code 2026}
   * @param tanggalTerbit the issue date printed on the document
   * @param berkas the PDF's path relative to the workspace, with {@code /} separators
   */
  public record Entri(
      String kode,
      String jenis,
      String kodeInstansi,
      String namaInstansi,
      String periode,
      LocalDate tanggalTerbit,
      String berkas) {
    public Entri {
      requireNonNull(kode, "kode is null");
      requireNonNull(jenis, "jenis is null");
      requireNonNull(kodeInstansi, "kodeInstansi is null");
      requireNonNull(namaInstansi, "namaInstansi is null");
      requireNonNull(periode, "periode is null");
      requireNonNull(tanggalTerbit, "tanggalTerbit is null");
      requireNonNull(berkas, "berkas is null");
      if (!normalkan(kode).map(DokumenTerbit::format).filter(kode::equals).isPresent()) {
        throw new IllegalArgumentException(
            "Cannot accept a verification code, not XXXXX-XXXXX: " + kode);
      }
      if (jenis.isBlank() || periode.isBlank()) {
        throw new IllegalArgumentException(
            "Cannot accept a document without jenis or periode: " + jenis + ", " + periode);
      }
    }

    /**
     * An entry whose code is {@link #kode} of its fields under {@code kunci}: the key of the
     * workspace it is to be registered in ({@link #kunci(Workspace)}).
     */
    public static Entri baru(
        byte[] kunci,
        String jenis,
        String kodeInstansi,
        String namaInstansi,
        String periode,
        LocalDate tanggalTerbit,
        String berkas) {
      return new Entri(
          DokumenTerbit.kode(kunci, jenis, kodeInstansi, periode, tanggalTerbit),
          jenis,
          kodeInstansi,
          namaInstansi,
          periode,
          tanggalTerbit,
          berkas);
    }

    /** Whether the document is national (no instansi). */
    public boolean nasional() {
      return kodeInstansi.isEmpty();
    }
  }

  /**
   * The verification code of a document under {@code kunci}: HMAC-SHA256 (RFC 2104) keyed with
   * {@code kunci} of the UTF-8 bytes of {@code jenis\nkodeInstansi\nperiode\ntanggalTerbit} (the
   * date as {@code yyyy-MM-dd}), its first 50 bits as 10 Crockford base32 characters (5 bits each,
   * most significant first), written {@code XXXXX-XXXXX}. A registered document's key is its
   * workspace's ({@link #kunci(Workspace)}).
   *
   * @throws IllegalArgumentException when the key is empty or a field holds a line break (the
   *     fields would be ambiguous)
   */
  public static String kode(
      byte[] kunci, String jenis, String kodeInstansi, String periode, LocalDate tanggalTerbit) {
    requireNonNull(kunci, "kunci is null");
    requireNonNull(jenis, "jenis is null");
    requireNonNull(kodeInstansi, "kodeInstansi is null");
    requireNonNull(periode, "periode is null");
    requireNonNull(tanggalTerbit, "tanggalTerbit is null");
    if (kunci.length == 0) {
      throw new IllegalArgumentException("Cannot compute a verification code with an empty key");
    }
    for (String field : new String[] {jenis, kodeInstansi, periode}) {
      if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
        throw new IllegalArgumentException(
            "Cannot compute a verification code, a field holds a line break: " + field);
      }
    }
    String isi = jenis + "\n" + kodeInstansi + "\n" + periode + "\n" + tanggalTerbit;
    byte[] mac = hmacSha256(kunci, isi.getBytes(StandardCharsets.UTF_8));
    long bits = 0;
    for (int i = 0; i < 7; i++) {
      bits = (bits << 8) | (mac[i] & 0xFF);
    }
    bits >>>= 6; // 56 bits read, 50 kept
    StringBuilder kode = new StringBuilder(PANJANG);
    for (int i = PANJANG - 1; i >= 0; i--) {
      kode.append(ALFABET.charAt((int) ((bits >>> (5 * i)) & 0x1F)));
    }
    return format(kode.toString());
  }

  /**
   * The workspace's secret key of the verification codes, {@code rahasia/kunci-verifikasi}: 32
   * random bytes ({@link SecureRandom}) in lower-case hex, created on first use and never replaced.
   * The file is 600 from its creation, in a 700 folder ({@link BerkasPribadi}), as the NIP hash
   * key; a key or folder left wider is narrowed.
   *
   * <p>Creation is safe between processes: the key is written and forced to disk in a private
   * temporary file, then linked in place with a hard link, which fails when the file exists and so
   * never replaces a key another process made first ({@link Files#move} with {@code ATOMIC_MOVE} is
   * {@code rename(2)} on Linux, which would replace it); then the key is read from the file, so
   * every process uses the one that won. On a file system without hard links the temporary file is
   * moved without replacing (an existence check then a rename: a narrow window remains there).
   *
   * <p>Losing the file means no document issued before verifies any more: it belongs to the
   * workspace's backup, as {@code rahasia/kunci-nip}.
   *
   * @throws UncheckedIOException when the key cannot be read or created
   * @throws IllegalStateException when the file holds no key (not hex of at least 16 bytes)
   */
  public static byte[] kunci(Workspace ws) {
    requireNonNull(ws, "ws is null");
    Path file = ws.rahasia().resolve(BERKAS_KUNCI);
    try {
      BerkasPribadi.folder(file.getParent());
      if (!Files.exists(file)) {
        buatKunci(file);
      } else if (BerkasPribadi.posix(file)
          && !Files.getPosixFilePermissions(file).equals(BerkasPribadi.FILE)) {
        Files.setPosixFilePermissions(file, BerkasPribadi.FILE);
      }
      String hex = Files.readString(file, StandardCharsets.UTF_8).strip();
      byte[] kunci;
      try {
        kunci = HexFormat.of().parseHex(hex);
      } catch (IllegalArgumentException e) {
        kunci = new byte[0];
      }
      if (kunci.length < PANJANG_KUNCI_MINIMUM) {
        throw new IllegalStateException(
            "Cannot use the verification key "
                + file
                + ": it is not hex of at least "
                + PANJANG_KUNCI_MINIMUM
                + " bytes (restore it from the workspace's backup)");
      }
      return kunci;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the verification key " + file, e);
    }
  }

  private static void buatKunci(Path file) throws IOException {
    byte[] acak = new byte[PANJANG_KUNCI];
    new SecureRandom().nextBytes(acak);
    Path tmp = BerkasPribadi.temporaryFile(file.getParent(), "." + BERKAS_KUNCI, ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer isi =
            ByteBuffer.wrap(
                (HexFormat.of().formatHex(acak) + "\n").getBytes(StandardCharsets.UTF_8));
        while (isi.hasRemaining()) {
          ch.write(isi);
        }
        ch.force(true);
      }
      try {
        Files.createLink(file, tmp);
      } catch (FileAlreadyExistsException e) {
        // Another process made the key first: theirs is the workspace's key.
      } catch (UnsupportedOperationException | FileSystemException e) {
        if (Files.exists(file)) {
          return; // the link failed because another process made the key meanwhile
        }
        try {
          Files.move(tmp, file); // no REPLACE_EXISTING: fails when the key exists
        } catch (FileAlreadyExistsException exists) {
          // Another process made the key first.
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Records {@code e} in the register of {@code ws}, replacing an entry of the same code.
   *
   * @throws IllegalArgumentException when {@code e}'s code is not {@link #kode} of its fields under
   *     the workspace's key ({@link #kunci(Workspace)})
   * @throws UncheckedIOException when the file (or the key) cannot be written
   */
  public static void catat(Workspace ws, Entri e) {
    requireNonNull(ws, "ws is null");
    requireNonNull(e, "e is null");
    String diharapkan =
        kode(kunci(ws), e.jenis(), e.kodeInstansi(), e.periode(), e.tanggalTerbit());
    if (!diharapkan.equals(e.kode())) {
      throw new IllegalArgumentException(
          "Cannot register a document whose code is not that of its fields: "
              + e.kode()
              + " (expected "
              + diharapkan
              + ")");
    }
    Path folder = ws.root().resolve(FOLDER);
    Path target = folder.resolve(e.kode() + ".properties");
    try {
      Files.createDirectories(folder);
      Path tmp = Files.createTempFile(folder, "." + e.kode(), ".tmp");
      try {
        Files.writeString(tmp, isi(e), StandardCharsets.UTF_8);
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot register the issued document " + target, ex);
    }
  }

  /**
   * The entry of the code a reader typed: trimmed, upper-cased, without {@code -} and spaces, with
   * Crockford's aliases ({@code O} for 0, {@code I} and {@code L} for 1). Empty when the input is
   * not 10 base32 characters (no file is looked up then), no document has that code, or the entry's
   * fields do not give its code under the workspace's key ({@link #kunci(Workspace)}).
   *
   * @throws UncheckedIOException when the entry exists but it (or the key) cannot be read
   */
  public static Optional<Entri> cari(Workspace ws, String kodeMasukan) {
    requireNonNull(ws, "ws is null");
    Optional<String> kode = normalkan(kodeMasukan).map(DokumenTerbit::format);
    if (kode.isEmpty()) {
      return Optional.empty();
    }
    // Built only from the 10 validated base32 characters: no separator or dot can reach the path.
    Path file = ws.root().resolve(FOLDER).resolve(kode.get() + ".properties");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the issued document's entry " + file, e);
    }
    try {
      Entri e =
          new Entri(
              p.getProperty("kode", ""),
              p.getProperty("jenis", ""),
              p.getProperty("kode_instansi", ""),
              p.getProperty("nama_instansi", ""),
              p.getProperty("periode", ""),
              LocalDate.parse(p.getProperty("tanggal_terbit", "")),
              p.getProperty("berkas", ""));
      // An entry counts only under its own code and when that code is its fields' code under the
      // workspace's key.
      return e.kode().equals(kode.get())
              && e.kode()
                  .equals(
                      kode(kunci(ws), e.jenis(), e.kodeInstansi(), e.periode(), e.tanggalTerbit()))
          ? Optional.of(e)
          : Optional.empty();
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code urlPublik} without a trailing {@code /}, then {@code /verifikasi/<kode>}. */
  public static String url(String urlPublik, String kode) {
    requireNonNull(urlPublik, "urlPublik is null");
    requireNonNull(kode, "kode is null");
    String dasar = urlPublik.strip();
    while (dasar.endsWith("/")) {
      dasar = dasar.substring(0, dasar.length() - 1);
    }
    return dasar + "/" + FOLDER + "/" + kode;
  }

  /** The 10 base32 characters of a typed code, or empty when it is not one. */
  static Optional<String> normalkan(String masukan) {
    if (masukan == null || masukan.length() > 64) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(PANJANG);
    for (char c : masukan.strip().toUpperCase(Locale.ROOT).toCharArray()) {
      switch (c) {
        case '-', ' ' -> {}
        case 'O' -> out.append('0');
        case 'I', 'L' -> out.append('1');
        default -> {
          if (ALFABET.indexOf(c) < 0) {
            return Optional.empty();
          }
          out.append(c);
        }
      }
    }
    return out.length() == PANJANG ? Optional.of(out.toString()) : Optional.empty();
  }

  private static String format(String sepuluh) {
    return sepuluh.substring(0, 5) + "-" + sepuluh.substring(5);
  }

  private static String isi(Entri e) {
    StringBuilder out = new StringBuilder();
    baris(out, "kode", e.kode());
    baris(out, "jenis", e.jenis());
    baris(out, "kode_instansi", e.kodeInstansi());
    baris(out, "nama_instansi", e.namaInstansi());
    baris(out, "periode", e.periode());
    baris(out, "tanggal_terbit", e.tanggalTerbit().toString());
    baris(out, "berkas", e.berkas());
    return out.toString();
  }

  /** One {@code key=value} line, escaped as {@link Properties} reads it, without a date comment. */
  private static void baris(StringBuilder out, String kunci, String nilai) {
    Properties p = new Properties();
    p.setProperty(kunci, nilai);
    StringWriter w = new StringWriter();
    try {
      p.store(w, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : w.toString().split("\\R")) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        out.append(line).append('\n');
      }
    }
  }

  private static byte[] hmacSha256(byte[] kunci, byte[] isi) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(kunci, "HmacSHA256"));
      return mac.doFinal(isi);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot compute HmacSHA256, which every JVM has", e);
    }
  }
}
