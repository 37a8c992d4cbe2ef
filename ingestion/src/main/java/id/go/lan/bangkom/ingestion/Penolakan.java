package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

/**
 * One fault of one rejected row (a row with several faults has several). {@code kolom} and {@code
 * nilai} (the value as read) may be null, e.g. for {@link RejectReason#BARIS_GANDA}.
 */
public record Penolakan(
    String dataset,
    String berkas,
    long nomorBaris,
    RejectReason kodeAlasan,
    String kolom,
    String nilai,
    String pesan,
    String saran) {
  public Penolakan {
    requireNonNull(dataset, "dataset is null");
    requireNonNull(berkas, "berkas is null");
    requireNonNull(kodeAlasan, "kodeAlasan is null");
    requireNonNull(pesan, "pesan is null");
    requireNonNull(saran, "saran is null");
  }
}
