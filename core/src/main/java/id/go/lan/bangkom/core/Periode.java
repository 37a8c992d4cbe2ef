package id.go.lan.bangkom.core;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caturwulan: {@code YYYY-CWk}, k in 1..3. The calendar boundaries come from {@link
 * CaturwulanCalendar} (configuration); this type only names the period.
 */
public record Periode(int tahun, int caturwulan) implements Comparable<Periode> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-CW([1-3])");

  public Periode {
    if (tahun < 2000 || tahun > 2100) {
      throw new IllegalArgumentException(Pesan.CORE.f("periode.tahun", Integer.toString(tahun)));
    }
    if (caturwulan < 1 || caturwulan > 3) {
      throw new IllegalArgumentException(
          Pesan.CORE.f("periode.caturwulan", Integer.toString(caturwulan)));
    }
  }

  /** Parses {@code 2026-CW2}; throws {@link IllegalArgumentException} naming the value. */
  public static Periode parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(Pesan.CORE.f("periode.bentuk", String.valueOf(text)));
    }
    return new Periode(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** Whether {@code text} is a well-formed period id. */
  public static boolean isValid(String text) {
    return text != null && FORMAT.matcher(text.trim()).matches();
  }

  public String id() {
    return tahun + "-CW" + caturwulan;
  }

  /** Roman numeral used in Indonesian documents: I, II, III. */
  public String romawi() {
    return switch (caturwulan) {
      case 1 -> "I";
      case 2 -> "II";
      default -> "III";
    };
  }

  public LocalDate awal(CaturwulanCalendar calendar) {
    return calendar.awal(this);
  }

  public LocalDate akhir(CaturwulanCalendar calendar) {
    return calendar.akhir(this);
  }

  @Override
  public int compareTo(Periode other) {
    return tahun != other.tahun
        ? Integer.compare(tahun, other.tahun)
        : Integer.compare(caturwulan, other.caturwulan);
  }

  @Override
  public String toString() {
    return id();
  }
}
