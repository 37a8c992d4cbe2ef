package id.go.lan.bangkom.samples.generator;

/** An open-addressing set of positive longs (NIPs), 8 bytes a slot, for the uniqueness pass. */
final class LongSet {
  private long[] slots;
  private int size;

  LongSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[capacity];
  }

  /** Adds {@code v} (> 0); false when it was there already. */
  boolean add(long v) {
    if (size * 2 >= slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int i = (int) Rng.mix(v) & mask;
    while (slots[i] != 0) {
      if (slots[i] == v) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = v;
    size++;
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long v : old) {
      if (v != 0) {
        add(v);
      }
    }
  }
}
