package id.go.lan.bangkom.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RowNumberMapTest {
  @Test
  void answersAsAHashMapOfFirstRowsThroughGrowthAndCollisions() {
    // 20,000 keys from a small pool (so repeats are frequent), also keys sharing a high or low
    // half; past the first 2,048 entries the table grows several times. A HashMap is the oracle.
    RowNumberMap map = new RowNumberMap();
    Map<String, Long> oracle = new HashMap<>();
    SplittableRandom random = new SplittableRandom(7);
    for (long row = 0; row < 20_000; row++) {
      long high = random.nextInt(3_000);
      long low = random.nextBoolean() ? 42 : random.nextInt(4);
      long expected = oracle.getOrDefault(high + "/" + low, -1L);
      assertThat(map.putIfAbsent(high, low, row)).isEqualTo(expected);
      oracle.putIfAbsent(high + "/" + low, row);
    }
    assertThat(oracle.size()).isGreaterThan(4_096);
  }
}
