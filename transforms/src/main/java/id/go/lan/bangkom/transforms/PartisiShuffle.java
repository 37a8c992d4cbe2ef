package id.go.lan.bangkom.transforms;

/**
 * How many partitions the shuffles of one cut-off have: {@code spark.shuffle_partitions} is the
 * most, for a national cut-off; a cut-off whose lake input is small (the sample, a province, a
 * test) gets one per {@link #BYTES_PER_PARTITION} of input, at least {@link #MINIMUM}. Adaptive
 * execution only merges partitions after a shuffle; a cached table, and every stage that reads it,
 * keeps its 32 tasks, each deserialising the stage's plan: on the sample, 1,235 tasks per cut-off
 * spent 12 of their 27.5 s doing that, against 245 tasks and 2.3 s with 2 partitions
 * (bench/RESULTS.md, 2026-12-04).
 */
final class PartisiShuffle {
  /** Input bytes (Parquet on disk) per shuffle partition. */
  static final long BYTES_PER_PARTITION = 4L * 1024 * 1024;

  /** Two cores' worth, so a small cut-off still uses both cores of a laptop. */
  static final int MINIMUM = 2;

  private PartisiShuffle() {}

  /**
   * The partitions of a cut-off that reads {@code inputBytes}, with at most {@code terbanyak}.
   *
   * @throws IllegalArgumentException when {@code inputBytes} is negative or {@code terbanyak} below
   *     1
   */
  static int untuk(long inputBytes, int terbanyak) {
    if (inputBytes < 0 || terbanyak < 1) {
      throw new IllegalArgumentException(
          "inputBytes " + inputBytes + " and terbanyak " + terbanyak + " must be >= 0 and >= 1");
    }
    long perUkuran = (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
    return (int) Math.min(terbanyak, Math.max(MINIMUM, perUkuran));
  }
}
