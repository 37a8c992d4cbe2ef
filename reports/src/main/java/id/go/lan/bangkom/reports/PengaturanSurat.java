package id.go.lan.bangkom.reports;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import java.math.BigDecimal;

/**
 * Settings of the Surat Sounding. {@code tenggatHari}: days after the letter date by which the
 * instansi is asked to act (configuration {@code surat.tenggat_hari}, default 14); the two
 * thresholds are the sounding levels' (configuration {@code sounding.*}), quoted in the letter.
 */
public record PengaturanSurat(
    CaturwulanCalendar calendar,
    int tenggatHari,
    BigDecimal ambangKuningPersenOnTrack,
    BigDecimal ambangDataPersenDitolak) {
  public static final int TENGGAT_HARI_BAWAAN = 14;

  public PengaturanSurat {
    requireNonNull(calendar, "calendar is null");
    requireNonNull(ambangKuningPersenOnTrack, "ambangKuningPersenOnTrack is null");
    requireNonNull(ambangDataPersenDitolak, "ambangDataPersenDitolak is null");
    if (tenggatHari < 1 || tenggatHari > 365) {
      throw new IllegalArgumentException(
          "Cannot use surat.tenggat_hari, must be 1..365 days: " + tenggatHari);
    }
  }

  /** The documented defaults: 14 days, KUNING from 70% on track, DATA above 20% rejected. */
  public static PengaturanSurat bawaan() {
    return new PengaturanSurat(
        CaturwulanCalendar.DEFAULT,
        TENGGAT_HARI_BAWAAN,
        BigDecimal.valueOf(70),
        BigDecimal.valueOf(20));
  }
}
