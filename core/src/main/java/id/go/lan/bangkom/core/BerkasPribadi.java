package id.go.lan.bangkom.core;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders that hold personal data (names, NIPs) or secrets: files are created {@code
 * rw-------} (600) and their folders {@code rwx------} (700), from the start, so there is no moment
 * in which another account of the machine can read them. Write into a file made here (or into a
 * temporary file made here and moved in place atomically: a move keeps the permissions).
 *
 * <p>On a file system without POSIX permissions (e.g. a Windows share) the files are created with
 * the folder's own access rules and nothing else happens: there is nothing portable to set.
 */
public final class BerkasPribadi {
  /** {@code rw-------}. */
  public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  /** {@code rwx------}. */
  public static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");

  private BerkasPribadi() {}

  /**
   * Creates {@code folder} (its missing parents with the usual permissions) as {@code rwx------};
   * an existing folder is narrowed to {@code rwx------} (lists written by an older version were
   * left readable by everyone).
   *
   * @return {@code folder}
   */
  public static Path folder(Path folder) throws IOException {
    Path parent = folder.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (!posix(folder)) {
      return Files.createDirectories(folder);
    }
    try {
      Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(folder)) {
        throw e;
      }
    }
    // createDirectory is subject to the umask, and an existing folder keeps what it had.
    if (!Files.getPosixFilePermissions(folder).equals(FOLDER)) {
      Files.setPosixFilePermissions(folder, FOLDER);
    }
    return folder;
  }

  /**
   * Creates the new, empty file {@code file} as {@code rw-------}; fails when it exists.
   *
   * @return {@code file}
   */
  public static Path newFile(Path file) throws IOException {
    return Files.createFile(file, attributes(file));
  }

  /**
   * Creates a new, empty temporary file in {@code folder} as {@code rw-------}, to be written and
   * then moved in place.
   */
  public static Path temporaryFile(Path folder, String prefix, String suffix) throws IOException {
    return Files.createTempFile(folder, prefix, suffix, attributes(folder));
  }

  private static FileAttribute<?>[] attributes(Path where) {
    return posix(where)
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
        : new FileAttribute<?>[0];
  }

  /** Whether {@code path}'s file system has POSIX permissions. */
  public static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
