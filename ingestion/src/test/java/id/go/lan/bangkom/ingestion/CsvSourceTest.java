package id.go.lan.bangkom.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV reader returns the fields a writer put in, over a file much larger than its buffer, so
 * plain, quoted, empty and multi-line fields fall across buffer boundaries at many places.
 */
class CsvSourceTest {
  @TempDir Path tmp;

  @Test
  void fieldsComeBackAsWrittenAcrossBufferBoundaries() throws Exception {
    Random random = new Random(7);
    String[] pool = {
      "",
      "plain",
      "  padded  ",
      "with,comma",
      "with \"\"quote\"\"",
      "two\nlines",
      "crlf\r\nline",
      "198609262015051001",
      "Biro Umum dan Keuangan",
      "é ü ñ",
      "x"
    };
    List<List<String>> expected = new ArrayList<>();
    StringBuilder csv = new StringBuilder("a,b,c,d\n");
    for (int r = 0; r < 20_000; r++) {
      List<String> row = new ArrayList<>();
      for (int f = 0; f < 4; f++) {
        String raw = pool[random.nextInt(pool.length)];
        boolean quote =
            raw.contains(",") || raw.contains("\n") || raw.contains("\"") || random.nextInt(5) == 0;
        row.add(raw.replace("\"\"", "\""));
        csv.append(quote ? "\"" + raw + "\"" : raw).append(f < 3 ? "," : "");
      }
      csv.append(random.nextBoolean() ? "\r\n" : "\n");
      expected.add(row);
    }
    Path file = tmp.resolve("big.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    List<List<String>> read = new ArrayList<>();
    List<Long> numbers = new ArrayList<>();
    try (CsvSource source = new CsvSource(file, "big.csv", true)) {
      assertThat(source.header()).containsExactly("a", "b", "c", "d");
      RawRow row;
      while ((row = source.next()) != null) {
        read.add(row.cells().stream().map(RawCell::text).toList());
        numbers.add(row.nomorBaris());
      }
    }
    assertThat(read).isEqualTo(expected);
    assertThat(numbers.get(0)).isEqualTo(2);
    assertThat(numbers.get(numbers.size() - 1)).isEqualTo(20_001);
  }

  @Test
  void aQuoteAfterBlanksOpensAQuotedFieldAndALaterQuoteIsText() throws Exception {
    Path file = tmp.resolve("q.csv");
    Files.writeString(file, "a;b;c\n  \"x;y\" ;ab\"c;\"d\"e\r\nlast", StandardCharsets.UTF_8);
    try (CsvSource source = new CsvSource(file, "q.csv", true)) {
      source.header();
      assertThat(source.next().cells().stream().map(RawCell::text))
          .containsExactly("x;y ", "ab\"c", "de");
      assertThat(source.next().cells().stream().map(RawCell::text)).containsExactly("last");
      assertThat(source.next()).isNull();
    }
  }
}
