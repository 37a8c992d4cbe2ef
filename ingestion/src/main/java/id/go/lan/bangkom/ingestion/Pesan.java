package id.go.lan.bangkom.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/** Messages in Bahasa Indonesia from {@code pesan.properties} (UTF-8). */
final class Pesan {
  private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
  private static final ResourceBundle BUNDLE = load();

  private Pesan() {}

  private static ResourceBundle load() {
    String name = "pesan.properties";
    try (InputStream in = Pesan.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find message bundle: " + name);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read message bundle: " + name, e);
    }
  }

  /**
   * The text of {@code <reason>[.<variant>].<part>}; {0} is the column, {1} the value, further
   * arguments are reason-specific.
   */
  static String format(RejectReason reason, String variant, String part, Object... args) {
    String key = reason.name() + (variant == null ? "" : "." + variant) + "." + part;
    return text(key, args);
  }

  /** Any entry of the bundle, formatted with {@link MessageFormat} in the Indonesian locale. */
  static String text(String key, Object... args) {
    String pattern;
    try {
      pattern = BUNDLE.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("Cannot find message key: " + key, e);
    }
    return new MessageFormat(pattern, INDONESIA).format(args);
  }
}
