package id.go.lan.bangkom.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Pesan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ingestion bundle ({@code bangkom/pesan/ingestion.properties}) and the code agree: every key
 * the code asks for is there, every key there is asked for, and every text reads as Indonesian.
 */
class PesanBundleTest {
  private static final Path SOURCES = Path.of("src/main/java/id/go/lan/bangkom/ingestion");

  /** A literal key handed to {@code PESAN.f}. */
  private static final Pattern LITERAL_KEY = Pattern.compile("PESAN\\.f\\(\\s*\"([^\"]+)\"");

  /** {@code Fault.variant(REASON, <variant expression>, ...)}. */
  private static final Pattern VARIANT =
      Pattern.compile("Fault\\.variant\\(\\s*(?:RejectReason\\.)?([A-Z_]+),\\s*([^,]*),");

  /** {@code Fault.of(REASON, ...)}: the reason's plain key. */
  private static final Pattern PLAIN =
      Pattern.compile("Fault\\.of\\(\\s*(?:RejectReason\\.)?([A-Z_]+)");

  /** {@code FileRefusedException.encoding("variant", ...)}: a BERKAS_RUSAK variant. */
  private static final Pattern ENCODING = Pattern.compile("encoding\\(\\s*\"([a-z_0-9]+)\"");

  private static final Pattern STRING = Pattern.compile("\"([a-z_0-9.]+)\"");

  private static final Pattern VARIANT_NAME = Pattern.compile("\"([a-z_0-9]+)\"");

  /** The sections of the bundle's own (non-reason) keys. */
  private static final Pattern SECTION_KEY =
      Pattern.compile("(tt|galat|cek|folder|rusak|kunci)\\.[a-z_.]+");

  /** Common English words that have no place in an Indonesian message. */
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(cannot|the|file|files|row|rows|must|invalid|not|should|error|failed|please|could"
              + "|unable|missing|column)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pesan PESAN = Pesan.modul("ingestion");
  private static String code;
  private static Set<String> literals;

  @BeforeAll
  static void readSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      code =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .sorted()
              .map(PesanBundleTest::read)
              .collect(Collectors.joining("\n"));
    }
    literals = new TreeSet<>();
    Matcher m = STRING.matcher(code);
    while (m.find()) {
      literals.add(m.group(1));
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyKeyTheCodeAsksForIsInTheBundle() {
    Set<String> asked = new TreeSet<>();
    Matcher literal = LITERAL_KEY.matcher(code);
    while (literal.find()) {
      asked.add(literal.group(1));
    }
    literals.stream().filter(l -> SECTION_KEY.matcher(l).matches()).forEach(asked::add);
    Matcher plain = PLAIN.matcher(code);
    while (plain.find()) {
      asked.add(plain.group(1) + ".pesan");
      asked.add(plain.group(1) + ".saran");
    }
    Matcher variant = VARIANT.matcher(code);
    while (variant.find()) {
      Matcher names = VARIANT_NAME.matcher(variant.group(2));
      while (names.find()) {
        asked.add(variant.group(1) + "." + names.group(1) + ".pesan");
        asked.add(variant.group(1) + "." + names.group(1) + ".saran");
      }
      if (variant.group(2).contains("null")) {
        asked.add(variant.group(1) + ".pesan");
        asked.add(variant.group(1) + ".saran");
      }
    }
    Matcher encoding = ENCODING.matcher(code);
    while (encoding.find()) {
      asked.add("BERKAS_RUSAK." + encoding.group(1) + ".pesan");
      asked.add("BERKAS_RUSAK." + encoding.group(1) + ".saran");
    }
    assertThat(asked).hasSizeGreaterThan(60);
    assertThat(PESAN.kunci()).containsAll(asked);
  }

  @Test
  void everyKeyInTheBundleIsUsed() {
    Set<String> reasons =
        Arrays.stream(RejectReason.values()).map(Enum::name).collect(Collectors.toSet());
    Pattern reasonKey = Pattern.compile("([A-Z_]+)(?:\\.([a-z_0-9]+))?\\.(pesan|saran)");
    Set<String> unused = new TreeSet<>();
    for (String key : PESAN.kunci()) {
      Matcher m = reasonKey.matcher(key);
      boolean used =
          m.matches()
              ? reasons.contains(m.group(1))
                  && (m.group(2) == null || literals.contains(m.group(2)))
              : literals.contains(key);
      if (!used) {
        unused.add(key);
      }
    }
    assertThat(unused).isEmpty();
  }

  @Test
  void everyReasonHasAMessageAndAHint() {
    for (RejectReason r : RejectReason.values()) {
      Set<String> keys =
          PESAN.kunci().stream()
              .filter(k -> k.startsWith(r.name() + "."))
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(keys).as(r.name()).isNotEmpty();
      for (String k : keys) {
        String other =
            k.endsWith(".pesan")
                ? k.substring(0, k.length() - 5) + "saran"
                : k.substring(0, k.length() - 5) + "pesan";
        assertThat(PESAN.kunci()).as(k).contains(other);
      }
    }
  }

  @Test
  void everyTextIsIndonesian() {
    Set<String> english = new TreeSet<>();
    for (String key : PESAN.kunci()) {
      String text = PESAN.f(key);
      Matcher m = ENGLISH.matcher(text);
      if (m.find()) {
        english.add(key + ": " + m.group().toLowerCase(Locale.ROOT));
      }
    }
    assertThat(english).isEmpty();
  }

  @Test
  void theEnglishCheckCatchesAnEnglishSentence() {
    assertThat(ENGLISH.matcher("Cannot read the file").find()).isTrue();
    assertThat(ENGLISH.matcher("Berkas tidak dapat dibaca: pegawai.csv").find()).isFalse();
  }
}
