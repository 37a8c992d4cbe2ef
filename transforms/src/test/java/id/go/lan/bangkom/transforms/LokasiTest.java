package id.go.lan.bangkom.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LokasiTest {
  @Test
  void aWorkspaceWithSpacesAndPercentSignsIsWrittenWhereItSays(@TempDir Path tmp) {
    // Operators name folders "Data Bangkom 2026"; a URI's %20 would land in a folder named "%20".
    Path folder = tmp.resolve("Data Bangkom 100%").resolve("periode=2026-CW1");
    SparkSession spark = TestSpark.session();
    spark
        .createDataFrame(
            List.of(RowFactory.create("a")), new StructType().add("x", DataTypes.StringType))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(Komputasi.lokasi(folder));

    assertThat(folder.resolve("_SUCCESS")).exists();
    assertThat(tmp.toFile().list()).containsExactly("Data Bangkom 100%");
    assertThat(spark.read().parquet(Komputasi.lokasi(folder)).count()).isEqualTo(1);
    assertThat(Files.isDirectory(tmp.resolve("Data%20Bangkom%20100%25"))).isFalse();
  }
}
