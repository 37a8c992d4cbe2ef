package id.go.lan.bangkom.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One instansi of the master list. {@code kodeProvinsi} and {@code namaProvinsi} are empty for
 * instansi pusat. {@code jabatanPimpinan} and {@code emailPimpinan} address the second-stage
 * (escalation) letter to the head of the instansi's HR function / PPK; blank when the list does not
 * carry them.
 */
public record Instansi(
    String kode,
    String nama,
    JenisInstansi jenis,
    Optional<String> kodeProvinsi,
    Optional<String> namaProvinsi,
    String namaPic,
    String emailPic,
    String jabatanPimpinan,
    String emailPimpinan) {
  public Instansi {
    requireNonNull(kode, "kode is null");
    requireNonNull(nama, "nama is null");
    requireNonNull(jenis, "jenis is null");
    requireNonNull(kodeProvinsi, "kodeProvinsi is null");
    requireNonNull(namaProvinsi, "namaProvinsi is null");
    requireNonNull(namaPic, "namaPic is null");
    requireNonNull(emailPic, "emailPic is null");
    requireNonNull(jabatanPimpinan, "jabatanPimpinan is null");
    requireNonNull(emailPimpinan, "emailPimpinan is null");
  }

  /** An instansi of a list without the escalation addressee (its two columns blank). */
  public Instansi(
      String kode,
      String nama,
      JenisInstansi jenis,
      Optional<String> kodeProvinsi,
      Optional<String> namaProvinsi,
      String namaPic,
      String emailPic) {
    this(kode, nama, jenis, kodeProvinsi, namaProvinsi, namaPic, emailPic, "", "");
  }
}
