package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

/**
 * One dataset of a submission version: the file it came from, its SHA-256 and its row counts
 * ({@code barisDibaca = barisDiterima + barisDitolak}, always).
 */
public record DatasetInfo(
    String berkas, String sha256, long barisDibaca, long barisDiterima, long barisDitolak) {
  public DatasetInfo {
    requireNonNull(berkas, "berkas is null");
    requireNonNull(sha256, "sha256 is null");
    if (barisDibaca != barisDiterima + barisDitolak) {
      throw new IllegalArgumentException(
          "Cannot use dataset counts, read != accepted + rejected: "
              + barisDibaca
              + " != "
              + barisDiterima
              + " + "
              + barisDitolak);
    }
  }
}
