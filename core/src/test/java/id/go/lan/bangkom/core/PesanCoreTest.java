package id.go.lan.bangkom.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** core's bundle: Indonesian only, and exactly the keys core's code asks for. */
class PesanCoreTest {
  private static final Properties BUNDEL = PesanPeriksa.bundel("bangkom/pesan/core.properties");

  @Test
  void noValueHoldsACommonEnglishWord() {
    assertThat(PesanPeriksa.nilaiBerbahasaInggris(BUNDEL)).isEmpty();
    assertThat(PesanPeriksa.polaRusak(BUNDEL)).isEmpty();
  }

  @Test
  void everyKeyTheCodeUsesExistsAndEveryKeyIsUsed() {
    var used = PesanPeriksa.kunciDipakai(Path.of("src/main/java"));
    assertThat(used).isNotEmpty();
    assertThat(BUNDEL.stringPropertyNames()).containsAll(used);
    assertThat(used).containsAll(BUNDEL.stringPropertyNames());
  }

  @Test
  void theCheckFindsEnglishAsWholeWordsOnly() {
    assertThat(PesanPeriksa.kataInggris("Cannot read the file: x"))
        .contains("cannot", "the", "file");
    // "berkas", "tidak", "sah" hold no English word, nor do "isi" or "theater" contain one.
    assertThat(PesanPeriksa.kataInggris("Berkas tidak sah: isi theater")).isEmpty();
  }

  @Test
  void aLoneApostropheOrABrokenPatternIsFound() {
    Properties p = new Properties();
    p.setProperty("baik", "Jalankan ''ingest'' untuk {0}");
    p.setProperty("apostrof", "Jalankan 'ingest' untuk {0}");
    p.setProperty("kurung", "Baris {0 rusak");

    assertThat(PesanPeriksa.polaRusak(p))
        .containsExactly("apostrof -> Jalankan 'ingest' untuk {0}", "kurung -> Baris {0 rusak");
  }

  @Test
  void aBadPeriodIsRefusedInIndonesian() {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Periode.parse("2026-CW9")))
        .hasMessage("Periode tidak dikenal (harus berbentuk YYYY-CWk, k = 1..3): 2026-CW9");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new Periode(1999, 1)))
        .hasMessage("Periode tidak sah: tahun 1999 (harus 2000 sampai 2100)");
  }

  @Test
  void aSettingCheckedByCoreIsABadSetting() {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new CaturwulanCalendar(8, 4)))
        .isInstanceOf(PengaturanTidakSah.class)
        .hasMessageContaining("periode.bulan_akhir_cw1")
        .hasMessageContaining("\"8\" dan \"4\"");
  }
}
