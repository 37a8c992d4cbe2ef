package id.go.lan.bangkom.core;

/**
 * One field of a CSV file that a person opens in a spreadsheet program. Text from submissions
 * (names, unit kerja) is data, never a formula: a value whose first visible character is {@code =},
 * {@code +}, {@code -} or {@code @} (also after leading spaces, tabs, line breaks or quotes, which
 * some programs skip), or that begins with a tab or a carriage return, gets a single quote in front
 * and is quoted, as the OWASP guidance on CSV injection says. The program then shows the text, e.g.
 * {@code =HYPERLINK("http://x","klik")} becomes the cell {@code '=HYPERLINK(...)}, and no link or
 * command is made. The full-width forms of the four characters count as well.
 *
 * <p>Only free text goes through here. NIPs (digits) pass unchanged; numbers written by the product
 * (JP, targets, never negative) are written as they are and are not passed in, so that they stay
 * numbers.
 */
public final class SelCsv {
  private SelCsv() {}

  /**
   * {@code value} as one CSV field for {@code separator}: neutralised when it could be read as a
   * formula, quoted (inner quotes doubled) when neutralised or when it holds the separator, a quote
   * or a line break; {@code null} is the empty field.
   */
  public static String field(String value, char separator) {
    if (value == null) {
      return "";
    }
    boolean formula = looksLikeFormula(value);
    String text = formula ? "'" + value : value;
    if (formula
        || text.indexOf(separator) >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /** Whether a spreadsheet program could take {@code value} for a formula (or a DDE command). */
  public static boolean looksLikeFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    if (first == '\t' || first == '\r') {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' '
          || c == '\t'
          || c == '\r'
          || c == '\n'
          || c == '"'
          || c == '\''
          || c == '\u00A0'
          || c == '\u3000') {
        continue;
      }
      return switch (c) {
        case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
        default -> false;
      };
    }
    return false;
  }

  /**
   * The fields of one line of a comma-separated file (RFC 4180 quoting, inner quotes doubled, no
   * line break inside a field): the master list and the product's own normalised files.
   */
  public static java.util.List<String> baris(String line) {
    java.util.List<String> fields = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          current.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    fields.add(current.toString());
    return fields;
  }
}
