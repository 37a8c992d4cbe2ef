package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.InstrumenTrainingRate;
import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the row checks need to know about a submission's period and the configuration, including the
 * training-rate instrument whose reported indicators are accepted.
 */
record Rules(
    Periode periode,
    LocalDate akhirPeriode,
    BigDecimal jpMaksimum,
    int menitPerJp,
    InstrumenTrainingRate instrumen) {
  Rules {
    requireNonNull(periode, "periode is null");
    requireNonNull(akhirPeriode, "akhirPeriode is null");
    requireNonNull(jpMaksimum, "jpMaksimum is null");
    requireNonNull(instrumen, "instrumen is null");
    if (menitPerJp <= 0) {
      throw new IllegalArgumentException("Cannot use menitPerJp, must be positive: " + menitPerJp);
    }
  }

  static Rules of(IngestionSettings settings, Periode periode) {
    return new Rules(
        periode,
        periode.akhir(settings.calendar()),
        settings.jpMaksimum(),
        settings.menitPerJp(),
        settings.trainingRate());
  }
}
