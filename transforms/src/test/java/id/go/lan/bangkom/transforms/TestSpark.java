package id.go.lan.bangkom.transforms;

import org.apache.spark.sql.SparkSession;

/** One SparkSession per test JVM (a session costs seconds); the warehouse tests use it too. */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  /** The test JVM's session, made on first use. */
  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSessions.create("local[2]", 2);
    }
    return session;
  }
}
