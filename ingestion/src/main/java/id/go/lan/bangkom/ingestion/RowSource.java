package id.go.lan.bangkom.ingestion;

import java.util.List;

/**
 * A stream of records of one file or sheet. {@link #header()} is read first; {@link #next()} then
 * returns records until null. Any failure of the underlying library is a {@link
 * FileRefusedException} (the file is refused whole).
 */
interface RowSource extends AutoCloseable {
  /** The header cells as text; empty when the file has none. */
  List<String> header() throws FileRefusedException;

  /** The next record, or null at the end. */
  RawRow next() throws FileRefusedException;

  @Override
  void close();
}
