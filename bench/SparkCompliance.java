import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.transforms.SparkSessions;
import id.go.lan.bangkom.transforms.TransformJob;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark side of the compliance benchmark (issue 5 point 9): the product's own compliance step
 * ({@code TransformJob.kepatuhan}: per-employee and per-instansi figures of a cut-off, from the
 * lake, written as Parquet to an output folder, as DuckDbCompliance writes its own). Times the
 * session start apart from the step, so the step compares like for like with the DuckDB SQL; then
 * runs the step a second and a third time in the same JVM (warm), as the scheduler's long-lived
 * process would. Prints the executor CPU of every stage of each run (robust to other load).
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
            : config.sparkShufflePartitions();
    SparkSession spark = SparkSessions.create(master, partitions);
    StageCpu stages = new StageCpu();
    spark.sparkContext().addSparkListener(stages);
    if (Boolean.getBoolean("bench.explain")) {
      spark
          .listenerManager()
          .register(
              new org.apache.spark.sql.util.QueryExecutionListener() {
                @Override
                public void onSuccess(
                    String funcName, org.apache.spark.sql.execution.QueryExecution qe, long ns) {
                  System.out.println("plan of " + funcName + ":\n" + qe.executedPlan());
                }

                @Override
                public void onFailure(
                    String funcName, org.apache.spark.sql.execution.QueryExecution qe, Exception e) {}
              });
    }
    long t1 = System.nanoTime();
    TransformJob job = new TransformJob(spark, config, InstansiMaster.load(config.masterInstansi()), workspace);
    job.kepatuhan(periode, out);
    long t2 = System.nanoTime();
    stages.print("cold");
    System.out.printf("compliance_s=%.2f%n", (t2 - t1) / 1e9);
    if (Integer.getInteger("bench.runs", 3) < 2) {
      spark.stop();
      return;
    }
    // Again in the same JVM: the step without JIT warm-up and Spark's first code generation, as
    // in the scheduler's long-running process.
    job.kepatuhan(periode, out);
    long t3 = System.nanoTime();
    stages.print("warm");
    // A third time: the JIT is still compiling Spark's generated code during the second run.
    job.kepatuhan(periode, out);
    long t4 = System.nanoTime();
    stages.print("warm2");
    System.out.printf("session_s=%.2f%n", (t1 - t0) / 1e9);
    System.out.printf("compliance_warm_s=%.2f%n", (t3 - t2) / 1e9);
    System.out.printf("compliance_warm2_s=%.2f%n", (t4 - t3) / 1e9);
    spark.stop();
  }

  /**
   * Executor CPU per stage, summed over its tasks: robust to other load on the machine, unlike
   * wall time. Prints one line per stage and the total, then starts counting again.
   */
  static final class StageCpu extends SparkListener {
    private final Map<Integer, String> lines = new TreeMap<>();
    private long totalNs;
    private long startMs = System.currentTimeMillis();

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted event) {
      StageInfo info = event.stageInfo();
      long cpu = info.taskMetrics().executorCpuTime();
      totalNs += cpu;
      lines.put(
          info.stageId(),
          String.format(
              "stage %d: %d tasks, executor CPU %.2f s, run %.2f s, shuffle read %d MB, write %d MB, out %d MB, from %.2f s to %.2f s",
              info.stageId(),
              info.numTasks(),
              cpu / 1e9,
              info.taskMetrics().executorRunTime() / 1e3,
              info.taskMetrics().shuffleReadMetrics().totalBytesRead() >> 20,
              info.taskMetrics().shuffleWriteMetrics().bytesWritten() >> 20,
              info.taskMetrics().outputMetrics().bytesWritten() >> 20,
              ((Long) info.submissionTime().get() - startMs) / 1e3,
              ((Long) info.completionTime().get() - startMs) / 1e3));
    }

    synchronized void print(String run) {
      lines.values().forEach(l -> System.out.println(run + " " + l));
      System.out.printf("executor_cpu_%s_s=%.2f%n", run, totalNs / 1e9);
      lines.clear();
      totalNs = 0;
      startMs = System.currentTimeMillis();
    }
  }
}
