package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The read side of the lake: the submission versions recorded under {@code
 * lake/submisi/<kode>/<periode>/v<N>/submisi.json} and which dataset file is in force. A dataset of
 * (kode, periode) is in force from the highest version that lists it. A snapshot: open again to see
 * later ingests.
 */
public final class Lake {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  private static final Pattern VERSION = Pattern.compile("v(\\d+)");

  /** The datasets whose rows are counted: pegawai, bangkom, training_rate. */
  public static final List<String> DATASETS =
      List.of(Dataset.PEGAWAI.id(), Dataset.BANGKOM.id(), Dataset.TRAINING_RATE.id());

  private final List<SubmisiVersion> versions;

  private Lake(List<SubmisiVersion> versions) {
    this.versions = List.copyOf(versions);
  }

  /** Scans {@code lake/submisi/*}{@code /*}{@code /v*}{@code /submisi.json}. */
  public static Lake open(Workspace ws) {
    requireNonNull(ws, "ws is null");
    List<SubmisiVersion> found = new ArrayList<>();
    Path root = ws.submisi();
    if (Files.isDirectory(root)) {
      try {
        for (Path kode : children(root)) {
          for (Path periode : children(kode)) {
            for (Path v : children(periode)) {
              Path json = v.resolve("submisi.json");
              if (VERSION.matcher(v.getFileName().toString()).matches()
                  && Files.isRegularFile(json)) {
                found.add(Json.readSubmisi(json));
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(PESAN.f("galat.baca_lake", root.toString()), e);
      }
    }
    found.sort(
        Comparator.comparing(SubmisiVersion::kode)
            .thenComparing(v -> Periode.parse(v.periode()))
            .thenComparingInt(SubmisiVersion::versi));
    return new Lake(found);
  }

  private static List<Path> children(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")) {
          out.add(p);
        }
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** Every version, ordered by kode, periode, versi. */
  public List<SubmisiVersion> versions() {
    return versions;
  }

  /** The absolute paths of the in-force {@code <dataset>.parquet} over all (kode, periode). */
  public List<Path> inForce(String dataset) {
    List<Path> out = new ArrayList<>();
    for (SubmisiVersion v : inForceVersions(dataset, null).values()) {
      out.add(v.parquet(dataset));
    }
    return out;
  }

  /** The absolute paths of the in-force {@code <dataset>.parquet} of one period. */
  public List<Path> inForce(String dataset, Periode p) {
    requireNonNull(p, "p is null");
    List<Path> out = new ArrayList<>();
    for (SubmisiVersion v : inForceVersions(dataset, p.id()).values()) {
      out.add(v.parquet(dataset));
    }
    return out;
  }

  /** Every {@code penolakan.parquet} of every version. */
  public List<Path> penolakanFiles() {
    List<Path> out = new ArrayList<>();
    for (SubmisiVersion v : versions) {
      Path p = v.folder().resolve("penolakan.parquet");
      if (Files.isRegularFile(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Per kode: {rows read, rows rejected} summed over the datasets in force for (kode, p). Kodes
   * with nothing in force for the period are absent.
   */
  public Map<String, long[]> barisInForce(Periode p) {
    requireNonNull(p, "p is null");
    Map<String, long[]> out = new TreeMap<>();
    for (String dataset : DATASETS) {
      for (Map.Entry<String, SubmisiVersion> e : inForceVersions(dataset, p.id()).entrySet()) {
        DatasetInfo d = e.getValue().datasets().get(dataset);
        long[] sum = out.computeIfAbsent(e.getValue().kode(), k -> new long[2]);
        sum[0] += d.barisDibaca();
        sum[1] += d.barisDitolak();
      }
    }
    return out;
  }

  /** The version holding the in-force dataset of (kode, periode), if any. */
  Optional<SubmisiVersion> inForce(String dataset, String kode, String periode) {
    SubmisiVersion best = null;
    for (SubmisiVersion v : versions) {
      if (v.kode().equals(kode)
          && v.periode().equals(periode)
          && v.datasets().containsKey(dataset)
          && (best == null || v.versi() > best.versi())) {
        best = v;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The highest version number of (kode, periode), 0 when none. */
  int latestVersion(String kode, String periode) {
    int max = 0;
    for (SubmisiVersion v : versions) {
      if (v.kode().equals(kode) && v.periode().equals(periode)) {
        max = Math.max(max, v.versi());
      }
    }
    return max;
  }

  /** SHA-256 of every file refused whole in any version of (kode, periode). */
  Set<String> refusedShas(String kode, String periode) {
    Set<String> out = new HashSet<>();
    for (SubmisiVersion v : versions) {
      if (v.kode().equals(kode) && v.periode().equals(periode)) {
        for (BerkasDitolak b : v.berkasDitolak()) {
          out.add(b.sha256());
        }
      }
    }
    return out;
  }

  /** Key "kode periode" -> the version whose dataset is in force (one period when given). */
  private Map<String, SubmisiVersion> inForceVersions(String dataset, String periode) {
    Map<String, SubmisiVersion> best = new LinkedHashMap<>();
    for (SubmisiVersion v : versions) {
      if ((periode == null || v.periode().equals(periode)) && v.datasets().containsKey(dataset)) {
        best.merge(v.kode() + " " + v.periode(), v, (a, b) -> a.versi() >= b.versi() ? a : b);
      }
    }
    return best;
  }
}
