package id.go.lan.bangkom.samples.generator;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Seeds derived from the run's seed and a path of names and numbers, so that every instansi, person
 * and file draws from its own stream: the output does not depend on the order or the number of
 * threads that make it.
 */
final class Rng {
  private Rng() {}

  static SplittableRandom of(long seed, Object... path) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    for (Object p : path) {
      long v =
          p instanceof Number n
              ? n.longValue()
              : fnv(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
      h = mix(h * 31 + v + 0x632BE59BD9B4E019L);
    }
    return new SplittableRandom(h);
  }

  /** Like {@link #of(long, Object...)} for a numeric tag and two numbers, without boxing. */
  static SplittableRandom of(long seed, long tag, long a, long b) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    h = mix(h * 31 + tag + 0x632BE59BD9B4E019L);
    h = mix(h * 31 + a + 0x632BE59BD9B4E019L);
    h = mix(h * 31 + b + 0x632BE59BD9B4E019L);
    return new SplittableRandom(h);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long fnv(byte[] bytes) {
    long h = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** Index drawn from cumulative weights {@code cum} (last element = total). */
  static int pick(SplittableRandom r, double[] cum) {
    double x = r.nextDouble() * cum[cum.length - 1];
    for (int i = 0; i < cum.length; i++) {
      if (x < cum[i]) {
        return i;
      }
    }
    return cum.length - 1;
  }

  static double[] cumulative(double... weights) {
    double[] cum = new double[weights.length];
    double s = 0;
    for (int i = 0; i < weights.length; i++) {
      s += weights[i];
      cum[i] = s;
    }
    return cum;
  }

  static <T> T choose(SplittableRandom r, T[] items) {
    return items[r.nextInt(items.length)];
  }

  /** Normal deviate (Box-Muller), for log-normal sizes. */
  static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
