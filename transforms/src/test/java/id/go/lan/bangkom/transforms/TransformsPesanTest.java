package id.go.lan.bangkom.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The transforms' user-visible texts come from bangkom/pesan/transforms.properties: every key the
 * code names exists, and no text reads as English.
 */
class TransformsPesanTest {
  private static final Path SUMBER = Path.of("src/main/java/id/go/lan/bangkom/transforms");

  /**
   * {@code Teks.f("key",} and {@code Teks.kolom("key")}, possibly across a line break; a key built
   * from a prefix ({@code "kemajuan.tahap." + ...}) is checked apart.
   */
  private static final Pattern KUNCI =
      Pattern.compile("Teks\\.(?:f|kolom)\\(\\s*\"([a-z_.]+)\"\\s*[,)]");

  /** The third argument of {@code tidakSah(key, value, "allowed", ...)}. */
  private static final Pattern BOLEH =
      Pattern.compile("tidakSah\\(\\s*[^,;]+,\\s*[^,;]+,\\s*\"([a-z_]+)\"");

  /** Words of an English message; none is an Indonesian word. */
  private static final Set<String> INGGRIS =
      Set.of(
          "the", "and", "of", "to", "is", "are", "not", "cannot", "can", "with", "for", "from",
          "file", "error", "failed", "could", "was", "were", "be", "this", "that", "by", "at", "or",
          "an", "no", "invalid", "missing", "must", "value", "read", "write", "inputs");

  private static String sumber() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(SUMBER)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }

  @Test
  void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
    String code = sumber();
    Set<String> dipakai = new TreeSet<>();
    Matcher m = KUNCI.matcher(code);
    while (m.find()) {
      dipakai.add(m.group(1));
    }
    Matcher b = BOLEH.matcher(code);
    while (b.find()) {
      dipakai.add("pengaturan.boleh." + b.group(1));
    }
    for (String tabel : TransformJob.TABLES) {
      dipakai.add("kemajuan.tahap." + TransformJob.tahap(tabel));
    }
    assertThat(dipakai).hasSizeGreaterThan(20);
    assertThat(Teks.PESAN.kunci()).containsAll(dipakai);
  }

  @Test
  void noTextReadsAsEnglish() {
    for (String kunci : Teks.PESAN.kunci()) {
      String teks = Teks.f(kunci);
      for (String kata : teks.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
        assertThat(INGGRIS).as("%s = %s", kunci, teks).doesNotContain(kata);
      }
    }
  }
}
