package id.go.lan.bangkom.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.BangkomConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The transforms' settings: every value from the defaults file, every bad value refused. */
class PengaturanTransformTest {
  private static Properties bawaan() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        BangkomConfig.class.getResourceAsStream("/bangkom/bangkom-default.properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyDefaultComesFromTheDefaultsFile() throws IOException {
    Properties p = bawaan();
    PengaturanTransform s = PengaturanTransform.dari(BangkomConfig.defaults());
    AnalysisRules a = s.analisis();
    assertThat(a.faktorBawah()).isEqualTo(new BigDecimal(p.getProperty("proyeksi.faktor_bawah")));
    assertThat(a.faktorAtas()).isEqualTo(new BigDecimal(p.getProperty("proyeksi.faktor_atas")));
    assertThat(a.kalibrasiMinimum())
        .isEqualTo(Integer.parseInt(p.getProperty("proyeksi.kalibrasi_minimum")));
    assertThat(a.instansiMinimum())
        .isEqualTo(Integer.parseInt(p.getProperty("proyeksi.instansi_minimum")));
    assertThat(a.poinIpAsn()).isEqualTo(new BigDecimal(p.getProperty("ip_asn.poin_kompetensi")));
    assertThat(a.poinIpAsnPelaksana())
        .isEqualTo(new BigDecimal(p.getProperty("ip_asn.poin_kompetensi_pelaksana")));
    assertThat(a.batasSubmisiHari())
        .isEqualTo(Integer.parseInt(p.getProperty("cakupan.batas_submisi_hari")));
    assertThat(a.temuanMaksimum())
        .isEqualTo(Integer.parseInt(p.getProperty("kelemahan.temuan_maksimum")));
    assertThat(a.ukuranKelompokMinimum())
        .isEqualTo(Integer.parseInt(p.getProperty("kelemahan.ukuran_kelompok_minimum")));
    assertThat(a.selisihMinimum())
        .isEqualTo(new BigDecimal(p.getProperty("kelemahan.selisih_minimum")));
    assertThat(s.selMinimum()).isEqualTo(Integer.parseInt(p.getProperty("privasi.sel_minimum")));
    assertThat(s.duckdbThreads()).isEqualTo(Integer.parseInt(p.getProperty("duckdb.threads")));
    assertThat(s.duckdbMemoryLimit()).isEqualTo(p.getProperty("duckdb.memory_limit"));
    assertThat(s.sounding().ambangKuningPersenOnTrack())
        .isEqualTo(new BigDecimal(p.getProperty("sounding.ambang_kuning_persen_on_track")));
    assertThat(s.target(2026).targetTahunan().get("PNS"))
        .isEqualTo(new BigDecimal(p.getProperty("target.jp.PNS")));
  }

  @Test
  void aYearOfItsOwnHasItsOwnTarget() {
    PengaturanTransform s =
        PengaturanTransform.dari(BangkomConfig.withOverrides(Map.of("target.jp.PNS.2027", "24")));
    assertThat(s.target(2027).targetTahunan().get("PNS")).isEqualByComparingTo("24");
    assertThat(s.target(2026).targetTahunan().get("PNS")).isEqualByComparingTo("20");
  }

  @Test
  void aBadCellMinimumStopsWithKeyValueAndWhatIsAllowedInIndonesian() {
    assertThatThrownBy(
            () ->
                PengaturanTransform.dari(
                    BangkomConfig.withOverrides(Map.of("privasi.sel_minimum", "0"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk privasi.sel_minimum: \"0\""
                + " (harus bilangan bulat paling kecil 1)");
    assertThatThrownBy(
            () ->
                PengaturanTransform.dari(
                    BangkomConfig.withOverrides(Map.of("privasi.sel_minimum", "lima"))))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk privasi.sel_minimum: \"lima\""
                + " (harus bilangan bulat paling kecil 1)");
    assertThatThrownBy(
            () ->
                PengaturanTransform.dari(
                    BangkomConfig.withOverrides(Map.of("privasi.sel_minimum", " "))))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk privasi.sel_minimum: \" \""
                + " (tidak boleh kosong; harus bilangan bulat paling kecil 1)");
  }

  @Test
  void aBadAnalysisValueIsRefusedByTheRecordItself() {
    assertThatThrownBy(
            () ->
                new AnalysisRules(
                    new BigDecimal("0.75"),
                    new BigDecimal("1.25"),
                    30,
                    1,
                    BigDecimal.TEN,
                    BigDecimal.TEN,
                    15,
                    8,
                    5,
                    BigDecimal.ONE))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk proyeksi.instansi_minimum: \"1\""
                + " (harus bilangan bulat paling kecil 2)");
  }
}
