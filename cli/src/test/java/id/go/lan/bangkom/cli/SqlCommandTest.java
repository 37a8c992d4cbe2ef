package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./bangkom sql} as a process: options, stdin shell, exit codes, one-line errors. */
class SqlCommandTest {
  @TempDir static Path dir;
  static Path workspace;

  @BeforeAll
  static void aWorkspaceWithAWarehouse() throws Exception {
    workspace = dir.resolve("ws");
    Files.createDirectories(workspace.resolve("warehouse"));
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:duckdb:" + workspace.resolve("warehouse/bangkom.duckdb"));
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE dim_instansi AS SELECT * FROM (VALUES ('11', 'Aceh'), ('73', 'Sulsel')) t(kode_instansi, nama_instansi)");
    }
  }

  record Result(int code, String out, String err) {}

  static Result sql(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = CliProcess.java("512m");
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(Main.class.getName());
    command.add("sql");
    command.add("--workspace");
    command.add(workspace.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Path in = Files.createTempFile(dir, "in", ".txt");
    Files.writeString(in, stdin, StandardCharsets.UTF_8);
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().put("CI", "true");
    Process p = pb.start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void withoutAQueryItIsAShellReadingStdinUntilKeluar() throws Exception {
    Result r =
        sql(
            "SELECT kode_instansi\nFROM dim_instansi ORDER BY 1;\n.keluar\nSELECT 99;\n",
            "--format",
            "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).containsExactly("kode_instansi", "11", "73");
  }

  @Test
  void dashCPrintsJson() throws Exception {
    Result r = sql("", "-c", "SELECT count(*) AS n FROM dim_instansi", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).containsExactly("[", "  {\"n\": 2}", "]");
  }

  @Test
  void dashFRunsEveryStatementOfAFile() throws Exception {
    Path file = dir.resolve("dua.sql");
    Files.writeString(
        file,
        "-- dua kueri\nSELECT 1 AS a;\nSELECT nama_instansi FROM dim_instansi WHERE kode_instansi = '73';\n",
        StandardCharsets.UTF_8);
    Result r = sql("", "-f", file.toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).containsExactly("a", "1", "nama_instansi", "Sulsel");
  }

  @Test
  void aFailingQueryIsOneLineAndExit1() throws Exception {
    Result r = sql("", "-c", "SELEC 1");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("Galat: kueri gagal: ");
  }

  @Test
  void aWriteIsRefusedWithExit1() throws Exception {
    Result r = sql("", "-c", "DROP TABLE dim_instansi");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("Galat: gudang data dibuka baca-saja");
    assertThat(sql("", "-c", "SELECT count(*) FROM dim_instansi", "--format", "csv").out())
        .contains("2");
  }

  @Test
  void theAnalystCannotReachFilesSettingsOrExtensions() throws Exception {
    Path warehouse = workspace.resolve("warehouse/bangkom.duckdb");
    Path key = workspace.resolve("rahasia/kunci-nip");
    Files.createDirectories(key.getParent());
    Files.writeString(key, "rahasia-sekali", StandardCharsets.UTF_8);
    Path lake = workspace.resolve("lake/pegawai.parquet");
    Files.createDirectories(lake.getParent());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT '198609262015051001' AS nip, 'Siti Aminah' AS nama) TO '"
              + lake
              + "' (FORMAT parquet)");
    }
    byte[] before = Files.readAllBytes(warehouse);
    List<String> attacks =
        List.of(
            "COPY (SELECT 1) TO '" + warehouse + "'",
            "SELECT content FROM read_text('" + key + "')",
            "SELECT nip, nama FROM read_parquet('" + lake + "')",
            "SELECT * FROM read_csv('/etc/passwd')",
            "ATTACH '" + dir.resolve("lain.duckdb") + "' AS lain",
            "SET enable_external_access = true",
            "SET memory_limit = '20GB'",
            "RESET lock_configuration",
            "INSTALL httpfs",
            "LOAD httpfs",
            "SELECT * FROM 'https://contoh.instansi.example/data.csv'");
    Result r = sql(String.join(";\n", attacks) + ";\n");
    assertThat(r.code()).isEqualTo(1);
    List<String> errors = r.err().lines().toList();
    assertThat(errors).as(r.err()).hasSize(attacks.size());
    assertThat(errors).allSatisfy(e -> assertThat(e).startsWith("Galat: ditolak: "));
    assertThat(r.out()).doesNotContain("rahasia-sekali", "Siti Aminah", "root:");
    assertThat(Files.readAllBytes(warehouse)).isEqualTo(before);
    assertThat(dir.resolve("lain.duckdb")).doesNotExist();
    Result still = sql("", "-c", "SELECT count(*) AS n FROM dim_instansi", "--format", "csv");
    assertThat(still.out().lines().toList()).containsExactly("n", "2");
  }

  @Test
  void csvOutputKeepsFormulasInTextAsTextAndNegativeNumbersAsNumbers() throws Exception {
    Result r =
        sql(
            "",
            "-c",
            "SELECT '=HYPERLINK(\"http://x.instansi.example\",\"klik\")' AS unit_kerja, -1.5 AS"
                + " selisih, '@SUM(1)' AS a, 'Biro Umum' AS b",
            "--format",
            "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().toList())
        .containsExactly(
            "unit_kerja,selisih,a,b",
            "\"'=HYPERLINK(\"\"http://x.instansi.example\"\",\"\"klik\"\")\",-1.5,\"'@SUM(1)\",Biro Umum");
  }

  @Test
  void badUsageIsExit2WithOneLine() throws Exception {
    Result both = sql("", "-c", "SELECT 1", "-f", "x.sql");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err().strip().lines()).hasSize(1);
    Result missing = sql("", "-f", dir.resolve("tidak-ada.sql").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).startsWith("Galat: Berkas kueri tidak ditemukan");
    Result empty = sql("", "-c", "-- hanya komentar");
    assertThat(empty.code()).isEqualTo(2);
  }
}
