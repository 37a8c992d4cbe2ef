package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Bangkom rows of an earlier version, refused only because their NIP was not on the roster then in
 * force ({@code NIP_TIDAK_TERDAFTAR} and no other reason), checked again when a new roster for the
 * same (kode, periode) comes into force (issue 15, point 1). They are not rows of the new files, so
 * the receipt reports them in a section of their own: {@code barisDiperiksa = barisDiterima +
 * barisTetapDitolak}.
 *
 * @param dariSubmisi the version that read the bangkom file ({@code <kode>/<periode>/v<N>}): the
 *     lineage of every revived row points to it, its file and its row numbers
 * @param berkas the bangkom file (or {@code workbook#sheet}) as named in that version
 * @param sha256 that file's SHA-256, so resending it is still "unchanged"
 * @param barisDiperiksa the waiting rows checked again against the new roster
 * @param nomorBarisDiterima the row numbers (in {@code berkas}) now accepted, ascending
 * @param dataset the bangkom dataset now in force: the file's rows read, accepted (earlier plus
 *     now) and still rejected
 */
public record BangkomSusulan(
    String dariSubmisi,
    String berkas,
    String sha256,
    long barisDiperiksa,
    List<Long> nomorBarisDiterima,
    DatasetInfo dataset) {
  public BangkomSusulan {
    requireNonNull(dariSubmisi, "dariSubmisi is null");
    requireNonNull(berkas, "berkas is null");
    requireNonNull(sha256, "sha256 is null");
    requireNonNull(dataset, "dataset is null");
    nomorBarisDiterima = List.copyOf(nomorBarisDiterima);
    if (nomorBarisDiterima.size() > barisDiperiksa) {
      throw new IllegalArgumentException(
          "Cannot accept more waiting rows than were checked: "
              + nomorBarisDiterima.size()
              + " > "
              + barisDiperiksa);
    }
  }

  /** Waiting rows now accepted. */
  public long barisDiterima() {
    return nomorBarisDiterima.size();
  }

  /** Waiting rows whose NIP is still not on the roster. */
  public long barisTetapDitolak() {
    return barisDiperiksa - nomorBarisDiterima.size();
  }
}
