package id.go.lan.bangkom.portal;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.schedules.ModuleSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The portal's settings (keys {@code portal.*}, defaults in {@code
 * bangkom/portal-default.properties}; {@code portal.url_publik} is core's, since documents print
 * it).
 *
 * @param jdbcUrl empty: H2 in {@code <workspace>/portal/}
 * @param ukuranUnggahMaks bytes, all files of one upload together
 */
public record PengaturanPortal(
    String host,
    int port,
    Optional<String> jdbcUrl,
    Optional<String> jdbcPengguna,
    Optional<String> jdbcSandi,
    long ukuranUnggahMaks,
    Duration sesi,
    Duration undangan,
    int gagalMasukMaks,
    Duration kunci,
    String urlPublik,
    boolean cookieAman) {
  static final String DEFAULTS = "/bangkom/portal-default.properties";

  public PengaturanPortal {
    requireNonNull(host, "host is null");
    requireNonNull(jdbcUrl, "jdbcUrl is null");
    requireNonNull(jdbcPengguna, "jdbcPengguna is null");
    requireNonNull(jdbcSandi, "jdbcSandi is null");
    requireNonNull(sesi, "sesi is null");
    requireNonNull(undangan, "undangan is null");
    requireNonNull(kunci, "kunci is null");
    requireNonNull(urlPublik, "urlPublik is null");
  }

  /** Reads and validates every {@code portal.*} key, secrets from the process environment. */
  public static PengaturanPortal from(BangkomConfig config) {
    return from(config, System::getenv);
  }

  /** As {@link #from(BangkomConfig)}, secrets through {@code environment} (tests). */
  public static PengaturanPortal from(BangkomConfig config, Function<String, String> environment) {
    ModuleSettings s = ModuleSettings.of(config, DEFAULTS, environment);
    String url =
        config.get("portal.url_publik").orElse("http://127.0.0.1:7070").replaceAll("/+$", "");
    return new PengaturanPortal(
        s.required("portal.host"),
        s.integer("portal.port", 0, 65535),
        s.get("portal.jdbc_url"),
        s.get("portal.jdbc_pengguna"),
        s.secretFromEnvironment("portal.variabel_sandi_jdbc"),
        s.integer("portal.ukuran_unggah_maks_mb", 1, 2048) * 1024L * 1024L,
        Duration.ofMinutes(s.integer("portal.sesi_menit", 1, 7 * 24 * 60)),
        Duration.ofHours(s.integer("portal.undangan_jam", 1, 24 * 30)),
        s.integer("portal.gagal_masuk_maks", 1, 100),
        Duration.ofMinutes(s.integer("portal.kunci_menit", 1, 24 * 60)),
        url,
        s.bool("portal.cookie_aman"));
  }

  /** The same settings on another port (tests start on port 0). */
  public PengaturanPortal denganPort(int lain) {
    return new PengaturanPortal(
        host,
        lain,
        jdbcUrl,
        jdbcPengguna,
        jdbcSandi,
        ukuranUnggahMaks,
        sesi,
        undangan,
        gagalMasukMaks,
        kunci,
        urlPublik,
        cookieAman);
  }
}
