package id.go.lan.bangkom.reports;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import java.math.BigDecimal;

/**
 * Settings of the Surat Sounding. {@code tenggatHari}: days after the letter date by which the
 * instansi is asked to act (configuration {@code surat.tenggat_hari}); the two thresholds are the
 * sounding levels' (configuration {@code sounding.*}), quoted in the letter; {@code selMinimum}:
 * units smaller than this are not detailed (configuration {@code privasi.sel_minimum}).
 */
public record PengaturanSurat(
    CaturwulanCalendar calendar,
    int tenggatHari,
    BigDecimal ambangKuningPersenOnTrack,
    BigDecimal ambangDataPersenDitolak,
    int selMinimum) {
  public PengaturanSurat {
    requireNonNull(calendar, "calendar is null");
    requireNonNull(ambangKuningPersenOnTrack, "ambangKuningPersenOnTrack is null");
    requireNonNull(ambangDataPersenDitolak, "ambangDataPersenDitolak is null");
    if (tenggatHari < 1 || tenggatHari > 365) {
      throw new IllegalArgumentException(
          "Cannot use surat.tenggat_hari, must be 1..365 days: " + tenggatHari);
    }
    if (selMinimum < 1) {
      throw new IllegalArgumentException("Cannot use privasi.sel_minimum below 1: " + selMinimum);
    }
  }

  /** The documented defaults (core's bangkom-default.properties). */
  public static PengaturanSurat bawaan() {
    return dari(BangkomConfig.defaults());
  }

  /** The letter's settings of a loaded configuration (already checked by it). */
  public static PengaturanSurat dari(BangkomConfig config) {
    return new PengaturanSurat(
        config.calendar(),
        config.suratTenggatHari(),
        config.ambangKuningPersenOnTrack(),
        config.ambangDataPersenDitolak(),
        config.privasiSelMinimum());
  }
}
