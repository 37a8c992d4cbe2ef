package id.go.lan.bangkom.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BangkomConfigTest {
  @Test
  void defaultsAreTheDocumentedOnes() {
    BangkomConfig c = BangkomConfig.defaults();
    assertThat(c.calendar()).isEqualTo(new CaturwulanCalendar(4, 8));
    assertThat(c.targetTahunan("PNS")).isEqualByComparingTo("20");
    assertThat(c.targetTahunan("CPNS")).isEqualByComparingTo("20");
    assertThat(c.targetTahunan("pppk")).isEqualByComparingTo("20");
    assertThat(c.prorata()).isTrue();
    assertThat(c.jpMaksimum()).isEqualByComparingTo("1000");
    assertThat(c.menitPerJp()).isEqualTo(45);
    assertThat(c.ambangDataPersenDitolak()).isEqualByComparingTo("20");
    assertThat(c.ambangKuningPersenOnTrack()).isEqualByComparingTo("70");
    assertThat(c.kunciNip()).isEmpty();
    assertThat(c.masterInstansi()).isEmpty();
    assertThat(c.sparkShufflePartitions()).isEqualTo(32);
  }

  @Test
  void workspaceFileOverridesDefaults(@TempDir Path ws) throws Exception {
    Files.writeString(
        ws.resolve("bangkom.properties"),
        "target.jp.PPPK=24\nsounding.ambang_kuning_persen_on_track=75\n",
        StandardCharsets.UTF_8);
    BangkomConfig c = BangkomConfig.load(ws);
    assertThat(c.targetTahunan("PPPK")).isEqualTo(new BigDecimal("24"));
    assertThat(c.ambangKuningPersenOnTrack()).isEqualByComparingTo("75");
    assertThat(c.targetTahunan("PNS")).isEqualByComparingTo("20");
  }

  @Test
  void refusesBadValuesAtOnceNamingKeyAndValue() {
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("target.jp.PNS", "dua puluh")))
        .hasMessageContaining("target.jp.PNS")
        .hasMessageContaining("dua puluh");
    assertThatThrownBy(
            () -> BangkomConfig.withOverrides(Map.of("sounding.ambang_data_persen_ditolak", "120")))
        .hasMessageContaining("sounding.ambang_data_persen_ditolak");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("periode.bulan_akhir_cw1", "9")))
        .hasMessageContaining("9");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("spark.shuffle_partitions", "0")))
        .hasMessageContaining("spark.shuffle_partitions")
        .hasMessageContaining("0");
  }

  @Test
  void aYearMayHaveItsOwnTargetAndOtherYearsKeepTheTargetOfTheJenis() {
    BangkomConfig c =
        BangkomConfig.withOverrides(Map.of("target.jp.PNS.2026", "24", "target.jp.CPNS", "18"));
    assertThat(c.targetTahunan("PNS", 2026)).isEqualByComparingTo("24");
    assertThat(c.targetTahunan("pns", 2026)).isEqualByComparingTo("24");
    assertThat(c.targetTahunan("PNS", 2025)).isEqualByComparingTo("20");
    assertThat(c.targetTahunan("PNS")).isEqualByComparingTo("20");
    assertThat(c.targetTahunan("CPNS", 2026)).isEqualByComparingTo("18");
    assertThat(BangkomConfig.defaults().targetTahunan("PPPK", 2030)).isEqualByComparingTo("20");
  }

  @Test
  void refusesATargetOfAYearThatIsNotPositiveOrAMisspeltTargetKey() {
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("target.jp.PNS.2026", "0")))
        .hasMessageContaining("target.jp.PNS.2026")
        .hasMessageContaining("harus lebih dari 0");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("target.jp.PPPK.2026", "-4")))
        .hasMessageContaining("target.jp.PPPK.2026")
        .hasMessageContaining("-4");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("target.jp.PNS.2026", "x")))
        .hasMessageContaining("target.jp.PNS.2026")
        .hasMessageContaining("x");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("target.jp.PNS", "0")))
        .hasMessageContaining("target.jp.PNS")
        .hasMessageContaining("harus lebih dari 0");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("target.jp.PNS.26", "24")))
        .hasMessageContaining("target.jp.PNS.26")
        .hasMessageContaining("target.jp.PNS.2026");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("target.jp.HONORER.2026", "24")))
        .hasMessageContaining("target.jp.HONORER.2026");
  }

  @Test
  void aWorkspaceFileMaySetTheTargetOfOneYear(@TempDir Path ws) throws Exception {
    Files.writeString(
        ws.resolve("bangkom.properties"), "target.jp.PNS.2027=30\n", StandardCharsets.UTF_8);
    BangkomConfig c = BangkomConfig.load(ws);
    assertThat(c.targetTahunan("PNS", 2027)).isEqualByComparingTo("30");
    assertThat(c.targetTahunan("PNS", 2026)).isEqualByComparingTo("20");
  }

  @Test
  void theDefaultTrainingRateInstrumentIsSpecSection6() {
    InstrumenTrainingRate i = BangkomConfig.defaults().trainingRate();
    assertThat(i.namaInstrumen()).containsExactly("PERENCANAAN", "PELAKSANAAN", "MONEV");
    assertThat(i.instrumen())
        .extracting(InstrumenTrainingRate.Instrumen::bobot)
        .containsExactly(new BigDecimal("30"), new BigDecimal("40"), new BigDecimal("30"));
    assertThat(i.indikatorDilaporkan()).containsExactly("PR1", "PR2", "PR3", "PL2", "MO1", "MO2");
    assertThat(i.dihitung()).containsExactly("PL1");
    assertThat(i.instrumenOf("PL2")).contains("PELAKSANAAN");
    assertThat(i.kategori())
        .extracting(InstrumenTrainingRate.Kategori::nama)
        .containsExactly("SANGAT_BAIK", "BAIK", "CUKUP", "KURANG");
    assertThat(i.ambang()).isEqualByComparingTo("60");
  }

  @Test
  void refusesAnInstrumentWhoseWeightsDoNotAddUpTo100() {
    assertThatThrownBy(
            () ->
                BangkomConfig.withOverrides(
                    Map.of("training_rate.instrumen", "PERENCANAAN:30:PR1,MONEV:30:MO1")))
        .hasMessageContaining("training_rate.instrumen")
        .hasMessageContaining("60");
  }
}
