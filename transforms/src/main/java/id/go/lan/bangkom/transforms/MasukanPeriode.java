package id.go.lan.bangkom.transforms;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.SqlTeks;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.ingestion.Lake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which lake files a cut-off reads (its inputs), and the record of the inputs of its last run,
 * {@code lake/computed/_masukan/periode=<id>/masukan.txt}, from which a re-run tells what is new.
 */
final class MasukanPeriode {
  /** The lake files a cut-off reads: the roster in force, and the year's records so far. */
  record Masukan(Lake lake, List<Path> rosterPaths, List<Path> bangkomPaths, List<Path> trPaths) {
    Masukan {
      requireNonNull(lake, "lake is null");
      rosterPaths = List.copyOf(rosterPaths);
      bangkomPaths = List.copyOf(bangkomPaths);
      trPaths = List.copyOf(trPaths);
    }

    /** The bytes of the input files on disk. */
    long ukuranBerkas() {
      long total = 0;
      for (List<Path> paths : List.of(rosterPaths, bangkomPaths, trPaths)) {
        for (Path p : paths) {
          try {
            total += Files.size(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return total;
    }

    /** Submission versions (kode/periode/vN) whose datasets feed this computation, sorted. */
    List<String> versi() {
      Set<String> ids = new TreeSet<>();
      for (List<Path> paths : List.of(rosterPaths, bangkomPaths, trPaths)) {
        for (Path p : paths) {
          Path v = p.getParent();
          ids.add(
              v.getParent().getParent().getFileName()
                  + "/"
                  + v.getParent().getFileName()
                  + "/"
                  + v.getFileName());
        }
      }
      return List.copyOf(ids);
    }
  }

  private final Workspace workspace;
  private final PengaturanTransform pengaturan;

  MasukanPeriode(Workspace workspace, PengaturanTransform pengaturan) {
    this.workspace = workspace;
    this.pengaturan = pengaturan;
  }

  /** The inputs of {@code periode} as the lake holds them now. */
  Masukan baca(Periode periode) {
    Lake lake = Lake.open(workspace);
    List<Path> bangkomPaths = new ArrayList<>();
    List<Path> trPaths = new ArrayList<>();
    for (int k = 1; k <= periode.caturwulan(); k++) {
      // What was known by this cut-off: the submissions of the year up to this period.
      Periode q = new Periode(periode.tahun(), k);
      bangkomPaths.addAll(lake.inForce("bangkom", q));
      trPaths.addAll(lake.inForce("training_rate", q));
    }
    if (periode.caturwulan() == 3) {
      bangkomPaths.addAll(lateRecordsOf(lake, periode.tahun()));
    }
    return new Masukan(lake, lake.inForce("pegawai", periode), bangkomPaths, trPaths);
  }

  /**
   * The bangkom files of next year's submissions that hold records of {@code tahun}: ingestion
   * accepts a tanggal_selesai back to 1 January of the previous year (SPEC §5), and a record
   * belongs to the year of its tanggal_selesai (SPEC §3). Like a record reported late within a
   * year, which counts from the cut-off of the submission that brought it, they count at {@code
   * tahun}'s year end (CW3), the last cut-off of that year; the earlier cut-offs keep what was
   * known by them. Only files that hold such records are inputs, so a new submission without any
   * leaves the year end alone ({@link TransformJob#needsRecompute}).
   */
  private List<Path> lateRecordsOf(Lake lake, int tahun) {
    List<Path> next = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      next.addAll(lake.inForce("bangkom", new Periode(tahun + 1, k)));
    }
    if (next.isEmpty()) {
      return List.of();
    }
    Map<String, Path> byName = new LinkedHashMap<>();
    for (Path p : next) {
      byName.put(p.toAbsolutePath().normalize().toString(), p);
    }
    List<Path> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + pengaturan.duckdbThreads());
      s.execute("SET memory_limit = " + SqlTeks.literal(pengaturan.duckdbMemoryLimit()));
      try (ResultSet rs =
          s.executeQuery(
              "SELECT DISTINCT filename FROM read_parquet("
                  + SqlTeks.paths(next)
                  + ", filename = true) WHERE tanggal_selesai < DATE '"
                  + (tahun + 1)
                  + "-01-01' ORDER BY filename")) {
        while (rs.next()) {
          out.add(requireNonNull(byName.get(rs.getString(1)), "unknown file from DuckDB"));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          Teks.f("masukan.catatan_terlambat", Integer.toString(tahun + 1), e.getMessage()), e);
    }
    return out;
  }

  private Path inputsFile(Periode periode) {
    return workspace.computed("_masukan").resolve("periode=" + periode.id()).resolve("masukan.txt");
  }

  /** Records the submission versions the run of {@code periode} read. */
  void catat(Periode periode, Masukan masukan) {
    Path file = inputsFile(periode);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, masukan.versi(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(Teks.f("masukan.tidak_tercatat", periode.id(), file), e);
    }
  }

  /** The submission versions the last run of {@code periode} read; null when none recorded. */
  Set<String> terakhir(Periode periode) {
    Path file = inputsFile(periode);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(Teks.f("masukan.tidak_terbaca", periode.id(), file), e);
    }
  }
}
