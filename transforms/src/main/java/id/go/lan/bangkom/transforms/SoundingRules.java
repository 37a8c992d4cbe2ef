package id.go.lan.bangkom.transforms;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import java.math.BigDecimal;

/** Thresholds of the sounding level (SPEC §6), from configuration, in percent. */
record SoundingRules(BigDecimal ambangDataPersenDitolak, BigDecimal ambangKuningPersenOnTrack) {
  SoundingRules {
    requireNonNull(ambangDataPersenDitolak, "ambangDataPersenDitolak is null");
    requireNonNull(ambangKuningPersenOnTrack, "ambangKuningPersenOnTrack is null");
  }

  static SoundingRules from(BangkomConfig config) {
    return new SoundingRules(config.ambangDataPersenDitolak(), config.ambangKuningPersenOnTrack());
  }
}
