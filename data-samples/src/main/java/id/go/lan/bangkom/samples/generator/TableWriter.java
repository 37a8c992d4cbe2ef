package id.go.lan.bangkom.samples.generator;

import java.io.Closeable;
import java.io.IOException;

/** Writes the rows of one dataset in one container, in the columns and header chosen. */
abstract class TableWriter implements Closeable {
  /** Canonical column indexes in output order (some columns may be left out). */
  final int[] columns;

  final String[] header;
  long rows;

  TableWriter(int[] columns, String[] header) {
    this.columns = columns;
    this.header = header;
  }

  final void write(Row row) throws IOException {
    writeRow(row);
    rows++;
  }

  abstract void writeRow(Row row) throws IOException;

  /**
   * The name of the file as the product reports it ({@code bangkom.csv}, {@code
   * 2026-CW1.xlsx#bangkom}).
   */
  abstract String berkas();
}
