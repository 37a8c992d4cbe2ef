package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.PesanPeriksa;
import id.go.lan.bangkom.core.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The common error paths through the real launcher (own JVM, as ./bangkom): each exits with the
 * right code and says on stderr, in Indonesian, what was wrong (issue 18.4).
 */
class GalatKonsolTest {
  @TempDir Path root;

  @Test
  void anUnknownOptionIsBadUsageInIndonesian() throws Exception {
    CliProcess.Result r = CliProcess.run(root, "sql", "--tidak-ada");

    assertBadUsage(r);
    assertThat(r.err()).contains("Galat: opsi atau argumen tidak dikenal: --tidak-ada");
  }

  @Test
  void aMissingWorkspaceIsBadUsageInIndonesian() throws Exception {
    Path missing = root.resolve("tidak-ada");

    CliProcess.Result r =
        CliProcess.run(root, "sql", "-c", "SELECT 1", "--workspace", missing.toString());

    assertBadUsage(r);
    assertThat(r.err()).startsWith("Galat: Gudang data belum ada: ");
  }

  @Test
  void aBadPeriodOnTheCommandLineIsBadUsageInIndonesian() throws Exception {
    CliProcess.Result r =
        CliProcess.run(
            root, "sounding", "kirim", "--workspace", root.toString(), "--periode", "2026-CW9");

    assertBadUsage(r);
    assertThat(r.err())
        .isEqualTo("Galat: Periode tidak dikenal (harus berbentuk YYYY-CWk, k = 1..3): 2026-CW9\n");
  }

  @Test
  void aBadSettingIsBadUsageInIndonesian() throws Exception {
    Files.createDirectories(root.resolve("ws/inbox"));
    Files.writeString(root.resolve("ws/bangkom.properties"), "duckdb.threads=banyak\n");

    CliProcess.Result r =
        CliProcess.run(
            root,
            "check",
            "--workspace",
            root.resolve("ws").toString(),
            root.resolve("ws/inbox").toString());

    assertBadUsage(r);
    assertThat(r.err()).contains("duckdb.threads", "banyak");
  }

  @Test
  void aBadScaleOnTheCommandLineIsBadUsageInIndonesian() throws Exception {
    Path out = root.resolve("keluaran");

    CliProcess.Result tooLarge =
        CliProcess.run(
            root, "generate", "--tahun", "2026", "--out", out.toString(), "--skala", "9");
    CliProcess.Result notANumber =
        CliProcess.run(
            root, "generate", "--tahun", "2026", "--out", out.toString(), "--skala", "sedikit");

    assertBadUsage(tooLarge);
    assertThat(tooLarge.err()).contains("--skala", "9.0");
    assertBadUsage(notANumber);
    assertThat(notANumber.err()).contains("Galat: nilai tidak sah untuk --skala: \"sedikit\"");
    assertThat(out).doesNotExist();
  }

  @Test
  void aCorruptValueInsideAWorkspaceFileIsAFailureNotBadUsage() throws Exception {
    Workspace ws = SoundingFixture.create(root, 2, "");
    Path master = root.resolve("instansi.csv");
    Files.writeString(
        master,
        Files.readString(master, StandardCharsets.UTF_8)
            .replace("32,Provinsi 32,PROVINSI,", "32,Provinsi 32,PLANET,"),
        StandardCharsets.UTF_8);

    CliProcess.Result r =
        CliProcess.run(
            root,
            "sounding",
            "kirim",
            "--workspace",
            ws.root().toString(),
            "--periode",
            "2026-CW1",
            "--dry-run");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err())
        .startsWith("Galat: Daftar instansi tidak sah: ")
        .contains(
            master
                + " baris 3: jenis_instansi \"PLANET\" (harus KEMENTERIAN, LEMBAGA, PROVINSI,"
                + " KABUPATEN atau KOTA)");
    assertNoEnglish(r.err());
  }

  @Test
  void theHelpIsIndonesian() throws Exception {
    CliProcess.Result r = CliProcess.run(root, "--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Pemakaian: bangkom").contains("Perintah:");
    assertNoEnglish(r.out());
  }

  private static void assertBadUsage(CliProcess.Result r) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("Galat: ");
    assertThat(r.out()).isEmpty();
    assertNoEnglish(r.err());
  }

  /** No English word outside option names (--help, --dry-run), which are the interface. */
  private static void assertNoEnglish(String text) {
    String prose = text.replaceAll("(?<![\\p{L}])--?[\\p{L}][\\p{L}-]*", "");
    assertThat(PesanPeriksa.kataInggris(prose)).as(text).isEmpty();
  }
}
