package id.go.lan.bangkom.schedules.scheduler;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import java.time.LocalDate;

/** The caturwulan that ended most recently before a day: the one a cut-off job works on. */
final class EndedPeriod {
  private EndedPeriod() {}

  static Periode before(LocalDate day, CaturwulanCalendar calendar) {
    for (int cw = 3; cw >= 1; cw--) {
      Periode p = new Periode(day.getYear(), cw);
      if (calendar.akhir(p).isBefore(day)) {
        return p;
      }
    }
    return new Periode(day.getYear() - 1, 3);
  }
}
