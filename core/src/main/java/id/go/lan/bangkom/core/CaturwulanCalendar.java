package id.go.lan.bangkom.core;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where each caturwulan ends, as the last month of CW1 and CW2 (configuration; defaults April and
 * August). CW3 always ends on 31 December.
 */
public record CaturwulanCalendar(int bulanAkhirCw1, int bulanAkhirCw2) {
  public static final CaturwulanCalendar DEFAULT = new CaturwulanCalendar(4, 8);

  public CaturwulanCalendar {
    if (bulanAkhirCw1 < 1 || bulanAkhirCw1 >= bulanAkhirCw2 || bulanAkhirCw2 >= 12) {
      // The two months come from two keys: the message names both, as the user wrote them.
      throw new PengaturanTidakSah(
          Pesan.CORE.f(
              "pengaturan.bulan.akhir",
              Integer.toString(bulanAkhirCw1),
              Integer.toString(bulanAkhirCw2)));
    }
  }

  /** Last month (1..12) of the period's caturwulan. */
  public int bulanAkhir(int caturwulan) {
    return switch (caturwulan) {
      case 1 -> bulanAkhirCw1;
      case 2 -> bulanAkhirCw2;
      case 3 -> 12;
      default ->
          throw new IllegalArgumentException(
              Pesan.CORE.f("caturwulan.tidak.dikenal", Integer.toString(caturwulan)));
    };
  }

  public LocalDate awal(Periode periode) {
    int bulanAwal = periode.caturwulan() == 1 ? 1 : bulanAkhir(periode.caturwulan() - 1) + 1;
    return LocalDate.of(periode.tahun(), bulanAwal, 1);
  }

  public LocalDate akhir(Periode periode) {
    return YearMonth.of(periode.tahun(), bulanAkhir(periode.caturwulan())).atEndOfMonth();
  }
}
