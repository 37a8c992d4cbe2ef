package id.go.lan.bangkom.transforms;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import java.math.BigDecimal;
import java.util.Map;

/** The target rules of SPEC §3, from configuration. */
record TargetRules(
    Map<String, BigDecimal> targetTahunan, boolean prorata, CaturwulanCalendar calendar) {
  static final String[] JENIS_PEGAWAI = {"PNS", "CPNS", "PPPK"};

  TargetRules {
    targetTahunan = Map.copyOf(requireNonNull(targetTahunan, "targetTahunan is null"));
    requireNonNull(calendar, "calendar is null");
    for (String jenis : JENIS_PEGAWAI) {
      if (!targetTahunan.containsKey(jenis)) {
        throw new IllegalArgumentException("Cannot build target rules, no target for: " + jenis);
      }
    }
  }

  static TargetRules from(BangkomConfig config) {
    return new TargetRules(
        Map.of(
            "PNS", config.targetTahunan("PNS"),
            "CPNS", config.targetTahunan("CPNS"),
            "PPPK", config.targetTahunan("PPPK")),
        config.prorata(),
        config.calendar());
  }
}
