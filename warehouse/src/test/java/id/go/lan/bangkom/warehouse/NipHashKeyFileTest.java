package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, point 7b: the workspace's NIP hash key is readable by its owner only (no Spark). */
class NipHashKeyFileTest {
  @TempDir Path root;

  @Test
  void theKeyIsCreated600InA700RahasiaFolderAndKeptAcrossCalls() throws Exception {
    assumeThat(BerkasPribadi.posix(root)).as("POSIX file system").isTrue();
    Workspace ws = new Workspace(root);
    byte[] first = NipHash.key(BangkomConfig.defaults(), ws);
    Path file = ws.rahasia().resolve("kunci-nip");
    assertThat(perms(ws.rahasia())).isEqualTo("rwx------");
    assertThat(perms(file)).isEqualTo("rw-------");
    // 32 random bytes as 64 hex digits, the same on the next call; no temporary file left.
    assertThat(new String(first, StandardCharsets.US_ASCII)).matches("[0-9a-f]{64}");
    assertThat(NipHash.key(BangkomConfig.defaults(), ws)).isEqualTo(first);
    try (var files = Files.list(ws.rahasia())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kunci-nip");
    }
  }

  @Test
  void aKeyAndFolderLeftReadableByAnEarlierVersionAreNarrowedAndTheKeyKept() throws Exception {
    assumeThat(BerkasPribadi.posix(root)).as("POSIX file system").isTrue();
    Workspace ws = new Workspace(root);
    Files.createDirectories(ws.rahasia());
    Files.setPosixFilePermissions(ws.rahasia(), PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = ws.rahasia().resolve("kunci-nip");
    Files.writeString(file, "abc123\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    byte[] key = NipHash.key(BangkomConfig.defaults(), ws);

    assertThat(new String(key, StandardCharsets.UTF_8)).isEqualTo("abc123");
    assertThat(perms(ws.rahasia())).isEqualTo("rwx------");
    assertThat(perms(file)).isEqualTo("rw-------");
  }

  private static String perms(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
