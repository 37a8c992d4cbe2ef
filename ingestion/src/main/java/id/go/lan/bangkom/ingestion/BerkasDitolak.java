package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

/**
 * A file refused whole. {@code kolom} names the missing column for {@link
 * RejectReason#KOLOM_WAJIB_TIDAK_ADA}, else null; {@code saran} (how to fix) is null when read back
 * from {@code submisi.json}, which does not store it.
 */
public record BerkasDitolak(
    String berkas,
    String sha256,
    RejectReason kodeAlasan,
    String kolom,
    String pesan,
    String saran) {
  public BerkasDitolak {
    requireNonNull(berkas, "berkas is null");
    requireNonNull(sha256, "sha256 is null");
    requireNonNull(kodeAlasan, "kodeAlasan is null");
    requireNonNull(pesan, "pesan is null");
  }
}
