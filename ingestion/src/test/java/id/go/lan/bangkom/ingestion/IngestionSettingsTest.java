package id.go.lan.bangkom.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.BangkomConfig;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ingestion's settings: the defaults file's values, and each read from its own key. */
class IngestionSettingsTest {
  @Test
  void defaultsAreThoseOfTheDefaultsFile() {
    IngestionSettings s = IngestionSettings.from(BangkomConfig.defaults());

    // bangkom-default.properties: ingest.jp_maksimum=1000, ingest.menit_per_jp=45,
    // duckdb.threads=2, duckdb.memory_limit=2GB; ingest.paralel unset = processors, at most 4.
    assertThat(s.jpMaksimum()).isEqualByComparingTo(new BigDecimal("1000"));
    assertThat(s.menitPerJp()).isEqualTo(45);
    assertThat(s.duckdbThreads()).isEqualTo(2);
    assertThat(s.duckdbMemoryLimit()).isEqualTo("2GB");
    assertThat(s.paralel()).isEqualTo(Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  @Test
  void eachSettingIsReadFromItsKey() {
    IngestionSettings s =
        IngestionSettings.from(
            BangkomConfig.withOverrides(
                Map.of(
                    "ingest.jp_maksimum", "500",
                    "ingest.menit_per_jp", "60",
                    "ingest.paralel", "7",
                    "duckdb.threads", "3",
                    "duckdb.memory_limit", "512MiB")));

    assertThat(s.jpMaksimum()).isEqualByComparingTo(new BigDecimal("500"));
    assertThat(s.menitPerJp()).isEqualTo(60);
    assertThat(s.paralel()).isEqualTo(7);
    assertThat(s.duckdbThreads()).isEqualTo(3);
    assertThat(s.duckdbMemoryLimit()).isEqualTo("512MiB");
  }

  @Test
  void aBadParallelismStopsTheStartNamingTheKeyInIndonesian() {
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("ingest.paralel", "nol")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ingest.paralel")
        .hasMessageContaining("nol");
  }
}
