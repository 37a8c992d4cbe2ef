package id.go.lan.bangkom.samples.generator;

import java.util.Arrays;

/** One row to write, in the dataset's canonical column order; reused between rows. */
final class Row {
  static final byte TEXT = 0;
  static final byte NUMBER = 1;
  static final byte DATE = 2;
  static final byte NIP_NUMBER = 3;

  final String[] value;
  final byte[] kind;
  final long[] day;

  Row(int columns) {
    value = new String[columns];
    kind = new byte[columns];
    day = new long[columns];
  }

  void clear() {
    Arrays.fill(value, null);
    Arrays.fill(kind, TEXT);
  }

  void text(int c, String v) {
    value[c] = v;
    kind[c] = TEXT;
  }

  void number(int c, String v) {
    value[c] = v;
    kind[c] = NUMBER;
  }

  void copyFrom(Row o) {
    System.arraycopy(o.value, 0, value, 0, value.length);
    System.arraycopy(o.kind, 0, kind, 0, kind.length);
    System.arraycopy(o.day, 0, day, 0, day.length);
  }
}
