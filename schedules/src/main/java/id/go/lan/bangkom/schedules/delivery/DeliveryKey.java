package id.go.lan.bangkom.schedules.delivery;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.TahapSounding;

/**
 * One letter is sent once per (instansi, period, level, stage), unless re-sent on purpose: the
 * sounding of a cut-off, its escalation and a thank-you note are three letters, each sent once.
 */
public record DeliveryKey(String kodeInstansi, Periode periode, String level, TahapSounding tahap) {
  public DeliveryKey {
    requireNonNull(kodeInstansi, "kodeInstansi is null");
    requireNonNull(periode, "periode is null");
    requireNonNull(level, "level is null");
    requireNonNull(tahap, "tahap is null");
  }

  /** The key of the first stage, the sounding of the cut-off. */
  public DeliveryKey(String kodeInstansi, Periode periode, String level) {
    this(kodeInstansi, periode, level, TahapSounding.SOUNDING);
  }
}
