package id.go.lan.bangkom.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.SqlTeks;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes in the bangkom rows that waited for a roster (issue 15, point 1), when a version writes a
 * new pegawai for (kode, periode) and no new bangkom file.
 *
 * <p>The waiting rows are those of the bangkom file in force whose only reason was {@code
 * NIP_TIDAK_TERDAFTAR}. A bangkom file superseded by a newer one is never looked at: its rows are
 * no longer current. The penolakan rows hold only the faulty column, so the archived file is read
 * again ({@code arsip/}) with the same rules and the new roster; of the waiting rows, those
 * accepted now are kept, with the lineage of the version that first read the file (its {@code
 * submisi_id}, {@code berkas} and {@code nomor_baris}).
 *
 * <p>The new version then holds the whole bangkom dataset in force: the rows accepted earlier,
 * copied as they are (lineage unchanged), plus the rows now accepted. So {@code Lake.inForce} still
 * gives one bangkom Parquet per (kode, periode), every accepted row counts once and the transforms
 * need no change. Its {@code submisi.json} lists bangkom with the file's original name and SHA-256
 * (resending that file stays "unchanged") and {@code dibawa_dari}, the version that read it.
 */
final class Susulan {
  private Susulan() {}

  /**
   * Writes {@code bangkom.parquet} into {@code tmp} when some waiting rows are now accepted.
   *
   * @param roster the accepted NIPs of the pegawai written in this version
   * @return what was checked; empty when nothing waited, or none of it is on the roster
   */
  static Optional<BangkomSusulan> takeIn(
      Workspace workspace,
      Lake lake,
      Connection c,
      String suffix,
      Periode periode,
      String kode,
      Set<String> roster,
      Rules rules,
      Path tmp)
      throws SQLException, IOException {
    Optional<SubmisiVersion> inForce = lake.inForce(Dataset.BANGKOM.id(), kode, periode.id());
    if (inForce.isEmpty()) {
      return Optional.empty();
    }
    SubmisiVersion current = inForce.get();
    DatasetInfo info = current.datasets().get(Dataset.BANGKOM.id());
    String origin = dibawaDari(current).orElse(current.submisiId());
    Path originFolder = workspace.submisi().resolve(origin);
    Path currentParquet = current.parquet(Dataset.BANGKOM.id());
    Set<Long> waiting = waiting(c, originFolder, info.berkas(), currentParquet, origin);
    if (waiting.isEmpty()) {
      return Optional.empty();
    }
    String fileName =
        info.berkas().contains("#")
            ? info.berkas().substring(0, info.berkas().indexOf('#'))
            : info.berkas();
    Path archived = originFolder.resolve("arsip").resolve(fileName);
    if (!Files.isRegularFile(archived)) {
      return Optional.empty();
    }
    Inbox.Submission again =
        fileName.equals(info.berkas())
            ? new Inbox.Submission(kode, periode, List.of(archived), null)
            : new Inbox.Submission(kode, periode, List.of(), archived);
    SubmissionPlan.Plan plan = SubmissionPlan.of(again, lake, false);
    Path part = tmp.resolve(".susulan");
    Files.createDirectories(part);
    List<Long> taken = new ArrayList<>();
    try (VersionWriter writer =
        new VersionWriter(c, suffix + "_susulan", origin, kode, periode.id())) {
      SubmissionReader.read(plan, rules, new Waiting(writer, waiting, taken), (k, p) -> roster);
      if (taken.isEmpty()) {
        return Optional.empty();
      }
      writer.writeParquet(part, Set.of(Dataset.BANGKOM));
      try (Statement s = c.createStatement()) {
        s.execute(
            "COPY (SELECT * FROM read_parquet("
                + SqlTeks.path(currentParquet)
                + ") UNION ALL BY NAME SELECT * FROM read_parquet("
                + SqlTeks.path(part.resolve("bangkom.parquet"))
                + ")) TO "
                + SqlTeks.path(tmp.resolve("bangkom.parquet"))
                + " (FORMAT PARQUET)");
      }
    } finally {
      deleteFolder(part);
    }
    Collections.sort(taken);
    DatasetInfo now =
        new DatasetInfo(
            info.berkas(),
            info.sha256(),
            info.barisDibaca(),
            info.barisDiterima() + taken.size(),
            info.barisDitolak() - taken.size());
    return Optional.of(
        new BangkomSusulan(origin, info.berkas(), info.sha256(), waiting.size(), taken, now));
  }

  /**
   * Row numbers of {@code berkas} refused in {@code origin} for {@code NIP_TIDAK_TERDAFTAR} only,
   * less those already taken in by an earlier roster (present in the in-force Parquet).
   */
  private static Set<Long> waiting(
      Connection c, Path originFolder, String berkas, Path currentParquet, String origin)
      throws SQLException {
    Path penolakan = originFolder.resolve("penolakan.parquet");
    Set<Long> out = new HashSet<>();
    if (!Files.isRegularFile(penolakan)) {
      return out;
    }
    String sql =
        "SELECT nomor_baris FROM read_parquet("
            + SqlTeks.path(penolakan)
            + ") WHERE dataset = 'bangkom' AND berkas = "
            + SqlTeks.literal(berkas)
            + " GROUP BY nomor_baris"
            + " HAVING bool_and(kode_alasan = 'NIP_TIDAK_TERDAFTAR')"
            + (Files.isRegularFile(currentParquet)
                ? " EXCEPT SELECT nomor_baris FROM read_parquet("
                    + SqlTeks.path(currentParquet)
                    + ") WHERE submisi_id = "
                    + SqlTeks.literal(origin)
                : "");
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  /** {@code dibawa_dari} of the bangkom entry of a version's submisi.json, if it carries it. */
  private static Optional<String> dibawaDari(SubmisiVersion v) throws IOException {
    JsonNode n = Json.MAPPER.readTree(v.folder().resolve("submisi.json").toFile());
    JsonNode from = n.path("datasets").path(Dataset.BANGKOM.id()).path("dibawa_dari");
    return from.isTextual() ? Optional.of(from.asText()) : Optional.empty();
  }

  private static void deleteFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var s = Files.walk(folder)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Passes on only the accepted bangkom rows that were waiting; everything else is dropped. */
  private static final class Waiting implements RowSink {
    private final RowSink target;
    private final Set<Long> waiting;
    private final List<Long> taken;
    private Dataset dataset;

    Waiting(RowSink target, Set<Long> waiting, List<Long> taken) {
      this.target = target;
      this.waiting = waiting;
      this.taken = taken;
    }

    @Override
    public void beginFile(Dataset d, String berkas) {
      this.dataset = d;
      target.beginFile(d, berkas);
    }

    @Override
    public void accepted(long nomorBaris, Object[] values) {
      if (dataset == Dataset.BANGKOM && waiting.contains(nomorBaris)) {
        taken.add(nomorBaris);
        target.accepted(nomorBaris, values);
      }
    }

    @Override
    public void rejected(long nomorBaris, Fault fault) {}

    @Override
    public void commitFile() {
      target.commitFile();
    }

    @Override
    public void discardFile() {
      target.discardFile();
    }
  }
}
