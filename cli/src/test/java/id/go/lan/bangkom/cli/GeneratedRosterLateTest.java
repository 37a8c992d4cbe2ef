package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.samples.generator.GeneratorOptions;
import id.go.lan.bangkom.samples.generator.NationGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15.1 on a generated nation: the nation with two late rosters, ingested, its rosters moved
 * in and ingested again with {@code ingest} (separate JVMs, no Spark), ends with the same accepted
 * bangkom rows in force as the same nation sent at once and ingested once, whose figures are the
 * manifest's ({@code GeneratedNationTest}). So the manifest of the late nation holds.
 */
class GeneratedRosterLateTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path plainWs;
  static Path lateWs;
  static JsonNode late;
  static final List<CliProcess.Result> runs = new ArrayList<>();

  private static GeneratorOptions options(Path out, int rosterTerlambat) {
    return new GeneratorOptions(
        Periode.parse("2026-CW2"), 2026, 0.0005, 11, 0.02, 6, out, rosterTerlambat);
  }

  @BeforeAll
  static void theSameNationSentAtOnceAndWithTwoRostersAfterTheirBangkom() throws Exception {
    InstansiMaster master = InstansiMaster.load(Optional.empty());
    Path plain = dir.resolve("plain");
    Path lateInbox = dir.resolve("late");
    NationGenerator.generate(options(plain, 0), master.all(), 1, l -> {});
    // The late one through the command, as an operator makes it.
    CliProcess.Result generated =
        CliProcess.run(
            dir,
            "generate",
            "--tahun",
            "2026",
            "--sampai",
            "2026-CW2",
            "--skala",
            "0.0005",
            "--seed",
            "11",
            "--galat",
            "0.02",
            "--instansi",
            "6",
            "--threads",
            "1",
            "--roster-terlambat",
            "2",
            "--out",
            lateInbox.toString());
    assertThat(generated.exitCode()).as(generated.err()).isZero();
    plainWs = dir.resolve("ws-plain");
    lateWs = dir.resolve("ws-late");
    runs.add(ingest(plain, plainWs));
    runs.add(ingest(lateInbox, lateWs));
    late = JSON.readTree(lateInbox.resolve("manifest.json").toFile()).path("roster_terlambat");
    for (JsonNode m : late.path("berkas")) {
      Path held = lateInbox.resolve(m.path("berkas").asText());
      Files.move(
          held,
          lateInbox
              .resolve(m.path("kode_instansi").asText())
              .resolve(m.path("periode").asText())
              .resolve(held.getFileName()));
    }
    runs.add(ingest(lateInbox, lateWs));
  }

  private static CliProcess.Result ingest(Path inbox, Path ws) throws Exception {
    return CliProcess.run(dir, "ingest", "--inbox", inbox.toString(), "--workspace", ws.toString());
  }

  @Test
  void everyIngestSucceeds() {
    assertThat(runs).extracting(CliProcess.Result::exitCode).containsOnly(0);
    assertThat(late.path("berkas")).hasSize(2);
  }

  @Test
  void theLateRostersTookInTheirBangkomRowsWithoutAResend() throws Exception {
    for (JsonNode m : late.path("berkas")) {
      String kode = m.path("kode_instansi").asText();
      Path receipts = lateWs.resolve("receipts").resolve(kode).resolve("2026-CW2");
      JsonNode v1 = JSON.readTree(receipts.resolve("v1/tanda-terima.json").toFile());
      JsonNode v2 = JSON.readTree(receipts.resolve("v2/tanda-terima.json").toFile());
      assertThat(v1.path("datasets").path("bangkom").path("baris_diterima").asLong())
          .as(kode)
          .isZero();
      assertThat(v2.path("datasets").has("pegawai")).isTrue();
      long takenIn = v2.path("bangkom_dari_versi_sebelumnya").path("baris_diterima").asLong();
      // The nation sent at once accepted exactly these rows from the same file.
      assertThat(takenIn)
          .as(kode)
          .isPositive()
          .isEqualTo(
              count(
                  "SELECT count(*) FROM read_parquet('"
                      + plainWs.resolve("lake/submisi").resolve(kode).resolve("2026-CW2/v1")
                      + "/bangkom.parquet')"));
    }
  }

  @Test
  void theBangkomRowsInForceAreThoseOfTheNationSentAtOnce() throws Exception {
    assertThat(inForceBangkom(lateWs)).isEqualTo(inForceBangkom(plainWs));
  }

  private static List<String> inForceBangkom(Path ws) throws Exception {
    List<String> files = new ArrayList<>();
    for (Path p :
        id.go.lan.bangkom.ingestion.Lake.open(new id.go.lan.bangkom.core.Workspace(ws))
            .inForce("bangkom")) {
      files.add("'" + p + "'");
    }
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT kode_instansi, periode, berkas, nomor_baris, nip, nama_kegiatan,"
                    + " tanggal_mulai, tanggal_selesai, jp FROM read_parquet(["
                    + String.join(", ", files)
                    + "]) ORDER BY ALL")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(rs.getString(i)).append('|');
        }
        out.add(b.toString());
      }
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  private static long count(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
