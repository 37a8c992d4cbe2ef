package id.go.lan.bangkom.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The product's configuration: documented defaults in {@code bangkom-default.properties},
 * overridden by {@code <workspace>/bangkom.properties}, overridden by {@code -Dbangkom.<key>=...}.
 * Every value is validated when the object is built, so a bad setting fails at start-up with the
 * key and value named.
 */
public final class BangkomConfig {
  private static final String DEFAULTS = "/bangkom/bangkom-default.properties";

  private final Properties properties;
  private final CaturwulanCalendar calendar;
  private final InstrumenTrainingRate trainingRate;

  private BangkomConfig(Properties properties) {
    this.properties = properties;
    this.calendar =
        new CaturwulanCalendar(
            intValue("periode.bulan_akhir_cw1"), intValue("periode.bulan_akhir_cw2"));
    for (String jenis : new String[] {"PNS", "CPNS", "PPPK"}) {
      if (targetTahunan(jenis).signum() <= 0) {
        throw invalid("target.jp." + jenis, targetTahunan(jenis).toPlainString());
      }
    }
    if (jpMaksimum().signum() <= 0) {
      throw invalid("ingest.jp_maksimum", jpMaksimum().toPlainString());
    }
    this.trainingRate = InstrumenTrainingRate.from(this);
    percent("sounding.ambang_data_persen_ditolak");
    percent("sounding.ambang_kuning_persen_on_track");
  }

  /** Defaults only. */
  public static BangkomConfig defaults() {
    return new BangkomConfig(loadDefaults());
  }

  /** Defaults, then {@code <workspace>/bangkom.properties} if present, then system properties. */
  public static BangkomConfig load(Path workspace) {
    Properties p = loadDefaults();
    Path override = workspace.resolve("bangkom.properties");
    if (Files.isRegularFile(override)) {
      try (Reader r = Files.newBufferedReader(override, StandardCharsets.UTF_8)) {
        Properties o = new Properties();
        o.load(r);
        p.putAll(o);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read configuration file: " + override, e);
      }
    }
    for (Map.Entry<Object, Object> e : System.getProperties().entrySet()) {
      String key = e.getKey().toString();
      if (key.startsWith("bangkom.")) {
        p.setProperty(key.substring("bangkom.".length()), e.getValue().toString());
      }
    }
    return new BangkomConfig(p);
  }

  /** Defaults with the given overrides (for tests and embedding). */
  public static BangkomConfig withOverrides(Map<String, String> overrides) {
    Properties p = loadDefaults();
    p.putAll(overrides);
    return new BangkomConfig(p);
  }

  private static Properties loadDefaults() {
    Properties p = new Properties();
    try (InputStream in = BangkomConfig.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find default configuration: " + DEFAULTS);
      }
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read default configuration: " + DEFAULTS, e);
    }
    return p;
  }

  public CaturwulanCalendar calendar() {
    return calendar;
  }

  /** The training-rate instrument (SPEC §6): instruments, weights, indicators, bands. */
  public InstrumenTrainingRate trainingRate() {
    return trainingRate;
  }

  /** Annual JP target for a jenis_pegawai (PNS, CPNS, PPPK). */
  public BigDecimal targetTahunan(String jenisPegawai) {
    return decimal("target.jp." + jenisPegawai.toUpperCase(Locale.ROOT));
  }

  /** Whether the annual target of a start in the year is pro-rated by months served. */
  public boolean prorata() {
    return Boolean.parseBoolean(required("target.prorata"));
  }

  /** Largest JP a single record may carry; above it the row is JP_TIDAK_WAJAR. */
  public BigDecimal jpMaksimum() {
    return decimal("ingest.jp_maksimum");
  }

  /** Minutes per JP, used when a record gives durasi_menit instead of jp. */
  public int menitPerJp() {
    return intValue("ingest.menit_per_jp");
  }

  /** Level DATA when more than this percentage of the rows in force were rejected. */
  public BigDecimal ambangDataPersenDitolak() {
    return percent("sounding.ambang_data_persen_ditolak");
  }

  /** Level KUNING (instead of MERAH) from this percentage on track. */
  public BigDecimal ambangKuningPersenOnTrack() {
    return percent("sounding.ambang_kuning_persen_on_track");
  }

  /** The keyed-hash key for NIPs in the analyst warehouse, when configured. */
  public Optional<String> kunciNip() {
    return Optional.ofNullable(properties.getProperty("privasi.kunci_nip"))
        .filter(s -> !s.isBlank());
  }

  /** A path to another instansi master list; the bundled one when empty. */
  public Optional<Path> masterInstansi() {
    return Optional.ofNullable(properties.getProperty("master.instansi"))
        .filter(s -> !s.isBlank())
        .map(Path::of);
  }

  public String duckdbMemoryLimit() {
    return required("duckdb.memory_limit");
  }

  public int duckdbThreads() {
    return intValue("duckdb.threads");
  }

  /** Raw access for keys owned by one module (each module validates its own keys). */
  public Optional<String> get(String key) {
    return Optional.ofNullable(properties.getProperty(key));
  }

  private BigDecimal percent(String key) {
    BigDecimal v = decimal(key);
    if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw invalid(key, v.toPlainString());
    }
    return v;
  }

  private String required(String key) {
    String v = properties.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("Konfigurasi wajib tidak diisi: " + key);
    }
    return v.trim();
  }

  private int intValue(String key) {
    try {
      return Integer.parseInt(required(key));
    } catch (NumberFormatException e) {
      throw invalid(key, properties.getProperty(key));
    }
  }

  private BigDecimal decimal(String key) {
    try {
      return new BigDecimal(required(key));
    } catch (NumberFormatException e) {
      throw invalid(key, properties.getProperty(key));
    }
  }

  private static IllegalArgumentException invalid(String key, String value) {
    return new IllegalArgumentException("Nilai konfigurasi tidak sah untuk " + key + ": " + value);
  }
}
