import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.transforms.SparkSessions;
import id.go.lan.bangkom.transforms.TransformJob;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark side of the compliance benchmark (issue 5 point 9): the product's own compliance step
 * ({@code TransformJob.kepatuhan}: per-employee and per-instansi figures of a cut-off, from the
 * lake, written as Parquet to an output folder, as DuckDbCompliance writes its own). Times the
 * session start apart from the step, so the step compares like for like with the DuckDB SQL; then
 * runs the step a second time in the same JVM (warm), as the scheduler's long-lived process would.
 *
 * <p>Usage (bench/transforms.sh runs it): {@code java <Spark JVM flags> -cp <cli classpath>
 * bench/SparkCompliance.java <workspace> <YYYY-CWk> <out dir> [master] [shuffle partitions]}.
 * Prints {@code key=value} lines.
 */
public class SparkCompliance {
  public static void main(String[] args) {
    Path ws = Path.of(args[0]).toAbsolutePath().normalize();
    Periode periode = Periode.parse(args[1]);
    Path out = Path.of(args[2]).toAbsolutePath().normalize();
    String master = args.length > 3 ? args[3] : "local[*]";
    long t0 = System.nanoTime();
    Workspace workspace = new Workspace(ws);
    BangkomConfig config = BangkomConfig.load(ws);
    int partitions =
        args.length > 4
            ? Integer.parseInt(args[4])
            : Integer.parseInt(config.get("spark.shuffle_partitions").orElse("8"));
    SparkSession spark = SparkSessions.create(master, partitions);
    long t1 = System.nanoTime();
    TransformJob job = new TransformJob(spark, config, InstansiMaster.load(config.masterInstansi()), workspace);
    job.kepatuhan(periode, out);
    long t2 = System.nanoTime();
    // Again in the same JVM: the step without JIT warm-up and Spark's first code generation, as
    // in the scheduler's long-running process.
    job.kepatuhan(periode, out);
    long t3 = System.nanoTime();
    System.out.printf("session_s=%.2f%n", (t1 - t0) / 1e9);
    System.out.printf("compliance_s=%.2f%n", (t2 - t1) / 1e9);
    System.out.printf("compliance_warm_s=%.2f%n", (t3 - t2) / 1e9);
    spark.stop();
  }
}
