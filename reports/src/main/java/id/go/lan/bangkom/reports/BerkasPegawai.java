package id.go.lan.bangkom.reports;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * Where names and NIPs come from for the lists beside the letters (the warehouse has neither): the
 * computed {@code kepatuhan_pegawai} Parquet files of the period ({@code nip}, {@code
 * kode_instansi}, {@code jp}, {@code target_kumulatif}, {@code target_tahunan}, {@code status},
 * {@code status_pegawai}, {@code unit_kerja}, {@code jenis_jabatan}) and the in-force roster
 * Parquet files ({@code kode_instansi}, {@code nip}, {@code nama}). Paths are made absolute. With
 * no files no list is written.
 */
public record BerkasPegawai(List<Path> kepatuhanPegawai, List<Path> roster) {
  public BerkasPegawai {
    kepatuhanPegawai =
        requireNonNull(kepatuhanPegawai, "kepatuhanPegawai is null").stream()
            .map(p -> p.toAbsolutePath().normalize())
            .toList();
    roster =
        requireNonNull(roster, "roster is null").stream()
            .map(p -> p.toAbsolutePath().normalize())
            .toList();
  }

  /** No lake at hand: letters without lists. */
  public static BerkasPegawai tidakAda() {
    return new BerkasPegawai(List.of(), List.of());
  }

  boolean ada() {
    return !kepatuhanPegawai.isEmpty() && !roster.isEmpty();
  }
}
