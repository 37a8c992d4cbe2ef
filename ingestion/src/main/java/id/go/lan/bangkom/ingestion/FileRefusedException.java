package id.go.lan.bangkom.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.lan.bangkom.core.Pesan;
import java.util.logging.Logger;

/** A file cannot be taken at all; carries the whole-file fault for the receipt. */
final class FileRefusedException extends Exception {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(FileRefusedException.class.getName());
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

  /**
   * The file's bytes are not in one encoding the reader takes ({@code variant} of BERKAS_RUSAK's
   * message): the receipt names the text line, the first offending byte and its position.
   */
  static FileRefusedException encoding(String variant, String berkas, Utf8Check.Encoding e) {
    return new FileRefusedException(
        Fault.variant(
            RejectReason.BERKAS_RUSAK,
            variant,
            null,
            null,
            berkas,
            Long.toString(e.line()),
            String.format(java.util.Locale.ROOT, "0x%02X", e.invalidByte()),
            Long.toString(e.offset() + 1)));
  }

  /**
   * The file cannot be read. The receipt says so in Bahasa Indonesia, with the line and column of a
   * JSON syntax error; the library's own (English) text goes to the operator's log only, never into
   * a receipt (issue 19, point 5d).
   */
  static FileRefusedException broken(String berkas, Throwable cause) {
    LOG.info(() -> "Cannot read " + berkas + ": " + cause);
    String detail;
    if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
      detail =
          PESAN.f(
              "rusak.json",
              Long.toString(json.getLocation().getLineNr()),
              Long.toString(json.getLocation().getColumnNr()));
    } else {
      detail = PESAN.f("rusak.umum");
    }
    return broken(berkas, detail, cause);
  }

  /** The file cannot be read, for the reason {@code detail} (Bahasa Indonesia). */
  static FileRefusedException broken(String berkas, String detail, Throwable cause) {
    return new FileRefusedException(
        Fault.of(RejectReason.BERKAS_RUSAK, null, null, berkas, detail), cause);
  }

  static FileRefusedException empty(String berkas) {
    return new FileRefusedException(Fault.of(RejectReason.BERKAS_KOSONG, null, null, berkas));
  }
}
