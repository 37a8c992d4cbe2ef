package id.go.lan.bangkom.core;

/** The five kinds of instansi of the programme. */
public enum JenisInstansi {
  KEMENTERIAN,
  LEMBAGA,
  PROVINSI,
  KABUPATEN,
  KOTA
}
