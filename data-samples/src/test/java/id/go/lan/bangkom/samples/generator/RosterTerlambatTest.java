package id.go.lan.bangkom.samples.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "roster after bangkom" option (issue 15.1): the same nation as without it, where the rosters
 * of the last period of the first instansi that can have one are held back under {@code
 * .roster-terlambat/}, and a manifest whose true figures are unchanged.
 */
class RosterTerlambatTest {
  private static final InstansiMaster MASTER = InstansiMaster.load(Optional.empty());
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path plain;
  static Path late;

  private static GeneratorOptions options(Path out, int rosterTerlambat) {
    return new GeneratorOptions(
        Periode.parse("2026-CW2"), 2026, 0.0005, 11, 0.02, 6, out, rosterTerlambat);
  }

  @BeforeAll
  static void theSameNationWithAndWithoutTwoLateRosters() {
    plain = dir.resolve("plain");
    late = dir.resolve("late");
    NationGenerator.generate(options(plain, 0), MASTER.all(), 1, l -> {});
    NationGenerator.generate(options(late, 2), MASTER.all(), 1, l -> {});
  }

  private static List<Path> files(Path root) throws Exception {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  @Test
  void twoRostersOfTheLastPeriodAreHeldBackAndTheirBangkomStays() throws Exception {
    JsonNode moved = JSON.readTree(late.resolve("manifest.json").toFile()).path("roster_terlambat");
    assertThat(moved.path("berkas")).hasSize(2);
    for (JsonNode m : moved.path("berkas")) {
      String kode = m.path("kode_instansi").asText();
      assertThat(m.path("periode").asText()).isEqualTo("2026-CW2");
      Path held = late.resolve(m.path("berkas").asText());
      assertThat(
              held.startsWith(late.resolve(".roster-terlambat").resolve(kode).resolve("2026-CW2")))
          .isTrue();
      assertThat(held.getFileName().toString()).startsWith("pegawai.");
      Path period = late.resolve(kode).resolve("2026-CW2");
      try (Stream<Path> s = Files.list(period)) {
        List<String> names = s.map(p -> p.getFileName().toString()).toList();
        assertThat(names).noneMatch(n -> n.startsWith("pegawai."));
        assertThat(names).anyMatch(n -> n.startsWith("bangkom."));
      }
      // The roster is the one the plain nation sends, byte for byte.
      assertThat(Files.readAllBytes(held))
          .isEqualTo(
              Files.readAllBytes(
                  plain.resolve(kode).resolve("2026-CW2").resolve(held.getFileName())));
    }
  }

  @Test
  void onlyWhereTheRostersLieChanges() throws Exception {
    List<String> plainFiles = new ArrayList<>();
    for (Path p : files(plain)) {
      plainFiles.add(p.toString());
    }
    List<String> lateFiles = new ArrayList<>();
    for (Path p : files(late)) {
      String s = p.toString();
      lateFiles.add(
          s.startsWith(".roster-terlambat/") ? s.substring(".roster-terlambat/".length()) : s);
    }
    assertThat(lateFiles).containsExactlyInAnyOrderElementsOf(plainFiles);
    for (Path p : files(plain)) {
      if (!p.toString().equals("manifest.json") && Files.exists(late.resolve(p))) {
        assertThat(Files.readAllBytes(late.resolve(p)))
            .as(p.toString())
            .isEqualTo(Files.readAllBytes(plain.resolve(p)));
      }
    }
  }

  @Test
  void theManifestTrueFiguresAreThoseOfTheNationWithoutTheOption() throws Exception {
    ObjectNode a = (ObjectNode) JSON.readTree(plain.resolve("manifest.json").toFile());
    ObjectNode b = (ObjectNode) JSON.readTree(late.resolve("manifest.json").toFile());
    assertThat(b.path("opsi").path("roster_terlambat").asInt()).isEqualTo(2);
    assertThat(a.path("opsi").path("roster_terlambat").asInt()).isZero();
    assertThat(a.has("roster_terlambat")).isFalse();
    ((ObjectNode) a.path("opsi")).remove("roster_terlambat");
    ((ObjectNode) b.path("opsi")).remove("roster_terlambat");
    b.remove("roster_terlambat");
    assertThat(b).isEqualTo(a);
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> options(dir.resolve("x"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--roster-terlambat");
  }
}
