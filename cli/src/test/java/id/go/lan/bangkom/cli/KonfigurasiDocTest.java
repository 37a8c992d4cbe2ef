package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 18.3: docs/konfigurasi.md and the defaults files of every module (each named by a {@code
 * bangkom/pengaturan-default.index} on the class path, as core finds them) list the same keys with
 * the same defaults. The cli module sees every module, so it holds this test.
 */
class KonfigurasiDocTest {
  private static final String INDEX = "bangkom/pengaturan-default.index";

  /** An optional key documented without a default: {@code # key=example}. */
  private static final Pattern COMMENTED_KEY =
      Pattern.compile("^#\\s?([a-z][a-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\\s*=.*$");

  private static final Pattern DOC_KEY = Pattern.compile("^### `([^`]+)`\\s*$");
  private static final Pattern DOC_DEFAULT =
      Pattern.compile("^- Bawaan: (?:`(.*)`|\\((\\S+(?: \\S+)?)\\))\\s*$");

  /** How the doc writes a key without a default. */
  private static final String UNSET = "(tidak diisi)";

  @Test
  void theOperatorDocListsEveryKeyOfEveryModuleWithItsDefault() throws IOException {
    Map<String, String> files = defaultsFiles();
    Map<String, String> doc = documented(Path.of("..", "docs", "konfigurasi.md"));

    assertThat(files).as("keys in the defaults files").hasSizeGreaterThan(40);
    assertThat(doc.keySet())
        .as("keys in docs/konfigurasi.md (left) against the defaults files")
        .containsExactlyInAnyOrderElementsOf(files.keySet());
    assertThat(doc).as("defaults in docs/konfigurasi.md").isEqualTo(files);
  }

  /** Every key of every indexed defaults file with its default, or {@link #UNSET}. */
  private static Map<String, String> defaultsFiles() throws IOException {
    ClassLoader loader = KonfigurasiDocTest.class.getClassLoader();
    Map<String, String> out = new TreeMap<>();
    List<URL> indexes = Collections.list(loader.getResources(INDEX));
    assertThat(indexes).as("indexes " + INDEX).hasSizeGreaterThanOrEqualTo(2);
    for (URL index : indexes) {
      for (String resource : lines(index)) {
        String t = resource.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        URL file = loader.getResource(t);
        assertThat(file).as("defaults file %s named by %s", t, index).isNotNull();
        for (String line : lines(file)) {
          Matcher m = COMMENTED_KEY.matcher(line.strip());
          if (m.matches()) {
            out.put(m.group(1), UNSET);
          }
        }
        Properties p = new Properties();
        try (InputStream in = file.openStream()) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : p.stringPropertyNames()) {
          out.put(key, p.getProperty(key).strip());
        }
      }
    }
    return out;
  }

  /** The keys of the doc ({@code ### `key`}) with their "Bawaan" line. */
  private static Map<String, String> documented(Path doc) throws IOException {
    Map<String, String> out = new TreeMap<>();
    String key = null;
    for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
      Matcher k = DOC_KEY.matcher(line);
      if (k.matches()) {
        assertThat(key).as("key %s has no '- Bawaan:' line", key).isNull();
        key = k.group(1);
        assertThat(out).as("documented twice").doesNotContainKey(key);
        continue;
      }
      Matcher d = DOC_DEFAULT.matcher(line);
      if (key != null && d.matches()) {
        if (d.group(1) != null) {
          out.put(key, d.group(1));
        } else {
          String word = "(" + d.group(2) + ")";
          assertThat(word).as("default of %s", key).isIn("(kosong)", UNSET);
          out.put(key, word.equals("(kosong)") ? "" : UNSET);
        }
        key = null;
      }
    }
    assertThat(key).as("key %s has no '- Bawaan:' line", key).isNull();
    return out;
  }

  private static List<String> lines(URL url) throws IOException {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }
}
