package id.go.lan.bangkom.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Indonesian number and date formats for what a person reads: {@code 67,82}, {@code 4.512.345},
 * {@code 28 November 2026}. A missing figure prints as an en dash.
 */
final class FormatIndonesia {
  static final Locale LOCALE = Locale.forLanguageTag("id-ID");
  static final ZoneId ZONA = ZoneId.of("Asia/Jakarta");
  static final TimeZone TIME_ZONE = TimeZone.getTimeZone(ZONA);

  /** Printed where a figure is missing (no report for the period). */
  static final String KOSONG = "–";

  private static final DateTimeFormatter TANGGAL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

  private static final DateTimeFormatter TANGGAL_TANPA_TAHUN =
      DateTimeFormatter.ofPattern("d MMMM", LOCALE);

  private FormatIndonesia() {}

  /** A percentage 0..100 with two decimals, without the sign: {@code 67,82}. */
  static String persen(BigDecimal nilai) {
    if (nilai == null) {
      return KOSONG;
    }
    // DecimalFormat is not thread-safe: one per call is cheap next to a report fill.
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(LOCALE));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(nilai);
  }

  /** A count with thousands separators: {@code 4.512.345}. */
  static String angka(Long nilai) {
    if (nilai == null) {
      return KOSONG;
    }
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(LOCALE)).format(nilai);
  }

  /** JP or another decimal measure with two decimals: {@code 1.234,50}. */
  static String desimal(BigDecimal nilai) {
    return persen(nilai);
  }

  /** A JP figure in a sentence, without needless decimals: {@code 20}, {@code 22,5}. */
  static String jpRingkas(BigDecimal nilai) {
    if (nilai == null) {
      return KOSONG;
    }
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(LOCALE));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(nilai);
  }

  /** {@code 28 November 2026}. */
  static String tanggal(LocalDate tanggal) {
    return tanggal == null ? KOSONG : TANGGAL.format(tanggal);
  }

  /** {@code 1 Mei}. */
  static String tanggalTanpaTahun(LocalDate tanggal) {
    return tanggal == null ? KOSONG : TANGGAL_TANPA_TAHUN.format(tanggal);
  }

  /** {@code 100 * bagian / total} rounded half-up to 2 decimals; null when total is 0 or null. */
  static BigDecimal rasio(Long bagian, Long total) {
    if (bagian == null || total == null || total == 0) {
      return null;
    }
    return BigDecimal.valueOf(bagian)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
  }
}
