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

  private SelKecil() {}

  /** {@code privasi.sel_minimum}, checked (a whole number >= 1) when the configuration loaded. */
  public static int minimum(BangkomConfig config) {
    return config.privasiSelMinimum();
  }
}
