package id.go.lan.bangkom.ingestion;

import java.util.List;

/** One record of a source: its row number as the PIC sees it and its cells by header position. */
record RawRow(long nomorBaris, List<RawCell> cells) {
  RawCell cell(int index) {
    return index < 0 || index >= cells.size() ? RawCell.EMPTY : cells.get(index);
  }

  boolean isBlank() {
    for (RawCell c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
