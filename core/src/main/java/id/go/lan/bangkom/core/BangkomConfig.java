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
 * The product's configuration: documented defaults in {@code bangkom-default.properties} (and the
 * defaults files of the other modules, see {@link KunciPengaturan}), overridden by {@code
 * <workspace>/bangkom.properties}, overridden by {@code -Dbangkom.<key>=...}. Every key and every
 * value is validated when the object is built, so a bad setting fails at start-up with one
 * Indonesian sentence naming the key, the value and what is allowed:
 *
 * <ul>
 *   <li>a key that no module knows (a misspelling, a key of an older version) is refused, naming
 *       where it was set and the nearest known key;
 *   <li>every value of a key in core's defaults file is checked for its form and range (keys of
 *       other modules are checked by their module's settings class when it starts).
 * </ul>
 *
 * <p>System properties: only {@code bangkom.<key>} whose first part is a configuration section
 * ({@code periode}, {@code target}, {@code pengiriman}, ...) or one or two letters away from one
 * ({@code -Dbangkom.taget.prorata}) are configuration and validated; others, such as the tests'
 * {@code -Dbangkom.xlsx.dir}, are not configuration and are left alone.
 */
public final class BangkomConfig {
  private static final String DEFAULTS = "/bangkom/bangkom-default.properties";
  private static final String TARGET_PREFIX = "target.jp.";
  private static final String SYSTEM_PREFIX = "bangkom.";

  /** The jenis pegawai of SPEC §4, each with an annual JP target. */
  public static final List<String> JENIS_PEGAWAI = List.of("PNS", "CPNS", "PPPK");

  private static final Pattern TARGET_KEY =
      Pattern.compile("target\\.jp\\.([A-Z]+)(?:\\.(\\d{4}))?");

  /**
   * What DuckDB 1.5 accepts for {@code memory_limit}: a number and a unit of 1000^i or 1024^i
   * bytes, case and a space between them free ({@code 2GB}, {@code 512 MiB}, {@code 1.5gb}). A
   * percentage ({@code 80%}) or a bare number is refused by DuckDB itself.
   */
  private static final Pattern MEMORY_LIMIT =
      Pattern.compile(
          "(\\d+(?:\\.\\d+)?)\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)", Pattern.CASE_INSENSITIVE);

  /** Below this DuckDB fails with "out of memory" on the first query. */
  private static final long MEMORY_LIMIT_MINIMUM_BYTES = 64L * 1000 * 1000;

  private final Properties properties;
  private final CaturwulanCalendar calendar;
  private final InstrumenTrainingRate trainingRate;

  private BangkomConfig(Properties properties) {
    this.properties = properties;
    this.calendar =
        new CaturwulanCalendar(
            intValue("periode.bulan_akhir_cw1", 1, 11), intValue("periode.bulan_akhir_cw2", 2, 11));
    validateTargets();
    prorata();
    if (jpMaksimum().signum() <= 0) {
      throw invalid("ingest.jp_maksimum", jpMaksimum().toPlainString(), "harus lebih dari 0");
    }
    menitPerJp();
    optionalInt("ingest.paralel", 1, 256);
    this.trainingRate = InstrumenTrainingRate.from(this);
    percent("sounding.ambang_data_persen_ditolak");
    percent("sounding.ambang_kuning_persen_on_track");
    duckdbMemoryLimit();
    duckdbThreads();
    sparkShufflePartitions();
    validateAnalysisAndLetterKeys();
  }

  /** Defaults only. */
  public static BangkomConfig defaults() {
    return new BangkomConfig(loadDefaults());
  }

  /**
   * Defaults, then {@code <workspace>/bangkom.properties} if present, then system properties.
   *
   * @throws IllegalArgumentException when a key is unknown or a value is not allowed (the message,
   *     in Bahasa Indonesia, names the key, the value or the file, and what is allowed)
   */
  public static BangkomConfig load(Path workspace) {
    KunciPengaturan known = Known.KEYS;
    Properties p = loadDefaults();
    Path override = workspace.resolve("bangkom.properties");
    if (Files.isRegularFile(override)) {
      Properties o = new Properties();
      try (Reader r = Files.newBufferedReader(override, StandardCharsets.UTF_8)) {
        o.load(r);
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Berkas konfigurasi tidak dapat dibaca: " + override + " (" + e.getMessage() + ")", e);
      }
      for (String key : new TreeSet<>(o.stringPropertyNames())) {
        refuseUnknown(known, key, "di " + override);
      }
      p.putAll(o);
    }
    Properties system = System.getProperties();
    for (String name : new TreeSet<>(system.stringPropertyNames())) {
      if (!name.startsWith(SYSTEM_PREFIX)) {
        continue;
      }
      String key = name.substring(SYSTEM_PREFIX.length());
      if (isConfiguration(known, key)) {
        refuseUnknown(known, key, "pada -D" + name);
        p.setProperty(key, system.getProperty(name));
      }
    }
    return new BangkomConfig(p);
  }

  /**
   * Defaults with the given overrides (for tests and embedding); unknown keys are refused as in
   * {@link #load(Path)}.
   */
  public static BangkomConfig withOverrides(Map<String, String> overrides) {
    Properties p = loadDefaults();
    for (String key : new TreeSet<>(overrides.keySet())) {
      refuseUnknown(Known.KEYS, key, "pada pengaturan yang diberikan");
    }
    p.putAll(overrides);
    return new BangkomConfig(p);
  }

  /** The known keys, read once per JVM (resources do not change while it runs). */
  private static final class Known {
    static final KunciPengaturan KEYS = KunciPengaturan.load();
  }

  /**
   * Whether {@code -Dbangkom.<key>} is meant as configuration: its first part is a section of the
   * known keys or a near miss of one (at most two letters off).
   */
  private static boolean isConfiguration(KunciPengaturan known, String key) {
    int dot = key.indexOf('.');
    String section = dot < 0 ? key : key.substring(0, dot);
    for (String s : known.sections()) {
      if (KunciPengaturan.distance(section.toLowerCase(Locale.ROOT), s) <= 2) {
        return true;
      }
    }
    return false;
  }

  private static void refuseUnknown(KunciPengaturan known, String key, String where) {
    if (known.known(key)) {
      return;
    }
    StringBuilder m =
        new StringBuilder("Kunci konfigurasi tidak dikenal \"")
            .append(key)
            .append("\" ")
            .append(where);
    known.nearest(key).ifPresent(n -> m.append("; maksud Anda \"").append(n).append("\"?"));
    if (key.toLowerCase(Locale.ROOT).startsWith(TARGET_PREFIX)) {
      m.append(
          " (bentuk yang sah: target.jp.<PNS|CPNS|PPPK> atau"
              + " target.jp.<PNS|CPNS|PPPK>.<tahun 4 angka>, misalnya target.jp.PNS.2026)");
    } else if (known.nearest(key).isEmpty()) {
      m.append(" (kunci yang dikenal tercantum di core/src/main/resources/bangkom/")
          .append("bangkom-default.properties dan schedules/src/main/resources/bangkom/")
          .append("pengiriman-default.properties)");
    }
    throw new IllegalArgumentException(m.toString());
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
   * Every {@code target.jp.*} key must name a known jenis_pegawai, optionally a four-digit year
   * (unknown keys were refused at load), and carry a positive number.
   */
  private void validateTargets() {
    for (String jenis : JENIS_PEGAWAI) {
      BigDecimal target = targetTahunan(jenis);
      if (target.signum() <= 0) {
        throw invalid(TARGET_PREFIX + jenis, target.toPlainString(), "harus lebih dari 0");
      }
    }
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      if (!key.startsWith(TARGET_PREFIX)) {
        continue;
      }
      Matcher m = TARGET_KEY.matcher(key);
      if (!m.matches() || !JENIS_PEGAWAI.contains(m.group(1))) {
        throw new IllegalArgumentException(
            "Kunci konfigurasi tidak dikenal \""
                + key
                + "\" (bentuk yang sah: target.jp.<PNS|CPNS|PPPK> atau"
                + " target.jp.<PNS|CPNS|PPPK>.<tahun 4 angka>, misalnya target.jp.PNS.2026)");
      }
      if (m.group(2) != null) {
        BigDecimal target = decimal(key);
        if (target.signum() <= 0) {
          throw invalid(key, target.toPlainString(), "harus lebih dari 0");
        }
      }
    }
  }

  /**
   * The keys of the projection, IP ASN, coverage, weakness and letter (read by transforms and
   * reports): their form and range here, so that a bad value is refused at start-up and in
   * Indonesian, not as a bare number-format error half-way through a cycle. {@code
   * privasi.sel_minimum} is left to the warehouse publisher, which refuses a bad value itself, in
   * Indonesian and naming it, before it builds anything.
   */
  private void validateAnalysisAndLetterKeys() {
    BigDecimal bawah = decimal("proyeksi.faktor_bawah");
    if (bawah.signum() <= 0 || bawah.compareTo(BigDecimal.ONE) > 0) {
      throw invalid(
          "proyeksi.faktor_bawah", bawah.toPlainString(), "harus lebih dari 0 dan paling besar 1");
    }
    BigDecimal atas = decimal("proyeksi.faktor_atas");
    if (atas.compareTo(BigDecimal.ONE) < 0) {
      throw invalid("proyeksi.faktor_atas", atas.toPlainString(), "harus paling kecil 1");
    }
    intValue("proyeksi.kalibrasi_minimum", 1, Integer.MAX_VALUE);
    intValue("proyeksi.instansi_minimum", 2, Integer.MAX_VALUE);
    nonNegative("ip_asn.poin_kompetensi");
    nonNegative("ip_asn.poin_kompetensi_pelaksana");
    intValue("cakupan.batas_submisi_hari", 0, 366);
    intValue("kelemahan.temuan_maksimum", 1, Integer.MAX_VALUE);
    intValue("kelemahan.ukuran_kelompok_minimum", 1, Integer.MAX_VALUE);
    nonNegative("kelemahan.selisih_minimum");
    intValue("surat.tenggat_hari", 1, 365);
  }

  /** Whether the annual target of a start in the year is pro-rated by months served. */
  public boolean prorata() {
    return bool("target.prorata");
  }

  /** Largest JP a single record may carry; above it the row is JP_TIDAK_WAJAR. */
  public BigDecimal jpMaksimum() {
    return decimal("ingest.jp_maksimum");
  }

  /** Minutes per JP, used when a record gives durasi_menit instead of jp. */
  public int menitPerJp() {
    return intValue("ingest.menit_per_jp", 1, 1440);
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

  /**
   * DuckDB's {@code memory_limit} for the product's own DuckDB work, as DuckDB writes it: a number
   * and a unit, e.g. {@code 2GB}, {@code 512MB}, {@code 1.5GiB}; at least 64 MB.
   */
  public String duckdbMemoryLimit() {
    String value = required("duckdb.memory_limit");
    Matcher m = MEMORY_LIMIT.matcher(value);
    String allowed =
        "harus angka dengan satuan KB, MB, GB, TB, KiB, MiB, GiB atau TiB, paling kecil 64MB,"
            + " misalnya 2GB atau 512MB";
    if (!m.matches()) {
      throw invalid("duckdb.memory_limit", value, allowed);
    }
    String unit = m.group(2).toUpperCase(Locale.ROOT);
    int power = "KMGT".indexOf(unit.charAt(0)) + 1;
    long base = unit.contains("I") ? 1024 : 1000;
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(base).pow(power));
    if (bytes.compareTo(BigDecimal.valueOf(MEMORY_LIMIT_MINIMUM_BYTES)) < 0) {
      throw invalid("duckdb.memory_limit", value, allowed);
    }
    return value;
  }

  /** DuckDB's {@code threads} for the product's own DuckDB work: 1..1024. */
  public int duckdbThreads() {
    return intValue("duckdb.threads", 1, 1024);
  }

  /** The most partitions a shuffle of the transforms has ({@code spark.shuffle_partitions}). */
  public int sparkShufflePartitions() {
    return intValue("spark.shuffle_partitions", 1, 100_000);
  }

  /** Raw access for keys owned by one module (each module validates its own keys). */
  public Optional<String> get(String key) {
    return Optional.ofNullable(properties.getProperty(key));
  }

  private BigDecimal percent(String key) {
    BigDecimal v = decimal(key);
    if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw invalid(key, v.toPlainString(), "harus 0 sampai 100");
    }
    return v;
  }

  private BigDecimal nonNegative(String key) {
    BigDecimal v = decimal(key);
    if (v.signum() < 0) {
      throw invalid(key, v.toPlainString(), "tidak boleh negatif");
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

  /** Exactly {@code true} or {@code false} (any case): "ya", "1" or "mungkin" are refused. */
  private boolean bool(String key) {
    String v = required(key);
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    throw invalid(key, properties.getProperty(key), "harus true atau false");
  }

  private int intValue(String key, int minimum, int maximum) {
    String range =
        maximum == Integer.MAX_VALUE
            ? "harus bilangan bulat paling kecil " + minimum
            : "harus bilangan bulat " + minimum + " sampai " + maximum;
    int v;
    try {
      v = Integer.parseInt(required(key));
    } catch (NumberFormatException e) {
      throw invalid(key, properties.getProperty(key), range);
    }
    if (v < minimum || v > maximum) {
      throw invalid(key, Integer.toString(v), range);
    }
    return v;
  }

  private void optionalInt(String key, int minimum, int maximum) {
    String v = properties.getProperty(key);
    if (v != null && !v.isBlank()) {
      intValue(key, minimum, maximum);
    }
  }

  private BigDecimal decimal(String key) {
    try {
      return new BigDecimal(required(key));
    } catch (NumberFormatException e) {
      throw invalid(key, properties.getProperty(key), "harus angka, desimal dengan titik");
    }
  }

  /** "Nilai konfigurasi tidak sah untuk KEY: "VALUE" (ALLOWED)", one line. */
  static IllegalArgumentException invalid(String key, String value, String allowed) {
    return new IllegalArgumentException(
        "Nilai konfigurasi tidak sah untuk " + key + ": \"" + value + "\" (" + allowed + ")");
  }
}
