package id.go.lan.bangkom.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, point 7b: private files are 600 and their folders 700 from the moment they exist. */
class BerkasPribadiTest {
  @TempDir Path dir;

  @Test
  void aNewFolderIs700AndItsNewParentsKeepTheUsualPermissions() throws Exception {
    assumeThat(BerkasPribadi.posix(dir)).as("POSIX file system").isTrue();
    Path folder = BerkasPribadi.folder(dir.resolve("reports/2026-CW2/sounding/73"));
    assertThat(perms(folder)).isEqualTo("rwx------");
    // The parents hold nothing personal themselves: the umask decides, as for any folder.
    assertThat(perms(dir.resolve("reports"))).isNotEqualTo("rwx------").startsWith("rwx");
  }

  @Test
  void anExistingReadableFolderIsNarrowedTo700() throws Exception {
    assumeThat(BerkasPribadi.posix(dir)).as("POSIX file system").isTrue();
    Path old = Files.createDirectory(dir.resolve("rahasia"));
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rwxr-xr-x"));
    BerkasPribadi.folder(old);
    assertThat(perms(old)).isEqualTo("rwx------");
  }

  @Test
  void newAndTemporaryFilesAre600() throws Exception {
    assumeThat(BerkasPribadi.posix(dir)).as("POSIX file system").isTrue();
    assertThat(perms(BerkasPribadi.newFile(dir.resolve("daftar.csv")))).isEqualTo("rw-------");
    assertThat(perms(BerkasPribadi.temporaryFile(dir, "kunci", ".tmp"))).isEqualTo("rw-------");
  }

  private static String perms(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
