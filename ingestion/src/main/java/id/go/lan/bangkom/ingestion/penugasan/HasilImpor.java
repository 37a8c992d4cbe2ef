package id.go.lan.bangkom.ingestion.penugasan;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import of an assignment file did.
 *
 * @param status whether a version was stored, the file was the version in force already, or it was
 *     refused
 * @param versi the version stored, or the one in force when {@code SAMA}; 0 when refused
 * @param berlakuMulai from which day that version is in force; null when refused
 * @param jumlahBaris the instansi assigned in that version; 0 when refused
 * @param masalah every problem (Indonesian, naming file, row, column and value) when refused
 * @param tanpaPenugasan the kode of master-list instansi the file assigns to no one, in master-list
 *     order: a warning, not a refusal (an assignment may be rolled out region by region)
 */
public record HasilImpor(
    Status status,
    int versi,
    LocalDate berlakuMulai,
    int jumlahBaris,
    List<String> masalah,
    List<String> tanpaPenugasan) {
  /** The outcome of an import. */
  public enum Status {
    /** A new version was stored. */
    DISIMPAN,
    /** The file is byte-identical to the version in force: nothing was stored. */
    SAMA,
    /** The file was refused: nothing was stored. */
    DITOLAK
  }

  public HasilImpor {
    requireNonNull(status, "status is null");
    masalah = List.copyOf(masalah);
    tanpaPenugasan = List.copyOf(tanpaPenugasan);
  }

  static HasilImpor ditolak(List<String> masalah) {
    return new HasilImpor(Status.DITOLAK, 0, null, 0, masalah, List.of());
  }
}
