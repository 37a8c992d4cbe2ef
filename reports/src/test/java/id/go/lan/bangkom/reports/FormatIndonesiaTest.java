package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatIndonesiaTest {
  @Test
  void persenUsesCommaForDecimalsAndDotForThousands() {
    assertThat(FormatIndonesia.persen(new BigDecimal("67.82"))).isEqualTo("67,82");
    assertThat(FormatIndonesia.persen(new BigDecimal("100"))).isEqualTo("100,00");
    assertThat(FormatIndonesia.persen(new BigDecimal("1234.5"))).isEqualTo("1.234,50");
  }

  @Test
  void angkaGroupsThousandsWithDots() {
    assertThat(FormatIndonesia.angka(4_512_345L)).isEqualTo("4.512.345");
    assertThat(FormatIndonesia.angka(0L)).isEqualTo("0");
  }

  @Test
  void tanggalSpellsTheMonthInBahasaIndonesia() {
    assertThat(FormatIndonesia.tanggal(LocalDate.of(2026, 11, 28))).isEqualTo("28 November 2026");
    assertThat(FormatIndonesia.tanggal(LocalDate.of(2026, 8, 31))).isEqualTo("31 Agustus 2026");
    assertThat(FormatIndonesia.tanggal(LocalDate.of(2026, 5, 1))).isEqualTo("1 Mei 2026");
  }

  @Test
  void missingFiguresPrintAsADash() {
    assertThat(FormatIndonesia.persen(null)).isEqualTo("–");
    assertThat(FormatIndonesia.angka(null)).isEqualTo("–");
  }

  @Test
  void rasioRoundsHalfUpAndIsNullWithoutPopulation() {
    assertThat(FormatIndonesia.rasio(1L, 3L)).isEqualByComparingTo("33.33");
    assertThat(FormatIndonesia.rasio(2L, 3L)).isEqualByComparingTo("66.67");
    assertThat(FormatIndonesia.rasio(1L, 0L)).isNull();
    assertThat(FormatIndonesia.rasio(null, 5L)).isNull();
  }

  @Test
  void jpInASentenceDropsNeedlessDecimals() {
    assertThat(FormatIndonesia.jpRingkas(new java.math.BigDecimal("20.00"))).isEqualTo("20");
    assertThat(FormatIndonesia.jpRingkas(new java.math.BigDecimal("22.50"))).isEqualTo("22,5");
    assertThat(FormatIndonesia.jpRingkas(new java.math.BigDecimal("1234.565")))
        .isEqualTo("1.234,57");
  }
}
