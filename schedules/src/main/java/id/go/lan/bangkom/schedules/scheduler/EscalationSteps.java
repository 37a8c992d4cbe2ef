package id.go.lan.bangkom.schedules.scheduler;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.schedules.delivery.DeliveryResult;
import java.time.LocalDate;

/**
 * The three steps of the job "Eskalasi setelah tenggat", apart from {@link CycleJobs} so a test can
 * watch them without Spark: publish (which derives the later stages of the escalation ladder with
 * today's date), the letters of the period (report sounding), and their delivery.
 */
interface EscalationSteps extends AutoCloseable {
  /** Rebuilds the warehouse: the stages are derived again with the publisher's clock. */
  void publish();

  /** Writes the letters of every stage of {@code periode} dated {@code today}. */
  void reportSounding(Periode periode, LocalDate today);

  /** Sends the letters of {@code periode} not sent yet (each stage once). */
  DeliveryResult kirim(Periode periode);

  @Override
  void close();
}
