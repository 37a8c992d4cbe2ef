package id.go.lan.bangkom.tindaklanjut;

import static java.util.Objects.requireNonNull;

/**
 * Why a follow-up was refused: the column (worklist header, e.g. {@code tanggal}), the value as
 * typed (empty when missing) and the reason in Indonesian.
 */
public record Penolakan(String kolom, String nilai, String alasan) {
  public Penolakan {
    requireNonNull(kolom, "kolom is null");
    nilai = nilai == null ? "" : nilai;
    requireNonNull(alasan, "alasan is null");
  }
}
