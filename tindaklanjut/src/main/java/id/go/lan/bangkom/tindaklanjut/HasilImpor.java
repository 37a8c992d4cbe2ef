package id.go.lan.bangkom.tindaklanjut;

import static id.go.lan.bangkom.tindaklanjut.TindakLanjut.PESAN;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of {@link TindakLanjut#impor}: every filled row with its status, the rows skipped
 * because their fill-in part was empty, the receipt written and warnings about the log.
 */
public record HasilImpor(
    String berkas,
    List<BarisImpor> baris,
    List<Integer> kosong,
    Path tandaTerima,
    Path log,
    List<String> peringatan) {
  public HasilImpor {
    requireNonNull(berkas, "berkas is null");
    baris = List.copyOf(baris);
    kosong = List.copyOf(kosong);
    requireNonNull(tandaTerima, "tandaTerima is null");
    requireNonNull(log, "log is null");
    peringatan = List.copyOf(peringatan);
  }

  /** Rows with {@code status}. */
  public long jumlah(StatusBaris status) {
    return baris.stream().filter(b -> b.status() == status).count();
  }

  /** Whether every filled row is in the log now (new or already there). */
  public boolean lengkap() {
    return jumlah(StatusBaris.DITOLAK) == 0;
  }

  /** What to tell the user, one line each, in Indonesian: counts, every refusal, the receipt. */
  public List<String> ringkasan() {
    List<String> lines = new ArrayList<>(peringatan);
    lines.add(
        PESAN.f(
            "impor.ringkas",
            berkas,
            Integer.toString(baris.size()),
            Long.toString(jumlah(StatusBaris.DITERIMA)),
            Long.toString(jumlah(StatusBaris.SUDAH_TERCATAT)),
            Long.toString(jumlah(StatusBaris.DITOLAK)),
            Integer.toString(kosong.size())));
    for (BarisImpor b : baris) {
      for (Penolakan p : b.penolakan()) {
        lines.add(
            PESAN.f(
                "impor.ditolak",
                berkas,
                Integer.toString(b.nomor()),
                p.kolom(),
                p.nilai(),
                p.alasan()));
      }
    }
    lines.add(PESAN.f("impor.tanda.terima", tandaTerima));
    lines.add(PESAN.f("log.berkas", log));
    return lines;
  }
}
