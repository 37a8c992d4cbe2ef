package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One letter of the sounding of a cut-off as written: the instansi, its level (MERAH, KUNING or
 * DATA; HIJAU for a thank-you note), the stage of the escalation ladder the letter belongs to
 * ({@link TahapSounding}: the Surat Sounding to the PIC, the second-stage letter to the head of the
 * HR function, or the thank-you note), the letter PDF and, for a Surat Sounding whose roster is in
 * force, the list of the instansi's own AKTIF employees off track as CSV and XLSX.
 */
public record SuratInstansi(
    String kodeInstansi,
    String level,
    Path pdf,
    Optional<Path> daftarCsv,
    Optional<Path> daftarXlsx,
    TahapSounding tahap) {
  public SuratInstansi {
    requireNonNull(kodeInstansi, "kodeInstansi is null");
    requireNonNull(level, "level is null");
    requireNonNull(pdf, "pdf is null");
    requireNonNull(daftarCsv, "daftarCsv is null");
    requireNonNull(daftarXlsx, "daftarXlsx is null");
    requireNonNull(tahap, "tahap is null");
    if (daftarCsv.isPresent() != daftarXlsx.isPresent()) {
      throw new IllegalArgumentException(teks("galat.daftar_tidak_lengkap", kodeInstansi));
    }
  }

  /** A Surat Sounding (stage {@link TahapSounding#SOUNDING}). */
  public SuratInstansi(
      String kodeInstansi,
      String level,
      Path pdf,
      Optional<Path> daftarCsv,
      Optional<Path> daftarXlsx) {
    this(kodeInstansi, level, pdf, daftarCsv, daftarXlsx, TahapSounding.SOUNDING);
  }
}
