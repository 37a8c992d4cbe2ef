package id.go.lan.bangkom.core.kontrak;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The completion marker of a cut-off's computed tables, {@code
 * lake/computed/_selesai/periode=<id>/SELESAI}: removed before a transform of the period writes
 * anything, written after its last table. A period folder without it was left by a transform that
 * failed or was killed mid-way (or is being written now), and publish refuses it rather than put
 * half a period in the warehouse. Written by the transforms, read by the warehouse's publish.
 */
public final class PeriodeSelesai {
  public static final String FOLDER = "_selesai";

  private PeriodeSelesai() {}

  private static Path marker(Workspace ws, Periode periode) {
    return ws.computed(FOLDER).resolve("periode=" + periode.id()).resolve("SELESAI");
  }

  public static boolean isComplete(Workspace ws, Periode periode) {
    return Files.isRegularFile(marker(ws, periode));
  }

  public static void unmark(Workspace ws, Periode periode) {
    try {
      Files.deleteIfExists(marker(ws, periode));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the completion marker of " + periode, e);
    }
  }

  public static void mark(Workspace ws, Periode periode) {
    Path file = marker(ws, periode);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, periode.id() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the completion marker " + file, e);
    }
  }

  /** The periods that some table of {@code tables} holds a folder for but that are not complete. */
  public static List<String> incomplete(Workspace ws, List<String> tables) {
    Set<String> out = new TreeSet<>();
    for (String table : tables) {
      Path folder = ws.computed(table);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> periods = Files.list(folder)) {
        for (Path p : periods.toList()) {
          String name = p.getFileName().toString();
          if (Files.isDirectory(p) && name.startsWith("periode=")) {
            String id = name.substring("periode=".length());
            if (!isComplete(ws, Periode.parse(id))) {
              out.add(id);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + folder, e);
      }
    }
    return List.copyOf(out);
  }
}
