package id.go.lan.bangkom.tindaklanjut;

/** How the analis reached the instansi. */
enum Saluran {
  TELEPON,
  WHATSAPP,
  SURAT,
  KUNJUNGAN,
  RAPAT
}
