package id.go.lan.bangkom.schedules;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.ingestion.IngestListener;
import id.go.lan.bangkom.ingestion.IngestResult;
import id.go.lan.bangkom.ingestion.Ingestion;
import id.go.lan.bangkom.ingestion.Lake;
import id.go.lan.bangkom.ingestion.SubmisiVersion;
import id.go.lan.bangkom.reports.CaturwulanReport;
import id.go.lan.bangkom.transforms.SparkSessions;
import id.go.lan.bangkom.transforms.TransformJob;
import id.go.lan.bangkom.transforms.WarehousePublisher;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;

/**
 * The steps of one caturwulan cycle, each idempotent and keyed by period, so the command line, the
 * scheduler and an Airflow DAG drive the same code: ingest -> transform -> publish -> report. Spark
 * starts only when a step needs it and stops on {@link #close()}.
 */
public final class CaturwulanCycle implements AutoCloseable {
  private final BangkomConfig config;
  private final InstansiMaster master;
  private final Workspace workspace;
  private final String sparkMaster;
  private SparkSession spark;

  public CaturwulanCycle(
      BangkomConfig config, InstansiMaster master, Workspace workspace, String sparkMaster) {
    this.config = requireNonNull(config, "config is null");
    this.master = requireNonNull(master, "master is null");
    this.workspace = requireNonNull(workspace, "workspace is null");
    this.sparkMaster = requireNonNull(sparkMaster, "sparkMaster is null");
  }

  public Workspace workspace() {
    return workspace;
  }

  /** Takes in every new submission of the inbox, whatever its period. */
  public IngestResult ingest(Path inbox, IngestListener listener) {
    return new Ingestion(config, master, workspace).ingest(inbox, listener);
  }

  /** Every period the lake holds a submission for, in order. */
  public List<Periode> periodsInLake() {
    Set<Periode> periods = new TreeSet<>();
    for (SubmisiVersion v : Lake.open(workspace).versions()) {
      periods.add(Periode.parse(v.periode()));
    }
    return List.copyOf(periods);
  }

  /** Computes the figures of one cut-off into the lake's computed tables. */
  public void transform(Periode periode) {
    transformJob().run(periode);
  }

  /** Rebuilds the warehouse and swaps it in; returns its path. */
  public Path publish() {
    return new WarehousePublisher(config, master, workspace).publish();
  }

  /** Renders the Laporan Caturwulan of {@code periode} from the published warehouse. */
  public Path reportCaturwulan(Periode periode, LocalDate tanggalLaporan) {
    Path pdf = workspace.reports(periode).resolve("laporan-caturwulan-" + periode.id() + ".pdf");
    return new CaturwulanReport(config.calendar())
        .renderLaporanCaturwulan(workspace.warehouse(), periode, pdf, tanggalLaporan);
  }

  private TransformJob transformJob() {
    if (spark == null) {
      spark =
          SparkSessions.create(
              sparkMaster, Integer.parseInt(config.get("spark.shuffle_partitions").orElse("8")));
    }
    return new TransformJob(spark, config, master, workspace);
  }

  @Override
  public void close() {
    if (spark != null) {
      spark.stop();
      spark = null;
    }
  }
}
