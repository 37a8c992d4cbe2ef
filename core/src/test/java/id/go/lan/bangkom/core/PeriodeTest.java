package id.go.lan.bangkom.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodeTest {
  @Test
  void parsesAndPrintsThePeriodId() {
    Periode p = Periode.parse("2026-CW2");
    assertThat(p).isEqualTo(new Periode(2026, 2));
    assertThat(p.id()).isEqualTo("2026-CW2");
    assertThat(p.romawi()).isEqualTo("II");
  }

  @Test
  void refusesMalformedIdsNamingTheValue() {
    assertThatThrownBy(() -> Periode.parse("2026-CW4")).hasMessageContaining("2026-CW4");
    assertThatThrownBy(() -> Periode.parse("CW1-2026")).hasMessageContaining("CW1-2026");
    assertThat(Periode.isValid("2026-CW3")).isTrue();
    assertThat(Periode.isValid("2026-cw3")).isFalse();
  }

  @Test
  void defaultCalendarMatchesSpec() {
    CaturwulanCalendar c = CaturwulanCalendar.DEFAULT;
    assertThat(c.awal(new Periode(2026, 1))).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(c.akhir(new Periode(2026, 1))).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(c.awal(new Periode(2026, 2))).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(c.akhir(new Periode(2026, 2))).isEqualTo(LocalDate.of(2026, 8, 31));
    assertThat(c.awal(new Periode(2026, 3))).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(c.akhir(new Periode(2026, 3))).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void periodsOrderByYearThenCaturwulan() {
    assertThat(Periode.parse("2025-CW3")).isLessThan(Periode.parse("2026-CW1"));
    assertThat(Periode.parse("2026-CW1")).isLessThan(Periode.parse("2026-CW2"));
  }
}
