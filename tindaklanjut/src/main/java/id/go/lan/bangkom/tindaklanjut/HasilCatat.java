package id.go.lan.bangkom.tindaklanjut;

import static id.go.lan.bangkom.tindaklanjut.TindakLanjut.PESAN;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link TindakLanjut#catat}: the entry's id (null when refused), its reasons when
 * refused, and warnings about the log (a torn line repaired).
 */
public record HasilCatat(
    StatusBaris status, String id, List<Penolakan> penolakan, List<String> peringatan, Path log) {
  /** The option of {@code tindak-lanjut catat} that gives each column. */
  private static final Map<String, String> OPSI =
      Map.of(
          "kode_instansi", "--instansi",
          "janji_tindakan", "--janji");

  public HasilCatat {
    requireNonNull(status, "status is null");
    penolakan = List.copyOf(penolakan);
    peringatan = List.copyOf(peringatan);
    requireNonNull(log, "log is null");
  }

  /** What to tell the user, one line each, in Indonesian. */
  public List<String> pesan() {
    List<String> lines = new ArrayList<>(peringatan);
    switch (status) {
      case DITERIMA -> {
        lines.add(PESAN.f("catat.diterima", id));
        lines.add(PESAN.f("log.berkas", log));
      }
      case SUDAH_TERCATAT -> lines.add(PESAN.f("catat.sudah.tercatat", id));
      case DITOLAK -> {
        for (Penolakan p : penolakan) {
          String opsi = OPSI.getOrDefault(p.kolom(), "--" + p.kolom().replace('_', '-'));
          lines.add(PESAN.f("catat.ditolak", opsi, p.nilai(), p.alasan()));
        }
      }
    }
    return lines;
  }
}
