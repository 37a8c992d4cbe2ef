package id.go.lan.bangkom.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One instansi of the master list. {@code kodeProvinsi} and {@code namaProvinsi} are empty for
 * instansi pusat.
 */
public record Instansi(
    String kode,
    String nama,
    JenisInstansi jenis,
    Optional<String> kodeProvinsi,
    Optional<String> namaProvinsi,
    String namaPic,
    String emailPic) {
  public Instansi {
    requireNonNull(kode, "kode is null");
    requireNonNull(nama, "nama is null");
    requireNonNull(jenis, "jenis is null");
    requireNonNull(kodeProvinsi, "kodeProvinsi is null");
    requireNonNull(namaProvinsi, "namaProvinsi is null");
    requireNonNull(namaPic, "namaPic is null");
    requireNonNull(emailPic, "emailPic is null");
  }
}
