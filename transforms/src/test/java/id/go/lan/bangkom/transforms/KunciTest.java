package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class KunciTest {
  @Test
  void spacesTabsLineBreaksAndCaseDoNotMakeAnotherActivity() {
    assertThat(normal("  Pelatihan \t Analisis\r\n\nKEBIJAKAN  "))
        .isEqualTo("pelatihan analisis kebijakan");
    assertThat(Kunci.kegiatanHash(utf8("Pelatihan  Analisis Kebijakan")))
        .isEqualTo(Kunci.kegiatanHash(utf8(" pelatihan analisis\tKEBIJAKAN\n")))
        .isNotEqualTo(Kunci.kegiatanHash(utf8("Pelatihan Analisis Kebijakan II")))
        .isNotEqualTo(Kunci.kegiatanHash(utf8("PelatihanAnalisis Kebijakan")));
  }

  @Test
  void aNameBeyondAsciiIsLowerCasedByUnicodeRules() {
    // É (U+00C9) lower-cases to é (U+00E9); the non-breaking space (U+00A0) is not whitespace to
    // the rule, as it is not to Java's \s.
    assertThat(normal("Bimtek  ÉKONOMI\u00a0Daerah ")).isEqualTo("bimtek ékonomi\u00a0daerah");
    assertThat(Kunci.kegiatanHash(utf8("Bimtek ÉKONOMI")))
        .isEqualTo(Kunci.kegiatanHash(utf8("bimtek   ékonomi")));
  }

  @Test
  void noNameHasNoKey() {
    assertThat(Kunci.kegiatanHash(null)).isNull();
  }

  /**
   * The rule written with a regular expression, apart from the byte-wise code under test, over
   * random names mixing letters, digits, every whitespace character and non-ASCII letters.
   */
  @Test
  void equalsTheRegularExpressionRule() {
    String alphabet = "aZq09 .-/\t\n\r\f\u000bÉéİı\u00a0";
    Random random = new Random(20261203L);
    for (int i = 0; i < 5000; i++) {
      String name = randomName(random, alphabet);
      String expected = name.replaceAll("\\s+", " ");
      expected = expected.startsWith(" ") ? expected.substring(1) : expected;
      expected = expected.endsWith(" ") ? expected.substring(0, expected.length() - 1) : expected;
      assertThat(normal(name))
          .as("name %s", name.codePoints().boxed().toList())
          .isEqualTo(expected.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void sparkGivesTheSameKeyThroughTheColumn() {
    SparkSession spark = TestSpark.session();
    List<Row> rows = new ArrayList<>();
    for (String name :
        Arrays.asList(
            "Kursus  Pajak", "kursus\tpajak ", "Kursus Pajak Daerah", "Bimtek ÉKONOMI", null)) {
      rows.add(RowFactory.create(name));
    }
    List<Row> out =
        spark
            .createDataFrame(rows, new StructType().add("nama_kegiatan", DataTypes.StringType))
            .select(Kunci.kegiatan(col("nama_kegiatan")))
            .collectAsList();
    assertThat(out.get(0).get(0)).isEqualTo(out.get(1).get(0)).isNotEqualTo(out.get(2).get(0));
    assertThat(out.get(3).get(0)).isEqualTo(Kunci.kegiatanHash(utf8("bimtek ékonomi")));
    assertThat(out.get(4).isNullAt(0)).isTrue();
  }

  /** Up to 24 characters drawn from {@code alphabet}. */
  private static String randomName(Random random, String alphabet) {
    StringBuilder name = new StringBuilder();
    for (int n = random.nextInt(25); n > 0; n--) {
      name.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return name.toString();
  }

  private static String normal(String name) {
    return new String(Kunci.normalise(utf8(name)), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
