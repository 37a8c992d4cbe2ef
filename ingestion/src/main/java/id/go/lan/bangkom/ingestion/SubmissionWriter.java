package id.go.lan.bangkom.ingestion;

import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Writes one new version of a submission: reads its files into the lake's tables, writes the
 * Parquet files, the archive and the receipts into a temporary folder, then moves it into place in
 * one step (a crash leaves only a {@code .tmp-*} folder, removed by the next run).
 */
final class SubmissionWriter {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  private static final Logger LOG = Logger.getLogger(Ingestion.class.getName());

  private final IngestionSettings settings;
  private final InstansiMaster master;
  private final Workspace workspace;

  SubmissionWriter(IngestionSettings settings, InstansiMaster master, Workspace workspace) {
    this.settings = settings;
    this.master = master;
    this.workspace = workspace;
  }

  Receipt write(SubmissionPlan.Plan plan, Lake lake, Connection c, String tables)
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
          target.toString(), null, PESAN.f("galat.versi_sudah_ada", submisiId));
    }
    Path tmp = parent.resolve(".tmp-" + UUID.randomUUID());
    Files.createDirectories(tmp.resolve("arsip"));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Receipt receipt;
    try (VersionWriter writer = new VersionWriter(c, tables, submisiId, kode, periode)) {
      SubmissionReader.Outcome outcome =
          SubmissionReader.read(
              plan, Rules.of(settings, s.periode()), writer, (k, p) -> roster(c, lake, k, p));
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
                    Rules.of(settings, s.periode()),
                    tmp)
                .orElse(null);
      }
      receipt = receipt(submisiId, s, versi, now, plan, outcome, susulan);
    } catch (SQLException e) {
      deleteTree(tmp);
      throw new IllegalStateException(PESAN.f("galat.tulis_submisi", submisiId), e);
    } catch (RuntimeException e) {
      deleteTree(tmp);
      throw e;
    }
    for (SubmissionPlan.Source src : plan.toRead()) {
      if (src.format() == SubmissionPlan.Format.LINK) {
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

  Set<String> roster(Connection c, Lake lake, String kode, String periode) {
    return lake.inForce(Dataset.PEGAWAI.id(), kode, periode)
        .map(
            v -> {
              try {
                return DuckDb.nips(c, v.parquet(Dataset.PEGAWAI.id()));
              } catch (SQLException e) {
                throw new IllegalStateException(
                    PESAN.f(
                        "galat.baca_daftar_pegawai", v.parquet(Dataset.PEGAWAI.id()).toString()),
                    e);
              }
            })
        .orElse(null);
  }

  Receipt receipt(
      String submisiId,
      Inbox.Submission s,
      int versi,
      Instant at,
      SubmissionPlan.Plan plan,
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

  static void deleteTree(Path root) throws IOException {
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
