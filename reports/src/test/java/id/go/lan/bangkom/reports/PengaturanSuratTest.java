package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports' settings come from the configuration, once, and reach DuckDB. */
class PengaturanSuratTest {
  @TempDir Path folder;

  @Test
  void defaultsAreThoseOfThePropertiesFile() {
    PengaturanSurat p = PengaturanSurat.bawaan();
    assertThat(p.calendar()).isEqualTo(CaturwulanCalendar.DEFAULT);
    assertThat(p.tenggatHari()).isEqualTo(14);
    assertThat(p.ambangKuningPersenOnTrack()).isEqualByComparingTo(BigDecimal.valueOf(70));
    assertThat(p.ambangDataPersenDitolak()).isEqualByComparingTo(BigDecimal.valueOf(20));
    assertThat(p.selMinimum()).isEqualTo(5);
    assertThat(p.duckdbThreads()).isEqualTo(2);
    assertThat(p.duckdbMemoryLimit()).isEqualTo("2GB");
  }

  @Test
  void eachKeyIsReadFromTheConfiguration() {
    PengaturanSurat p =
        PengaturanSurat.dari(
            BangkomConfig.withOverrides(
                Map.of(
                    "surat.tenggat_hari", "21",
                    "privasi.sel_minimum", "10",
                    "duckdb.threads", "1",
                    "duckdb.memory_limit", "300MB")));
    assertThat(p.tenggatHari()).isEqualTo(21);
    assertThat(p.selMinimum()).isEqualTo(10);
    assertThat(p.duckdbThreads()).isEqualTo(1);
    assertThat(p.duckdbMemoryLimit()).isEqualTo("300MB");
  }

  @Test
  void theLaterLettersWordingIsCarriedFromTheConfiguration() {
    PengaturanSurat p =
        PengaturanSurat.dari(
            BangkomConfig.withOverrides(
                Map.of(
                    "eskalasi.jabatan_bawaan", "Sekretaris Daerah",
                    "terima_kasih.kalimat", "Terima kasih, {0}.")));
    assertThat(p.teksSuratLanjut().jabatanBawaan()).isEqualTo("Sekretaris Daerah");
    assertThat(p.teksSuratLanjut().terimaKasih()).isEqualTo("Terima kasih, {0}.");
    assertThat(PengaturanSurat.bawaan().teksSuratLanjut().jabatanBawaan())
        .isEqualTo("Pejabat Pembina Kepegawaian");
  }

  @Test
  void aBadPrivacyMinimumIsRefusedInIndonesianWithKeyAndValue() {
    assertThatThrownBy(
            () ->
                PengaturanSurat.dari(
                    BangkomConfig.withOverrides(Map.of("privasi.sel_minimum", "lima"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk privasi.sel_minimum: \"lima\" (harus bilangan bulat"
                + " paling kecil 1)");
  }

  @Test
  void theWarehouseIsReadWithTheConfiguredDuckdbLimits() throws Exception {
    Path file = folder.resolve("w.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (x INTEGER)");
    }
    PengaturanSurat p =
        PengaturanSurat.dari(
            BangkomConfig.withOverrides(
                Map.of("duckdb.threads", "1", "duckdb.memory_limit", "300MB")));
    try (Connection c = WarehouseReader.open(file, p);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT current_setting('threads'), current_setting('memory_limit')")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(1);
      // DuckDB prints its limit in binary units: 300 MB = 286.1 MiB.
      assertThat(rs.getString(2)).isEqualTo("286.1 MiB");
    }
  }
}
