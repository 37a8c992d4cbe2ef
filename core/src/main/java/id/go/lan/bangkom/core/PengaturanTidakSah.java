package id.go.lan.bangkom.core;

/**
 * A setting (bangkom.properties, a {@code -Dbangkom.*} property, an environment variable the
 * settings name) is missing or holds a value that is not allowed. The message names the key, the
 * value and what is allowed, in Indonesian. The CLI exits with 2 (bad usage) for it, like for a bad
 * command-line option: the operator fixes what they wrote, and a retry without that fix cannot
 * help. Every other {@link IllegalArgumentException} (a corrupt number inside a workspace file, for
 * example) is a failure, exit 1.
 */
public class PengaturanTidakSah extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** A setting refused with {@code message} (Indonesian, naming key, value and what is allowed). */
  public PengaturanTidakSah(String message) {
    super(message);
  }

  /** As {@link #PengaturanTidakSah(String)}, keeping the parse failure behind it. */
  public PengaturanTidakSah(String message, Throwable cause) {
    super(message, cause);
  }
}
