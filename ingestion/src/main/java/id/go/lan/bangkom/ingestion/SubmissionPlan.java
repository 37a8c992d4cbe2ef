package id.go.lan.bangkom.ingestion;

import id.go.lan.bangkom.core.Pesan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which files of a submission are to be read: each file's format, dataset and SHA-256 (and how its
 * bytes read as text, in the same pass), and whether it is byte-identical to what is in force.
 */
final class SubmissionPlan {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  private SubmissionPlan() {}

  enum Format {
    CSV,
    XLSX,
    JSON,
    WORKBOOK,
    UNKNOWN,
    /** A symbolic link (to a file or a folder): refused, never followed nor archived. */
    LINK
  }

  /** One raw file of a submission; {@code encoding}: how its bytes are to be read as text (CSV). */
  record Source(
      Path file,
      String berkas,
      String sha256,
      Utf8Check.Encoding encoding,
      Format format,
      Dataset dataset) {}

  /** The files to read and those skipped as unchanged; {@code skip} when nothing is new. */
  record Plan(
      Inbox.Submission submission, List<Source> toRead, List<String> tidakBerubah, boolean skip) {}

  static Plan of(Inbox.Submission s, Lake lake, boolean skipUnchanged) {
    List<Source> all = new ArrayList<>();
    for (Path f : s.files()) {
      all.add(source(f, f.getFileName().toString(), false));
    }
    if (s.workbook() != null) {
      all.add(source(s.workbook(), s.workbook().getFileName().toString(), true));
    }
    if (!skipUnchanged) {
      return new Plan(s, all, List.of(), all.isEmpty());
    }
    String kode = s.kode();
    String periode = s.periode().id();
    Set<String> refused = lake.refusedShas(kode, periode);
    Map<String, String> inForceSha = new LinkedHashMap<>();
    for (Dataset d : Dataset.values()) {
      lake.inForce(d.id(), kode, periode)
          .ifPresent(v -> inForceSha.put(d.id(), v.datasets().get(d.id()).sha256()));
    }
    List<Source> toRead = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    boolean anyNew = false;
    for (Source src : all) {
      boolean inForce =
          src.format() == Format.WORKBOOK
              ? inForceSha.containsValue(src.sha256())
              : src.dataset() != null && src.sha256().equals(inForceSha.get(src.dataset().id()));
      if (inForce) {
        unchanged.add(src.berkas());
      } else {
        toRead.add(src);
        anyNew |= !refused.contains(src.sha256());
      }
    }
    return new Plan(s, toRead, unchanged, !anyNew);
  }

  private static Source source(Path file, String name, boolean workbook) {
    if (Berkas.isLink(file)) {
      return new Source(
          file, name, Berkas.linkSha256(file), Utf8Check.Encoding.UTF_8, Format.LINK, null);
    }
    Checksum sum = checksum(file);
    String sha = sum.sha256();
    if (workbook) {
      return new Source(file, name, sha, sum.encoding(), Format.WORKBOOK, null);
    }
    int dot = name.lastIndexOf('.');
    String base = dot < 0 ? name : name.substring(0, dot);
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    Optional<Dataset> dataset = Dataset.fromName(base);
    Format format =
        switch (ext) {
          case "csv" -> Format.CSV;
          case "xlsx" -> Format.XLSX;
          case "json" -> Format.JSON;
          default -> Format.UNKNOWN;
        };
    if (dataset.isEmpty()) {
      format = Format.UNKNOWN;
    }
    return new Source(file, name, sha, sum.encoding(), format, dataset.orElse(null));
  }

  /** A file's SHA-256 and how its bytes read as text, in one pass. */
  record Checksum(String sha256, Utf8Check.Encoding encoding) {}

  static String sha256(Path file) {
    return checksum(file).sha256();
  }

  static Checksum checksum(Path file) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      Utf8Check utf8 = new Utf8Check();
      try (InputStream in = Berkas.open(file)) {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) >= 0) {
          md.update(buffer, 0, n);
          utf8.update(buffer, n);
        }
      }
      return new Checksum(HexFormat.of().formatHex(md.digest()), utf8.encoding());
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("galat.baca_berkas", file.toString()), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot find SHA-256", e);
    }
  }

  /** The plan reduced to the files that may hold the submission's pegawai. */
  static Plan pegawaiOnly(Plan plan) {
    List<Source> pegawai = new ArrayList<>();
    for (Source src : plan.toRead()) {
      if (src.format() == Format.WORKBOOK || src.dataset() == Dataset.PEGAWAI) {
        pegawai.add(src);
      }
    }
    return new Plan(plan.submission(), pegawai, List.of(), pegawai.isEmpty());
  }
}
