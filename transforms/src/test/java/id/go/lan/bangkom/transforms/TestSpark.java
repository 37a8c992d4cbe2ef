package id.go.lan.bangkom.transforms;

import org.apache.spark.sql.SparkSession;

/** One SparkSession per test JVM (a session costs seconds). */
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
