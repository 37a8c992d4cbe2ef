package id.go.lan.bangkom.transforms;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import java.math.BigDecimal;
import java.util.Map;

/** The target rules of SPEC §3 for one year, from configuration. */
record TargetRules(
    Map<String, BigDecimal> targetTahunan, boolean prorata, CaturwulanCalendar calendar) {

  TargetRules {
    targetTahunan = Map.copyOf(requireNonNull(targetTahunan, "targetTahunan is null"));
    requireNonNull(calendar, "calendar is null");
    for (String jenis : BangkomConfig.JENIS_PEGAWAI) {
      if (!targetTahunan.containsKey(jenis)) {
        throw new IllegalArgumentException("Cannot build target rules, no target for: " + jenis);
      }
    }
  }

  /**
   * The rules of {@code tahun}: each jenis pegawai's target of that year ({@code
   * target.jp.<JENIS>.<tahun>}, else {@code target.jp.<JENIS>}).
   */
  static TargetRules from(BangkomConfig config, int tahun) {
    return new TargetRules(
        Map.of(
            "PNS", config.targetTahunan("PNS", tahun),
            "CPNS", config.targetTahunan("CPNS", tahun),
            "PPPK", config.targetTahunan("PPPK", tahun)),
        config.prorata(),
        config.calendar());
  }
}
