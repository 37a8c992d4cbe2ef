package id.go.lan.bangkom.ingestion;

import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Pesan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the submissions of an inbox: {@code <kode>/<YYYY-CWk>/} folders and {@code
 * <kode>/<YYYY-CWk>.xlsx} workbooks, sorted by kode then periode. Hidden entries (names starting
 * with a dot) are ignored.
 *
 * <p>Symbolic links are never followed (issue 19, point 3): a link in place of an instansi folder
 * is refused with a line for the operator (it has no submission to give a receipt to); a link in
 * place of a period folder, a workbook or a dataset file becomes a "file" of that submission, which
 * {@link SubmissionReader} refuses with {@link RejectReason#BERKAS_TAUTAN} in the receipt, so the
 * instansi learns why nothing was taken. The inbox folder itself is the operator's setting and may
 * be a link.
 */
final class Inbox {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  /** One (kode, periode): the files of its folder (may be empty) and its workbook (may be null). */
  record Submission(String kode, Periode periode, List<Path> files, Path workbook) {}

  record Scan(List<Submission> submissions, List<String> refused) {}

  private Inbox() {}

  static Scan scan(Path inbox, InstansiMaster master) {
    List<Submission> submissions = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    if (!Files.isDirectory(inbox)) {
      return new Scan(submissions, refused);
    }
    for (Path kodeDir : list(inbox)) {
      String kode = kodeDir.getFileName().toString();
      if (Berkas.isLink(kodeDir)) {
        refused.add(PESAN.f("folder.tautan", kode));
        continue;
      }
      if (!Files.isDirectory(kodeDir)) {
        refused.add(PESAN.f("folder.bukan_instansi", kode));
        continue;
      }
      if (!master.contains(kode)) {
        refused.add(PESAN.f("folder.kode_tidak_dikenal", kode));
        continue;
      }
      submissions.addAll(scanKode(kodeDir, kode, refused));
    }
    return new Scan(submissions, refused);
  }

  static List<Submission> scanKode(Path kodeDir, String kode, List<String> refused) {
    Map<Periode, List<Path>> folders = new TreeMap<>();
    Map<Periode, Path> workbooks = new TreeMap<>();
    for (Path entry : list(kodeDir)) {
      String name = entry.getFileName().toString();
      if (Berkas.isLink(entry)) {
        if (isPeriode(name)) {
          // The link itself stands for the folder's files: refused in the receipt, not read.
          folders.put(Periode.parse(name), List.of(entry));
          refused.add(PESAN.f("folder.tautan", kode + "/" + name));
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
            && isPeriode(name.substring(0, name.length() - 5))) {
          workbooks.put(Periode.parse(name.substring(0, name.length() - 5)), entry);
        } else {
          refused.add(PESAN.f("folder.tautan", kode + "/" + name));
        }
      } else if (Files.isDirectory(entry) && isPeriode(name)) {
        folders.put(Periode.parse(name), files(entry, kode, refused));
      } else if (Files.isRegularFile(entry)
          && name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
          && isPeriode(name.substring(0, name.length() - 5))) {
        workbooks.put(Periode.parse(name.substring(0, name.length() - 5)), entry);
      } else {
        refused.add(PESAN.f("folder.periode_tidak_dikenal", kode + "/" + name));
      }
    }
    TreeMap<Periode, Submission> out = new TreeMap<>();
    for (Map.Entry<Periode, List<Path>> e : folders.entrySet()) {
      out.put(
          e.getKey(), new Submission(kode, e.getKey(), e.getValue(), workbooks.get(e.getKey())));
    }
    for (Map.Entry<Periode, Path> e : workbooks.entrySet()) {
      out.putIfAbsent(e.getKey(), new Submission(kode, e.getKey(), List.of(), e.getValue()));
    }
    return new ArrayList<>(out.values());
  }

  static boolean isPeriode(String name) {
    if (!name.equals(name.strip()) || !Periode.isValid(name)) {
      return false;
    }
    try {
      Periode.parse(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static List<Path> files(Path periodeDir, String kode, List<String> refused) {
    List<Path> files = new ArrayList<>();
    for (Path f : list(periodeDir)) {
      // A link is taken as a file of the submission, to be refused there (never followed).
      if (Berkas.isLink(f) || Files.isRegularFile(f)) {
        files.add(f);
      } else {
        refused.add(
            PESAN.f(
                "folder.subfolder", kode + "/" + periodeDir.getFileName() + "/" + f.getFileName()));
      }
    }
    return files;
  }

  static List<Path> list(Path dir) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        if (!p.getFileName().toString().startsWith(".")) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("galat.baca_folder", dir.toString()), e);
    }
    out.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return out;
  }
}
