package id.go.lan.bangkom.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product's configuration: documented defaults in {@code bangkom-default.properties},
 * overridden by {@code <workspace>/bangkom.properties}, overridden by {@code -Dbangkom.<key>=...}.
 * Every value is validated when the object is built, so a bad setting fails at start-up with the
 * key and value named.
 */
public final class BangkomConfig {
  private static final String DEFAULTS = "/bangkom/bangkom-default.properties";
  private static final String TARGET_PREFIX = "target.jp.";

  /** The jenis pegawai of SPEC §4, each with an annual JP target. */
  public static final List<String> JENIS_PEGAWAI = List.of("PNS", "CPNS", "PPPK");

  private static final Pattern TARGET_KEY =
      Pattern.compile("target\\.jp\\.([A-Z]+)(?:\\.(\\d{4}))?");

  private final Properties properties;
  private final CaturwulanCalendar calendar;
  private final InstrumenTrainingRate trainingRate;

  private BangkomConfig(Properties properties) {
    this.properties = properties;
    this.calendar =
        new CaturwulanCalendar(
            intValue("periode.bulan_akhir_cw1"), intValue("periode.bulan_akhir_cw2"));
    validateTargets();
    if (jpMaksimum().signum() <= 0) {
      throw invalid("ingest.jp_maksimum", jpMaksimum().toPlainString());
    }
    this.trainingRate = InstrumenTrainingRate.from(this);
    percent("sounding.ambang_data_persen_ditolak");
    percent("sounding.ambang_kuning_persen_on_track");
    sparkShufflePartitions();
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

  /**
   * Annual JP target for a jenis_pegawai (PNS, CPNS, PPPK) in a year without its own target: the
   * key {@code target.jp.<JENIS>}.
   */
  public BigDecimal targetTahunan(String jenisPegawai) {
    return decimal(TARGET_PREFIX + jenisPegawai.toUpperCase(Locale.ROOT));
  }

  /**
   * Annual JP target for a jenis_pegawai in {@code tahun} (SPEC §3: per jenis_pegawai and year):
   * {@code target.jp.<JENIS>.<tahun>} when set, else {@code target.jp.<JENIS>}.
   */
  public BigDecimal targetTahunan(String jenisPegawai, int tahun) {
    String key = TARGET_PREFIX + jenisPegawai.toUpperCase(Locale.ROOT) + "." + tahun;
    // A blank value was refused at load (validateTargets), like any other malformed target.
    return properties.getProperty(key) == null ? targetTahunan(jenisPegawai) : decimal(key);
  }

  /**
   * Every {@code target.jp.*} key must name a known jenis_pegawai, optionally a four-digit year,
   * and carry a positive number; a misspelt key would otherwise be ignored without a word.
   */
  private void validateTargets() {
    for (String jenis : JENIS_PEGAWAI) {
      BigDecimal target = targetTahunan(jenis);
      if (target.signum() <= 0) {
        throw invalid(TARGET_PREFIX + jenis, target.toPlainString() + " (harus lebih dari 0)");
      }
    }
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      if (!key.startsWith(TARGET_PREFIX)) {
        continue;
      }
      Matcher m = TARGET_KEY.matcher(key);
      if (!m.matches() || !JENIS_PEGAWAI.contains(m.group(1))) {
        throw new IllegalArgumentException(
            "Kunci konfigurasi tidak dikenal: "
                + key
                + " (bentuk yang sah: target.jp.<PNS|CPNS|PPPK> atau"
                + " target.jp.<PNS|CPNS|PPPK>.<tahun 4 angka>, misalnya target.jp.PNS.2026)");
      }
      if (m.group(2) != null) {
        BigDecimal target = decimal(key);
        if (target.signum() <= 0) {
          throw invalid(key, target.toPlainString() + " (harus lebih dari 0)");
        }
      }
    }
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

  /** The most partitions a shuffle of the transforms has ({@code spark.shuffle_partitions}). */
  public int sparkShufflePartitions() {
    int n = intValue("spark.shuffle_partitions");
    if (n <= 0) {
      throw invalid("spark.shuffle_partitions", Integer.toString(n));
    }
    return n;
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
