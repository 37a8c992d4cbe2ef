package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line message for a full disk (ENOSPC, or a quota: EDQUOT), whichever layer hit it: the
 * JDK's file API, DuckDB ("IO Error: Could not write file ...") or Spark/Hadoop wrapping either. It
 * names the step, the file being written when the layer tells (else the workspace) and the space
 * left there, and says what is safe: every step writes to a temporary name and renames, so a
 * half-written file never replaces a good one and the next run clears it.
 */
final class DiskPenuh {
  private static final Pattern PATH = Pattern.compile("(/[^\\s\"':,]+)");

  private DiskPenuh() {}

  /** The message when {@code e} (or a cause) is a full disk; empty otherwise. */
  static Optional<String> message(Throwable e, String langkah, Path workspace) {
    String text = null;
    String file = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (isFull(m) && text == null) {
        text = m;
      }
      if (file == null && t instanceof FileSystemException fse && fse.getFile() != null) {
        file = fse.getFile();
      }
      if (file == null) {
        file = pathIn(m, workspace);
      }
    }
    if (text == null) {
      return Optional.empty();
    }
    Path where = file != null ? Path.of(file) : workspace;
    return Optional.of(PESAN.f("galat.disk.penuh", langkah, where, free(where)));
  }

  static boolean isFull(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    return m.contains("no space left on device") || m.contains("disk quota exceeded");
  }

  /** The first absolute path in {@code message} under the workspace, or null. */
  private static String pathIn(String message, Path workspace) {
    Matcher m = PATH.matcher(message);
    while (m.find()) {
      String p = m.group(1).replaceFirst("^file:", "");
      if (p.startsWith(workspace.toString())) {
        return p;
      }
    }
    return null;
  }

  private static String free(Path where) {
    Path p = where.toAbsolutePath();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    if (p == null) {
      return PESAN.f("disk.sisa.tidak.diketahui");
    }
    try {
      FileStore store = Files.getFileStore(p);
      return String.format(Locale.ROOT, "%,d KB", store.getUsableSpace() / 1024).replace(',', '.');
    } catch (IOException e) {
      return PESAN.f("disk.sisa.tidak.diketahui");
    }
  }
}
