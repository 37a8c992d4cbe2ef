package id.go.lan.bangkom.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.TreeMap;
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
 *   <li>every value of a key in core's defaults file is checked for its form and range and kept,
 *       parsed, in a final field: the object is immutable and no accessor parses or fails later
 *       (keys of other modules are checked by their module's settings class, which the CLI builds
 *       when it loads the configuration).
 * </ul>
 *
 * <p>Defaults live only in the defaults files (docs/konfigurasi.md lists them); no code repeats
 * one.
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

  /** Every effective value (defaults, file, system properties), as read; never changed. */
  private final Map<String, String> properties;

  private final CaturwulanCalendar calendar;
  private final InstrumenTrainingRate trainingRate;
  private final Map<String, BigDecimal> targets;
  private final boolean prorata;
  private final BigDecimal jpMaksimum;
  private final int menitPerJp;
  private final OptionalInt ingestParalel;
  private final BigDecimal ambangDataPersenDitolak;
  private final BigDecimal ambangKuningPersenOnTrack;
  private final Optional<String> kunciNip;
  private final Optional<Path> masterInstansi;
  private final String duckdbMemoryLimit;
  private final int duckdbThreads;
  private final int sparkShufflePartitions;
  private final BigDecimal proyeksiFaktorBawah;
  private final BigDecimal proyeksiFaktorAtas;
  private final int proyeksiKalibrasiMinimum;
  private final int proyeksiInstansiMinimum;
  private final BigDecimal ipAsnPoinKompetensi;
  private final BigDecimal ipAsnPoinKompetensiPelaksana;
  private final int cakupanBatasSubmisiHari;
  private final int kelemahanTemuanMaksimum;
  private final int kelemahanUkuranKelompokMinimum;
  private final BigDecimal kelemahanSelisihMinimum;
  private final int privasiSelMinimum;
  private final int suratTenggatHari;
  private final TeksSuratLanjut teksSuratLanjut;
  private final String portalUrlPublik;

  /**
   * Reads and checks every key of core's defaults file at once (issue 18.3): after this, no
   * accessor can fail and none parses anything.
   */
  private BangkomConfig(Properties source) {
    Map<String, String> values = new TreeMap<>();
    for (String key : source.stringPropertyNames()) {
      values.put(key, source.getProperty(key));
    }
    this.properties = Collections.unmodifiableMap(values);
    this.calendar =
        new CaturwulanCalendar(
            intValue("periode.bulan_akhir_cw1", 1, 11), intValue("periode.bulan_akhir_cw2", 2, 11));
    this.targets = validateTargets();
    this.prorata = bool("target.prorata");
    this.jpMaksimum = decimal("ingest.jp_maksimum");
    if (jpMaksimum.signum() <= 0) {
      throw invalid(
          "ingest.jp_maksimum", jpMaksimum.toPlainString(), Pesan.CORE.f("konfig.positif"));
    }
    this.menitPerJp = intValue("ingest.menit_per_jp", 1, 1440);
    this.ingestParalel = optionalInt("ingest.paralel", 1, 256);
    this.trainingRate = InstrumenTrainingRate.from(this);
    this.ambangDataPersenDitolak = percent("sounding.ambang_data_persen_ditolak");
    this.ambangKuningPersenOnTrack = percent("sounding.ambang_kuning_persen_on_track");
    this.kunciNip = text("privasi.kunci_nip");
    this.masterInstansi = text("master.instansi").map(Path::of);
    this.duckdbMemoryLimit = memoryLimit("duckdb.memory_limit");
    this.duckdbThreads = intValue("duckdb.threads", 1, 1024);
    this.sparkShufflePartitions = intValue("spark.shuffle_partitions", 1, 100_000);
    this.proyeksiFaktorBawah = decimal("proyeksi.faktor_bawah");
    if (proyeksiFaktorBawah.signum() <= 0 || proyeksiFaktorBawah.compareTo(BigDecimal.ONE) > 0) {
      throw invalid(
          "proyeksi.faktor_bawah",
          proyeksiFaktorBawah.toPlainString(),
          Pesan.CORE.f("konfig.faktor.bawah"));
    }
    this.proyeksiFaktorAtas = decimal("proyeksi.faktor_atas");
    if (proyeksiFaktorAtas.compareTo(BigDecimal.ONE) < 0) {
      throw invalid(
          "proyeksi.faktor_atas",
          proyeksiFaktorAtas.toPlainString(),
          Pesan.CORE.f("konfig.faktor.atas"));
    }
    this.proyeksiKalibrasiMinimum = intValue("proyeksi.kalibrasi_minimum", 1, Integer.MAX_VALUE);
    this.proyeksiInstansiMinimum = intValue("proyeksi.instansi_minimum", 2, Integer.MAX_VALUE);
    this.ipAsnPoinKompetensi = nonNegative("ip_asn.poin_kompetensi");
    this.ipAsnPoinKompetensiPelaksana = nonNegative("ip_asn.poin_kompetensi_pelaksana");
    this.cakupanBatasSubmisiHari = intValue("cakupan.batas_submisi_hari", 0, 366);
    this.kelemahanTemuanMaksimum = intValue("kelemahan.temuan_maksimum", 1, Integer.MAX_VALUE);
    this.kelemahanUkuranKelompokMinimum =
        intValue("kelemahan.ukuran_kelompok_minimum", 1, Integer.MAX_VALUE);
    this.kelemahanSelisihMinimum = nonNegative("kelemahan.selisih_minimum");
    this.privasiSelMinimum = intValue("privasi.sel_minimum", 1, Integer.MAX_VALUE);
    this.suratTenggatHari = intValue("surat.tenggat_hari", 1, 365);
    this.teksSuratLanjut = TeksSuratLanjut.from(this);
    this.portalUrlPublik = urlPublik("portal.url_publik");
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
        throw new PengaturanTidakSah(
            Pesan.CORE.f("konfig.berkas.tak.terbaca", override, e.getMessage()), e);
      }
      for (String key : new TreeSet<>(o.stringPropertyNames())) {
        refuseUnknown(known, key, Pesan.CORE.f("konfig.di.berkas", override));
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
        refuseUnknown(known, key, Pesan.CORE.f("konfig.di.sistem", name));
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
      refuseUnknown(Known.KEYS, key, Pesan.CORE.f("konfig.di.pengaturan"));
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
    StringBuilder m = new StringBuilder(Pesan.CORE.f("konfig.kunci.tak.dikenal", key, where));
    known.nearest(key).ifPresent(n -> m.append(Pesan.CORE.f("konfig.maksud", n)));
    if (key.toLowerCase(Locale.ROOT).startsWith(TARGET_PREFIX)) {
      m.append(Pesan.CORE.f("konfig.bentuk.target"));
    } else if (known.nearest(key).isEmpty()) {
      m.append(Pesan.CORE.f("konfig.daftar.kunci"));
    }
    throw new PengaturanTidakSah(m.toString());
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
    String key = TARGET_PREFIX + jenisPegawai.toUpperCase(Locale.ROOT);
    BigDecimal target = targets.get(key);
    if (target == null) {
      throw new PengaturanTidakSah(Pesan.CORE.f("konfig.jenis.pegawai", jenisPegawai));
    }
    return target;
  }

  /**
   * Annual JP target for a jenis_pegawai in {@code tahun} (SPEC §3: per jenis_pegawai and year):
   * {@code target.jp.<JENIS>.<tahun>} when set, else {@code target.jp.<JENIS>}.
   */
  public BigDecimal targetTahunan(String jenisPegawai, int tahun) {
    BigDecimal ofYear =
        targets.get(TARGET_PREFIX + jenisPegawai.toUpperCase(Locale.ROOT) + "." + tahun);
    return ofYear == null ? targetTahunan(jenisPegawai) : ofYear;
  }

  /**
   * Every {@code target.jp.*} key must name a known jenis_pegawai, optionally a four-digit year
   * (unknown keys were refused at load), and carry a positive number.
   */
  private Map<String, BigDecimal> validateTargets() {
    Map<String, BigDecimal> out = new TreeMap<>();
    for (String jenis : JENIS_PEGAWAI) {
      BigDecimal target = decimal(TARGET_PREFIX + jenis);
      if (target.signum() <= 0) {
        throw invalid(
            TARGET_PREFIX + jenis, target.toPlainString(), Pesan.CORE.f("konfig.positif"));
      }
      out.put(TARGET_PREFIX + jenis, target);
    }
    for (String key : properties.keySet()) {
      if (!key.startsWith(TARGET_PREFIX)) {
        continue;
      }
      Matcher m = TARGET_KEY.matcher(key);
      if (!m.matches() || !JENIS_PEGAWAI.contains(m.group(1))) {
        throw new PengaturanTidakSah(
            Pesan.CORE.f("konfig.kunci.tak.dikenal", key, "").stripTrailing()
                + Pesan.CORE.f("konfig.bentuk.target"));
      }
      if (m.group(2) != null) {
        BigDecimal target = decimal(key);
        if (target.signum() <= 0) {
          throw invalid(key, target.toPlainString(), Pesan.CORE.f("konfig.positif"));
        }
        out.put(key, target);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Whether the annual target of a start in the year is pro-rated by months served. */
  public boolean prorata() {
    return prorata;
  }

  /** Largest JP a single record may carry; above it the row is JP_TIDAK_WAJAR. */
  public BigDecimal jpMaksimum() {
    return jpMaksimum;
  }

  /** Minutes per JP, used when a record gives durasi_menit instead of jp. */
  public int menitPerJp() {
    return menitPerJp;
  }

  /** Submissions the ingestion reads at once ({@code ingest.paralel}), when set. */
  public OptionalInt ingestParalel() {
    return ingestParalel;
  }

  /** Level DATA when more than this percentage of the rows in force were rejected. */
  public BigDecimal ambangDataPersenDitolak() {
    return ambangDataPersenDitolak;
  }

  /** Level KUNING (instead of MERAH) from this percentage on track. */
  public BigDecimal ambangKuningPersenOnTrack() {
    return ambangKuningPersenOnTrack;
  }

  /** The keyed-hash key for NIPs in the analyst warehouse, when configured. */
  public Optional<String> kunciNip() {
    return kunciNip;
  }

  /** A path to another instansi master list; the bundled one when empty. */
  public Optional<Path> masterInstansi() {
    return masterInstansi;
  }

  /**
   * DuckDB's {@code memory_limit} for the product's own DuckDB work, as DuckDB writes it: a number
   * and a unit, e.g. {@code 2GB}, {@code 512MB}, {@code 1.5GiB}; at least 64 MB.
   */
  public String duckdbMemoryLimit() {
    return duckdbMemoryLimit;
  }

  /** DuckDB's {@code threads} for the product's own DuckDB work: 1..1024. */
  public int duckdbThreads() {
    return duckdbThreads;
  }

  /**
   * The most partitions a shuffle of the transforms has ({@code spark.shuffle_partitions}); a
   * cut-off with little input uses fewer (transforms' PartisiShuffle).
   */
  public int sparkShufflePartitions() {
    return sparkShufflePartitions;
  }

  /** Slower pace of the projection's interval ({@code proyeksi.faktor_bawah}), in (0, 1]. */
  public BigDecimal proyeksiFaktorBawah() {
    return proyeksiFaktorBawah;
  }

  /** Faster pace of the projection's interval ({@code proyeksi.faktor_atas}), at least 1. */
  public BigDecimal proyeksiFaktorAtas() {
    return proyeksiFaktorAtas;
  }

  /** People a calibrated catch-up rate needs ({@code proyeksi.kalibrasi_minimum}). */
  public int proyeksiKalibrasiMinimum() {
    return proyeksiKalibrasiMinimum;
  }

  /** Instansi a jenis needs for its own spread ({@code proyeksi.instansi_minimum}). */
  public int proyeksiInstansiMinimum() {
    return proyeksiInstansiMinimum;
  }

  /** IP ASN competency points at risk per employee off track ({@code ip_asn.poin_kompetensi}). */
  public BigDecimal ipAsnPoinKompetensi() {
    return ipAsnPoinKompetensi;
  }

  /** The same for a pelaksana ({@code ip_asn.poin_kompetensi_pelaksana}). */
  public BigDecimal ipAsnPoinKompetensiPelaksana() {
    return ipAsnPoinKompetensiPelaksana;
  }

  /** Days after the cut-off from which a roster is late ({@code cakupan.batas_submisi_hari}). */
  public int cakupanBatasSubmisiHari() {
    return cakupanBatasSubmisiHari;
  }

  /** Findings kept per instansi and period ({@code kelemahan.temuan_maksimum}). */
  public int kelemahanTemuanMaksimum() {
    return kelemahanTemuanMaksimum;
  }

  /** Smallest unit/jabatan group named as lagging ({@code kelemahan.ukuran_kelompok_minimum}). */
  public int kelemahanUkuranKelompokMinimum() {
    return kelemahanUkuranKelompokMinimum;
  }

  /** Smallest gap, in points, of a finding ({@code kelemahan.selisih_minimum}). */
  public BigDecimal kelemahanSelisihMinimum() {
    return kelemahanSelisihMinimum;
  }

  /**
   * Smallest group whose measures the analyst warehouse and the letters show ({@code
   * privasi.sel_minimum}); smaller cells are marked {@code sel_kecil}.
   */
  public int privasiSelMinimum() {
    return privasiSelMinimum;
  }

  /** Days the instansi has to act after the letter's date ({@code surat.tenggat_hari}). */
  public int suratTenggatHari() {
    return suratTenggatHari;
  }

  /**
   * The wording of the escalation letter and the thank-you note ({@code eskalasi.*}, {@code
   * terima_kasih.*}): the default addressee and the checked MessageFormat templates.
   */
  public TeksSuratLanjut teksSuratLanjut() {
    return teksSuratLanjut;
  }

  /**
   * The portal's public address ({@code portal.url_publik}): an absolute http or https URL with a
   * host, without query, fragment or trailing {@code /}; issued PDFs link to {@code
   * <this>/verifikasi/<kode>}.
   */
  public String portalUrlPublik() {
    return portalUrlPublik;
  }

  /**
   * The value of a key, as set (no trimming), for the keys another module owns and checks itself
   * (schedules: {@code pengiriman.*}, {@code penjadwal.*}); empty when not set at all.
   */
  public Optional<String> get(String key) {
    return Optional.ofNullable(properties.get(key));
  }

  /** The value of a key of core's defaults file, which always has one (maybe blank). */
  String value(String key) {
    String v = properties.get(key);
    if (v == null) {
      throw new IllegalStateException("Missing from " + DEFAULTS + ": " + key);
    }
    return v;
  }

  private Optional<String> text(String key) {
    return Optional.of(value(key).strip()).filter(s -> !s.isEmpty());
  }

  private String memoryLimit(String key) {
    String allowed = Pesan.CORE.f("konfig.memori");
    String value = required(key, allowed);
    Matcher m = MEMORY_LIMIT.matcher(value);
    if (!m.matches()) {
      throw invalid(key, value, allowed);
    }
    String unit = m.group(2).toUpperCase(Locale.ROOT);
    int power = "KMGT".indexOf(unit.charAt(0)) + 1;
    long base = unit.contains("I") ? 1024 : 1000;
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(base).pow(power));
    if (bytes.compareTo(BigDecimal.valueOf(MEMORY_LIMIT_MINIMUM_BYTES)) < 0) {
      throw invalid(key, value, allowed);
    }
    return value;
  }

  /** An absolute http(s) URL with a host, no user, query or fragment; trailing '/' dropped. */
  private String urlPublik(String key) {
    String allowed = Pesan.CORE.f("konfig.url");
    String value = required(key, allowed);
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw invalid(key, value, allowed);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw invalid(key, value, allowed);
    }
    String out = value;
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  private BigDecimal percent(String key) {
    BigDecimal v = decimal(key);
    if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw invalid(key, v.toPlainString(), Pesan.CORE.f("konfig.persen"));
    }
    return v;
  }

  private BigDecimal nonNegative(String key) {
    BigDecimal v = decimal(key);
    if (v.signum() < 0) {
      throw invalid(key, v.toPlainString(), Pesan.CORE.f("konfig.tidak.negatif"));
    }
    return v;
  }

  /** The trimmed value; a blank one is refused with what is allowed, like any bad value. */
  private String required(String key, String allowed) {
    String v = properties.get(key);
    if (v == null || v.isBlank()) {
      throw invalid(key, v == null ? "" : v, Pesan.CORE.f("konfig.kosong", allowed));
    }
    return v.trim();
  }

  /** Exactly {@code true} or {@code false} (any case): "ya", "1" or "mungkin" are refused. */
  private boolean bool(String key) {
    String v = required(key, Pesan.CORE.f("konfig.boolean"));
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    throw invalid(key, properties.get(key), Pesan.CORE.f("konfig.boolean"));
  }

  private int intValue(String key, int minimum, int maximum) {
    String range =
        maximum == Integer.MAX_VALUE
            ? Pesan.CORE.f("konfig.bulat.minimum", Integer.toString(minimum))
            : Pesan.CORE.f(
                "konfig.bulat.rentang", Integer.toString(minimum), Integer.toString(maximum));
    int v;
    try {
      v = Integer.parseInt(required(key, range));
    } catch (NumberFormatException e) {
      throw invalid(key, properties.get(key), range);
    }
    if (v < minimum || v > maximum) {
      throw invalid(key, Integer.toString(v), range);
    }
    return v;
  }

  private OptionalInt optionalInt(String key, int minimum, int maximum) {
    String v = properties.get(key);
    return v == null || v.isBlank()
        ? OptionalInt.empty()
        : OptionalInt.of(intValue(key, minimum, maximum));
  }

  private BigDecimal decimal(String key) {
    try {
      return new BigDecimal(required(key, Pesan.CORE.f("konfig.angka")));
    } catch (NumberFormatException e) {
      throw invalid(key, properties.get(key), Pesan.CORE.f("konfig.angka"));
    }
  }

  /** "Nilai konfigurasi tidak sah untuk KEY: "VALUE" (ALLOWED)", one line. */
  static PengaturanTidakSah invalid(String key, String value, String allowed) {
    return new PengaturanTidakSah(Pesan.CORE.f("konfig.nilai.tidak.sah", key, value, allowed));
  }
}
