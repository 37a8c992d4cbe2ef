package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The restatements of a cut-off a re-issued report must name (SPEC §6, docs/warehouse.md table
 * ralat): how many figures a re-run changed since the previous issue of the report, or since the
 * figures were first computed when there was none.
 *
 * @param jumlah figures restated in that span
 * @param sejak when the previous issue was made; empty for a first issue
 */
record RalatPeriode(Periode periode, long jumlah, Optional<Instant> sejak) {
  private static final DateTimeFormatter JAM =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", FormatIndonesia.LOCALE)
          .withZone(FormatIndonesia.ZONA);

  RalatPeriode {
    requireNonNull(periode, "periode is null");
    requireNonNull(sejak, "sejak is null");
    if (jumlah < 0) {
      throw new IllegalArgumentException(teks("galat.ralat_negatif", String.valueOf(jumlah)));
    }
  }

  static RalatPeriode tidakAda(Periode periode) {
    return new RalatPeriode(periode, 0, Optional.empty());
  }

  /**
   * The sentence for the report's notes (Bahasa Indonesia): the count and where to see the figures;
   * empty when nothing was restated and the report is issued for the first time.
   */
  Optional<String> kalimat() {
    String rentang =
        sejak
            .map(t -> teks("umum.ralat.sejak_laporan", JAM.format(t)))
            .orElse(teks("umum.ralat.sejak_awal"));
    if (jumlah == 0) {
      return sejak.isPresent()
          ? Optional.of(teks("umum.ralat.tidak_ada", rentang))
          : Optional.empty();
    }
    return Optional.of(
        teks(
            "umum.ralat.ada",
            rentang.substring(0, 1).toLowerCase(FormatIndonesia.LOCALE) + rentang.substring(1),
            FormatIndonesia.angka(jumlah),
            // A command to type, not prose: the same in every language.
            "SELECT * FROM ralat WHERE tahun = "
                + periode.tahun()
                + " AND caturwulan = "
                + periode.caturwulan()));
  }
}
