package id.go.lan.bangkom.ingestion;

import java.time.LocalDate;

/**
 * A value as a reader found it: its text (never null; empty when blank), and whether it arrived as
 * a number cell (XLSX numeric, JSON number) or a date cell.
 */
record RawCell(String text, Kind kind, LocalDate date) {
  enum Kind {
    TEXT,
    NUMBER,
    DATE
  }

  static final RawCell EMPTY = new RawCell("", Kind.TEXT, null);

  RawCell {
    text = text == null ? "" : text;
  }

  static RawCell text(String text) {
    return text == null || text.isEmpty() ? EMPTY : new RawCell(text, Kind.TEXT, null);
  }

  static RawCell number(String text) {
    return new RawCell(text, Kind.NUMBER, null);
  }

  static RawCell date(LocalDate date) {
    return new RawCell(date.toString(), Kind.DATE, date);
  }

  boolean isBlank() {
    return text.isBlank();
  }

  String trimmed() {
    return text.strip();
  }
}
