package id.go.lan.bangkom.tindaklanjut;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One filled worklist row and what became of it: its Excel row number, the periode and kode as
 * typed, the entry's id (null when refused) and the reasons when refused.
 */
public record BarisImpor(
    int nomor,
    String periode,
    String kodeInstansi,
    StatusBaris status,
    String id,
    List<Penolakan> penolakan) {
  public BarisImpor {
    requireNonNull(status, "status is null");
    penolakan = List.copyOf(penolakan);
  }
}
