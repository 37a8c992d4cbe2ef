package id.go.lan.bangkom.portal;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.ingestion.IngestListener;
import id.go.lan.bangkom.ingestion.IngestResult;
import id.go.lan.bangkom.ingestion.Ingestion;
import id.go.lan.bangkom.ingestion.Receipt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Hands uploads to the ingestion module, exactly as {@code ingest} takes an inbox: each upload
 * becomes {@code <kode>/<YYYY-CWk>/<dataset>.<ext>} (or {@code <kode>/<YYYY-CWk>.xlsx}) in a
 * staging inbox, and {@link Ingestion#ingest} writes the new version (or none when every file is
 * byte-identical to the version in force) and its receipt. The files are also copied into the
 * workspace's inbox (before the ingest), so a later {@code ./bangkom ingest} finds them unchanged
 * and a portal killed mid-way loses nothing the PIC sent.
 *
 * <p>The lake takes one ingest at a time (its lock). One worker therefore takes every upload
 * waiting at that moment into a single ingest, whose writers run in parallel: 50 PICs uploading at
 * once pay one ingest start, not fifty. Two uploads of the same instansi and period never share a
 * batch, so versions keep their order. When another process (a {@code run}) holds the lake, the
 * worker waits for it.
 */
final class Pengunggahan implements AutoCloseable {
  private static final Pesan PESAN = Pesan.modul("portal");
  private static final Logger LOG = Logger.getLogger(Pengunggahan.class.getName());

  /** Datasets and file kinds one submission may carry. */
  static final List<String> DATASET = List.of("pegawai", "bangkom", "training_rate");

  static final Set<String> EKSTENSI = Set.of("csv", "xlsx", "json");

  /** One uploaded file, already on disk. {@code dataset} null: a workbook of all datasets. */
  record Berkas(String dataset, String ekstensi, Path sementara) {}

  /**
   * What became of an upload.
   *
   * @param tandaTerima the new version's receipt; empty when nothing changed or the folder was
   *     refused
   * @param ditolak the ingestion's messages for a refused folder
   */
  record Hasil(Optional<Receipt> tandaTerima, boolean tidakBerubah, List<String> ditolak) {}

  private record Tugas(
      String kode, Periode periode, List<Berkas> berkas, CompletableFuture<Hasil> f) {}

  private final Ingestion ingestion;
  private final Workspace ws;
  private final BlockingQueue<Tugas> antrian = new LinkedBlockingQueue<>();
  private final Thread pekerja;
  private volatile boolean jalan = true;

  Pengunggahan(Ingestion ingestion, Workspace ws) {
    this.ingestion = requireNonNull(ingestion, "ingestion is null");
    this.ws = requireNonNull(ws, "ws is null");
    // Half-received uploads of a stopped portal: never handed over, so nothing to keep.
    hapus(sementara());
    this.pekerja = new Thread(this::kerja, "bangkom-portal-ingest");
    pekerja.setDaemon(true);
    pekerja.start();
  }

  /** The folder for uploads being received (deleted when handed over or refused). */
  Path sementara() {
    return ws.root().resolve(Penyimpanan.FOLDER).resolve("sementara");
  }

  /** Queues one submission and waits for its receipt. */
  Hasil serahkan(String kode, Periode periode, List<Berkas> berkas) throws InterruptedException {
    CompletableFuture<Hasil> f = new CompletableFuture<>();
    antrian.put(new Tugas(kode, periode, List.copyOf(berkas), f));
    try {
      return f.get();
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable c = e.getCause();
      throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
    }
  }

  private void kerja() {
    pulihkan();
    while (jalan) {
      List<Tugas> batch = new ArrayList<>();
      try {
        batch.add(antrian.take());
      } catch (InterruptedException e) {
        return;
      }
      Set<String> kunci = new HashSet<>();
      kunci.add(batch.get(0).kode() + "/" + batch.get(0).periode().id());
      List<Tugas> sisa = new ArrayList<>();
      antrian.drainTo(sisa);
      for (Tugas t : sisa) {
        if (kunci.add(t.kode() + "/" + t.periode().id())) {
          batch.add(t);
        } else {
          antrian.add(t); // next batch: the same submission's versions keep their order
        }
      }
      try {
        proses(batch);
      } catch (Error e) {
        // The worker must outlive a failed batch: later uploads would otherwise wait forever.
        LOG.log(Level.SEVERE, "Portal ingest failed", e);
        batch.forEach(t -> t.f().completeExceptionally(e));
      }
    }
  }

  private void proses(List<Tugas> batch) {
    Path root =
        ws.root()
            .resolve(Penyimpanan.FOLDER)
            .resolve("antrian")
            .resolve(UUID.randomUUID().toString());
    try {
      for (Tugas t : batch) {
        for (Berkas b : t.berkas()) {
          Path tujuan = tujuan(root, t.kode(), t.periode(), b);
          Files.createDirectories(tujuan.getParent());
          Files.move(b.sementara(), tujuan, StandardCopyOption.REPLACE_EXISTING);
        }
        // Into the inbox first: a portal killed during the ingest leaves the submission where the
        // next ingest (the operator's, the scheduler's) takes it in.
        keInbox(root, t);
      }
      IngestResult r = ingestMenunggu(root);
      for (Tugas t : batch) {
        Optional<Receipt> rc =
            r.diterima().stream()
                .filter(x -> x.kode().equals(t.kode()) && x.periode().equals(t.periode().id()))
                .findFirst();
        // The portal names only known instansi and periods, so a refused folder is a fault of
        // the staging itself; its messages go to every upload of the batch.
        List<String> ditolak = r.folderDitolak();
        t.f().complete(new Hasil(rc, rc.isEmpty() && ditolak.isEmpty(), ditolak));
      }
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "Portal ingest failed", e);
      RuntimeException x =
          e instanceof RuntimeException re ? re : new UncheckedIOException((IOException) e);
      batch.forEach(t -> t.f().completeExceptionally(x));
    } finally {
      hapus(root);
      for (Tugas t : batch) {
        t.berkas().forEach(b -> hapusBerkas(b.sementara()));
      }
    }
  }

  /** Ingest, waiting (up to ten minutes) while another process holds the lake's lock. */
  private IngestResult ingestMenunggu(Path inbox) {
    long batas = System.nanoTime() + 600_000_000_000L;
    while (true) {
      try {
        return ingestion.ingest(inbox, IngestListener.none());
      } catch (IllegalStateException e) {
        String m = String.valueOf(e.getMessage());
        if (!m.contains(".ingest.lock") || System.nanoTime() > batas) {
          throw e;
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static Path tujuan(Path root, String kode, Periode periode, Berkas b) {
    Path kodeDir = root.resolve(kode);
    return b.dataset() == null
        ? kodeDir.resolve(periode.id() + ".xlsx")
        : kodeDir.resolve(periode.id()).resolve(b.dataset() + "." + b.ekstensi());
  }

  /** Copies the submission's files into the workspace inbox, replacing a dataset's older file. */
  private void keInbox(Path root, Tugas t) throws IOException {
    for (Berkas b : t.berkas()) {
      Path asal = tujuan(root, t.kode(), t.periode(), b);
      Path ke = tujuan(ws.inbox(), t.kode(), t.periode(), b);
      Files.createDirectories(ke.getParent());
      if (b.dataset() != null) {
        for (String e : EKSTENSI) {
          Files.deleteIfExists(ke.resolveSibling(b.dataset() + "." + e));
        }
      }
      Path tmp = ke.resolveSibling("." + ke.getFileName() + ".portal-tmp");
      Files.copy(asal, tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, ke, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  static void hapus(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> s = Files.walk(folder)) {
      s.sorted(Comparator.reverseOrder()).forEach(Pengunggahan::hapusBerkas);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot delete " + folder, e);
    }
  }

  private static void hapusBerkas(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot delete " + p, e);
    }
  }

  /**
   * Ingests what a stopped portal had staged for an ingest ({@code antrian/<uuid>/}: whole files,
   * already copied to the inbox, maybe half-written to the lake): the ingest removes a half-written
   * version and writes it whole, with its receipt, or finds it unchanged. Runs on the worker before
   * the first upload, so the portal serves pages meanwhile.
   */
  void pulihkan() {
    Path antrian = ws.root().resolve(Penyimpanan.FOLDER).resolve("antrian");
    if (!Files.isDirectory(antrian)) {
      return;
    }
    try (Stream<Path> s = Files.list(antrian)) {
      for (Path sisa : s.sorted().toList()) {
        try {
          IngestResult r = ingestMenunggu(sisa);
          LOG.info(
              "Ingested what a stopped portal left in "
                  + sisa
                  + ": "
                  + r.diterima().size()
                  + " new version(s), "
                  + r.tidakBerubah()
                  + " unchanged");
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Cannot ingest the portal's leftover " + sisa, e);
        } finally {
          hapus(sisa);
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot list " + antrian, e);
    }
  }

  /** A refusal of a file kind the inbox does not take, for the page. */
  static String pesanEkstensi(String nama) {
    return PESAN.f("unggah.ekstensi", nama);
  }

  @Override
  public void close() {
    jalan = false;
    pekerja.interrupt();
  }
}
