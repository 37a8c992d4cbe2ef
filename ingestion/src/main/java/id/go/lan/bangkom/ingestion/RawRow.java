package id.go.lan.bangkom.ingestion;

import java.util.List;

/**
 * One record of a source: its row number as the PIC sees it, its cells by header position, and the
 * faults the reader itself found in it (e.g. a JSON key given twice), which reject the row like any
 * rule's.
 */
record RawRow(long nomorBaris, List<RawCell> cells, List<Fault> faults) {
  RawRow(long nomorBaris, List<RawCell> cells) {
    this(nomorBaris, cells, List.of());
  }

  RawCell cell(int index) {
    return index < 0 || index >= cells.size() ? RawCell.EMPTY : cells.get(index);
  }

  /** Blank rows are skipped uncounted; a row with a reader's fault is never blank. */
  boolean isBlank() {
    if (!faults.isEmpty()) {
      return false;
    }
    for (RawCell c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
