package id.go.lan.bangkom.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The files of the warehouse folder during a publish: the temporary database that becomes {@code
 * bangkom.duckdb} by an atomic move, with its {@code .wal} and spill folder, and what a killed
 * publish left.
 */
final class WarehouseFiles {
  static final String TEMPORARY_PREFIX = "bangkom.duckdb.tmp-";

  private WarehouseFiles() {}

  /**
   * Deletes what a killed publish left in the warehouse folder (its {@code bangkom.duckdb.tmp-*}
   * file with its {@code .wal} and spill folder). Safe under the workspace lock: no other publish
   * is building one now.
   */
  static void removeLeftovers(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(TEMPORARY_PREFIX)) {
          deleteTree(p);
        }
      }
    }
    Files.deleteIfExists(dir.resolve(".publish.lock")); // the lock file of earlier releases
  }

  /** Removes a temporary database with its write-ahead log and spill folder. */
  static void removeTemporary(Path tmp) throws IOException {
    Files.deleteIfExists(tmp);
    Files.deleteIfExists(Path.of(tmp + ".wal"));
    deleteTree(Path.of(tmp + ".tmp"));
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
