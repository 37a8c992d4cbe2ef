package id.go.lan.bangkom.schedules.delivery;

/**
 * Why a letter was not sent. {@code retryable} tells the scheduler whether running again can help
 * without a person fixing something first.
 */
public enum ReasonCode {
  /** The letter PDF of the notice is not in the reports folder. */
  SURAT_TIDAK_ADA(false),
  /** No PIC e-mail, or not a valid address. */
  ALAMAT_TIDAK_SAH(false),
  /** The server refused the recipient. */
  ALAMAT_DITOLAK_SERVER(false),
  /** The server or the connection failed (timeout, dropped connection, 4xx/5xx on DATA). */
  SMTP_GAGAL(true);

  private final boolean retryable;

  ReasonCode(boolean retryable) {
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}
