package id.go.lan.bangkom.schedules.delivery;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One line of the delivery log: an attempt starting ({@link Status#MENGIRIM}) or its outcome. The
 * log is append-only; the latest line of a key tells its state.
 *
 * <p>{@code arsip} is the version folder under {@code <workspace>/terkirim/} that holds the exact
 * files attached (relative to the workspace, '/' separators), {@code sha256} their SHA-256 in the
 * order of {@code lampiran}; both are empty on a failure found before anything was attached and on
 * lines written before the archive existed.
 */
public record LogEntry(
    DeliveryKey key,
    Status status,
    Optional<ReasonCode> kodeAlasan,
    Optional<String> alasan,
    String emailPic,
    String messageId,
    List<String> lampiran,
    Optional<String> arsip,
    List<String> sha256,
    boolean ulang,
    String idProses,
    OffsetDateTime dicatatPada) {
  /** Attempt states. */
  public enum Status {
    /** Written (and synced) before the message goes to the server. */
    MENGIRIM,
    /** The server accepted the message. */
    TERKIRIM,
    /** Not sent; see the reason. */
    GAGAL
  }

  public LogEntry {
    requireNonNull(key, "key is null");
    requireNonNull(status, "status is null");
    requireNonNull(kodeAlasan, "kodeAlasan is null");
    requireNonNull(alasan, "alasan is null");
    requireNonNull(emailPic, "emailPic is null");
    requireNonNull(messageId, "messageId is null");
    lampiran = List.copyOf(requireNonNull(lampiran, "lampiran is null"));
    requireNonNull(arsip, "arsip is null");
    sha256 = List.copyOf(requireNonNull(sha256, "sha256 is null"));
    requireNonNull(idProses, "idProses is null");
    requireNonNull(dicatatPada, "dicatatPada is null");
  }
}
