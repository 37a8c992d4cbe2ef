package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
  private static final Pesan PESAN = Pesan.modul("ingestion");

  private static final Logger LOG = Logger.getLogger(Ingestion.class.getName());

  private final IngestionSettings settings;
  private final InstansiMaster master;
  private final Workspace workspace;
  private final SubmissionWriter writer;

  public Ingestion(BangkomConfig config, InstansiMaster master, Workspace workspace) {
    this.settings = IngestionSettings.from(requireNonNull(config, "config is null"));
    this.master = requireNonNull(master, "master is null");
    this.workspace = requireNonNull(workspace, "workspace is null");
    this.writer = new SubmissionWriter(settings, master, workspace);
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
      throw new UncheckedIOException(
          PESAN.f("galat.folder_lake", workspace.submisi().toString()), e);
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
      throw new UncheckedIOException(PESAN.f("galat.kunci_lake", lockFile.toString()), e);
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
      throw new IllegalStateException(PESAN.f("kunci.sedang_dipakai", lockFile.toString()));
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
    int workers = Math.max(1, Math.min(settings.paralel(), total));
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
    try (DuckDBConnection db = DuckDb.open(settings, spill)) {
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
                  SubmissionPlan.Plan plan = SubmissionPlan.of(s, lake, true);
                  if (plan.skip()) {
                    return null;
                  }
                  try (Connection c = db.duplicate()) {
                    return writer.write(plan, lake, c, "s" + index);
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
      throw new IllegalStateException(PESAN.f("galat.duckdb"), e);
    } finally {
      pool.shutdownNow();
      SubmissionWriter.deleteTree(spill);
    }
  }

  private static final java.util.concurrent.atomic.AtomicInteger THREADS =
      new java.util.concurrent.atomic.AtomicInteger();

  private static boolean hasFiles(Inbox.Submission s) {
    return !s.files().isEmpty() || s.workbook() != null;
  }

  private static RuntimeException first(RuntimeException earlier, Throwable cause) {
    RuntimeException e =
        cause instanceof RuntimeException r
            ? r
            : cause instanceof IOException io
                ? new UncheckedIOException(io)
                : new IllegalStateException(PESAN.f("galat.ingest", String.valueOf(cause)), cause);
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
          SubmissionWriter.deleteTree(p);
        }
      }
    }
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
    return new SubmissionCheck(settings, master, workspace, writer).check(fileOrFolder);
  }
}
