package id.go.lan.bangkom.tindaklanjut;

/** What became of one follow-up handed in. */
public enum StatusBaris {
  /** Appended to the log. */
  DITERIMA,
  /** An entry with the same content is in the log already: nothing added. */
  SUDAH_TERCATAT,
  /** Refused, with its reasons: nothing added. */
  DITOLAK
}
