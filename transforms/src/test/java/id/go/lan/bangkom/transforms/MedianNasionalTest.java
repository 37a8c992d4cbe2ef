package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The nation's measures come from one aggregation (no window over a single partition); they must
 * equal what the windowed per-group path gives for one group holding everyone, and the median must
 * be the mean of the two middle values of the sorted JP.
 */
class MedianNasionalTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static final StructType POPULASI =
      new StructType().add("jp", Compliance.JP).add("status", DataTypes.StringType);
  private static final List<String> STATUS =
      List.of(
          Compliance.MEMENUHI,
          Compliance.SESUAI_TARGET,
          Compliance.TERTINGGAL,
          Compliance.BELUM_ADA_JP);

  private static Dataset<Row> populasi(List<BigDecimal> jp, Random random) {
    List<Row> rows = new ArrayList<>();
    for (BigDecimal v : jp) {
      rows.add(RowFactory.create(v, STATUS.get(random.nextInt(STATUS.size()))));
    }
    return SPARK.createDataFrame(rows, POPULASI);
  }

  private static Row nasional(Dataset<Row> populasi) {
    return KepatuhanAgregat.measures(populasi).select(measures()).first();
  }

  private static Column[] measures() {
    return KepatuhanAgregat.MEASURES.stream().map(functions::col).toArray(Column[]::new);
  }

  private static Row satuKelompok(Dataset<Row> populasi) {
    return KepatuhanAgregat.measures(populasi.withColumn("semua", lit(1)), "semua")
        .select(measures())
        .first();
  }

  @Test
  void nationalMeasuresEqualTheWindowedPathForOddEvenAndTiedPopulations() {
    Random random = new Random(18);
    for (int n : new int[] {1, 4, 7, 50}) {
      List<BigDecimal> jp = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        // Few distinct values, so ties straddle the middle; cents so a half-cent mean rounds.
        jp.add(BigDecimal.valueOf(random.nextInt(12) * 125 + random.nextInt(2), 2));
      }
      Dataset<Row> populasi = populasi(jp, random);
      Row nasional = nasional(populasi);
      assertThat(nasional).as("n = %d", n).isEqualTo(satuKelompok(populasi));

      List<BigDecimal> sorted = new ArrayList<>(jp);
      sorted.sort(null);
      BigDecimal median =
          sorted
              .get((n + 1) / 2 - 1)
              .add(sorted.get(n / 2))
              .divide(BigDecimal.valueOf(2))
              .setScale(2, java.math.RoundingMode.HALF_UP);
      assertThat(nasional.getDecimal(KepatuhanAgregat.MEASURES.indexOf("median_jp")))
          .as("median of %s", sorted)
          .isEqualByComparingTo(median);
    }
  }

  @Test
  void nobodyGivesOneRowOfZeroCountsAndNoMedian() {
    Row nasional = nasional(SPARK.createDataFrame(List.of(), POPULASI));
    assertThat(nasional.getLong(0)).isZero();
    assertThat(nasional.isNullAt(KepatuhanAgregat.MEASURES.indexOf("median_jp"))).isTrue();
  }
}
