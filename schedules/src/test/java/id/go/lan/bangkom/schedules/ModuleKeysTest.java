package id.go.lan.bangkom.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.schedules.delivery.SmtpSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, point 6: core knows this module's keys (bangkom/pengaturan-default.index names its
 * defaults file) without depending on it, and this module's messages are Indonesian.
 */
class ModuleKeysTest {
  @Test
  void theKeysOfThisModuleAreKnownAndAMisspeltOneIsRefusedWithTheNearest(@TempDir Path ws)
      throws Exception {
    Path file = ws.resolve("bangkom.properties");
    Files.writeString(
        file,
        "pengiriman.smtp.host=smtp.lan.example\npenjadwal.dasbor.port=8100\n",
        StandardCharsets.UTF_8);
    BangkomConfig config = BangkomConfig.load(ws);
    assertThat(config.get("pengiriman.smtp.host")).contains("smtp.lan.example");

    Files.writeString(file, "pengiriman.smtp.hots=smtp.lan.example\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BangkomConfig.load(ws))
        .hasMessage(
            "Kunci konfigurasi tidak dikenal \"pengiriman.smtp.hots\" di "
                + file
                + "; maksud Anda \"pengiriman.smtp.host\"?");
  }

  @Test
  void badValuesOfThisModuleAreRefusedInIndonesianNamingKeyValueAndWhatIsAllowed() {
    assertThatThrownBy(
            () ->
                SmtpSettings.from(
                    ModuleSettings.of(
                        BangkomConfig.withOverrides(Map.of("pengiriman.smtp.keamanan", "TLS")))))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk pengiriman.smtp.keamanan: \"TLS\""
                + " (harus NONE, STARTTLS atau SSL)");
    assertThatThrownBy(
            () ->
                SmtpSettings.from(
                    ModuleSettings.of(
                        BangkomConfig.withOverrides(Map.of("pengiriman.smtp.port", "nol")))))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk pengiriman.smtp.port: \"nol\""
                + " (harus bilangan bulat 1 sampai 65535)");
    assertThatThrownBy(
            () ->
                ModuleSettings.of(
                        BangkomConfig.withOverrides(Map.of("penjadwal.dasbor.aktif", "mungkin")))
                    .bool("penjadwal.dasbor.aktif"))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk penjadwal.dasbor.aktif: \"mungkin\""
                + " (harus true atau false)");
  }
}
