package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sql shell and its output formats, fed from a string as stdin would feed it. */
class SqlShellTest {
  @TempDir static Path dir;
  static Path warehouse;

  @BeforeAll
  static void aSmallWarehouse() throws Exception {
    warehouse = dir.resolve("bangkom.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE kepatuhan_instansi (kode_instansi VARCHAR, melapor BOOLEAN,"
              + " persen_on_track DECIMAL(5,2), catatan VARCHAR)");
      s.execute("COMMENT ON TABLE kepatuhan_instansi IS 'Grain: one row per instansi.'");
      s.execute(
          "INSERT INTO kepatuhan_instansi VALUES ('73', true, 67.50, 'baik, \"sekali\"'),"
              + " ('P001', false, NULL, NULL)");
    }
  }

  private static String[] run(String stdin, SqlFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    int code;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, p);
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = new SqlShell(c, format, o, e, false).run(new BufferedReader(new StringReader(stdin)));
    }
    return new String[] {
      Integer.toString(code),
      out.toString(StandardCharsets.UTF_8),
      err.toString(StandardCharsets.UTF_8)
    };
  }

  @Test
  void readsAStatementOverSeveralLinesUntilTheSemicolonAndStopsAtKeluar() throws Exception {
    String[] r =
        run(
            "SELECT kode_instansi,\n  persen_on_track\nFROM kepatuhan_instansi\n"
                + "ORDER BY kode_instansi;\n.keluar\nSELECT 'tidak dijalankan';\n",
            SqlFormat.table);
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[2]).isEmpty();
    assertThat(r[1].lines().toList())
        .containsExactly(
            "kode_instansi | persen_on_track",
            "--------------+----------------",
            "73            |           67.50",
            "P001          |            NULL",
            "(2 baris)");
  }

  @Test
  void endOfInputRunsWhatIsLeftAndQuits() throws Exception {
    String[] r = run("SELECT count(*) AS n FROM kepatuhan_instansi", SqlFormat.csv);
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1].lines().toList()).containsExactly("n", "2");
  }

  @Test
  void aFailedStatementIsOneIndonesianLineAndTheShellGoesOn() throws Exception {
    String[] r = run("SELECT * FROM tidak_ada;\nSELECT 1 AS satu;\n", SqlFormat.csv);
    assertThat(r[0]).as("a failure is remembered in the exit code").isEqualTo("1");
    assertThat(r[2].lines().toList()).hasSize(1);
    assertThat(r[2]).startsWith("Galat: kueri gagal: ").contains("tidak_ada");
    assertThat(r[1].lines().toList()).containsExactly("satu", "1");
  }

  @Test
  void writingIsRefusedBecauseTheWarehouseIsReadOnly() throws Exception {
    String[] r = run("DELETE FROM kepatuhan_instansi;\n", SqlFormat.table);
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[2].strip()).startsWith("Galat: gudang data dibuka baca-saja").doesNotContain("\n");
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndJsonKeepsTypes() throws Exception {
    String sql = "SELECT * FROM kepatuhan_instansi ORDER BY kode_instansi;";
    assertThat(run(sql, SqlFormat.csv)[1].lines().toList())
        .containsExactly(
            "kode_instansi,melapor,persen_on_track,catatan",
            "73,true,67.50,\"baik, \"\"sekali\"\"\"",
            "P001,false,,");
    assertThat(run(sql, SqlFormat.json)[1].lines().toList())
        .containsExactly(
            "[",
            "  {\"kode_instansi\": \"73\", \"melapor\": true, \"persen_on_track\": 67.50,"
                + " \"catatan\": \"baik, \\\"sekali\\\"\"},",
            "  {\"kode_instansi\": \"P001\", \"melapor\": false, \"persen_on_track\": null,"
                + " \"catatan\": null}",
            "]");
  }

  @Test
  void jsonWritesEveryTypeAsValidJsonAndAnEmptyResultAsAnEmptyArray() throws Exception {
    String sql =
        "SELECT 0.1::FLOAT AS f, 'nan'::DOUBLE AS nan, 170141183460469231731687303715884105727::HUGEINT"
            + " AS besar, -2::BIGINT AS neg, DATE '2026-04-30' AS tanggal, 'a\tb' AS teks;"
            + " SELECT 1 AS n WHERE false;";

    List<String> lines = run(sql, SqlFormat.json)[1].lines().toList();

    assertThat(lines)
        .containsExactly(
            "[",
            "  {\"f\": 0.1, \"nan\": \"NaN\", \"besar\": 170141183460469231731687303715884105727,"
                + " \"neg\": -2, \"tanggal\": \"2026-04-30\", \"teks\": \"a\\tb\"}",
            "]",
            "[",
            "]");
  }

  @Test
  void dotCommandsListTablesWithTheirCommentsAndSwitchFormat() throws Exception {
    String[] r = run(".format csv\n.tabel\n.kolom kepatuhan_instansi\n.apa\n", SqlFormat.table);
    assertThat(r[1]).contains("kepatuhan_instansi,", "Grain: one row per instansi.");
    assertThat(r[1]).contains("persen_on_track,\"DECIMAL(5,2)\"");
    assertThat(r[2].strip()).isEqualTo("Galat: perintah tidak dikenal: .apa (lihat .bantuan)");
  }

  @Test
  void scriptsSplitAtSemicolonsOutsideQuotesAndComments() {
    assertThat(
            SqlScript.split(
                "-- komentar; tidak memisah\nSELECT 'a;b';\n/* ; */ SELECT 2; -- hanya komentar"))
        .containsExactly("-- komentar; tidak memisah\nSELECT 'a;b'", "/* ; */ SELECT 2");
    assertThat(SqlScript.complete("SELECT 'a;\n")).isFalse();
    assertThat(SqlScript.complete("SELECT 'a;';\n")).isTrue();
    assertThat(SqlScript.complete("SELECT 1 -- belum;\n")).isFalse();
  }
}
