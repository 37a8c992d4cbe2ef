package id.go.lan.bangkom.samples.generator;

/**
 * Columns of the three datasets in canonical order, and the header spellings instansi use. Every
 * spelling is one the ingestion recognises (ingestion/README.md, "Header aliases").
 */
final class Headers {
  private Headers() {}

  static final String[] PEGAWAI = {
    "nip",
    "nama",
    "jenis_pegawai",
    "jenis_jabatan",
    "jabatan",
    "unit_kerja",
    "golongan",
    "tmt_asn",
    "status"
  };
  static final String[] BANGKOM = {
    "nip",
    "nama_kegiatan",
    "jenis_diklat",
    "jalur",
    "tanggal_mulai",
    "tanggal_selesai",
    "jp",
    "durasi_menit",
    "penyelenggara",
    "nomor_sertifikat"
  };
  static final String[] TRAINING_RATE = {"instrumen", "indikator", "nilai", "bukti"};

  static final int P_NIP = 0;
  static final int P_NAMA = 1;
  static final int P_JENIS_PEGAWAI = 2;
  static final int P_JENIS_JABATAN = 3;
  static final int P_JABATAN = 4;
  static final int P_UNIT_KERJA = 5;
  static final int P_GOLONGAN = 6;
  static final int P_TMT = 7;
  static final int P_STATUS = 8;

  static final int B_NIP = 0;
  static final int B_NAMA = 1;
  static final int B_JENIS = 2;
  static final int B_JALUR = 3;
  static final int B_MULAI = 4;
  static final int B_SELESAI = 5;
  static final int B_JP = 6;
  static final int B_DURASI = 7;
  static final int B_PENYELENGGARA = 8;
  static final int B_SERTIFIKAT = 9;

  static final String[] STYLE_NAMES = {"kanonik", "siasn", "kapital", "campuran", "kecil", "alias"};

  /** Spellings per style: canonical name followed by its header, for every dataset's columns. */
  private static final String[][] STYLES = {
    {},
    {
      "nip",
      "NIP Baru",
      "nama",
      "Nama",
      "jenis_pegawai",
      "Jenis Pegawai",
      "jenis_jabatan",
      "Jenis Jabatan",
      "jabatan",
      "Jabatan",
      "unit_kerja",
      "Unit Kerja",
      "golongan",
      "Golongan",
      "tmt_asn",
      "TMT CPNS",
      "status",
      "Status",
      "nama_kegiatan",
      "Nama Pelatihan",
      "jenis_diklat",
      "Jenis Diklat",
      "jalur",
      "Jalur",
      "tanggal_mulai",
      "Tgl Mulai",
      "tanggal_selesai",
      "Tanggal Selesai",
      "jp",
      "Jumlah JP",
      "durasi_menit",
      "Durasi Menit",
      "penyelenggara",
      "Penyelenggara",
      "nomor_sertifikat",
      "Nomor Sertifikat",
      "instrumen",
      "Instrumen",
      "indikator",
      "Indikator",
      "nilai",
      "Nilai",
      "bukti",
      "Bukti"
    },
    {
      "nip",
      "NIP",
      "nama",
      "NAMA",
      "jenis_pegawai",
      "JENIS PEGAWAI",
      "jenis_jabatan",
      "Jenis_Jabatan",
      "jabatan",
      "JABATAN",
      "unit_kerja",
      "UNIT KERJA",
      "golongan",
      "GOLONGAN",
      "tmt_asn",
      "TMT ASN",
      "status",
      "STATUS",
      "nama_kegiatan",
      "NAMA DIKLAT",
      "jenis_diklat",
      "JENIS DIKLAT",
      "jalur",
      "JALUR",
      "tanggal_mulai",
      "TANGGAL MULAI",
      "tanggal_selesai",
      "TANGGAL SELESAI",
      "jp",
      "JUMLAH JAM",
      "durasi_menit",
      "DURASI MENIT",
      "penyelenggara",
      "PENYELENGGARA",
      "nomor_sertifikat",
      "NOMOR SERTIFIKAT",
      "instrumen",
      "INSTRUMEN",
      "indikator",
      "INDIKATOR",
      "nilai",
      "NILAI",
      "bukti",
      "BUKTI"
    },
    {
      "nip",
      "Nip",
      "nama",
      "Nama",
      "jenis_pegawai",
      "Jenis_Pegawai",
      "jenis_jabatan",
      "jenis jabatan",
      "jabatan",
      "Jabatan",
      "unit_kerja",
      "UNIT_KERJA",
      "golongan",
      "Golongan",
      "tmt_asn",
      "Tmt_Asn",
      "status",
      "Status",
      "nama_kegiatan",
      "Nama Kegiatan",
      "jenis_diklat",
      "Jenis Diklat",
      "jalur",
      "Jalur",
      "tanggal_mulai",
      "Tanggal_Mulai",
      "tanggal_selesai",
      "TANGGAL SELESAI",
      "jp",
      "JP",
      "durasi_menit",
      "durasi menit",
      "penyelenggara",
      "Penyelenggara",
      "nomor_sertifikat",
      "nomor_sertifikat",
      "instrumen",
      "Instrumen",
      "indikator",
      "Indikator",
      "nilai",
      "Nilai",
      "bukti",
      "Bukti"
    },
    {
      "nip",
      "nip baru",
      "nama",
      "nama",
      "jenis_pegawai",
      "jenis pegawai",
      "jenis_jabatan",
      "jenis jabatan",
      "jabatan",
      "jabatan",
      "unit_kerja",
      "unit kerja",
      "golongan",
      "golongan",
      "tmt_asn",
      "tmt cpns",
      "status",
      "status",
      "nama_kegiatan",
      "nama pelatihan",
      "jenis_diklat",
      "jenis diklat",
      "jalur",
      "jalur",
      "tanggal_mulai",
      "tgl mulai",
      "tanggal_selesai",
      "tanggal selesai",
      "jp",
      "jumlah jp",
      "durasi_menit",
      "durasi menit",
      "penyelenggara",
      "penyelenggara",
      "nomor_sertifikat",
      "nomor sertifikat",
      "instrumen",
      "instrumen",
      "indikator",
      "indikator",
      "nilai",
      "nilai",
      "bukti",
      "bukti"
    },
    {
      "nip",
      "NIP/NI PPPK",
      "nama",
      "Nama Pegawai",
      "jenis_pegawai",
      "Jenis ASN",
      "jenis_jabatan",
      "Jenis Jabatan",
      "jabatan",
      "Nama Jabatan",
      "unit_kerja",
      "Satuan Kerja",
      "golongan",
      "Pangkat/Golongan",
      "tmt_asn",
      "TMT PNS",
      "status",
      "Kedudukan",
      "nama_kegiatan",
      "Kegiatan",
      "jenis_diklat",
      "Jenis Pelatihan",
      "jalur",
      "Jalur Pelatihan",
      "tanggal_mulai",
      "Mulai",
      "tanggal_selesai",
      "Selesai",
      "jp",
      "Jam Pelajaran",
      "durasi_menit",
      "Durasi (menit)",
      "penyelenggara",
      "Penyelenggara",
      "nomor_sertifikat",
      "No Sertifikat",
      "instrumen",
      "Instrumen",
      "indikator",
      "Indikator",
      "nilai",
      "Skor",
      "bukti",
      "Tautan Bukti"
    }
  };

  static String header(int style, String canonical) {
    String[] s = STYLES[style];
    for (int i = 0; i < s.length; i += 2) {
      if (s[i].equals(canonical)) {
        return s[i + 1];
      }
    }
    return canonical;
  }
}
