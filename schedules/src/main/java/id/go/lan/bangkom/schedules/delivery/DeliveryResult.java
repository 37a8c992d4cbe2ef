package id.go.lan.bangkom.schedules.delivery;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What one delivery run did: notices of the period, letters sent now, notices skipped because their
 * letter was sent before, failures with their reason, and notices not attempted because the
 * connection broke (the next run sends them). A dry run "sends" into {@code outbox}. Every notice
 * ends in exactly one of the lists; {@link #perTahap} counts them per stage of the escalation
 * ladder.
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
  /**
   * A notice that was not sent, and why. {@code emailPic} is the address the letter was for: the
   * PIC's, or the pimpinan's for an ESKALASI letter; empty when the master list has none.
   */
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

  /** The counts of one stage: its notices, and how many went into each list. */
  public record PerTahap(
      TahapSounding tahap, int notices, int sent, int alreadySent, int failures, int notAttempted) {
    public PerTahap {
      requireNonNull(tahap, "tahap is null");
    }
  }

  /** The counts of {@code tahap}. */
  public PerTahap perTahap(TahapSounding tahap) {
    requireNonNull(tahap, "tahap is null");
    int s = count(sent, tahap);
    int a = count(alreadySent, tahap);
    int f = (int) failures.stream().filter(x -> x.key().tahap() == tahap).count();
    int n = count(notAttempted, tahap);
    return new PerTahap(tahap, s + a + f + n, s, a, f, n);
  }

  /** The counts of every stage, in ladder order (SOUNDING, ESKALASI, TERIMA_KASIH). */
  public List<PerTahap> perTahap() {
    return Arrays.stream(TahapSounding.values()).map(this::perTahap).toList();
  }

  private static int count(List<DeliveryKey> keys, TahapSounding tahap) {
    return (int) keys.stream().filter(k -> k.tahap() == tahap).count();
  }
}
