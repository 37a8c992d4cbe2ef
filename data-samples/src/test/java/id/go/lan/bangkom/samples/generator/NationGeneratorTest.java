package id.go.lan.bangkom.samples.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationGeneratorTest {
  private static final InstansiMaster MASTER = InstansiMaster.load(Optional.empty());

  @TempDir Path dir;

  private static GeneratorOptions options(
      double skala, long seed, double galat, int dari, Path out) {
    return new GeneratorOptions(Periode.parse("2026-CW3"), dari, skala, seed, galat, 0, out);
  }

  private static String hashOfTree(Path root) throws Exception {
    MessageDigest all = MessageDigest.getInstance("SHA-256");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      all.update(root.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      all.update(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
    return HexFormat.of().formatHex(all.digest());
  }

  private static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
  }

  @Test
  void theSameOptionsGiveByteIdenticalOutputWhateverTheThreads() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");
    NationGenerator.generate(options(0.0005, 42, 0.02, 2026, a), MASTER.all(), 2, line -> {});
    NationGenerator.generate(options(0.0005, 42, 0.02, 2026, b), MASTER.all(), 1, line -> {});
    NationGenerator.generate(options(0.0005, 43, 0.02, 2026, c), MASTER.all(), 2, line -> {});
    assertThat(hashOfTree(a)).isEqualTo(hashOfTree(b));
    assertThat(hashOfTree(a)).isNotEqualTo(hashOfTree(c));
  }

  @Test
  void everyRowReasonCodeOfTheSpecIsInjectedAndEveryFormatAppears() throws Exception {
    Path out = dir.resolve("galat");
    GenerationSummary s =
        NationGenerator.generate(options(0.001, 7, 0.05, 2026, out), MASTER.all(), 2, l -> {});
    JsonNode perCode = manifest(out).path("ringkasan").path("galat_per_kode");
    for (String code : Faults.CODES) {
      assertThat(perCode.path(code).asLong()).as(code).isPositive();
    }
    assertThat(s.faultRows()).isPositive();
    assertThat(s.brokenFiles()).isPositive();
    List<String> names;
    try (Stream<Path> w = Files.walk(out)) {
      names = w.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }
    assertThat(names)
        .contains("pegawai.csv", "bangkom.csv", "pegawai.json", "bangkom.xlsx", "manifest.json");
    assertThat(names).anyMatch(n -> n.matches("2026-CW\\d\\.xlsx"));
  }

  @Test
  void theNationHasTheShapeOfIndonesiasCivilService() throws Exception {
    Path out = dir.resolve("bentuk");
    GenerationSummary s =
        NationGenerator.generate(options(0.01, 42, 0.01, 2026, out), MASTER.all(), 2, l -> {});
    JsonNode m = manifest(out);
    // About 5.6 M at scale 1 (joiners of the year included).
    assertThat(s.people()).isBetween(52_000L, 62_000L);
    long pemda = 0;
    long all = 0;
    long kemenag = 0;
    long largest = 0;
    for (JsonNode i : m.path("instansi")) {
      long n = i.path("orang_awal").asLong();
      all += n;
      if (List.of("PROVINSI", "KABUPATEN", "KOTA").contains(i.path("jenis_instansi").asText())) {
        pemda += n;
      }
      if (i.path("kode_instansi").asText().equals("P009")) {
        kemenag = n;
      }
      largest = Math.max(largest, n);
    }
    assertThat((double) pemda / all).isBetween(0.76, 0.78);
    assertThat(kemenag).isEqualTo(largest).isBetween(2_000L, 3_000L);
    // Compliance grows through the year: about a fifth on track after CW1, 55-65 % at year end.
    JsonNode cw1 = m.path("nasional").get(0);
    JsonNode cw3 = m.path("nasional").get(2);
    double onTrack1 =
        (cw1.path("jumlah_memenuhi").asDouble() + cw1.path("jumlah_sesuai_target").asDouble())
            / cw1.path("jumlah_pegawai").asDouble();
    double memenuhi3 =
        cw3.path("jumlah_memenuhi").asDouble() / cw3.path("jumlah_pegawai").asDouble();
    assertThat(onTrack1).isBetween(0.15, 0.30);
    assertThat(memenuhi3).isBetween(0.55, 0.65);
    // About 5 records per person per year, counted once even when resent.
    assertThat((double) s.bangkomRows() / s.people()).isBetween(4.5, 8.0);
  }

  @Test
  void severalYearsGiveEveryPeriodFromTheFirstYear() throws Exception {
    Path out = dir.resolve("tahun");
    NationGenerator.generate(
        new GeneratorOptions(Periode.parse("2026-CW2"), 2024, 0.0005, 42, 0.01, 0, out),
        MASTER.all(),
        2,
        l -> {});
    JsonNode nasional = manifest(out).path("nasional");
    assertThat(nasional).hasSize(8);
    assertThat(nasional.get(0).path("tahun").asInt()).isEqualTo(2024);
    assertThat(nasional.get(7).path("caturwulan").asInt()).isEqualTo(2);
    assertThat(out.resolve("11")).isDirectory();
    try (Stream<Path> s = Files.list(out.resolve("11"))) {
      assertThat(s.map(p -> p.getFileName().toString().substring(0, 4)).distinct().sorted())
          .containsExactly("2024", "2025", "2026");
    }
  }

  @Test
  void refusesANonEmptyFolderAndBadOptions() throws Exception {
    Files.createDirectories(dir.resolve("isi"));
    Files.writeString(dir.resolve("isi/x.txt"), "x");
    assertThatThrownBy(
            () ->
                NationGenerator.generate(
                    options(0.001, 1, 0, 2026, dir.resolve("isi")), MASTER.all(), 1, l -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tidak kosong");
    assertThatThrownBy(() -> options(0, 1, 0, 2026, dir)).hasMessageContaining("--skala");
    assertThatThrownBy(() -> options(0.1, 1, 0.9, 2026, dir)).hasMessageContaining("--galat");
    assertThatThrownBy(() -> options(0.1, 1, 0, 2027, dir)).hasMessageContaining("--dari");
  }
}
