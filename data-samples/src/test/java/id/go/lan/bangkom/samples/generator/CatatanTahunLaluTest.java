package id.go.lan.bangkom.samples.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Last December's records sent with the next year's CW1 (issue 15.2), on demand: the same two-year
 * nation with a share of 0 and of 0.1 of people having one. The first year's later files are the
 * same; the first year's end counts the difference, and the manifest says how much of its total
 * came from the next year's submissions.
 */
class CatatanTahunLaluTest {
  private static final InstansiMaster MASTER = InstansiMaster.load(Optional.empty());
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static JsonNode none;
  static JsonNode some;

  private static JsonNode generate(String name, double share) throws Exception {
    Path out = dir.resolve(name);
    NationGenerator.generate(
        new GeneratorOptions(Periode.parse("2026-CW1"), 2025, 0.0005, 5, 0, 6, out, 0, share),
        MASTER.all(),
        1,
        l -> {});
    return JSON.readTree(out.resolve("manifest.json").toFile());
  }

  @BeforeAll
  static void theSameNationWithoutAndWithLateRecords() throws Exception {
    none = generate("none", 0);
    some = generate("some", 0.1);
  }

  /** kode periode -> the instansi's figures at that cut-off. */
  private static Map<String, JsonNode> perCutoff(JsonNode manifest) {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode i : manifest.path("instansi")) {
      for (JsonNode p : i.path("periode")) {
        if (p.path("melapor").asBoolean()) {
          out.put(
              i.path("kode_instansi").asText()
                  + " "
                  + p.path("tahun").asInt()
                  + "-CW"
                  + p.path("caturwulan").asInt(),
              p);
        }
      }
    }
    return out;
  }

  private static BigDecimal late(JsonNode figures) {
    return figures.path("jp_dari_kiriman_tahun_berikutnya").decimalValue();
  }

  @Test
  void withNoneNoYearEndCountsAnythingFromTheNextYear() {
    assertThat(none.path("opsi").path("catatan_tahun_lalu").asDouble()).isZero();
    assertThat(perCutoff(none).values()).allSatisfy(f -> assertThat(late(f)).isZero());
  }

  @Test
  void withSomeTheFirstYearsEndGainsExactlyWhatTheNextYearBrought() {
    Map<String, JsonNode> without = perCutoff(none);
    Map<String, JsonNode> with = perCutoff(some);
    assertThat(with.keySet()).isEqualTo(without.keySet());
    BigDecimal brought = BigDecimal.ZERO;
    for (Map.Entry<String, JsonNode> e : with.entrySet()) {
      JsonNode a = e.getValue();
      JsonNode b = without.get(e.getKey());
      if (e.getKey().endsWith("2025-CW3")) {
        brought = brought.add(late(a));
        assertThat(a.path("total_jp").decimalValue().subtract(late(a)))
            .as(e.getKey())
            .isEqualByComparingTo(b.path("total_jp").decimalValue());
      } else {
        // Only a year end counts records of an earlier year; the other cut-offs are unchanged.
        assertThat(late(a)).as(e.getKey()).isZero();
        if (e.getKey().contains("2025-")) {
          assertThat(a).as(e.getKey()).isEqualTo(b);
        }
      }
    }
    assertThat(brought).isPositive();
    // The national year end adds up the instansi's.
    for (JsonNode n : some.path("nasional")) {
      if (n.path("tahun").asInt() == 2025 && n.path("caturwulan").asInt() == 3) {
        assertThat(late(n)).isEqualByComparingTo(brought);
      }
    }
  }

  @Test
  void theFirstYearsLaterFilesAreTheSameEitherWay() throws Exception {
    // 2025-CW1 differs: it carries the records of December 2024 (which count nowhere here).
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir.resolve("none"))) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> p.toString().contains("2025-CW2") || p.toString().contains("2025-CW3"))
              .sorted()
              .toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      Path other = dir.resolve("some").resolve(dir.resolve("none").relativize(f));
      assertThat(Files.readAllBytes(other)).as(f.toString()).isEqualTo(Files.readAllBytes(f));
    }
  }

  @Test
  void aShareOutsideZeroToAHalfIsRefused() {
    assertThatThrownBy(
            () ->
                new GeneratorOptions(Periode.parse("2026-CW1"), 2025, 0.0005, 5, 0, 6, dir, 0, 0.6))
        .hasMessageContaining("0.6");
  }
}
