package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One version of a submission as recorded in its {@code submisi.json}. The counts sum the datasets
 * of this version; {@code folder} is the absolute {@code v<N>} folder.
 */
public record SubmisiVersion(
    String submisiId,
    String kode,
    String periode,
    int versi,
    Instant diterimaPada,
    long barisDibaca,
    long barisDiterima,
    long barisDitolak,
    Map<String, DatasetInfo> datasets,
    List<BerkasDitolak> berkasDitolak,
    Path folder) {
  public SubmisiVersion {
    requireNonNull(submisiId, "submisiId is null");
    requireNonNull(kode, "kode is null");
    requireNonNull(periode, "periode is null");
    requireNonNull(diterimaPada, "diterimaPada is null");
    requireNonNull(folder, "folder is null");
    datasets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(datasets));
    berkasDitolak = List.copyOf(berkasDitolak);
  }

  /** The Parquet file of a dataset of this version (it exists when {@link #datasets} has it). */
  public Path parquet(String dataset) {
    return folder.resolve(dataset + ".parquet");
  }
}
