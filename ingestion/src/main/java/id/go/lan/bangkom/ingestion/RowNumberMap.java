package id.go.lan.bangkom.ingestion;

/**
 * The first row number seen for a 128-bit key, in open addressing over plain arrays: no key object,
 * no boxed row number, no entry per row (the duplicate checks see every row of a file).
 */
final class RowNumberMap {
  private static final long EMPTY = Long.MIN_VALUE;

  /** Per slot: key high, key low, row (one cache line serves a probe). */
  private long[] slots;

  private int mask;
  private int size;

  RowNumberMap() {
    allocate(1 << 12);
  }

  private void allocate(int count) {
    slots = new long[3 * count];
    for (int i = 2; i < slots.length; i += 3) {
      slots[i] = EMPTY;
    }
    mask = count - 1;
  }

  /**
   * Records {@code row} for the key unless the key is there already.
   *
   * @return the row recorded earlier for the key, or -1 when it was not there
   */
  long putIfAbsent(long high, long low, long row) {
    if (row < 0) {
      throw new IllegalArgumentException("Cannot record a negative row number: " + row);
    }
    long[] s = slots;
    int slot = slot(high, low);
    while (true) {
      int at = 3 * slot;
      long earlier = s[at + 2];
      if (earlier == EMPTY) {
        s[at] = high;
        s[at + 1] = low;
        s[at + 2] = row;
        if (++size > (mask + 1) >> 1) {
          grow();
        }
        return -1;
      }
      if (s[at] == high && s[at + 1] == low) {
        return earlier;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int slot(long high, long low) {
    long h = (high ^ Long.rotateLeft(low, 29)) * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask; // 32 bits: every slot reachable as the table grows
  }

  private void grow() {
    long[] old = slots;
    allocate(2 * (mask + 1));
    for (int i = 0; i < old.length; i += 3) {
      if (old[i + 2] != EMPTY) {
        int slot = slot(old[i], old[i + 1]);
        while (slots[3 * slot + 2] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        slots[3 * slot] = old[i];
        slots[3 * slot + 1] = old[i + 1];
        slots[3 * slot + 2] = old[i + 2];
      }
    }
  }
}
