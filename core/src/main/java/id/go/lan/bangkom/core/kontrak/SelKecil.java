package id.go.lan.bangkom.core.kontrak;

import id.go.lan.bangkom.core.BangkomConfig;

/**
 * The small-cell rule that the transforms (restatements never reveal a small cell) and the
 * warehouse (kepatuhan_unit's measures blanked) share: a unit row over fewer people than {@code
 * privasi.sel_minimum} is a small cell.
 */
public final class SelKecil {
  /** Configuration key: a unit row over fewer people than this is a small cell. */
  public static final String KUNCI = "privasi.sel_minimum";

  static final int BAWAAN = 5;

  private SelKecil() {}

  /** The configured minimum, at least 1; a bad value stops with the key and the value. */
  public static int minimum(BangkomConfig config) {
    String raw = config.get(KUNCI).map(String::strip).orElse("");
    if (raw.isEmpty()) {
      return BAWAAN;
    }
    try {
      int v = Integer.parseInt(raw);
      if (v >= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "Nilai konfigurasi tidak sah: " + KUNCI + " = " + raw + " (bilangan bulat >= 1)");
  }
}
