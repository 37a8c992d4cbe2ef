package id.go.lan.bangkom.schedules.delivery;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.schedules.ModuleSettings;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * SMTP settings of the sounding delivery (keys {@code pengiriman.*}). {@code host} empty means
 * delivery is not configured: only a dry run is possible.
 */
public record SmtpSettings(
    Optional<String> host,
    int port,
    Security security,
    Optional<String> user,
    Optional<String> password,
    String passwordVariable,
    InternetAddress sender,
    Optional<InternetAddress> replyTo,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration pauseBetweenLetters) {
  public SmtpSettings {
    requireNonNull(host, "host is null");
    requireNonNull(security, "security is null");
    requireNonNull(user, "user is null");
    requireNonNull(password, "password is null");
    requireNonNull(passwordVariable, "passwordVariable is null");
    requireNonNull(sender, "sender is null");
    requireNonNull(replyTo, "replyTo is null");
    requireNonNull(connectTimeout, "connectTimeout is null");
    requireNonNull(readTimeout, "readTimeout is null");
    requireNonNull(writeTimeout, "writeTimeout is null");
    requireNonNull(pauseBetweenLetters, "pauseBetweenLetters is null");
    if (port < 1 || port > 65535) {
      throw ModuleSettings.invalid(
          "pengiriman.smtp.port", Integer.toString(port), "harus bilangan bulat 1 sampai 65535");
    }
  }

  /** Reads and validates every {@code pengiriman.*} key. */
  public static SmtpSettings from(ModuleSettings settings) {
    String securityText = settings.required("pengiriman.smtp.keamanan");
    Security security;
    try {
      security = Security.valueOf(securityText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ModuleSettings.invalid(
          "pengiriman.smtp.keamanan", securityText, "harus NONE, STARTTLS atau SSL");
    }
    Optional<String> user = settings.get("pengiriman.smtp.pengguna");
    Optional<String> password = settings.secretFromEnvironment("pengiriman.smtp.variabel_sandi");
    return new SmtpSettings(
        settings.get("pengiriman.smtp.host"),
        settings.integer("pengiriman.smtp.port", 1, 65535),
        security,
        user,
        password,
        settings.required("pengiriman.smtp.variabel_sandi"),
        address(settings, "pengiriman.pengirim")
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Konfigurasi wajib tidak diisi: pengiriman.pengirim")),
        address(settings, "pengiriman.balas_ke"),
        millis(settings, "pengiriman.smtp.batas_waktu_sambung_ms", 100),
        millis(settings, "pengiriman.smtp.batas_waktu_baca_ms", 100),
        millis(settings, "pengiriman.smtp.batas_waktu_tulis_ms", 100),
        millis(settings, "pengiriman.jeda_antar_surat_ms", 0));
  }

  /** Whether a server is configured (else only a dry run can run). */
  public boolean configured() {
    return host.isPresent();
  }

  /** The password when a user is configured; fails, naming the variable, when it is missing. */
  Optional<String> passwordForUser() {
    if (user.isPresent() && password.isEmpty()) {
      throw new IllegalStateException(
          "Sandi SMTP tidak ditemukan: isi variabel lingkungan " + passwordVariable);
    }
    return password;
  }

  private static Optional<InternetAddress> address(ModuleSettings settings, String key) {
    Optional<String> value = settings.get(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      InternetAddress address = new InternetAddress(value.get(), true);
      address.validate();
      return Optional.of(address);
    } catch (AddressException e) {
      throw ModuleSettings.invalid(
          key, value.get(), "harus satu alamat surel, misalnya P3K Bangkom <nama@lan.example>");
    }
  }

  private static Duration millis(ModuleSettings settings, String key, int minimum) {
    return Duration.ofMillis(settings.integer(key, minimum, 3_600_000));
  }
}
