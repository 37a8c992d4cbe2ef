package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@code bangkom check}: the checks and the receipt of an ingest for one file, a period or instansi
 * folder or a whole inbox, nothing written.
 */
final class SubmissionCheck {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  private static final Logger LOG = Logger.getLogger(Ingestion.class.getName());

  private final IngestionSettings settings;
  private final InstansiMaster master;
  private final Workspace workspace;
  private final SubmissionWriter writer;

  SubmissionCheck(
      IngestionSettings settings,
      InstansiMaster master,
      Workspace workspace,
      SubmissionWriter writer) {
    this.settings = settings;
    this.master = master;
    this.workspace = workspace;
    this.writer = writer;
  }

  /**
   * The same checks and receipt as {@link Ingestion#ingest}, nothing written. Accepts one file
   * (inside {@code <kode>/<YYYY-CWk>/}, or a {@code <kode>/<YYYY-CWk>.xlsx} workbook), a period
   * folder, an instansi folder or a whole inbox. The roster in force in the lake is used for
   * bangkom when the checked submission has no pegawai.
   *
   * @throws IllegalArgumentException when a single file or folder given does not name a known
   *     instansi and period (message in Bahasa Indonesia)
   */
  List<Receipt> check(Path fileOrFolder) {
    requireNonNull(fileOrFolder, "fileOrFolder is null");
    Path path = fileOrFolder.toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(PESAN.f("cek.tidak_ada", path.toString()));
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
        throw new IllegalArgumentException(PESAN.f("cek.tata_letak", path.toString()));
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
        SubmissionPlan.Plan plan = SubmissionPlan.of(s, lake, false);
        if (plan.skip()) {
          continue;
        }
        Set<String> sibling = siblingRoster;
        SubmissionReader.Outcome outcome =
            SubmissionReader.read(
                plan,
                Rules.of(settings, s.periode()),
                RowSink.none(),
                (k, p) -> sibling != null ? sibling : writer.roster(c.get(), lake, k, p));
        String submisiId = s.kode() + "/" + s.periode().id() + "/pemeriksaan";
        receipts.add(writer.receipt(submisiId, s, 0, Instant.now(), plan, outcome, null));
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
      SubmissionPlan.Plan plan =
          SubmissionPlan.pegawaiOnly(SubmissionPlan.of(siblings, Lake.open(workspace), false));
      if (plan.skip()) {
        return null;
      }
      return SubmissionReader.read(
              plan, Rules.of(settings, s.periode()), RowSink.none(), (k, p) -> null)
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
      throw new IllegalArgumentException(PESAN.f("cek.kode_tidak_dikenal", kode, path.toString()));
    }
    return kode;
  }

  /** A DuckDB connection opened only when a roster must be read from the lake. */
  private final class LazyConnection implements AutoCloseable {
    private Connection connection;

    Connection get() {
      if (connection == null) {
        try {
          connection = DuckDb.connect(settings, null);
        } catch (SQLException e) {
          throw new IllegalStateException(PESAN.f("galat.duckdb"), e);
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
}
