package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.udf;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.catalyst.expressions.XXH64;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.Platform;

/**
 * The activity name's part of a record key (SPEC §5): the name trimmed, every run of whitespace
 * ({@code [ \t\n\x0B\f\r]}) as one space, lower case, as a 64-bit hash of its UTF-8 bytes.
 *
 * <p>A scalar function over the name's bytes rather than Spark's {@code lower(regexp_replace(trim
 * ..))}: at national scale (29 M records at CW3) the regular expression, its String round trip and
 * ICU lower-casing were the records scan's largest cost, and cheaper built-ins (a {@code contains}
 * per whitespace character) still cost 11 % of the executors' CPU (bench/RESULTS.md). Names in
 * ASCII, nearly all of them, are normalised and hashed byte by byte; any other name goes through
 * {@link String#toLowerCase(Locale)} with {@link Locale#ROOT}.
 */
final class KegiatanKunci {
  private static final long SEED = 42L;

  private static final UserDefinedFunction HASH =
      udf((UDF1<byte[], Long>) KegiatanKunci::hash, DataTypes.LongType);

  private KegiatanKunci() {}

  /** The key of {@code namaKegiatan} (a string column); null for a null name. */
  static Column of(Column namaKegiatan) {
    // As binary, Spark hands the function the UTF-8 bytes without decoding them into a String.
    return HASH.apply(namaKegiatan.cast(DataTypes.BinaryType));
  }

  /** The hash of the normalised name whose UTF-8 bytes are {@code utf8}; null for null. */
  static Long hash(byte[] utf8) {
    if (utf8 == null) {
      return null;
    }
    byte[] normal = normalise(utf8);
    return XXH64.hashUnsafeBytes(normal, Platform.BYTE_ARRAY_OFFSET, normal.length, SEED);
  }

  /** The normalised name as UTF-8 bytes. */
  static byte[] normalise(byte[] utf8) {
    byte[] out = new byte[utf8.length];
    int n = 0;
    boolean gap = false;
    for (byte b : utf8) {
      if (b < 0) {
        return normaliseText(new String(utf8, StandardCharsets.UTF_8));
      }
      if (isWhitespace(b)) {
        gap = n > 0;
        continue;
      }
      if (gap) {
        out[n++] = ' ';
        gap = false;
      }
      out[n++] = b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** The same rules over any text, lower-cased by Unicode's rules. */
  private static byte[] normaliseText(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80 && isWhitespace((byte) c)) {
        gap = b.length() > 0;
        continue;
      }
      if (gap) {
        b.append(' ');
        gap = false;
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
  }

  /** Java's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isWhitespace(byte b) {
    return b == ' ' || (b >= '\t' && b <= '\r');
  }
}
