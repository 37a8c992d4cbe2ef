package id.go.lan.bangkom.transforms;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The lake as the transforms read and write it: the submissions' Parquet files, and the computed
 * tables under {@code lake/computed/<table>/periode=<id>/}. Every read and write of the transforms
 * goes through here.
 */
final class Komputasi {
  private final SparkSession spark;
  private final Workspace workspace;

  Komputasi(SparkSession spark, Workspace workspace) {
    this.spark = spark;
    this.workspace = workspace;
  }

  SparkSession spark() {
    return spark;
  }

  Workspace workspace() {
    return workspace;
  }

  /**
   * A local path as Spark (Hadoop) takes it: {@code file://} and the path as it is. Hadoop quotes
   * the string itself, so a URI's {@code %20} would become a folder literally named {@code %20}.
   */
  static String lokasi(Path path) {
    return "file://" + path.toAbsolutePath().normalize();
  }

  /** The folder of {@code table} for the cut-off {@code periode}. */
  Path partition(String table, Periode periode) {
    return workspace.computed(table).resolve("periode=" + periode.id());
  }

  /** Whether {@code table} holds the cut-off {@code periode}. */
  boolean ada(String table, Periode periode) {
    return Files.isDirectory(partition(table, periode));
  }

  /** Lake files of one dataset with its schema (nothing inferred); empty for no files. */
  Dataset<Row> read(List<Path> paths, StructType schema) {
    if (paths.isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    String[] locations = paths.stream().map(Komputasi::lokasi).toArray(String[]::new);
    return spark.read().schema(schema).parquet(locations);
  }

  /** A computed table of a cut-off, as written. */
  Dataset<Row> computed(String table, Periode periode) {
    return spark.read().parquet(lokasi(partition(table, periode)));
  }

  /**
   * A computed table of a cut-off; when that cut-off was never computed, an empty table with the
   * columns a comparison with it needs ({@code kode_instansi, persen_on_track}).
   */
  Dataset<Row> computedOrEmpty(String table, Periode periode) {
    if (!ada(table, periode)) {
      return spark.createDataFrame(
          List.of(),
          new StructType()
              .add("kode_instansi", DataTypes.StringType)
              .add("persen_on_track", Compliance.PERSEN));
    }
    return computed(table, periode);
  }

  /** Replaces the cut-off's folder of {@code table} with {@code data}. */
  void write(String table, Periode periode, Dataset<Row> data) {
    data.write().mode(SaveMode.Overwrite).parquet(lokasi(partition(table, periode)));
  }

  /**
   * A computed table as one file, its rows still computed in parallel: {@code coalesce(1)} would
   * pull the work before it (the median's window over a frequency table of ~2 M rows at a national
   * CW3, joins) into a single task; a shuffle of the few result rows costs next to nothing.
   */
  static Dataset<Row> oneFile(Dataset<Row> table) {
    return table.repartition(1);
  }
}
