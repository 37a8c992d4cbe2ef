package id.go.lan.bangkom.tindaklanjut;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.PesanPeriksa;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The follow-up module's texts: Indonesian only, and exactly the keys the code asks for. */
class PesanTindakLanjutTest {
  private static final Properties BUNDEL =
      PesanPeriksa.bundel("bangkom/pesan/tindaklanjut.properties");

  @Test
  void noMessageHoldsACommonEnglishWord() {
    assertThat(PesanPeriksa.nilaiBerbahasaInggris(BUNDEL)).isEmpty();
    assertThat(PesanPeriksa.polaRusak(BUNDEL)).isEmpty();
  }

  @Test
  void everyKeyTheCodeUsesExistsAndEveryKeyIsUsed() {
    var used = PesanPeriksa.kunciDipakai(Path.of("src/main/java"));
    assertThat(BUNDEL.stringPropertyNames()).containsAll(used);
    assertThat(used).containsAll(BUNDEL.stringPropertyNames());
  }
}
