package id.go.lan.bangkom.schedules.delivery;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the reports module leaves the letters of an instansi, one PDF per stage named by {@link
 * TahapSounding#berkasPdf}: {@code reports/<P>/sounding/<kode>/surat-sounding-<kode>-<P>.pdf} (also
 * {@code surat-eskalasi-...}, {@code surat-terima-kasih-...}), and the list of employees off track
 * {@code daftar-pegawai-<kode>-<P>.csv|.xlsx} beside them, which only the SOUNDING letter attaches
 * (a DATA letter may have no list).
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

  /** The PDF of the SOUNDING letter. */
  public static Path pdfPath(Workspace workspace, Periode periode, String kodeInstansi) {
    return pdfPath(workspace, periode, kodeInstansi, TahapSounding.SOUNDING);
  }

  /** The PDF of the letter of stage {@code tahap}. */
  public static Path pdfPath(
      Workspace workspace, Periode periode, String kodeInstansi, TahapSounding tahap) {
    return folder(workspace, periode, kodeInstansi).resolve(tahap.berkasPdf(kodeInstansi, periode));
  }

  /** The base name of the list, without extension. */
  public static Path listPath(
      Workspace workspace, Periode periode, String kodeInstansi, String extension) {
    return folder(workspace, periode, kodeInstansi)
        .resolve("daftar-pegawai-" + kodeInstansi + "-" + periode.id() + "." + extension);
  }

  /** The files of the SOUNDING letter, or empty when its PDF is missing. */
  public static Optional<LetterFiles> find(
      Workspace workspace, Periode periode, String kodeInstansi) {
    return find(workspace, periode, kodeInstansi, TahapSounding.SOUNDING);
  }

  /**
   * The files of the letter of stage {@code tahap}, or empty when its PDF is missing; the lists
   * only with the SOUNDING letter.
   */
  public static Optional<LetterFiles> find(
      Workspace workspace, Periode periode, String kodeInstansi, TahapSounding tahap) {
    Path pdf = pdfPath(workspace, periode, kodeInstansi, tahap);
    if (!Files.isRegularFile(pdf)) {
      return Optional.empty();
    }
    if (tahap != TahapSounding.SOUNDING) {
      return Optional.of(new LetterFiles(pdf, Optional.empty(), Optional.empty()));
    }
    Path csv = listPath(workspace, periode, kodeInstansi, "csv");
    Path xlsx = listPath(workspace, periode, kodeInstansi, "xlsx");
    return Optional.of(
        new LetterFiles(
            pdf,
            Optional.of(csv).filter(Files::isRegularFile),
            Optional.of(xlsx).filter(Files::isRegularFile)));
  }

  /** Why the letter of a stage cannot go, in Indonesian: its PDF {@code pdf} is missing. */
  static String missing(TahapSounding tahap, Path pdf) {
    return switch (tahap) {
      case SOUNDING -> PESAN.f("surat.tidak.ada", pdf);
      case ESKALASI -> PESAN.f("surat.eskalasi.tidak.ada", pdf);
      case TERIMA_KASIH -> PESAN.f("surat.terima.kasih.tidak.ada", pdf);
    };
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
