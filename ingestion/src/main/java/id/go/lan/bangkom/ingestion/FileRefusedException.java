package id.go.lan.bangkom.ingestion;

/** A file cannot be taken at all; carries the whole-file fault for the receipt. */
final class FileRefusedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Fault fault;

  FileRefusedException(Fault fault) {
    super(fault.pesan());
    this.fault = fault;
  }

  FileRefusedException(Fault fault, Throwable cause) {
    super(fault.pesan(), cause);
    this.fault = fault;
  }

  Fault fault() {
    return fault;
  }

  static FileRefusedException broken(String berkas, Throwable cause) {
    String detail =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    if (detail.length() > 200) {
      detail = detail.substring(0, 200) + "...";
    }
    return new FileRefusedException(
        Fault.of(RejectReason.BERKAS_RUSAK, null, null, berkas, detail), cause);
  }

  static FileRefusedException empty(String berkas) {
    return new FileRefusedException(Fault.of(RejectReason.BERKAS_KOSONG, null, null, berkas));
  }
}
