package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the annual report names the JP target of its year (SPEC §3: per jenis pegawai and year). */
class TargetJpTeksTest {
  private static Map<String, BigDecimal> targets(String pns, String cpns, String pppk) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("PNS", new BigDecimal(pns));
    m.put("CPNS", new BigDecimal(cpns));
    m.put("PPPK", new BigDecimal(pppk));
    return m;
  }

  @Test
  void oneTargetForEveryJenisIsNamedOnce() {
    assertThat(LaporanTahunan.targetJp(targets("20.00", "20", "20.0")))
        .isEqualTo("target 20 JP setahun");
  }

  @Test
  void differentTargetsAreNamedPerJenisWithIndonesianDecimals() {
    assertThat(LaporanTahunan.targetJp(targets("24", "20", "22.50")))
        .isEqualTo("target JP tahunannya (PNS 24, CPNS 20, PPPK 22,5 JP)");
  }

  @Test
  void aWarehouseWithoutTargetsGetsTheWordsWithoutFigures() {
    assertThat(LaporanTahunan.targetJp(Map.of())).isEqualTo("target JP tahunannya");
  }
}
