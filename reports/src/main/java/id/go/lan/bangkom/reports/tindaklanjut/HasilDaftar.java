package id.go.lan.bangkom.reports.tindaklanjut;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import java.util.List;

/**
 * The worklists of one cut-off: one per analis by e-mail, then the list of instansi not assigned
 * (if any); {@code catatan} are Indonesian notes for the operator (a table the warehouse does not
 * have yet).
 */
public record HasilDaftar(Periode periode, List<BerkasDaftar> berkas, List<String> catatan) {
  public HasilDaftar {
    requireNonNull(periode, "periode is null");
    berkas = List.copyOf(berkas);
    catatan = List.copyOf(catatan);
  }

  /** The instansi not assigned to any analis (0 when every one is). */
  public int jumlahBelumDitugaskan() {
    return berkas.stream()
        .filter(b -> b.emailAnalis().isEmpty())
        .mapToInt(BerkasDaftar::jumlahInstansi)
        .sum();
  }

  /** The analis who got a worklist. */
  public long jumlahAnalis() {
    return berkas.stream().filter(b -> b.emailAnalis().isPresent()).count();
  }
}
