package id.go.lan.bangkom.samples.generator;

/** Words that make rows read as Indonesian: names, units, jabatan, activities, providers. */
final class Vocabulary {
  private Vocabulary() {}

  static final String[] MALE = {
    "Agus",
    "Budi",
    "Dedi",
    "Eko",
    "Fajar",
    "Hendra",
    "Irfan",
    "Joko",
    "Kurniawan",
    "Lukman",
    "Muhammad",
    "Nanang",
    "Rudi",
    "Slamet",
    "Teguh",
    "Wahyu",
    "Yusuf",
    "Andi",
    "Bambang",
    "Dimas",
    "Rizky",
    "Arif",
    "Heru",
    "Imam",
    "Bayu",
    "Yohanes",
    "Markus",
    "Stefanus",
    "La Ode",
    "I Made",
    "I Ketut",
    "I Wayan",
    "Gede",
    "Ahmad",
    "Hasan",
    "Taufik",
    "Yosef",
    "Benyamin",
    "Samuel",
    "Daniel",
    "Rahmat",
    "Suparman",
    "Sugeng",
    "Hadi",
    "Putu",
    "Ridwan",
    "Fikri",
    "Ilham",
    "Iwan"
  };
  static final String[] FEMALE = {
    "Siti",
    "Dewi",
    "Sri",
    "Rina",
    "Ratna",
    "Nur",
    "Fitri",
    "Indah",
    "Lestari",
    "Maya",
    "Novi",
    "Ayu",
    "Yuli",
    "Wulan",
    "Putri",
    "Retno",
    "Endang",
    "Kartini",
    "Maria",
    "Theresia",
    "Ni Made",
    "Ni Luh",
    "Wa Ode",
    "Anisa",
    "Dian",
    "Ika",
    "Yohana",
    "Agustina",
    "Mega",
    "Rahayu",
    "Eka",
    "Fransiska",
    "Nurul",
    "Aisyah",
    "Susi",
    "Ani",
    "Erna",
    "Tuti",
    "Yanti",
    "Desi",
    "Lina"
  };
  static final String[] LAST = {
    "Santoso", "Wibowo", "Pratama", "Saputra", "Hidayat", "Nugroho", "Setiawan", "Kurniasih",
    "Rahmawati", "Lestari", "Siregar", "Simanjuntak", "Nasution", "Harahap", "Sitompul", "Hutapea",
    "Pattiasina", "Latuconsina", "Wenda", "Kogoya", "Tabuni", "Manafe", "Ndun", "Fanggidae",
    "Rumbiak", "Sembiring", "Ginting", "Purba", "Syahputra", "Hasibuan", "Wijaya", "Kusuma",
    "Permana", "Susanti", "Handayani", "Yulianti", "Marpaung", "Tanjung", "Lubis", "Mahendra",
    "Firmansyah", "Ramadhan", "Suryani", "Prasetyo", "Utomo", "Wahyuni", "Kristanti", "Tupamahu",
    "Ohoiwutun", "Rahanra", "Daulay", "Pohan", "Mokodompit", "Lamato", "Paputungan", "Tumbelaka",
    "Sondakh", "Pakpahan", "Situmorang", "Effendi", "Gunawan", "Halim", "Anwar", "Maulana"
  };
  static final String[] TITLES = {
    "",
    "",
    "",
    "",
    "",
    "",
    ", S.Pd.",
    ", S.E.",
    ", S.Kep.",
    ", S.H.",
    ", M.Si.",
    ", S.T.",
    ", S.Sos.",
    ", A.Md.",
    ", S.Pd., M.Pd.",
    ", S.Kom.",
    ", S.AP.",
    ", A.Md.Keb.",
    ", S.Ag."
  };

  /** Windows-1252-safe first names with accents. */
  static final String[] ACCENTED = {"Andréas", "Renée", "Noël", "Chloé", "Zoë", "Jörg", "Hélène"};

  static final String[] PEMDA_UNITS = {
    "Dinas Pendidikan",
    "Dinas Kesehatan",
    "RSUD",
    "Sekretariat Daerah - Bagian Umum",
    "BKPSDM - Bidang Mutasi",
    "BKPSDM - Bidang Pengembangan Kompetensi",
    "Dinas Pertanian",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Badan Perencanaan Pembangunan Daerah",
    "Inspektorat Daerah",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Sosial",
    "Satuan Polisi Pamong Praja",
    "Badan Pendapatan Daerah",
    "Dinas Perhubungan",
    "Dinas Lingkungan Hidup",
    "Dinas Komunikasi dan Informatika",
    "Kecamatan"
  };
  static final double[] PEMDA_UNIT_WEIGHTS =
      Rng.cumulative(34, 10, 8, 4, 1.5, 1.5, 5, 4, 2, 2, 2, 2, 3, 2, 2, 2, 1.5, 8);

  static final String[] PUSAT_UNITS = {
    "Sekretariat Jenderal - Biro Sumber Daya Manusia",
    "Sekretariat Jenderal - Bagian Umum, Perlengkapan dan Rumah Tangga",
    "Inspektorat Jenderal",
    "Direktorat Jenderal",
    "Badan Pendidikan dan Pelatihan",
    "Pusat Data dan Informasi",
    "Kantor Wilayah",
    "Unit Pelaksana Teknis",
    "Balai Besar"
  };
  static final double[] PUSAT_UNIT_WEIGHTS = Rng.cumulative(4, 3, 3, 14, 4, 2, 30, 30, 10);

  static final String[] PROVINSI_NAMES = {
    "Aceh",
    "Sumatera Utara",
    "Sumatera Barat",
    "Riau",
    "Jambi",
    "Sumatera Selatan",
    "Lampung",
    "Jawa Barat",
    "Jawa Tengah",
    "Jawa Timur",
    "Banten",
    "Bali",
    "Nusa Tenggara Barat",
    "Nusa Tenggara Timur",
    "Kalimantan Barat",
    "Kalimantan Timur",
    "Sulawesi Selatan",
    "Sulawesi Utara",
    "Maluku",
    "Papua"
  };

  static final String[] GURU = {
    "Guru Ahli Pertama",
    "Guru Ahli Muda",
    "Guru Ahli Madya",
    "Guru Ahli Pertama",
    "Pengawas Sekolah Ahli Muda",
    "Guru Ahli Muda"
  };
  static final String[] KESEHATAN = {
    "Perawat Ahli Pertama", "Perawat Terampil", "Bidan Terampil", "Dokter Ahli Muda",
    "Apoteker Ahli Pertama", "Perawat Mahir", "Bidan Ahli Pertama", "Sanitarian Terampil"
  };
  static final String[] FUNGSIONAL_UMUM = {
    "Analis Kebijakan Ahli Muda",
    "Pranata Komputer Ahli Pertama",
    "Auditor Ahli Muda",
    "Arsiparis Terampil",
    "Penyuluh Pertanian Ahli Muda",
    "Analis SDM Aparatur Ahli Pertama",
    "Pamong Praja Ahli Pertama",
    "Perencana Ahli Muda",
    "Pranata Keuangan APBN Terampil",
    "Analis Anggaran Ahli Muda",
    "Pengelola Pengadaan Barang/Jasa Ahli Pertama",
    "Penyuluh Agama Islam Ahli Pertama",
    "Pemeriksa Pajak Ahli Pertama",
    "Statistisi Ahli Muda",
    "Peneliti Ahli Muda",
    "Widyaiswara Ahli Madya",
    "Dosen Asisten Ahli",
    "Jaksa Ahli Pertama"
  };
  static final String[] PELAKSANA = {
    "Pengadministrasi Perkantoran", "Pengolah Data dan Informasi", "Penata Layanan Operasional",
    "Operator Layanan Operasional", "Pengelola Umum Operasional", "Pengadministrasi Keuangan",
    "Penata Kelola Sistem dan Teknologi Informasi"
  };
  static final String[] ADMINISTRATOR = {
    "Kepala Bagian Umum",
    "Kepala Bidang Mutasi",
    "Kepala Bidang Pengembangan Kompetensi",
    "Kepala Bagian Keuangan",
    "Kepala Bagian Perencanaan",
    "Sekretaris Dinas",
    "Camat"
  };
  static final String[] PENGAWAS = {
    "Kepala Subbagian Kepegawaian",
    "Kepala Seksi Kurikulum",
    "Kepala Subbagian Umum",
    "Kepala Seksi Pelayanan",
    "Kepala Subbagian Keuangan",
    "Lurah",
    "Kepala Seksi Pemerintahan"
  };
  static final String[] JPT_PUSAT = {
    "Sekretaris Jenderal", "Direktur", "Kepala Biro", "Kepala Pusat", "Inspektur"
  };
  static final String[] JPT_PEMDA = {
    "Sekretaris Daerah", "Kepala Dinas", "Kepala Badan", "Inspektur", "Asisten Pemerintahan"
  };

  static final String[] GOLONGAN_PPPK = {"IX", "IX", "VII", "V", "X", "XI"};

  /** SIASN jenisDiklatId 1..25 (index = code) as names the ingestion reads. */
  static final String[] JENIS_DIKLAT_NAME = {
    "",
    "Diklat Struktural",
    "Diklat Fungsional",
    "Diklat Teknis",
    "Workshop",
    "Manajerial",
    "Sosial Kultural",
    "Sosialisasi",
    "Bimbingan Teknis",
    "Seminar",
    "Magang",
    "Kursus",
    "Penataran",
    "Klasikal Lainnya",
    "Coaching",
    "Mentoring",
    "E-Learning",
    "Pelatihan Jarak Jauh",
    "Detasering",
    "Pembelajaran Alam Terbuka",
    "Patok Banding",
    "Pertukaran",
    "Belajar Mandiri",
    "Komunitas Belajar",
    "Bimbingan di Tempat Kerja",
    "Nonklasikal Lainnya"
  };

  /** Plausible JP per form: minimum and maximum (index = SIASN code). */
  static final int[] JP_MIN = {
    0, 24, 24, 12, 4, 16, 8, 2, 8, 2, 20, 8, 8, 4, 1, 2, 2, 8, 16, 4, 8, 20, 2, 2, 2, 2
  };

  static final int[] JP_MAX = {
    0, 160, 80, 48, 16, 40, 24, 6, 32, 8, 80, 40, 30, 16, 4, 6, 20, 40, 60, 12, 16, 80, 10, 6, 8, 8
  };

  /** How often each form is chosen when its JP range fits (index = SIASN code). */
  static final double[] FORM_WEIGHT = {
    0, 1, 3, 10, 7, 2, 2, 8, 10, 9, 0.6, 2, 1, 1, 6, 4, 18, 5, 0.4, 1, 1, 0.4, 4, 3, 1, 1
  };

  static final String[][] KEGIATAN = {
    {},
    {
      "Pelatihan Kepemimpinan Pengawas",
      "Pelatihan Kepemimpinan Administrator",
      "Pelatihan Dasar CPNS"
    },
    {
      "Pelatihan Fungsional Analis Kebijakan",
      "Pelatihan Penjenjangan Auditor Ahli Muda",
      "Pelatihan Fungsional Pranata Komputer",
      "Pelatihan Pembentukan Jabatan Fungsional Guru"
    },
    {
      "Pelatihan Teknis Pengelolaan Keuangan Daerah",
      "Pelatihan Teknis Penyusunan SKP",
      "Pelatihan Pengadaan Barang/Jasa Pemerintah",
      "Pelatihan Teknis Manajemen Arsip",
      "Pelatihan Teknis Pelayanan Prima",
      "Pelatihan Teknis Penanganan Kegawatdaruratan"
    },
    {
      "Workshop Penyusunan Analisis Jabatan",
      "Workshop Manajemen Risiko",
      "Workshop Penyusunan Laporan Kinerja",
      "Lokakarya Inovasi Pelayanan Publik"
    },
    {"Pelatihan Manajemen Kinerja", "Pelatihan Manajerial Tingkat Dasar"},
    {"Pelatihan Wawasan Kebangsaan", "Pelatihan Sosial Kultural Moderasi Beragama"},
    {
      "Sosialisasi Sistem Merit",
      "Sosialisasi Kode Etik dan Kode Perilaku ASN",
      "Sosialisasi Aplikasi e-Kinerja",
      "Sosialisasi Gratifikasi"
    },
    {
      "Bimtek Aplikasi SIASN",
      "Bimtek Penyusunan Anggaran",
      "Bimtek Kurikulum Merdeka",
      "Bimtek Tata Naskah Dinas",
      "Bimtek SPBE"
    },
    {
      "Seminar Nasional Reformasi Birokrasi",
      "Webinar Transformasi Digital Pemerintahan",
      "Seminar Kesehatan Masyarakat",
      "Webinar Smart ASN"
    },
    {"Magang di Kementerian PANRB", "Magang Inovasi Daerah"},
    {"Kursus Bahasa Inggris", "Kursus Analisis Data dengan Python", "Kursus Public Speaking"},
    {"Penataran Pengelolaan Barang Milik Negara"},
    {"Pelatihan Klasikal Penguatan Integritas"},
    {"Coaching Kinerja Pegawai", "Coaching Clinic Penyusunan SKP"},
    {"Mentoring Aktualisasi Nilai Dasar ASN", "Mentoring Proyek Perubahan"},
    {
      "E-Learning ASN Corpu: Literasi Digital",
      "E-Learning Anti Korupsi",
      "E-Learning Kebijakan Publik",
      "E-Learning Manajemen ASN",
      "E-Learning Pelayanan Publik Inklusif",
      "E-Learning Berorientasi Pelayanan"
    },
    {"Pelatihan Jarak Jauh Pelayanan Publik", "Pelatihan Jarak Jauh Penulisan Karya Ilmiah"},
    {"Detasering Guru di Daerah 3T"},
    {"Pembelajaran Alam Terbuka Team Building"},
    {"Patok Banding ke Pemerintah Kota Surabaya", "Patok Banding Mal Pelayanan Publik"},
    {"Pertukaran Pegawai antar-Instansi"},
    {"Belajar Mandiri MOOC Data Analitik", "Belajar Mandiri Kebijakan Publik"},
    {"Komunitas Belajar Analis Kebijakan", "Komunitas Belajar Guru Penggerak"},
    {"Bimbingan di Tempat Kerja Penyusunan Laporan"},
    {"Bedah Buku Pelayanan Publik", "Diskusi Kelompok Terpumpun Inovasi"}
  };

  static final String[] ANGKATAN = {"I", "II", "III", "IV", "V", "VI"};

  static final String[] PENYELENGGARA = {
    "LAN RI",
    "BKN",
    "ASN Corpu",
    "Pusdiklat Internal",
    "BPSDM Provinsi",
    "Kementerian PANRB",
    "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah",
    "Universitas Terbuka",
    "Kemenkes RI",
    "Balai Guru Penggerak",
    "Kemendagri"
  };

  /** Month weights of training (busy second half). */
  static final double[] MONTH_WEIGHT = {0.6, 0.8, 1.5, 2.5, 5, 6, 7, 9, 11, 12, 12, 8};

  static final String[] BULAN = {
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember"
  };
  static final String[] BULAN_PENDEK = {
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"
  };
}
