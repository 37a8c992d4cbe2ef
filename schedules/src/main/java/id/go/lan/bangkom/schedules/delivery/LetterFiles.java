package id.go.lan.bangkom.schedules.delivery;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the reports module leaves a sounding letter and its list of employees off track: {@code
 * reports/<P>/sounding/<kode>/surat-sounding-<kode>-<P>.pdf} and {@code
 * daftar-pegawai-<kode>-<P>.csv|.xlsx} beside it (a DATA letter may have no list).
 */
public record LetterFiles(Path pdf, Optional<Path> csv, Optional<Path> xlsx) {
  public LetterFiles {
    requireNonNull(pdf, "pdf is null");
    requireNonNull(csv, "csv is null");
    requireNonNull(xlsx, "xlsx is null");
  }

  public static Path folder(Workspace workspace, Periode periode, String kodeInstansi) {
    return workspace.reports(periode).resolve("sounding").resolve(kodeInstansi);
  }

  public static Path pdfPath(Workspace workspace, Periode periode, String kodeInstansi) {
    return folder(workspace, periode, kodeInstansi)
        .resolve("surat-sounding-" + kodeInstansi + "-" + periode.id() + ".pdf");
  }

  /** The base name of the list, without extension. */
  public static Path listPath(
      Workspace workspace, Periode periode, String kodeInstansi, String extension) {
    return folder(workspace, periode, kodeInstansi)
        .resolve("daftar-pegawai-" + kodeInstansi + "-" + periode.id() + "." + extension);
  }

  /** The files of one letter, or empty when its PDF is missing. */
  public static Optional<LetterFiles> find(
      Workspace workspace, Periode periode, String kodeInstansi) {
    Path pdf = pdfPath(workspace, periode, kodeInstansi);
    if (!Files.isRegularFile(pdf)) {
      return Optional.empty();
    }
    Path csv = listPath(workspace, periode, kodeInstansi, "csv");
    Path xlsx = listPath(workspace, periode, kodeInstansi, "xlsx");
    return Optional.of(
        new LetterFiles(
            pdf,
            Optional.of(csv).filter(Files::isRegularFile),
            Optional.of(xlsx).filter(Files::isRegularFile)));
  }

  /** The attachments in order: letter, then CSV, then XLSX. */
  public List<Path> attachments() {
    List<Path> all = new ArrayList<>();
    all.add(pdf);
    csv.ifPresent(all::add);
    xlsx.ifPresent(all::add);
    return List.copyOf(all);
  }
}
