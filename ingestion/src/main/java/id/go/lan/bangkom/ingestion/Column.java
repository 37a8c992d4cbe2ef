package id.go.lan.bangkom.ingestion;

import java.util.List;

/**
 * A canonical column of a dataset with the header aliases it is recognised by (compared after
 * {@link Headers#normalize}). The list is documented in the module README.
 */
enum Column {
  NIP("nip", "NIP Baru", "NIP", "NI PPPK", "nip_baru", "NIP/NI PPPK"),
  NAMA("nama", "Nama", "Nama Pegawai", "Nama Lengkap"),
  JENIS_PEGAWAI("jenis_pegawai", "Jenis Pegawai", "Jenis ASN"),
  JENIS_JABATAN("jenis_jabatan", "Jenis Jabatan"),
  JABATAN("jabatan", "Jabatan", "Nama Jabatan"),
  UNIT_KERJA("unit_kerja", "Unit Kerja", "Satuan Kerja", "Unit Organisasi"),
  GOLONGAN("golongan", "Golongan", "Gol", "Golongan/Ruang", "Pangkat/Golongan"),
  TMT_ASN("tmt_asn", "TMT ASN", "TMT CPNS", "TMT PNS", "TMT"),
  STATUS("status", "Status", "Status Pegawai", "Kedudukan"),
  NAMA_KEGIATAN("nama_kegiatan", "Nama Kegiatan", "Nama Pelatihan", "Nama Diklat", "Kegiatan"),
  JENIS_DIKLAT("jenis_diklat", "Jenis Diklat", "Jenis Pelatihan", "Jenis Bangkom"),
  JALUR("jalur", "Jalur", "Jalur Pelatihan"),
  TANGGAL_MULAI("tanggal_mulai", "Tanggal Mulai", "Tgl Mulai", "Mulai"),
  TANGGAL_SELESAI("tanggal_selesai", "Tanggal Selesai", "Tgl Selesai", "Selesai"),
  JP("jp", "JP", "Jumlah JP", "Jumlah Jam", "Jam Pelajaran"),
  DURASI_MENIT("durasi_menit", "Durasi (menit)", "Durasi Menit"),
  PENYELENGGARA("penyelenggara", "Penyelenggara"),
  NOMOR_SERTIFIKAT("nomor_sertifikat", "Nomor Sertifikat", "No Sertifikat"),
  INSTRUMEN("instrumen", "Instrumen"),
  INDIKATOR("indikator", "Indikator"),
  NILAI("nilai", "Nilai", "Skor"),
  BUKTI("bukti", "Bukti", "Tautan Bukti");

  private final String id;
  private final List<String> aliases;

  Column(String id, String... aliases) {
    this.id = id;
    this.aliases = List.of(aliases);
  }

  /** The lake column name. */
  String id() {
    return id;
  }

  /** Header texts recognised for this column, in order of preference. */
  List<String> aliases() {
    return aliases;
  }
}
