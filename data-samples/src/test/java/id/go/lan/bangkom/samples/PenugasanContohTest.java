package id.go.lan.bangkom.samples;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example assignment shipped for the demo: every instansi of the master list exactly once. */
class PenugasanContohTest {
  @TempDir Path dir;

  @Test
  void everyInstansiOfTheMasterListIsAssignedExactlyOnceToAFictitiousAnalis() throws Exception {
    Path file = SampleData.copyPenugasan(dir);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo("kode_instansi,kode_satker,nama_satker,nama_analis,email_analis");

    List<String> kodes = new ArrayList<>();
    Map<String, String> nameByEmail = new HashMap<>();
    Set<String> satker = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      // Satker names hold commas, quoted: the e-mail is the last field, the kode the first.
      String kode = line.substring(0, line.indexOf(','));
      String email = line.substring(line.lastIndexOf(',') + 1);
      String rest = line.substring(0, line.lastIndexOf(','));
      String name = rest.substring(rest.lastIndexOf(',') + 1);
      kodes.add(kode);
      satker.add(line.split(",")[1]);
      assertThat(email).endsWith("@lan.example");
      assertThat(nameByEmail.putIfAbsent(email, name)).isIn(null, name);
    }
    InstansiMaster master = InstansiMaster.load(Optional.empty());
    assertThat(kodes).hasSize(606).doesNotHaveDuplicates();
    assertThat(kodes).containsExactlyElementsOf(master.all().stream().map(Instansi::kode).toList());
    assertThat(satker).hasSize(5);
    assertThat(nameByEmail).hasSize(21);
  }
}
