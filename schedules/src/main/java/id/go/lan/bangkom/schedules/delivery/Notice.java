package id.go.lan.bangkom.schedules.delivery;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One sounding to send: an instansi whose level for the period is not HIJAU, with its PIC from the
 * master list (empty when the instansi is not in the list).
 */
public record Notice(
    Periode periode,
    String kodeInstansi,
    String namaInstansi,
    String level,
    String alasan,
    Optional<BigDecimal> persenOnTrack,
    Optional<String> namaPic,
    Optional<String> emailPic) {
  public Notice {
    requireNonNull(periode, "periode is null");
    requireNonNull(kodeInstansi, "kodeInstansi is null");
    requireNonNull(namaInstansi, "namaInstansi is null");
    requireNonNull(level, "level is null");
    requireNonNull(alasan, "alasan is null");
    requireNonNull(persenOnTrack, "persenOnTrack is null");
    requireNonNull(namaPic, "namaPic is null");
    requireNonNull(emailPic, "emailPic is null");
  }

  /** The key of exactly-once delivery. */
  public DeliveryKey key() {
    return new DeliveryKey(kodeInstansi, periode, level);
  }
}
