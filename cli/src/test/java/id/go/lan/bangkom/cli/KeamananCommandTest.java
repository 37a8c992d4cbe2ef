package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 through the public commands, without Spark: a bad configuration stops {@code check} at
 * start-up with one Indonesian line (point 6); {@code sounding kirim --dry-run} writes a private
 * outbox whose broadcast CSV holds no live formula (points 4 and 7b).
 */
class KeamananCommandTest {
  @TempDir Path root;

  @Test
  void aMisspeltKeyInBangkomPropertiesStopsCheckWithOneIndonesianLine() throws Exception {
    Path ws = workspace("duckdb.memori_limit=4GB\n");

    CliProcess.Result r = CliProcess.run(root, "check", "--workspace", ws.toString(), inbox(ws));

    // Main maps an IllegalArgumentException (a bad setting) to exit code 2.
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().toList())
        .containsExactly(
            "Galat: Kunci konfigurasi tidak dikenal \"duckdb.memori_limit\" di "
                + ws.resolve("bangkom.properties")
                + "; maksud Anda \"duckdb.memory_limit\"?");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aValueDuckdbCannotReadStopsCheckNamingKeyValueAndWhatIsAllowed() throws Exception {
    Path ws = workspace("duckdb.memory_limit=banyak\n");

    CliProcess.Result r = CliProcess.run(root, "check", "--workspace", ws.toString(), inbox(ws));

    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().toList())
        .containsExactly(
            "Galat: Nilai konfigurasi tidak sah untuk duckdb.memory_limit: \"banyak\" (harus"
                + " angka dengan satuan KB, MB, GB, TB, KiB, MiB, GiB atau TiB, paling kecil"
                + " 64MB, misalnya 2GB atau 512MB)");
  }

  @Test
  void aBooleanSystemPropertyOtherThanTrueOrFalseStopsCheck() throws Exception {
    Path ws = workspace("");

    CliProcess.Result r =
        CliProcess.run(
            root,
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
            List.of("-Dbangkom.target.prorata=mungkin", "-Dbangkom.xlsx.dir=/tidak/dipakai"),
            "check",
            "--workspace",
            ws.toString(),
            inbox(ws));

    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().toList())
        .containsExactly(
            "Galat: Nilai konfigurasi tidak sah untuk target.prorata: \"mungkin\""
                + " (harus true atau false)");
  }

  @Test
  void aDryRunWritesAPrivateOutboxWithoutLiveFormulas() throws Exception {
    assumeThat(BerkasPribadi.posix(root)).as("POSIX file system").isTrue();
    Workspace ws = SoundingFixture.create(root, 2, "");
    // The PIC of 31 gets a name that a spreadsheet would run as a link.
    Path master = root.resolve("instansi.csv");
    Files.writeString(
        master,
        Files.readString(master, StandardCharsets.UTF_8)
            .replace(",PIC 31,", ",\"=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\","),
        StandardCharsets.UTF_8);

    int code =
        Main.execute(
            "sounding",
            "kirim",
            "--workspace",
            ws.root().toString(),
            "--periode",
            "2026-CW1",
            "--dry-run");

    assertThat(code).isZero();
    Path outbox = ws.root().resolve("outbox").resolve("2026-CW1");
    assertThat(perms(outbox)).isEqualTo("rwx------");
    for (String name : List.of("surel-31-2026-CW1.eml", "surel-32-2026-CW1.eml", "siaran.csv")) {
      assertThat(perms(outbox.resolve(name))).as(name).isEqualTo("rw-------");
    }
    List<String> siaran = Files.readAllLines(outbox.resolve("siaran.csv"), StandardCharsets.UTF_8);
    assertThat(siaran.get(1))
        .startsWith("31,Provinsi 31,MERAH,\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",");
    assertThat(siaran.get(2)).startsWith("32,Provinsi 32,MERAH,PIC 32,");
  }

  private Path workspace(String properties) throws Exception {
    Path ws = root.resolve("ws").toAbsolutePath().normalize();
    Files.createDirectories(ws.resolve("inbox"));
    Files.writeString(ws.resolve("bangkom.properties"), properties, StandardCharsets.UTF_8);
    return ws;
  }

  private static String inbox(Path ws) {
    return ws.resolve("inbox").toString();
  }

  private static String perms(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
