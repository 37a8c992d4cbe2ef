package id.go.lan.bangkom.ingestion;

/**
 * Why a row or a whole file was refused. The names are stable codes: they are stored in the lake
 * ({@code penolakan.kode_alasan}) and quoted in receipts. Messages in Bahasa Indonesia come from
 * {@code bangkom/pesan/ingestion.properties}.
 */
public enum RejectReason {
  KOLOM_WAJIB_KOSONG(false),
  NIP_FORMAT(false),
  NIP_TANGGAL_LAHIR(false),
  NIP_JENIS_KELAMIN(false),
  NIP_GANDA(false),
  NIP_TIDAK_TERDAFTAR(false),
  TANGGAL_FORMAT(false),
  TANGGAL_URUTAN(false),
  TANGGAL_DI_LUAR_PERIODE(false),
  JP_FORMAT(false),
  JP_TIDAK_WAJAR(false),
  NILAI_TIDAK_DIKENAL(false),
  BARIS_GANDA(false),
  /**
   * A value holds a control character (NUL, the other C0 controls but tab and line breaks, DEL or a
   * C1 control): invisible, it would be stored and compared as if it were text.
   */
  KARAKTER_TIDAK_SAH(false),
  /** One JSON object names the same key twice: which value was meant cannot be known. */
  KOLOM_GANDA(false),
  /** A file whose name or type is not one of the datasets, or an unknown workbook. */
  BERKAS_TIDAK_DIKENAL(true),
  /** Two files for the same dataset in one submission: both refused. */
  BERKAS_GANDA(true),
  /**
   * A file that cannot be read: broken or bomb XLSX, malformed JSON, a CSV that mixes UTF-8 and
   * another encoding, a record longer than the reader takes.
   */
  BERKAS_RUSAK(true),
  /** A file without a header or without data rows. */
  BERKAS_KOSONG(true),
  /** A required column is missing from the header. */
  KOLOM_WAJIB_TIDAK_ADA(true),
  /**
   * A symbolic link (to a file or a folder) in the inbox: never followed, so no instansi's
   * submission can read a file outside its own folder.
   */
  BERKAS_TAUTAN(true);

  private final boolean wholeFile;

  RejectReason(boolean wholeFile) {
    this.wholeFile = wholeFile;
  }

  /** Whether this reason refuses a whole file rather than one row. */
  public boolean wholeFile() {
    return wholeFile;
  }
}
