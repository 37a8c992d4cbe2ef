package id.go.lan.bangkom.reports.tindaklanjut;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One worklist as written: the analis it is for (empty for the list of instansi not assigned), how
 * many instansi it holds, its workbook and its PDF.
 */
public record BerkasDaftar(
    Optional<String> namaAnalis,
    Optional<String> emailAnalis,
    int jumlahInstansi,
    Path xlsx,
    Path pdf) {
  public BerkasDaftar {
    requireNonNull(namaAnalis, "namaAnalis is null");
    requireNonNull(emailAnalis, "emailAnalis is null");
    requireNonNull(xlsx, "xlsx is null");
    requireNonNull(pdf, "pdf is null");
    if (jumlahInstansi < 1) {
      throw new IllegalArgumentException("Cannot write an empty worklist: " + xlsx);
    }
  }
}
