package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One Surat Sounding as written: the instansi, its level (MERAH, KUNING or DATA), the letter PDF
 * and, when its roster is in force, the list of its own AKTIF employees off track as CSV and XLSX.
 */
public record SuratInstansi(
    String kodeInstansi,
    String level,
    Path pdf,
    Optional<Path> daftarCsv,
    Optional<Path> daftarXlsx) {
  public SuratInstansi {
    requireNonNull(kodeInstansi, "kodeInstansi is null");
    requireNonNull(level, "level is null");
    requireNonNull(pdf, "pdf is null");
    requireNonNull(daftarCsv, "daftarCsv is null");
    requireNonNull(daftarXlsx, "daftarXlsx is null");
    if (daftarCsv.isPresent() != daftarXlsx.isPresent()) {
      throw new IllegalArgumentException(teks("galat.daftar_tidak_lengkap", kodeInstansi));
    }
  }
}
