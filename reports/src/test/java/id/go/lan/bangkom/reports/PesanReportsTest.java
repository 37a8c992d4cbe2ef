package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.BangkomConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's bundle {@code bangkom/pesan/reports.properties} and the code agree: every key the
 * code names exists, every key is used, and no text a person reads is English (issue 18.4).
 */
class PesanReportsTest {
  private static final Path SOURCES = Path.of("src/main/java/id/go/lan/bangkom/reports");

  /** A string literal of the sources that looks like a key: {@code section.part[.part...]}. */
  private static final Pattern KEY_LITERAL =
      Pattern.compile("\"([a-z_]+(?:\\.[A-Za-z0-9_]+)+\\.?)\"");

  /** A file name, such as a template's: {@code dokumen.jrxml}. */
  private static final Pattern NAMA_BERKAS =
      Pattern.compile("\\.(jrxml|jasper|pdf|csv|xlsx|properties|duckdb|parquet)$");

  /** Whole words that mark a text as English (error messages used to read "Cannot ..."). */
  private static final Set<String> ENGLISH =
      Set.of(
          "cannot",
          "can",
          "the",
          "file",
          "files",
          "must",
          "invalid",
          "failed",
          "fail",
          "error",
          "unable",
          "could",
          "not",
          "while",
          "interrupted",
          "unknown",
          "without",
          "should",
          "missing",
          "found",
          "is",
          "are",
          "and",
          "or",
          "of",
          "to",
          "for",
          "with",
          "such",
          "read",
          "write",
          "written",
          "please",
          "retry",
          "no such");

  private static final Set<String> KEYS = Teks.PESAN.kunci();

  @Test
  void everyKeyTheCodeNamesExists() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (String literal : keyLiterals()) {
      if (literal.endsWith(".")) {
        assertThat(KEYS).as("keys under %s", literal).anyMatch(k -> k.startsWith(literal));
      } else if (!KEYS.contains(literal)) {
        missing.add(literal);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKeyIsUsed() throws IOException {
    Set<String> literals = keyLiterals();
    Set<String> unused =
        KEYS.stream()
            .filter(k -> !literals.contains(k))
            .filter(k -> literals.stream().noneMatch(l -> l.endsWith(".") && k.startsWith(l)))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(unused).isEmpty();
  }

  @Test
  void noTextIsEnglish() {
    for (String key : KEYS) {
      String value = Teks.PESAN.f(key);
      for (String word : value.split("[^\\p{L}]+")) {
        assertThat(ENGLISH)
            .as("English word \"%s\" in %s = %s", word, key, value)
            .doesNotContain(word.toLowerCase(Locale.ROOT));
      }
    }
  }

  @Test
  void everyTextIsAValidMessagePattern() {
    for (String key : KEYS) {
      String pola = Teks.PESAN.f(key);
      // Throws on an unbalanced brace or a stray quote (a lone apostrophe hides the rest).
      new MessageFormat(pola, Locale.ROOT);
      assertThat(pola).as(key).doesNotContainPattern("(?<!')'(?!')");
    }
  }

  @Test
  void theEnglishCheckCatchesAnEnglishMessage() {
    String english = "Cannot read the warehouse, no such file";
    assertThat(Stream.of(english.split("[^\\p{L}]+")).map(w -> w.toLowerCase(Locale.ROOT)))
        .anyMatch(ENGLISH::contains);
  }

  /**
   * Key-like literals of the sources, without the configuration keys the settings read ({@code
   * surat.tenggat_hari}) and file names ({@code dokumen.jrxml}).
   */
  private static Set<String> keyLiterals() throws IOException {
    BangkomConfig defaults = BangkomConfig.defaults();
    Set<String> out = new TreeSet<>();
    List<Path> files;
    // The whole tree: the worklist's package (tindaklanjut) uses this bundle too.
    try (Stream<Path> s = Files.walk(SOURCES)) {
      files = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path file : files) {
      Matcher m = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (m.find()) {
        String literal = m.group(1);
        if (defaults.get(literal).isEmpty() && !NAMA_BERKAS.matcher(literal).find()) {
          out.add(literal);
        }
      }
    }
    return out;
  }
}
