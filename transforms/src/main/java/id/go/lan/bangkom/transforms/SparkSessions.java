package id.go.lan.bangkom.transforms;

import org.apache.spark.sql.SparkSession;

/** The one place that builds a SparkSession: loopback driver, UTC, no UI, few partitions. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * A session for {@code master} ({@code local[*]}, {@code spark://host:7077}, {@code yarn}, ...).
   * Extra settings (e.g. {@code spark.jars} for a cluster) come from {@code spark.*} system
   * properties, as with spark-submit.
   */
  public static SparkSession create(String master, int shufflePartitions) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("sounding-bangkom")
            .master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions))
            .config("spark.sql.adaptive.enabled", "true")
            // Shuffle partitions of ~16 MB instead of 64: the deduplicated records of a national
            // cut-off (~100 MB) spread over 8 tasks rather than 3, which on few cores ran as two
            // full rounds and one task alone.
            .config("spark.sql.adaptive.advisoryPartitionSizeInBytes", "16m")
            // Spark 4's default, relied on: a value that does not fit its type (a record's JP
            // beyond Compliance.JP_CATATAN) fails the run with the value named, never a null.
            .config("spark.sql.ansi.enabled", "true")
            // The first hash aggregation of a task tries a small fixed-width map before the
            // general one; 2^20 rows instead of 2^16 hold a task's share of a national cut-off's
            // record keys (~1 M at CW3 over 32 partitions): the deduplication's stage 16.4 ->
            // 13.6 executor CPU-s (bench/RESULTS.md, 2026-12-03).
            .config("spark.sql.codegen.aggregate.fastHashMap.capacityBit", "20")
            // The lake's files are listed by name (one per submission and dataset): list them in
            // the driver instead of a Spark job of one task per file.
            .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "1000000")
            .config("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED")
            .config("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED");
    if (master.startsWith("local")) {
      builder
          // Shuffle files stay on this machine: compressing them only costs CPU.
          .config("spark.shuffle.compress", "false")
          .config("spark.shuffle.spill.compress", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    return builder.getOrCreate();
  }
}
