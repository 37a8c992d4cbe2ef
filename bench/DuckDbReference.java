import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's reference: DuckDB's own {@code read_csv} -> Parquet of every CSV file of an inbox,
 * with no validation, one Parquet file per CSV file (the lake's layout), {@code threads} 2.
 *
 * <p>Usage: {@code java -cp <duckdb_jdbc jar> bench/DuckDbReference.java <inbox> <out> [threads]}
 */
public class DuckDbReference {
  private static int latin1;
  private static int lenient;

  /**
   * Every column as text (no typing, no checks). A file that is not UTF-8 (the inbox has
   * Windows-1252 files) is read again as latin-1; a file DuckDB's sniffer cannot take is read again
   * with ignore_errors: the reference is what DuckDB does with the same bytes, at its fastest.
   */
  private static long copy(Connection c, Path csv, Path target) throws SQLException {
    String[] options = {"", ", encoding='latin-1'", ", ignore_errors=true, encoding='latin-1'"};
    SQLException last = null;
    for (int i = 0; i < options.length; i++) {
      try (Statement st = c.createStatement()) {
        long n =
            st.executeLargeUpdate(
                "COPY (SELECT * FROM read_csv('"
                    + csv.toString().replace("'", "''")
                    + "', all_varchar=true, strict_mode=false"
                    + options[i]
                    + ")) TO '"
                    + target.toString().replace("'", "''")
                    + "' (FORMAT PARQUET)");
        latin1 += i == 1 ? 1 : 0;
        lenient += i == 2 ? 1 : 0;
        return n;
      } catch (SQLException e) {
        last = e;
      }
    }
    // DuckDB cannot read it at all (the inbox holds deliberately broken files): skipped, counted.
    unreadable++;
    System.err.println("unreadable: " + csv + ": " + last.getMessage().lines().findFirst().orElse(""));
    return 0;
  }

  private static int unreadable;

  public static void main(String[] args) throws IOException, SQLException {
    Path inbox = Path.of(args[0]).toAbsolutePath();
    Path out = Path.of(args[1]).toAbsolutePath();
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    List<Path> csvs;
    try (Stream<Path> s = Files.walk(inbox)) {
      csvs = s.filter(p -> p.toString().toLowerCase().endsWith(".csv")).sorted().toList();
    }
    long start = System.nanoTime();
    long rows = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute("SET threads=" + threads);
      st.execute("SET memory_limit='2GB'");
      for (Path csv : csvs) {
        Path target = out.resolve(inbox.relativize(csv).toString().replaceAll("\\.csv$", ".parquet"));
        Files.createDirectories(target.getParent());
        rows += copy(c, csv, target);
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println(
        "retried as latin-1: " + latin1 + ", retried ignoring errors: " + lenient
            + ", unreadable: " + unreadable);
    System.out.println("reference files=" + csvs.size() + " rows=" + rows + " ms=" + ms
        + " rows_per_s=" + (ms == 0 ? 0 : rows * 1000 / ms));
  }
}
