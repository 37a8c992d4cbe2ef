package id.go.lan.bangkom.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.PesanPeriksa;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The delivery's and the scheduler's texts: Indonesian only (the messages and the e-mail and
 * broadcast templates), and exactly the keys the code asks for.
 */
class PesanSchedulesTest {
  private static final Properties BUNDEL =
      PesanPeriksa.bundel("bangkom/pesan/schedules.properties");

  @Test
  void noMessageHoldsACommonEnglishWord() {
    assertThat(PesanPeriksa.nilaiBerbahasaInggris(BUNDEL)).isEmpty();
    assertThat(PesanPeriksa.polaRusak(BUNDEL)).isEmpty();
  }

  @Test
  void noEmailOrBroadcastTemplateHoldsACommonEnglishWord() {
    assertThat(
            PesanPeriksa.nilaiBerbahasaInggris(
                PesanPeriksa.bundel("bangkom/pengiriman-pesan.properties")))
        .isEmpty();
  }

  @Test
  void everyKeyTheCodeUsesExistsAndEveryKeyIsUsed() {
    var used = PesanPeriksa.kunciDipakai(Path.of("src/main/java"));
    assertThat(BUNDEL.stringPropertyNames()).containsAll(used);
    assertThat(used).containsAll(BUNDEL.stringPropertyNames());
  }
}
