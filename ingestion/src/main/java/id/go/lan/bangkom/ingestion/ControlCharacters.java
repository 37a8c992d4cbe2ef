package id.go.lan.bangkom.ingestion;

import java.util.List;

/**
 * Control characters in values ({@code KARAKTER_TIDAK_SAH}): which characters no value may hold,
 * and how a value holding them is shown in a receipt (each as {@code [U+XXXX]}).
 */
final class ControlCharacters {
  private ControlCharacters() {}

  /**
   * Adds a {@code KARAKTER_TIDAK_SAH} fault for each column of the dataset whose value holds a
   * control character; true when there was one.
   */
  static boolean check(Dataset dataset, RowCells cells, RawRow row, List<Fault> faults) {
    boolean any = false;
    for (Column column : dataset.columns()) {
      String text = cells.cell(row, column).text();
      int at = firstControl(text);
      if (at >= 0) {
        any = true;
        faults.add(
            Fault.of(
                RejectReason.KARAKTER_TIDAK_SAH,
                column.id(),
                visible(text),
                codePoint(text.charAt(at))));
      }
    }
    return any;
  }

  /**
   * Whether {@code c} is a control character no value may hold: C0 controls but tab, line feed and
   * carriage return (a quoted CSV field may hold a line break), DEL, and the C1 controls U+0080 to
   * U+009F (what Windows-1252 bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D decode to).
   */
  static boolean isControl(char c) {
    return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
  }

  /** The index of the first {@link #isControl} character of {@code text}, or -1. */
  static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** {@code text} with each control character shown as {@code [U+XXXX]}, so none is stored. */
  static String visible(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        b.append('[').append(codePoint(c)).append(']');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  static String codePoint(char c) {
    return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
  }
}
