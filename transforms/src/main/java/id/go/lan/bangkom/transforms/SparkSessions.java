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
            .config("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED")
            .config("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED");
    if (master.startsWith("local")) {
      builder
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    return builder.getOrCreate();
  }
}
