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
    assertThat(c.ingestParalel()).isEmpty();
    assertThat(c.duckdbMemoryLimit()).isEqualTo("2GB");
    assertThat(c.duckdbThreads()).isEqualTo(2);
    assertThat(c.proyeksiFaktorBawah()).isEqualByComparingTo("0.75");
    assertThat(c.proyeksiFaktorAtas()).isEqualByComparingTo("1.25");
    assertThat(c.proyeksiKalibrasiMinimum()).isEqualTo(30);
    assertThat(c.proyeksiInstansiMinimum()).isEqualTo(10);
    assertThat(c.ipAsnPoinKompetensi()).isEqualByComparingTo("15");
    assertThat(c.ipAsnPoinKompetensiPelaksana()).isEqualByComparingTo("22.5");
    assertThat(c.cakupanBatasSubmisiHari()).isEqualTo(15);
    assertThat(c.kelemahanTemuanMaksimum()).isEqualTo(8);
    assertThat(c.kelemahanUkuranKelompokMinimum()).isEqualTo(5);
    assertThat(c.kelemahanSelisihMinimum()).isEqualByComparingTo("1");
    assertThat(c.privasiSelMinimum()).isEqualTo(5);
    assertThat(c.suratTenggatHari()).isEqualTo(14);
    assertThat(c.portalUrlPublik()).isEqualTo("http://127.0.0.1:7070");
  }

  @Test
  void thePortalsPublicAddressIsAnHttpUrlWithItsTrailingSlashDropped() {
    assertThat(
            BangkomConfig.withOverrides(Map.of("portal.url_publik", "https://bangkom.lan.go.id/"))
                .portalUrlPublik())
        .isEqualTo("https://bangkom.lan.go.id");
    assertThat(
            BangkomConfig.withOverrides(Map.of("portal.url_publik", "https://lan.go.id/bangkom"))
                .portalUrlPublik())
        .isEqualTo("https://lan.go.id/bangkom");
    for (String bad :
        new String[] {
          "bangkom.lan.go.id", "ftp://lan.go.id", "https://lan.go.id/?a=1", "http://"
        }) {
      assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("portal.url_publik", bad)))
          .hasMessage(
              "Nilai konfigurasi tidak sah untuk portal.url_publik: \""
                  + bad
                  + "\" (harus alamat http:// atau https:// dengan nama host, tanpa ? dan #,"
                  + " misalnya https://bangkom.lan.go.id)");
    }
  }

  @Test
  void everyKeyIsCheckedWhenLoadedNotWhenFirstRead() {
    // Issue 18.3: keys read only by other modules (warehouse, ingestion) fail at load too.
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("privasi.sel_minimum", "0")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk privasi.sel_minimum: \"0\""
                + " (harus bilangan bulat paling kecil 1)");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("ingest.paralel", "semua")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk ingest.paralel: \"semua\""
                + " (harus bilangan bulat 1 sampai 256)");
    assertThat(BangkomConfig.withOverrides(Map.of("ingest.paralel", "3")).ingestParalel())
        .hasValue(3);
  }

  @Test
  void aBlankRequiredValueIsRefusedWithWhatIsAllowed() {
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("surat.tenggat_hari", "")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk surat.tenggat_hari: \"\""
                + " (tidak boleh kosong; harus bilangan bulat 1 sampai 365)");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("target.prorata", " ")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk target.prorata: \" \""
                + " (tidak boleh kosong; harus true atau false)");
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

  // ---- issue 19, point 6: every key and every value validated, in Bahasa Indonesia ----

  @Test
  void aMisspeltKeyInTheWorkspaceFileIsRefusedNamingTheFileAndTheNearestKey(@TempDir Path ws)
      throws Exception {
    Path file = ws.resolve("bangkom.properties");
    Files.writeString(file, "target.jp.pns=24\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BangkomConfig.load(ws))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Kunci konfigurasi tidak dikenal \"target.jp.pns\" di "
                + file
                + "; maksud Anda \"target.jp.PNS\"?");

    // One letter dropped, one letter swapped: the nearest key by edit distance.
    Files.writeString(file, "sounding.ambang_kuning_persen_ontrack=75\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BangkomConfig.load(ws))
        .hasMessage(
            "Kunci konfigurasi tidak dikenal \"sounding.ambang_kuning_persen_ontrack\" di "
                + file
                + "; maksud Anda \"sounding.ambang_kuning_persen_on_track\"?");
    Files.writeString(file, "ingest.jp_maksimal=500\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BangkomConfig.load(ws))
        .hasMessageContaining("\"ingest.jp_maksimal\"")
        .hasMessageContaining("maksud Anda \"ingest.jp_maksimum\"?");
  }

  @Test
  void aKeyFarFromEveryKnownKeyIsRefusedPointingToTheList(@TempDir Path ws) throws Exception {
    Files.writeString(
        ws.resolve("bangkom.properties"), "warna.tema=biru\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BangkomConfig.load(ws))
        .hasMessageStartingWith("Kunci konfigurasi tidak dikenal \"warna.tema\" di ")
        .hasMessageNotContaining("maksud Anda")
        .hasMessageContaining("bangkom-default.properties");
  }

  @Test
  void everyDocumentedKeyIncludingTheOptionalOnesIsAccepted(@TempDir Path ws) throws Exception {
    // ingest.paralel is documented as a comment line (no default); the others carry a default.
    Files.writeString(
        ws.resolve("bangkom.properties"),
        "ingest.paralel=2\nprivasi.kunci_nip=rahasia-uji\nmaster.instansi=\n"
            + "target.jp.CPNS.2027=18\nsurat.tenggat_hari=7\n",
        StandardCharsets.UTF_8);
    BangkomConfig c = BangkomConfig.load(ws);
    assertThat(c.get("ingest.paralel")).contains("2");
    assertThat(c.kunciNip()).contains("rahasia-uji");
    assertThat(c.targetTahunan("CPNS", 2027)).isEqualByComparingTo("18");
    assertThat(KunciPengaturan.load().keys())
        .contains(
            "ingest.paralel", "privasi.kunci_nip", "duckdb.memory_limit", "surat.tenggat_hari")
        .doesNotContain("Format", "target.jp.PNS.2027");
  }

  @Test
  void aMisspeltSystemPropertyIsRefusedAndOtherBangkomPropertiesAreLeftAlone(@TempDir Path ws) {
    // bangkom.xlsx.dir is a test switch (XlsxSheetReaderTest), not configuration: its first part
    // is no configuration section, so it is not validated.
    System.setProperty("bangkom.xlsx.dir", "/tmp/tidak-ada");
    try {
      assertThat(BangkomConfig.load(ws).prorata()).isTrue();
      System.setProperty("bangkom.targt.prorata", "false");
      assertThatThrownBy(() -> BangkomConfig.load(ws))
          .hasMessage(
              "Kunci konfigurasi tidak dikenal \"targt.prorata\" pada -Dbangkom.targt.prorata;"
                  + " maksud Anda \"target.prorata\"?");
      System.clearProperty("bangkom.targt.prorata");
      System.setProperty("bangkom.target.prorata", "false");
      assertThat(BangkomConfig.load(ws).prorata()).isFalse();
    } finally {
      System.clearProperty("bangkom.xlsx.dir");
      System.clearProperty("bangkom.targt.prorata");
      System.clearProperty("bangkom.target.prorata");
    }
  }

  @Test
  void overridesGivenInCodeAreCheckedLikeTheFile() {
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("spark.shuffle_partition", "8")))
        .hasMessage(
            "Kunci konfigurasi tidak dikenal \"spark.shuffle_partition\" pada pengaturan yang"
                + " diberikan; maksud Anda \"spark.shuffle_partitions\"?");
  }

  @Test
  void booleanKeysAcceptOnlyTrueOrFalse() {
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("target.prorata", "mungkin")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk target.prorata: \"mungkin\" (harus true atau false)");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("target.prorata", "ya")))
        .hasMessageContaining("\"ya\"");
    assertThat(BangkomConfig.withOverrides(Map.of("target.prorata", "FALSE")).prorata()).isFalse();
    assertThat(BangkomConfig.withOverrides(Map.of("target.prorata", " true ")).prorata()).isTrue();
  }

  @Test
  void caturwulanMonthsOutOfOrderAreRefusedInIndonesianNamingBothKeys() {
    assertThatThrownBy(
            () ->
                BangkomConfig.withOverrides(
                    Map.of("periode.bulan_akhir_cw1", "9", "periode.bulan_akhir_cw2", "8")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk periode.bulan_akhir_cw1 dan"
                + " periode.bulan_akhir_cw2: \"9\" dan \"8\" (bulan akhir CW1 harus sebelum"
                + " bulan akhir CW2, keduanya 1 sampai 11; CW3 selalu berakhir di bulan 12)");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("periode.bulan_akhir_cw2", "12")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk periode.bulan_akhir_cw2: \"12\""
                + " (harus bilangan bulat 2 sampai 11)");
  }

  @Test
  void duckdbMemoryLimitTakesWhatDuckdbReadsAndRefusesTheRestNamingTheKey() {
    String allowed =
        " (harus angka dengan satuan KB, MB, GB, TB, KiB, MiB, GiB atau TiB, paling kecil 64MB,"
            + " misalnya 2GB atau 512MB)";
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("duckdb.memory_limit", "banyak")))
        .hasMessage("Nilai konfigurasi tidak sah untuk duckdb.memory_limit: \"banyak\"" + allowed);
    // DuckDB 1.5.6 itself refuses a percentage and a bare number (checked by hand with SET).
    for (String refused : new String[] {"80%", "2048", "10MB", "-1GB", "2 G B"}) {
      assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("duckdb.memory_limit", refused)))
          .hasMessage(
              "Nilai konfigurasi tidak sah untuk duckdb.memory_limit: \""
                  + refused
                  + "\""
                  + allowed);
    }
    // 64MB is the floor: 64 000 000 bytes; 61MiB = 63 963 136 bytes is below it.
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("duckdb.memory_limit", "61MiB")))
        .hasMessageContaining("\"61MiB\"");
    for (String accepted :
        new String[] {"2GB", "512MB", "64MB", "62MiB", "1.5GiB", "2 gb", "1TB"}) {
      assertThat(
              BangkomConfig.withOverrides(Map.of("duckdb.memory_limit", accepted))
                  .duckdbMemoryLimit())
          .isEqualTo(accepted);
    }
    assertThat(BangkomConfig.defaults().duckdbMemoryLimit()).isEqualTo("2GB");
    assertThat(BangkomConfig.defaults().duckdbThreads()).isEqualTo(2);
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("duckdb.threads", "0")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk duckdb.threads: \"0\""
                + " (harus bilangan bulat 1 sampai 1024)");
  }

  @Test
  void theKeysReadByOtherModulesAreCheckedAtStartUpInIndonesian() {
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("ingest.paralel", "nol")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk ingest.paralel: \"nol\""
                + " (harus bilangan bulat 1 sampai 256)");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("ingest.menit_per_jp", "0")))
        .hasMessageContaining("ingest.menit_per_jp: \"0\"");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("proyeksi.faktor_bawah", "x")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk proyeksi.faktor_bawah: \"x\""
                + " (harus angka, desimal dengan titik)");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("proyeksi.faktor_bawah", "1.5")))
        .hasMessageContaining("harus lebih dari 0 dan paling besar 1");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("surat.tenggat_hari", "0")))
        .hasMessageContaining("surat.tenggat_hari: \"0\" (harus bilangan bulat 1 sampai 365)");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("kelemahan.selisih_minimum", "-1")))
        .hasMessageContaining("kelemahan.selisih_minimum: \"-1\" (tidak boleh negatif)");
  }

  @Test
  void aBadTrainingRateInstrumentIsRefusedInIndonesianNamingTheKey() {
    assertThatThrownBy(
            () ->
                BangkomConfig.withOverrides(
                    Map.of("training_rate.instrumen", "PERENCANAAN:tiga puluh:PR1,MONEV:70:MO1")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk training_rate.instrumen: \"tiga puluh\""
                + " (bobot harus angka)");
    assertThatThrownBy(
            () ->
                BangkomConfig.withOverrides(
                    Map.of("training_rate.instrumen", "PERENCANAAN:30:,MONEV:70:MO1")))
        .hasMessageContaining("training_rate.instrumen")
        .hasMessageContaining("tanpa indikator");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("training_rate.ambang", "enam")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk training_rate.ambang: \"enam\""
                + " (harus angka 0 sampai 100)");
    assertThatThrownBy(
            () -> BangkomConfig.withOverrides(Map.of("training_rate.kategori", "80:SANGAT_BAIK,x")))
        .hasMessageContaining("training_rate.kategori: \"x\"");
  }
}
