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
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
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
    return date(cell.trimmed());
  }

  /**
   * {@link #date(RawCell)} of trimmed text: the usual numeric forms by hand, the rest by pattern.
   */
  static Optional<LocalDate> date(String s) {
    try {
      LocalDate fast = numericDate(s);
      if (fast != null) {
        return Optional.of(fast);
      }
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

  /**
   * The hot path of {@link #date(String)} without a pattern: {@code yyyy-M-d} and {@code
   * d[-/.]M[-/.]yyyy} with one separator; null when the text has another form (then the patterns
   * decide).
   *
   * @throws DateTimeException when the form matches but the date does not exist
   */
  private static LocalDate numericDate(String s) {
    int n = s.length();
    if (n < 8 || n > 10) {
      return null;
    }
    int[] parts = new int[3];
    int[] lengths = new int[3];
    int part = 0;
    char separator = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        parts[part] = parts[part] * 10 + (c - '0');
        lengths[part]++;
      } else if ((c == '-' || c == '/' || c == '.') && part < 2 && lengths[part] > 0) {
        if (separator != 0 && c != separator) {
          return null;
        }
        separator = c;
        part++;
      } else {
        return null;
      }
    }
    if (part != 2) {
      return null;
    }
    if (separator == '-' && lengths[0] == 4 && lengths[1] <= 2 && lengths[2] >= 1) {
      return lengths[2] <= 2 ? LocalDate.of(parts[0], parts[1], parts[2]) : null;
    }
    if (lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4) {
      return LocalDate.of(parts[2], parts[1], parts[0]);
    }
    return null;
  }

  private static LocalDate of(String year, String month, String day) {
    return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
  }

  /**
   * A decimal with {@code ,} or {@code .} as the decimal separator. When both occur, the last one
   * is the decimal separator and the other groups thousands ({@code 1.234,5}, {@code 1,234.5}).
   */
  static Optional<BigDecimal> decimal(RawCell cell) {
    String t = cell.text();
    BigDecimal fast = plainDecimal(t);
    if (fast != null) {
      return Optional.of(fast);
    }
    String s = t.strip().replace(" ", "").replace("\u00A0", "");
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
      if (!GROUPED.matcher(s).matches()) {
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

  /**
   * The hot path of {@link #decimal}: up to 15 digits with at most one {@code .} or {@code ,}
   * between digits, nothing else; null for any other text (the general rules then decide).
   */
  private static BigDecimal plainDecimal(String s) {
    long packed = plainDecimalPacked(s);
    return packed < 0 ? null : BigDecimal.valueOf(packed >>> 4, (int) (packed & 0xF));
  }

  /**
   * A plain number as {@link #plainDecimal} reads it, without allocating: its unscaled value
   * shifted left by 4 bits, or-ed with its scale (0..15); -1 when the text has another form.
   */
  static long plainDecimalPacked(String s) {
    int n = s.length();
    if (n == 0 || n > 16) {
      return -1;
    }
    long unscaled = 0;
    int scale = -1;
    int digits = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if ((c == '.' || c == ',') && scale < 0 && i > 0 && i < n - 1) {
        scale = 0;
      } else {
        return -1;
      }
    }
    return digits == 0 ? -1 : unscaled << 4 | Math.max(scale, 0);
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
    // Only text with an e/E can be scientific: skip the pattern for the usual NIP.
    if (text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      return false;
    }
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
    String s = text.strip();
    StringBuilder b = null;
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean separator = c == '-' || Character.isWhitespace(c);
      char u = separator ? '_' : Character.toUpperCase(c);
      if (b == null && (u != c || separator)) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        if (separator) {
          if (!inRun) {
            b.append('_');
          }
        } else {
          b.append(u);
        }
      }
      inRun = separator;
    }
    return b == null ? s : b.toString();
  }

  /** Text trimmed, inner whitespace collapsed, lower case: for comparing rows. */
  static String collapse(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
