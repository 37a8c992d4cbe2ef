package id.go.lan.bangkom.schedules;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.ingestion.IngestListener;
import id.go.lan.bangkom.ingestion.IngestResult;
import id.go.lan.bangkom.ingestion.Ingestion;
import id.go.lan.bangkom.ingestion.Lake;
import id.go.lan.bangkom.ingestion.SubmisiVersion;
import id.go.lan.bangkom.reports.BerkasPegawai;
import id.go.lan.bangkom.reports.CaturwulanReport;
import id.go.lan.bangkom.reports.LaporanTahunan;
import id.go.lan.bangkom.reports.PengaturanSurat;
import id.go.lan.bangkom.reports.ProfilInstansi;
import id.go.lan.bangkom.reports.SuratInstansi;
import id.go.lan.bangkom.reports.SuratSounding;
import id.go.lan.bangkom.transforms.SparkSessions;
import id.go.lan.bangkom.transforms.TransformJob;
import id.go.lan.bangkom.warehouse.WarehousePublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
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
  private PengaturanSurat pengaturanSurat;

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

  /**
   * Computes the figures of one cut-off into the lake's computed tables; then, when the lake now
   * holds records of the previous year that its computed year end has not counted (late records in
   * this year's submissions), that year end again, with each changed figure in {@code ralat}.
   * Returns the cut-offs computed, in order.
   */
  public List<Periode> transform(Periode periode) {
    return transform(periode, Kemajuan.DIAM);
  }

  /** As {@link #transform(Periode)}, reporting each cut-off's stages to {@code kemajuan}. */
  public List<Periode> transform(Periode periode, Kemajuan kemajuan) {
    TransformJob job = transformJob();
    job.run(periode, kemajuan);
    Periode akhirTahunLalu = new Periode(periode.tahun() - 1, 3);
    if (job.needsRecompute(akhirTahunLalu)) {
      job.run(akhirTahunLalu, kemajuan);
      return List.of(periode, akhirTahunLalu);
    }
    return List.of(periode);
  }

  /** Rebuilds the warehouse and swaps it in; returns its path. */
  public Path publish() {
    return publish(Kemajuan.DIAM);
  }

  /** {@link #publish()}, reporting each table loaded to {@code kemajuan}. */
  public Path publish(Kemajuan kemajuan) {
    return new WarehousePublisher(config, master, workspace).publish(kemajuan);
  }

  /** Renders the Laporan Caturwulan of {@code periode} from the published warehouse. */
  public Path reportCaturwulan(Periode periode, LocalDate tanggalLaporan) {
    Path pdf = workspace.reports(periode).resolve("laporan-caturwulan-" + periode.id() + ".pdf");
    return new CaturwulanReport(pengaturanSurat())
        .renderLaporanCaturwulan(workspace.warehouse(), periode, pdf, tanggalLaporan);
  }

  /**
   * Writes the Surat Sounding of {@code periode} (one per instansi not HIJAU, with its list of
   * employees off track) under {@code reports/<P>/sounding/}; the deadline is {@code
   * surat.tenggat_hari} (default 14) days after {@code tanggalSurat}.
   */
  public List<SuratInstansi> reportSounding(Periode periode, LocalDate tanggalSurat) {
    return reportSounding(periode, tanggalSurat, Kemajuan.DIAM);
  }

  /** As {@link #reportSounding(Periode, LocalDate)}, telling {@code kemajuan} of each letter. */
  public List<SuratInstansi> reportSounding(
      Periode periode, LocalDate tanggalSurat, Kemajuan kemajuan) {
    return new SuratSounding(pengaturanSurat(), master)
        .renderPeriode(
            workspace.warehouse(),
            periode,
            berkasPegawai(periode),
            soundingFolder(periode),
            tanggalSurat,
            kemajuan);
  }

  /** The folder of the letters of {@code periode}: {@code reports/<P>/sounding}. */
  public Path soundingFolder(Periode periode) {
    return workspace.reports(periode).resolve("sounding");
  }

  /** Writes the Profil Instansi of every instansi with data at {@code periode}. */
  public List<Path> reportProfil(Periode periode, LocalDate tanggalLaporan) {
    return reportProfil(periode, tanggalLaporan, Kemajuan.DIAM);
  }

  /** As {@link #reportProfil(Periode, LocalDate)}, telling {@code kemajuan} of each profile. */
  public List<Path> reportProfil(Periode periode, LocalDate tanggalLaporan, Kemajuan kemajuan) {
    return new ProfilInstansi(pengaturanSurat())
        .renderPeriode(
            workspace.warehouse(),
            periode,
            workspace.reports(periode).resolve("profil"),
            tanggalLaporan,
            kemajuan);
  }

  /**
   * Writes the Laporan Tahunan of {@code tahun} as {@code
   * reports/<tahun>/laporan-tahunan-<tahun>.pdf}.
   */
  public Path reportTahunan(int tahun, LocalDate tanggalLaporan) {
    return reportTahunan(tahun, tanggalLaporan, Kemajuan.DIAM);
  }

  /** As {@link #reportTahunan(int, LocalDate)}, telling {@code kemajuan} of its steps. */
  public Path reportTahunan(int tahun, LocalDate tanggalLaporan, Kemajuan kemajuan) {
    Path pdf =
        workspace
            .root()
            .resolve("reports")
            .resolve(String.valueOf(tahun))
            .resolve("laporan-tahunan-" + tahun + ".pdf");
    return new LaporanTahunan(pengaturanSurat())
        .render(workspace.warehouse(), tahun, pdf, tanggalLaporan, kemajuan);
  }

  /**
   * The reports' settings, read from the configuration once per cycle; every PDF is registered in
   * the workspace's register of issued documents.
   */
  private PengaturanSurat pengaturanSurat() {
    if (pengaturanSurat == null) {
      pengaturanSurat = PengaturanSurat.dari(config).dicatatDi(workspace);
    }
    return pengaturanSurat;
  }

  /** The computed per-employee Parquet of the period and the rosters in force (names, NIPs). */
  private BerkasPegawai berkasPegawai(Periode periode) {
    Path computed = workspace.computed("kepatuhan_pegawai").resolve("periode=" + periode.id());
    List<Path> kepatuhan;
    if (Files.isDirectory(computed)) {
      try (Stream<Path> files = Files.list(computed)) {
        kepatuhan =
            files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(PesanModul.PESAN.f("folder.tidak.terbaca", computed), e);
      }
    } else {
      kepatuhan = List.of();
    }
    return new BerkasPegawai(kepatuhan, Lake.open(workspace).inForce("pegawai", periode));
  }

  private TransformJob transformJob() {
    if (spark == null) {
      spark = SparkSessions.create(sparkMaster, config.sparkShufflePartitions());
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
