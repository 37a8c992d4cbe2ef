package id.go.lan.bangkom.transforms;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.WorkspaceLock;
import id.go.lan.bangkom.core.kontrak.PeriodeSelesai;
import id.go.lan.bangkom.core.kontrak.TabelHitungan;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The transforms' entry point: reads the lake, computes the SPEC §3 and §6 figures of a cut-off,
 * records restatements against what an earlier run computed, and writes the tables to {@code
 * lake/computed/<table>/periode=<id>/}. The parts: which inputs a cut-off reads ({@link
 * MasukanPeriode}), its stages ({@link TahapPeriode}), the restatements ({@link PencatatRalat}),
 * the back-test ({@link UjiBalikProyeksi}); every read and write goes through {@link Komputasi}.
 * The settings are read once, when the job is built ({@link PengaturanTransform}).
 */
public final class TransformJob {
  /** Restatements are appended here, never overwritten. */
  public static final String RALAT = TabelHitungan.RALAT;

  /** The computed tables of one cut-off under lake/computed, as the warehouse publishes them. */
  public static final List<String> TABLES = TabelHitungan.PER_PERIODE;

  /**
   * The steps {@link #run(Periode, Kemajuan)} reports, one per table of {@link #TABLES}: ralat when
   * the previous run is compared, proyeksi_uji_balik after the back-test, the others when written.
   */
  private static final int LANGKAH = TABLES.size();

  private final Workspace workspace;
  private final Clock clock;
  private final Komputasi lake;
  private final MasukanPeriode masukan;
  private final TahapPeriode tahap;
  private final PencatatRalat ralat;
  private final UjiBalikProyeksi ujiBalik;
  private final id.go.lan.bangkom.core.CaturwulanCalendar calendar;
  private final int partisiShuffle;

  /**
   * A job over {@code workspace}'s lake; reads and checks the settings of {@code config} now.
   *
   * @throws IllegalArgumentException when a setting is not allowed (Indonesian, naming the key)
   */
  public TransformJob(
      SparkSession spark, BangkomConfig config, InstansiMaster master, Workspace workspace) {
    this(spark, config, master, workspace, Clock.systemUTC());
  }

  public TransformJob(
      SparkSession spark,
      BangkomConfig config,
      InstansiMaster master,
      Workspace workspace,
      Clock clock) {
    PengaturanTransform pengaturan = PengaturanTransform.dari(config);
    this.workspace = requireNonNull(workspace, "workspace is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.lake = new Komputasi(requireNonNull(spark, "spark is null"), workspace);
    this.masukan = new MasukanPeriode(workspace, pengaturan);
    this.tahap =
        new TahapPeriode(
            lake,
            new TabelInduk(spark, requireNonNull(master, "master is null"), pengaturan),
            pengaturan);
    this.ralat = new PencatatRalat(lake, pengaturan);
    this.ujiBalik = new UjiBalikProyeksi(lake);
    this.calendar = pengaturan.kalender();
    this.partisiShuffle = pengaturan.partisiShuffle();
  }

  /**
   * The compliance step alone, as {@link #run} computes it: writes {@code kepatuhan_pegawai} and
   * {@code kepatuhan_instansi} of the cut-off as Parquet under {@code folder/<table>/}. For
   * benchmarks and checks that time or compare this step apart from the rest.
   */
  public void kepatuhan(Periode periode, Path folder) {
    MasukanPeriode.Masukan in = masukan.baca(periode);
    TabelInduk induk = tahap.induk();
    Dataset<Row> pegawai =
        tahap.writePegawai(
            in, periode, tahap.jpPerNip(in, periode), folder.resolve("kepatuhan_pegawai"));
    Komputasi.oneFile(
            KepatuhanAgregat.kepatuhanInstansi(
                pegawai, induk.instansi(), induk.laporan(in.lake(), periode), periode))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(Komputasi.lokasi(folder.resolve("kepatuhan_instansi")));
  }

  /**
   * Whether a computed cut-off would now be computed from other submission versions than its last
   * run, e.g. the previous year's end after this year's first submissions brought late records of
   * that year. False for a period never computed (or whose last run did not finish).
   */
  public boolean needsRecompute(Periode periode) {
    if (!PeriodeSelesai.isComplete(workspace, periode)) {
      return false;
    }
    Set<String> sebelumnya = masukan.terakhir(periode);
    return sebelumnya != null && !sebelumnya.equals(new TreeSet<>(masukan.baca(periode).versi()));
  }

  /** As {@link #run(Periode, Kemajuan)}, reporting no progress. */
  public void run(Periode periode) {
    run(periode, Kemajuan.DIAM);
  }

  /**
   * Computes and writes every table of {@link #TABLES} for the cut-off {@code periode}, holding the
   * workspace's {@link WorkspaceLock}; the period counts as complete for publish only once every
   * table is written ({@link PeriodeSelesai}). Reports its steps to {@code kemajuan} as "Transform
   * &lt;periode&gt;", one per table written.
   */
  public void run(Periode periode, Kemajuan kemajuan) {
    requireNonNull(kemajuan, "kemajuan is null");
    try (WorkspaceLock lock = WorkspaceLock.acquire(workspace, "transform")) {
      PeriodeSelesai.unmark(workspace, periode);
      kemajuan.mulai(Teks.f("kemajuan.transform", periode.id()), LANGKAH);
      try {
        compute(periode, new Langkah(kemajuan));
      } finally {
        kemajuan.selesai();
      }
      PeriodeSelesai.mark(workspace, periode);
    }
  }

  private void compute(Periode periode, Langkah langkah) {
    MasukanPeriode.Masukan in = masukan.baca(periode);
    lake.spark()
        .conf()
        .set(
            "spark.sql.shuffle.partitions",
            PartisiShuffle.untuk(in.ukuranBerkas(), partisiShuffle));
    try (TahapPeriode.Hasil hasil =
        tahap.hitung(in, periode, () -> langkah.maju("kepatuhan_pegawai"))) {
      Map<String, Dataset<Row>> tabel = new java.util.LinkedHashMap<>(hasil.tabel());
      List<Dataset<Row>> dibandingkan =
          ralat.catat(periode, tabel, masukan.terakhir(periode), in.versi(), clock.instant());
      langkah.maju(RALAT);
      tulis(periode, in, tabel, langkah);
      dibandingkan.forEach(Dataset::unpersist);
      masukan.catat(periode, in);
      ujiBalik.jalankan(periode);
      langkah.maju("proyeksi_uji_balik");
    }
  }

  /**
   * Writes the tables of a cut-off, each as one file: the one place where a period's computed
   * tables are written, after the restatements were taken against the previous run and before the
   * run's inputs are recorded. A further table computed from the same inputs ({@code in}) is
   * written here too.
   */
  private void tulis(
      Periode periode,
      MasukanPeriode.Masukan in,
      Map<String, Dataset<Row>> tabel,
      Langkah langkah) {
    for (Map.Entry<String, Dataset<Row>> e : tabel.entrySet()) {
      if (!e.getKey().equals("kepatuhan_pegawai")) { // written first, the others read it
        lake.write(e.getKey(), periode, Komputasi.oneFile(e.getValue()));
        langkah.maju(e.getKey());
      }
    }
    // bangkom_ringkas: the deduplicated records of the cut-off's years as known now, with the
    // compliance's own deduplication; publish takes each year from its latest cut-off.
    lake.write(
        TabelHitungan.BANGKOM_RINGKAS,
        periode,
        Komputasi.oneFile(
            BangkomRingkas.tabel(
                lake.read(
                    BangkomRingkas.berkas(in.lake(), periode, in.bangkomPaths()),
                    LakeSchemas.BANGKOM),
                periode,
                calendar)));
  }

  /** Counts the steps of one run and names each by its stage ("kepatuhan", "proyeksi", ...). */
  private static final class Langkah {
    private final Kemajuan kemajuan;
    private long selesai;

    Langkah(Kemajuan kemajuan) {
      this.kemajuan = kemajuan;
    }

    void maju(String tabel) {
      selesai++;
      kemajuan.maju(selesai, Teks.f("kemajuan.tahap." + tahap(tabel)));
    }
  }

  /** The stage a table belongs to, as named in the progress: its message key's last part. */
  static String tahap(String tabel) {
    if (tabel.equals(RALAT)) {
      return "ralat";
    }
    if (tabel.startsWith("proyeksi_uji_balik")) {
      return "uji_balik";
    }
    int pisah = tabel.startsWith("training_rate") ? "training_rate".length() : tabel.indexOf('_');
    return pisah < 0 ? tabel : tabel.substring(0, pisah);
  }
}
