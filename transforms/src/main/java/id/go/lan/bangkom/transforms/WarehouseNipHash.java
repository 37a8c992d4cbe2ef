package id.go.lan.bangkom.transforms;

import java.util.HexFormat;

/**
 * The same HMAC-SHA-256 of the NIP as {@link NipHash}, written as a DuckDB SQL expression, so
 * publish can hash NIPs of lake tables without sending them through Java.
 */
final class WarehouseNipHash {
  private WarehouseNipHash() {}

  /** A DuckDB expression giving the lower-case hex HMAC of the VARCHAR {@code nipExpression}. */
  static String sql(String nipExpression, byte[] key) {
    byte[][] pads = NipHash.pads(key);
    HexFormat hex = HexFormat.of();
    return "sha256(unhex('"
        + hex.formatHex(pads[1])
        + "') || unhex(sha256(unhex('"
        + hex.formatHex(pads[0])
        + "') || encode("
        + nipExpression
        + "))))";
  }
}
