package id.go.lan.bangkom.samples.generator;

/** The row reason codes of SPEC §5 the generator injects, one per faulty row. */
final class Faults {
  private Faults() {}

  static final String[] CODES = {
    "KOLOM_WAJIB_KOSONG",
    "NIP_FORMAT",
    "NIP_TANGGAL_LAHIR",
    "NIP_JENIS_KELAMIN",
    "NIP_GANDA",
    "NIP_TIDAK_TERDAFTAR",
    "TANGGAL_FORMAT",
    "TANGGAL_URUTAN",
    "TANGGAL_DI_LUAR_PERIODE",
    "JP_FORMAT",
    "JP_TIDAK_WAJAR",
    "NILAI_TIDAK_DIKENAL",
    "BARIS_GANDA"
  };
  static final int KOLOM_WAJIB_KOSONG = 0;
  static final int NIP_FORMAT = 1;
  static final int NIP_TANGGAL_LAHIR = 2;
  static final int NIP_JENIS_KELAMIN = 3;
  static final int NIP_GANDA = 4;
  static final int NIP_TIDAK_TERDAFTAR = 5;
  static final int TANGGAL_FORMAT = 6;
  static final int TANGGAL_URUTAN = 7;
  static final int TANGGAL_DI_LUAR_PERIODE = 8;
  static final int JP_FORMAT = 9;
  static final int JP_TIDAK_WAJAR = 10;
  static final int NILAI_TIDAK_DIKENAL = 11;
  static final int BARIS_GANDA = 12;

  /** Weights of the codes injected into roster rows (index = code). */
  static final double[] PEGAWAI = Rng.cumulative(1, 1.5, 1, 1, 1.5, 0, 1, 0, 1, 0, 0, 1, 0);

  /** Weights of the codes injected into training records (index = code). */
  static final double[] BANGKOM = Rng.cumulative(1, 1, 0, 0, 0, 2, 1, 1, 1.5, 1, 1, 1, 2);

  /** Weights of the codes injected into training-rate rows (index = code). */
  static final double[] TRAINING_RATE = Rng.cumulative(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 1);
}
