package id.go.lan.bangkom.reports;

/**
 * A report could not be produced. {@link #retryable()} says whether trying again can help (e.g. the
 * warehouse file was being swapped) or not (a template or data defect).
 */
public final class ReportRenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  /**
   * @param message in Bahasa Indonesia, shown to the operator
   * @param retryable whether the same call may succeed later (see {@link #retryable()})
   */
  public ReportRenderException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** Whether the same call may succeed later without any change to code or templates. */
  public boolean retryable() {
    return retryable;
  }
}
