package id.go.lan.bangkom.schedules;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The keys this module owns, read once: every key of {@code /bangkom/pengiriman-default.properties}
 * (the only place their defaults live) with its effective value (workspace file, system property,
 * see {@link BangkomConfig#get(String)}), kept in an immutable map when the object is built. The
 * accessors refuse a bad value with the key, the value and what is allowed, in Indonesian; {@code
 * SmtpSettings.from} and {@code SchedulerSettings.from} read every key through them, and the CLI
 * builds both when it loads the configuration, so a bad value stops any command at start-up.
 */
public final class ModuleSettings {
  static final String DEFAULTS = "/bangkom/pengiriman-default.properties";

  private final String defaultsResource;
  private final Map<String, String> values;
  private final BangkomConfig config;
  private final Function<String, String> environment;

  private ModuleSettings(
      String defaultsResource,
      Map<String, String> values,
      BangkomConfig config,
      Function<String, String> environment) {
    this.defaultsResource = defaultsResource;
    this.values = values;
    this.config = config;
    this.environment = environment;
  }

  /** Settings over {@code config}, reading secrets from the process environment. */
  public static ModuleSettings of(BangkomConfig config) {
    return of(config, System::getenv);
  }

  /** Settings over {@code config}, reading secrets through {@code environment} (tests). */
  public static ModuleSettings of(BangkomConfig config, Function<String, String> environment) {
    return of(config, DEFAULTS, environment);
  }

  /**
   * Settings over {@code config} for the keys of another module's defaults file (a class-path
   * resource such as {@code /bangkom/portal-default.properties}), reading secrets through {@code
   * environment}.
   */
  public static ModuleSettings of(
      BangkomConfig config, String defaultsResource, Function<String, String> environment) {
    requireNonNull(config, "config is null");
    requireNonNull(defaultsResource, "defaultsResource is null");
    requireNonNull(environment, "environment is null");
    Properties defaults = new Properties();
    try (InputStream in = ModuleSettings.class.getResourceAsStream(defaultsResource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find default configuration: " + defaultsResource);
      }
      defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read default configuration: " + defaultsResource, e);
    }
    Map<String, String> values = new TreeMap<>();
    for (String key : defaults.stringPropertyNames()) {
      values.put(key, config.get(key).orElse(defaults.getProperty(key)).trim());
    }
    return new ModuleSettings(
        defaultsResource, Collections.unmodifiableMap(values), config, environment);
  }

  /** The caturwulan calendar of the configuration ({@code periode.bulan_akhir_cw1/2}). */
  public CaturwulanCalendar calendar() {
    return config.calendar();
  }

  /** The effective value (override, else default), trimmed; empty when blank. */
  public Optional<String> get(String key) {
    String value = values.get(key);
    if (value == null) {
      // A key missing from the module's defaults is a programming error, named as such.
      throw new IllegalArgumentException(
          "Kunci konfigurasi tidak dikenal \""
              + key
              + "\" (tidak ada di "
              + defaultsResource
              + ")");
    }
    return Optional.of(value).filter(s -> !s.isEmpty());
  }

  public String required(String key) {
    return get(key)
        .orElseThrow(() -> new IllegalArgumentException("Konfigurasi wajib tidak diisi: " + key));
  }

  public int integer(String key, int minimum, int maximum) {
    String value = required(key);
    try {
      int v = Integer.parseInt(value);
      if (v < minimum || v > maximum) {
        throw invalid(key, value, "harus bilangan bulat " + minimum + " sampai " + maximum);
      }
      return v;
    } catch (NumberFormatException e) {
      throw invalid(key, value, "harus bilangan bulat " + minimum + " sampai " + maximum);
    }
  }

  public boolean bool(String key) {
    String value = required(key);
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw invalid(key, value, "harus true atau false");
    }
    return Boolean.parseBoolean(value);
  }

  /** The secret in the environment variable whose name is the value of {@code key}. */
  public Optional<String> secretFromEnvironment(String key) {
    return get(key).map(environment).filter(s -> !s.isEmpty());
  }

  /**
   * The one-line message of a refused value, as core's: {@code Nilai konfigurasi tidak sah untuk
   * KEY: "VALUE" (ALLOWED)}.
   */
  public static IllegalArgumentException invalid(String key, String value, String allowed) {
    return new IllegalArgumentException(
        "Nilai konfigurasi tidak sah untuk " + key + ": \"" + value + "\" (" + allowed + ")");
  }
}
