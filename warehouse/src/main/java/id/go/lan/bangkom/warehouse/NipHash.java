package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.SqlTeks;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * HMAC-SHA-256 of the NIP (RFC 2104) as a DuckDB SQL expression, computed at publish, so the
 * analyst warehouse never sees a raw NIP and nobody without the key can test a guessed NIP against
 * it.
 */
final class NipHash {
  private static final int BLOCK = 64;

  private NipHash() {}

  /** A DuckDB expression giving the lower-case hex HMAC of the VARCHAR {@code nipExpression}. */
  static String sql(String nipExpression, byte[] key) {
    byte[][] pads = pads(key);
    HexFormat hex = HexFormat.of();
    return "sha256(unhex("
        + SqlTeks.literal(hex.formatHex(pads[1]))
        + ") || unhex(sha256(unhex("
        + SqlTeks.literal(hex.formatHex(pads[0]))
        + ") || encode("
        + nipExpression
        + "))))";
  }

  /** RFC 2104 inner and outer pads of {@code key}: {ipad, opad}. */
  private static byte[][] pads(byte[] key) {
    byte[] k = key.length > BLOCK ? sha256(key) : key;
    byte[] ipad = new byte[BLOCK];
    byte[] opad = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      byte b = i < k.length ? k[i] : 0;
      ipad[i] = (byte) (b ^ 0x36);
      opad[i] = (byte) (b ^ 0x5c);
    }
    return new byte[][] {ipad, opad};
  }

  /**
   * The key from configuration ({@code privasi.kunci_nip}), else the workspace's own random key,
   * created once in {@code rahasia/kunci-nip}: the file 600 from its creation (written into a
   * private temporary file, then moved in place) in a 700 folder ({@link BerkasPribadi}). A folder
   * or key left readable by an earlier version is narrowed to 700 and 600.
   */
  static byte[] key(BangkomConfig config, Workspace workspace) {
    if (config.kunciNip().isPresent()) {
      return config.kunciNip().get().getBytes(StandardCharsets.UTF_8);
    }
    Path file = workspace.rahasia().resolve("kunci-nip");
    try {
      BerkasPribadi.folder(file.getParent());
      if (!Files.exists(file)) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Path tmp = BerkasPribadi.temporaryFile(file.getParent(), "kunci", ".tmp");
        try {
          Files.writeString(tmp, HexFormat.of().formatHex(random), StandardCharsets.UTF_8);
          Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
      } else if (BerkasPribadi.posix(file)
          && !Files.getPosixFilePermissions(file).equals(BerkasPribadi.FILE)) {
        Files.setPosixFilePermissions(file, BerkasPribadi.FILE);
      }
      return Files.readString(file, StandardCharsets.UTF_8).trim().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the NIP hash key: " + file, e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
