package id.go.lan.bangkom.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration keys the product knows, so that a misspelt key is refused instead of ignored.
 *
 * <p>Each module that owns keys documents them in its own defaults file and names that file in a
 * resource with the fixed name {@value #INDEX} (one resource path a line); core, which depends on
 * no other module, collects every such index on the class path with {@link
 * ClassLoader#getResources(String)}. Core's index names {@code bangkom/bangkom-default.properties},
 * schedules' index names {@code bangkom/pengiriman-default.properties}; a new module adds its own
 * index and nothing in core changes. The launcher runs on a class path of separate jars (no fat
 * jar), so the indexes of the modules do not overwrite one another.
 *
 * <p>Known keys are: every key set in a defaults file; every optional key documented there as a
 * comment line {@code # key=example} (a key without a default, e.g. {@code ingest.paralel}); and
 * the pattern keys {@code target.jp.<JENIS>} and {@code target.jp.<JENIS>.<YYYY>} of {@link
 * BangkomConfig#JENIS_PEGAWAI}.
 */
final class KunciPengaturan {
  static final String INDEX = "bangkom/pengaturan-default.index";

  /** {@code # key=...}: an optional key documented without a default. */
  private static final Pattern COMMENTED_KEY =
      Pattern.compile("^#\\s?([a-z][a-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\\s*=.*$");

  private static final Pattern TARGET_KEY =
      Pattern.compile("target\\.jp\\.([A-Z]+)(?:\\.(\\d{4}))?");
  private static final Pattern YEAR_SUFFIX = Pattern.compile(".*\\.(\\d{1,4})$");

  private final Set<String> keys;
  private final Set<String> sections;

  private KunciPengaturan(Set<String> keys) {
    this.keys = Collections.unmodifiableSet(keys);
    Set<String> s = new TreeSet<>();
    for (String key : keys) {
      s.add(key.substring(0, key.indexOf('.')));
    }
    this.sections = Collections.unmodifiableSet(s);
  }

  /** The keys of every defaults file named by an index on the class path of this class. */
  static KunciPengaturan load() {
    ClassLoader loader = KunciPengaturan.class.getClassLoader();
    Set<String> keys = new TreeSet<>();
    try {
      Enumeration<URL> indexes = loader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        for (String resource : lines(indexes.nextElement())) {
          URL url = loader.getResource(resource);
          if (url == null) {
            throw new IllegalStateException(Pesan.CORE.f("pengaturan.bawaan.tidak.ada", resource));
          }
          keys.addAll(keysOf(url));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(Pesan.CORE.f("pengaturan.indeks.tidak.terbaca", INDEX), e);
    }
    return new KunciPengaturan(keys);
  }

  /** The known literal keys (without the target patterns). */
  Set<String> keys() {
    return keys;
  }

  /** The first parts of the known keys ({@code periode}, {@code target}, {@code pengiriman}...). */
  Set<String> sections() {
    return sections;
  }

  boolean known(String key) {
    if (keys.contains(key)) {
      return true;
    }
    Matcher m = TARGET_KEY.matcher(key);
    return m.matches() && BangkomConfig.JENIS_PEGAWAI.contains(m.group(1));
  }

  /** The known key nearest to {@code key}, when one is near enough to be what was meant. */
  Optional<String> nearest(String key) {
    List<String> candidates = new ArrayList<>(keys);
    if (key.toLowerCase(Locale.ROOT).startsWith("target.")) {
      Matcher year = YEAR_SUFFIX.matcher(key);
      for (String jenis : BangkomConfig.JENIS_PEGAWAI) {
        candidates.add("target.jp." + jenis);
        if (year.matches()) {
          String y = year.group(1);
          // A two-digit year is most likely this century's.
          candidates.add("target.jp." + jenis + "." + (y.length() == 2 ? "20" + y : y));
        }
      }
    }
    String lower = key.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      // Case is compared apart: "target.jp.pns" is one step from nothing but target.jp.PNS.
      int d =
          2 * distance(lower, candidate.toLowerCase(Locale.ROOT)) + (candidate.equals(key) ? 0 : 1);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int edits = bestDistance / 2;
    return best != null && edits <= Math.max(2, key.length() / 3)
        ? Optional.of(best)
        : Optional.empty();
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  private static List<String> lines(URL url) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static Set<String> keysOf(URL url) throws IOException {
    Set<String> out = new TreeSet<>();
    Properties p = new Properties();
    try (InputStream in = url.openStream()) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    out.addAll(p.stringPropertyNames());
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        Matcher m = COMMENTED_KEY.matcher(line.strip());
        if (m.matches()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }
}
