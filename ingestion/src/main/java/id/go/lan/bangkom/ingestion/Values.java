package id.go.lan.bangkom.ingestion;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of the value forms PICs send: dates, decimals, NIPs, enumerations. */
final class Values {
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]00:00(?::00(?:\\.0+)?)?Z?)?");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern NAMED =
      Pattern.compile("(\\d{1,2})[\\s-]+(\\p{L}+)\\.?[\\s-]+(\\d{4})");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");
  private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+([.,]\\d+)?[eE][+-]?\\d+");
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
      {"januari", "jan"},
      {"februari", "feb", "pebruari", "peb"},
      {"maret", "mar"},
      {"april", "apr"},
      {"mei"},
      {"juni", "jun"},
      {"juli", "jul"},
      {"agustus", "agu", "agt", "agus", "ags"},
      {"september", "sep", "sept"},
      {"oktober", "okt"},
      {"november", "nov", "nop", "nopember"},
      {"desember", "des"}
    };
    for (int m = 0; m < names.length; m++) {
      for (String n : names[m]) {
        MONTHS.put(n, m + 1);
      }
    }
  }

  private Values() {}

  /**
   * A date from a date cell or from text {@code yyyy-MM-dd}, {@code dd-MM-yyyy}, {@code
   * dd/MM/yyyy}, {@code d/M/yyyy}, {@code d MMMM yyyy} (Indonesian month names or their short
   * forms, any case).
   */
  static Optional<LocalDate> date(RawCell cell) {
    if (cell.kind() == RawCell.Kind.DATE) {
      return Optional.of(cell.date());
    }
    String s = cell.trimmed();
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return Optional.of(of(m.group(1), m.group(2), m.group(3)));
      }
      m = DAY_FIRST.matcher(s);
      if (m.matches()) {
        return Optional.of(of(m.group(4), m.group(3), m.group(1)));
      }
      m = NAMED.matcher(s);
      if (m.matches()) {
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month != null) {
          return Optional.of(
              LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
        }
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static LocalDate of(String year, String month, String day) {
    return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
  }

  /**
   * A decimal with {@code ,} or {@code .} as the decimal separator. When both occur, the last one
   * is the decimal separator and the other groups thousands ({@code 1.234,5}, {@code 1,234.5}).
   */
  static Optional<BigDecimal> decimal(RawCell cell) {
    String s = cell.trimmed().replace(" ", "").replace("\u00A0", "");
    if (s.isEmpty()) {
      return Optional.empty();
    }
    int dot = s.lastIndexOf('.');
    int comma = s.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) {
      if (dot > comma) {
        s = s.replace(",", "");
      } else {
        s = s.replace(".", "").replace(',', '.');
      }
      if (!s.matches("[+-]?\\d+(\\.\\d+)?")) {
        return Optional.empty();
      }
      return Optional.of(new BigDecimal(s));
    }
    if (!DECIMAL.matcher(s).matches()) {
      return Optional.empty();
    }
    s = s.replace(',', '.');
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.startsWith(".") || s.startsWith("-.") || s.startsWith("+.")) {
      s = s.replace(".", "0.");
    }
    return Optional.of(new BigDecimal(s));
  }

  /** A NIP with spaces, dots and a leading apostrophe removed. */
  static String cleanNip(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '\'' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  static boolean isScientific(String text) {
    return SCIENTIFIC.matcher(text.strip()).matches();
  }

  static boolean is18Digits(String nip) {
    if (nip.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      char c = nip.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** An enumeration value: trimmed, upper case, runs of spaces and hyphens as one underscore. */
  static String enumValue(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
  }

  /** Text trimmed, inner whitespace collapsed, lower case: for comparing rows. */
  static String collapse(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
