package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.transforms.SparkSessions;
import org.apache.spark.sql.SparkSession;

/**
 * One SparkSession per test JVM, for the fixtures that build a lake the way the product does
 * (ingest, transform); the warehouse's own code never touches Spark.
 */
final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSessions.create("local[2]", 2);
    }
    return session;
  }
}
