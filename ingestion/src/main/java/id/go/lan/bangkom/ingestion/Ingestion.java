package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;

/**
 * The ingestion module's entry point (SPEC §4–§5): takes submissions from an inbox into the lake,
 * one new version per changed submission, with a receipt each.
 */
public final class Ingestion {
  private static final Logger LOG = Logger.getLogger(Ingestion.class.getName());

  private final BangkomConfig config;
  private final InstansiMaster master;
  private final Workspace workspace;

  public Ingestion(BangkomConfig config, InstansiMaster master, Workspace workspace) {
    this.config = requireNonNull(config, "config is null");
    this.master = requireNonNull(master, "master is null");
    this.workspace = requireNonNull(workspace, "workspace is null");
  }

  /**
   * Takes in every new submission in the inbox, whatever its period; idempotent: a submission whose
   * files are byte-identical to what is in force is skipped.
   *
   * @throws IllegalStateException when another ingest holds the lake's lock
   */
  public IngestResult ingest(Path inbox, IngestListener listener) {
    requireNonNull(inbox, "inbox is null");
    requireNonNull(listener, "listener is null");
    try {
      Files.createDirectories(workspace.submisi());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the lake folder " + workspace.submisi(), e);
    }
    Path lockFile = workspace.lake().resolve(".ingest.lock");
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = tryLock(channel, lockFile);
      try {
        return ingestLocked(inbox.toAbsolutePath(), listener);
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock the lake: " + lockFile, e);
    }
  }

  private static FileLock tryLock(FileChannel channel, Path lockFile) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new IllegalStateException(Pesan.text("kunci.sedang_dipakai", lockFile.toString()));
    }
    return lock;
  }

  private IngestResult ingestLocked(Path inbox, IngestListener listener) throws IOException {
    removeLeftovers();
    Inbox.Scan scan = Inbox.scan(inbox, master);
    Lake lake = Lake.open(workspace);
    List<Inbox.Submission> submissions = scan.submissions();
    int total = submissions.size();
    Path spill = workspace.submisi().resolve(".tmp-duckdb-" + UUID.randomUUID());
    int workers = Math.max(1, Math.min(parallelism(), total));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "bangkom-ingest-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    // One in-memory DuckDB for the run, one connection per submission (parallel writers): the
    // memory limit holds for the whole run, and its start-up cost is paid once.
    try (DuckDBConnection db = DuckDb.open(config, spill)) {
      List<Future<Receipt>> futures = new ArrayList<>(total);
      for (int i = 0; i < total; i++) {
        Inbox.Submission s = submissions.get(i);
        int index = i + 1;
        futures.add(
            pool.submit(
                () -> {
                  synchronized (listener) {
                    listener.submissionStarted(s.kode(), s.periode().id(), index, total);
                  }
                  SubmissionReader.Plan plan = SubmissionReader.plan(s, lake, true);
                  if (plan.skip()) {
                    return null;
                  }
                  try (Connection c = db.duplicate()) {
                    return writeVersion(plan, lake, c, "s" + index);
                  }
                }));
      }
      List<Receipt> receipts = new ArrayList<>();
      int unchanged = 0;
      RuntimeException failure = null;
      for (int i = 0; i < total; i++) {
        try {
          Receipt r = futures.get(i).get();
          if (r != null) {
            receipts.add(r);
          } else if (hasFiles(submissions.get(i))) {
            unchanged++;
          }
        } catch (ExecutionException e) {
          failure = first(failure, e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failure = first(failure, e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      return new IngestResult(receipts, unchanged, scan.refused());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot open DuckDB in memory: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
      deleteTree(spill);
    }
  }

  private static final java.util.concurrent.atomic.AtomicInteger THREADS =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Submissions read at once: {@code ingest.paralel}, else the processors (at most 4). */
  private int parallelism() {
    return config.ingestParalel().orElse(Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  private static boolean hasFiles(Inbox.Submission s) {
    return !s.files().isEmpty() || s.workbook() != null;
  }

  private static RuntimeException first(RuntimeException earlier, Throwable cause) {
    RuntimeException e =
        cause instanceof RuntimeException r
            ? r
            : cause instanceof IOException io
                ? new UncheckedIOException(io)
                : new IllegalStateException("Cannot ingest: " + cause.getMessage(), cause);
    if (earlier != null) {
      earlier.addSuppressed(e);
      return earlier;
    }
    return e;
  }

  /** Deletes the {@code .tmp-*} folders a crashed run left under lake/submisi/kode/periode. */
  private void removeLeftovers() throws IOException {
    if (!Files.isDirectory(workspace.submisi())) {
      return;
    }
    try (Stream<Path> s = Files.find(workspace.submisi(), 3, (p, a) -> a.isDirectory())) {
      for (Path p : s.toList()) {
        if (p.getFileName().toString().startsWith(".tmp-")) {
          LOG.warning("Removing leftover of an interrupted ingest: " + p);
          deleteTree(p);
        }
      }
    }
  }

  private Receipt writeVersion(SubmissionReader.Plan plan, Lake lake, Connection c, String tables)
      throws IOException {
    Inbox.Submission s = plan.submission();
    String kode = s.kode();
    String periode = s.periode().id();
    int versi = lake.latestVersion(kode, periode) + 1;
    String submisiId = kode + "/" + periode + "/v" + versi;
    Path parent = workspace.submisi().resolve(kode).resolve(periode);
    Path target = parent.resolve("v" + versi);
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(
          target.toString(), null, "Cannot write submission version, it exists already");
    }
    Path tmp = parent.resolve(".tmp-" + UUID.randomUUID());
    Files.createDirectories(tmp.resolve("arsip"));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Receipt receipt;
    try (VersionWriter writer = new VersionWriter(c, tables, submisiId, kode, periode)) {
      SubmissionReader.Outcome outcome =
          SubmissionReader.read(
              plan, Rules.of(config, s.periode()), writer, (k, p) -> roster(c, lake, k, p));
      Set<Dataset> taken =
          outcome.taken().isEmpty()
              ? EnumSet.noneOf(Dataset.class)
              : EnumSet.copyOf(outcome.taken());
      writer.writeParquet(tmp, taken);
      BangkomSusulan susulan = null;
      if (taken.contains(Dataset.PEGAWAI)
          && !taken.contains(Dataset.BANGKOM)
          && outcome.roster() != null) {
        susulan =
            Susulan.takeIn(
                    workspace,
                    lake,
                    c,
                    tables,
                    s.periode(),
                    kode,
                    outcome.roster(),
                    Rules.of(config, s.periode()),
                    tmp)
                .orElse(null);
      }
      receipt = receipt(submisiId, s, versi, now, plan, outcome, susulan);
    } catch (SQLException e) {
      deleteTree(tmp);
      throw new IllegalStateException(
          "Cannot write submission " + submisiId + " into the lake: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteTree(tmp);
      throw e;
    }
    for (SubmissionReader.Source src : plan.toRead()) {
      if (src.format() == SubmissionReader.Format.LINK) {
        // A link has no bytes of its own to archive, and what it points to is not the instansi's.
        continue;
      }
      Files.copy(
          src.file(),
          tmp.resolve("arsip").resolve(src.file().getFileName().toString()),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.COPY_ATTRIBUTES,
          LinkOption.NOFOLLOW_LINKS);
    }
    Files.writeString(tmp.resolve("submisi.json"), Json.submisi(receipt), StandardCharsets.UTF_8);
    // Receipts quote refused rows (names, raw NIPs): the folder is the PICs' and the operator's
    // only, so everything under it is out of other users' reach.
    BerkasPribadi.folder(workspace.receipts());
    Path receipts = workspace.receipts().resolve(kode).resolve(periode).resolve("v" + versi);
    Files.createDirectories(receipts);
    Files.writeString(
        receipts.resolve("tanda-terima.json"), receipt.toJson(), StandardCharsets.UTF_8);
    Files.writeString(
        receipts.resolve("tanda-terima.txt"), receipt.toText(), StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    LOG.info(
        () ->
            "Ingested "
                + submisiId
                + ": "
                + receipt.barisDibaca()
                + " rows read, "
                + receipt.barisDitolak()
                + " rejected");
    return receipt;
  }

  private Set<String> roster(Connection c, Lake lake, String kode, String periode) {
    return lake.inForce(Dataset.PEGAWAI.id(), kode, periode)
        .map(
            v -> {
              try {
                return DuckDb.nips(c, v.parquet(Dataset.PEGAWAI.id()));
              } catch (SQLException e) {
                throw new IllegalStateException(
                    "Cannot read the roster in force " + v.parquet(Dataset.PEGAWAI.id()), e);
              }
            })
        .orElse(null);
  }

  private Receipt receipt(
      String submisiId,
      Inbox.Submission s,
      int versi,
      Instant at,
      SubmissionReader.Plan plan,
      SubmissionReader.Outcome outcome,
      BangkomSusulan susulan) {
    return new Receipt(
        submisiId,
        s.kode(),
        master.find(s.kode()).map(Instansi::nama).orElse(""),
        s.periode().id(),
        versi,
        at,
        outcome.datasets(),
        plan.tidakBerubah(),
        outcome.berkasDitolak(),
        outcome.penolakan(),
        susulan);
  }

  /**
   * The same checks and receipt as {@link #ingest}, nothing written. Accepts one file (inside
   * {@code <kode>/<YYYY-CWk>/}, or a {@code <kode>/<YYYY-CWk>.xlsx} workbook), a period folder, an
   * instansi folder or a whole inbox. The roster in force in the lake is used for bangkom when the
   * checked submission has no pegawai.
   *
   * @throws IllegalArgumentException when a single file or folder given does not name a known
   *     instansi and period (message in Bahasa Indonesia)
   */
  public List<Receipt> check(Path fileOrFolder) {
    requireNonNull(fileOrFolder, "fileOrFolder is null");
    Path path = fileOrFolder.toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(Pesan.text("cek.tidak_ada", path.toString()));
    }
    List<Inbox.Submission> submissions = new ArrayList<>();
    Set<String> siblingRoster = null;
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (Files.isRegularFile(path)) {
      Path parent = path.getParent();
      String parentName = parent.getFileName().toString();
      if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
          && Inbox.isPeriode(name.substring(0, name.length() - 5))) {
        submissions.add(
            new Inbox.Submission(
                knownKode(parentName, path),
                Periode.parse(name.substring(0, name.length() - 5)),
                List.of(),
                path));
      } else if (Inbox.isPeriode(parentName) && parent.getParent() != null) {
        String kode = knownKode(parent.getParent().getFileName().toString(), path);
        submissions.add(new Inbox.Submission(kode, Periode.parse(parentName), List.of(path), null));
        siblingRoster = siblingRoster(parent.getParent(), kode, parentName, path);
      } else {
        throw new IllegalArgumentException(Pesan.text("cek.tata_letak", path.toString()));
      }
    } else if (Inbox.isPeriode(name)) {
      String kode = knownKode(path.getParent().getFileName().toString(), path);
      for (Inbox.Submission s : Inbox.scanKode(path.getParent(), kode, new ArrayList<>())) {
        if (s.periode().id().equals(name)) {
          submissions.add(new Inbox.Submission(s.kode(), s.periode(), s.files(), null));
        }
      }
    } else if (isKodeFolder(path)) {
      submissions.addAll(Inbox.scanKode(path, knownKode(name, path), new ArrayList<>()));
    } else {
      submissions.addAll(Inbox.scan(path, master).submissions());
    }
    Lake lake = Lake.open(workspace);
    List<Receipt> receipts = new ArrayList<>();
    try (LazyConnection c = new LazyConnection()) {
      for (Inbox.Submission s : submissions) {
        SubmissionReader.Plan plan = SubmissionReader.plan(s, lake, false);
        if (plan.skip()) {
          continue;
        }
        Set<String> sibling = siblingRoster;
        SubmissionReader.Outcome outcome =
            SubmissionReader.read(
                plan,
                Rules.of(config, s.periode()),
                RowSink.none(),
                (k, p) -> sibling != null ? sibling : roster(c.get(), lake, k, p));
        String submisiId = s.kode() + "/" + s.periode().id() + "/pemeriksaan";
        receipts.add(receipt(submisiId, s, 0, Instant.now(), plan, outcome, null));
      }
    }
    return receipts;
  }

  /**
   * For a check of one file: the accepted NIPs of the pegawai file (or workbook sheet) beside it,
   * so a bangkom file is checked against the roster the PIC is about to send with it; null when
   * there is none (the roster in force in the lake is used then).
   */
  private Set<String> siblingRoster(Path kodeDir, String kode, String periode, Path checked) {
    for (Inbox.Submission s : Inbox.scanKode(kodeDir, kode, new ArrayList<>())) {
      if (!s.periode().id().equals(periode)) {
        continue;
      }
      List<Path> others = s.files().stream().filter(f -> !f.equals(checked)).toList();
      Inbox.Submission siblings = new Inbox.Submission(kode, s.periode(), others, s.workbook());
      SubmissionReader.Plan plan =
          SubmissionReader.pegawaiOnly(
              SubmissionReader.plan(siblings, Lake.open(workspace), false));
      if (plan.skip()) {
        return null;
      }
      return SubmissionReader.read(
              plan, Rules.of(config, s.periode()), RowSink.none(), (k, p) -> null)
          .roster();
    }
    return null;
  }

  private static boolean isKodeFolder(Path dir) {
    for (Path p : Inbox.list(dir)) {
      String n = p.getFileName().toString();
      if ((Files.isDirectory(p) && Inbox.isPeriode(n))
          || (n.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
              && Inbox.isPeriode(n.substring(0, n.length() - 5)))) {
        return true;
      }
    }
    return false;
  }

  private String knownKode(String kode, Path path) {
    if (!master.contains(kode)) {
      throw new IllegalArgumentException(
          Pesan.text("cek.kode_tidak_dikenal", kode, path.toString()));
    }
    return kode;
  }

  /** A DuckDB connection opened only when a roster must be read from the lake. */
  private final class LazyConnection implements AutoCloseable {
    private Connection connection;

    Connection get() {
      if (connection == null) {
        try {
          connection = DuckDb.connect(config, null);
        } catch (SQLException e) {
          throw new IllegalStateException("Cannot open DuckDB in memory", e);
        }
      }
      return connection;
    }

    @Override
    public void close() {
      if (connection != null) {
        try {
          connection.close();
        } catch (SQLException e) {
          LOG.warning("Cannot close DuckDB connection: " + e.getMessage());
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
