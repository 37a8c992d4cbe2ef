package id.go.lan.bangkom.tindaklanjut;

/**
 * A worklist file refused whole (not a workbook, no sheet {@code Daftar}, a fill-in column
 * missing): nothing of it was recorded. The message is Indonesian and names the file.
 */
public final class DaftarDitolak extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DaftarDitolak(String message) {
    super(message);
  }

  DaftarDitolak(String message, Throwable cause) {
    super(message, cause);
  }
}
