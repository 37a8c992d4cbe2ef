package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.catalyst.expressions.XXH64;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.Platform;

/**
 * The keys that find a person's records and tell one activity from another (SPEC §5), as numbers so
 * that the records' shuffle, the deduplication and the join see fixed-width values only.
 *
 * <p>Measured at national scale (29 M records at CW3, bench/RESULTS.md): the activity name is keyed
 * by a scalar function over its UTF-8 bytes, because Spark's {@code
 * lower(regexp_replace(trim(..)))} (a regular expression, a String round trip and ICU lower-casing
 * per record) was the records scan's largest cost, and a {@code contains} per whitespace character
 * still 11 % of the executors' CPU; cast to binary, the column reaches the function without being
 * decoded into a String. The NIP is keyed by Spark's {@code try_cast}: a function over its bytes
 * was no faster, though parsing 18 digits per record is still about a quarter of the records scan.
 */
final class Kunci {
  private static final long SEED = 42L;

  private static final UserDefinedFunction KEGIATAN =
      udf((UDF1<byte[], Long>) Kunci::kegiatanHash, DataTypes.LongType);

  private Kunci() {}

  /**
   * A NIP as a number: 18 digits fit a long, which Spark hashes, shuffles and joins fastest. A NIP
   * that is not a number stops the run with the value named (ingestion admits none, so a lake that
   * holds one must not lose its JP silently); null for null.
   */
  static Column nip(Column nip) {
    Column angka = nip.try_cast(DataTypes.LongType);
    return when(
            angka.isNull().and(nip.isNotNull()),
            raise_error(Teks.kolom("kunci.nip_bukan_angka", nip)))
        .otherwise(angka);
  }

  /**
   * The activity name's part of a record key: the name trimmed, every run of whitespace ({@code [
   * \t\n\x0B\f\r]}, Java's {@code \s}) as one space, lower case, as a 64-bit hash of its UTF-8
   * bytes; null for a null name. ASCII names, nearly all of them, are normalised byte by byte; any
   * other name is lower-cased by {@link String#toLowerCase(Locale)} with {@link Locale#ROOT}.
   */
  static Column kegiatan(Column namaKegiatan) {
    return KEGIATAN.apply(namaKegiatan.cast(DataTypes.BinaryType));
  }

  /** {@link #kegiatan} of one name's UTF-8 bytes. */
  static Long kegiatanHash(byte[] utf8) {
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
    return n == out.length ? out : Arrays.copyOf(out, n);
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
