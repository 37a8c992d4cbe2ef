package id.go.lan.bangkom.transforms;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The same HMAC-SHA-256 of the NIP as {@link NipHash}, written as a DuckDB SQL expression, so
 * publish can hash NIPs of lake tables without sending them through Java.
 */
final class WarehouseNipHash {
  private static final int BLOCK = 64;

  private WarehouseNipHash() {}

  /** A DuckDB expression giving the lower-case hex HMAC of the VARCHAR {@code nipExpression}. */
  static String sql(String nipExpression, byte[] key) {
    byte[] k = key.length > BLOCK ? sha256(key) : key;
    byte[] ipad = new byte[BLOCK];
    byte[] opad = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      byte b = i < k.length ? k[i] : 0;
      ipad[i] = (byte) (b ^ 0x36);
      opad[i] = (byte) (b ^ 0x5c);
    }
    HexFormat hex = HexFormat.of();
    return "sha256(unhex('"
        + hex.formatHex(opad)
        + "') || unhex(sha256(unhex('"
        + hex.formatHex(ipad)
        + "') || encode("
        + nipExpression
        + "))))";
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
