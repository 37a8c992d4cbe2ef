package id.go.lan.bangkom.reports.tindaklanjut;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One instansi's change from a cut-off to the next of the same year, as {@code
 * efektivitas_sounding} counts it (docs/warehouse.md), for the worklist's sheet {@code
 * Efektivitas}.
 *
 * @param periode the first cut-off, {@code YYYY-CWk}
 * @param periodeBerikut the next cut-off of the same year
 * @param disounding the sounding letter of {@code periode} reached the mail server (pengiriman
 *     TERKIRIM of tahap SOUNDING; an escalation letter or a thank-you note does not count)
 * @param ditindaklanjuti at least one follow-up is recorded for {@code periode}
 */
record PerubahanInstansi(
    String periode,
    String periodeBerikut,
    String kodeInstansi,
    String namaInstansi,
    String level,
    String levelBerikut,
    BigDecimal persen,
    BigDecimal persenBerikut,
    boolean disounding,
    boolean ditindaklanjuti) {
  PerubahanInstansi {
    requireNonNull(periode, "periode is null");
    requireNonNull(periodeBerikut, "periodeBerikut is null");
    requireNonNull(kodeInstansi, "kodeInstansi is null");
    requireNonNull(namaInstansi, "namaInstansi is null");
    requireNonNull(level, "level is null");
    requireNonNull(levelBerikut, "levelBerikut is null");
    requireNonNull(persen, "persen is null");
    requireNonNull(persenBerikut, "persenBerikut is null");
  }

  /** Persen on track at the next cut-off minus at the first, in percentage points. */
  BigDecimal perubahan() {
    return persenBerikut.subtract(persen);
  }

  /** Positive when the level went up (DATA < MERAH < KUNING < HIJAU), negative when down. */
  int langkah() {
    return peringkat(levelBerikut) - peringkat(level);
  }

  private static int peringkat(String level) {
    return switch (level) {
      case "HIJAU" -> 3;
      case "KUNING" -> 2;
      case "MERAH" -> 1;
      default -> 0;
    };
  }
}
