package id.go.lan.bangkom.core;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing messages of one module, from its resource bundle {@code
 * bangkom/pesan/<modul>.properties} (UTF-8, Bahasa Indonesia), formatted with {@link
 * MessageFormat}. Each module keeps one constant, e.g. {@code static final Pesan PESAN =
 * Pesan.modul("ingestion");}, and writes {@code PESAN.f("berkas.kosong", berkas)}.
 *
 * <p>Formatting rules: pass identifiers (NIP, kode, periode, file names, row numbers) as strings or
 * use {@code {0,number,#}}, otherwise MessageFormat groups digits the Indonesian way (1.234); a
 * literal apostrophe is written twice ({@code ''}) in the bundle.
 */
public final class Pesan {
  /** Indonesian, for number and date formats inside messages. */
  public static final Locale INDONESIA = Locale.forLanguageTag("id-ID");

  /** The messages of core itself: {@code bangkom/pesan/core.properties}. */
  static final Pesan CORE = modul("core");

  private final String modul;
  private final ResourceBundle bundle;

  private Pesan(String modul, ResourceBundle bundle) {
    this.modul = modul;
    this.bundle = bundle;
  }

  /** The bundle {@code bangkom/pesan/<modul>.properties} on the class path. */
  public static Pesan modul(String modul) {
    requireNonNull(modul, "modul is null");
    return new Pesan(
        modul,
        ResourceBundle.getBundle(
            "bangkom.pesan." + modul,
            Locale.ROOT,
            Pesan.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** The message {@code kunci} with its arguments filled in. */
  public String f(String kunci, Object... argumen) {
    String pola;
    try {
      pola = bundle.getString(kunci);
    } catch (MissingResourceException e) {
      // A programming error, caught by each module's bundle test; never a silent blank.
      throw new IllegalStateException("No message " + kunci + " in bangkom/pesan/" + modul, e);
    }
    if (argumen.length == 0) {
      return pola.replace("''", "'");
    }
    return new MessageFormat(pola, INDONESIA).format(argumen);
  }

  /** Every key of the bundle (for tests). */
  public java.util.Set<String> kunci() {
    return bundle.keySet();
  }
}
