package id.go.lan.bangkom.schedules.delivery;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What one delivery run did: notices of the period, letters sent now, notices skipped because their
 * letter was sent before, failures with their reason, and notices not attempted because the
 * connection broke (the next run sends them). A dry run "sends" into {@code outbox}.
 */
public record DeliveryResult(
    int notices,
    List<DeliveryKey> sent,
    List<DeliveryKey> alreadySent,
    List<Failure> failures,
    List<DeliveryKey> notAttempted,
    Path outbox,
    Path broadcast,
    boolean dryRun) {
  /** A notice that was not sent, and why. */
  public record Failure(DeliveryKey key, String emailPic, ReasonCode code, String reason) {
    public Failure {
      requireNonNull(key, "key is null");
      requireNonNull(emailPic, "emailPic is null");
      requireNonNull(code, "code is null");
      requireNonNull(reason, "reason is null");
    }
  }

  public DeliveryResult {
    sent = List.copyOf(sent);
    alreadySent = List.copyOf(alreadySent);
    failures = List.copyOf(failures);
    notAttempted = List.copyOf(notAttempted);
    requireNonNull(outbox, "outbox is null");
    requireNonNull(broadcast, "broadcast is null");
  }

  /** Whether every notice has its letter sent (now or before). */
  public boolean complete() {
    return failures.isEmpty() && notAttempted.isEmpty();
  }

  /** Whether running again, without a person fixing anything, can send more. */
  public boolean retryable() {
    return !notAttempted.isEmpty() || failures.stream().anyMatch(f -> f.code().retryable());
  }

  public Optional<Failure> firstRetryableFailure() {
    return failures.stream().filter(f -> f.code().retryable()).findFirst();
  }
}
