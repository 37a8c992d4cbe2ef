package id.go.lan.bangkom.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link PostgresLokal} finds Debian's binaries (no server started here). */
class PostgresLokalTest {
  @TempDir Path akar;

  @Test
  void missingBinariesFailNamingTheDebianPackage() throws IOException {
    // A version folder without pg_ctl does not count either.
    program(akar.resolve("16/bin/initdb"));

    assertThatThrownBy(() -> PostgresLokal.cariBin(akar))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("install the Debian package postgresql")
        .hasMessageContaining(akar.toString());
    assertThatThrownBy(() -> PostgresLokal.cariBin(akar.resolve("tidak-ada")))
        .hasMessageContaining("install the Debian package postgresql");
  }

  @Test
  void theNewestInstalledVersionIsChosenByNumberNotByName() throws IOException {
    for (String v : new String[] {"9.6", "13", "15"}) {
      program(akar.resolve(v + "/bin/initdb"));
      program(akar.resolve(v + "/bin/pg_ctl"));
    }
    Files.createDirectories(akar.resolve("lama/bin"));

    assertThat(PostgresLokal.cariBin(akar)).isEqualTo(akar.resolve("15/bin"));
  }

  private static void program(Path p) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, "#!/bin/sh\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
