package id.go.lan.bangkom.schedules.delivery;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;

/** One letter is sent once per (instansi, period, level), unless re-sent on purpose. */
public record DeliveryKey(String kodeInstansi, Periode periode, String level) {
  public DeliveryKey {
    requireNonNull(kodeInstansi, "kodeInstansi is null");
    requireNonNull(periode, "periode is null");
    requireNonNull(level, "level is null");
  }
}
