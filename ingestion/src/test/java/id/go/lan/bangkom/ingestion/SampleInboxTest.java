package id.go.lan.bangkom.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.samples.SampleData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests the shipped sample inbox (module data-samples) and compares with its independently
 * written expectations: every expected rejection is found, and rows read/rejected per file match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleInboxTest {
  private IngestResult result;
  private Path expected;

  @BeforeAll
  void ingestSample(@TempDir Path tmp) {
    Workspace ws = new Workspace(tmp.resolve("ws"));
    SampleData.copyInbox(ws.inbox());
    expected = tmp.resolve("expected");
    SampleData.copyExpected(expected);
    Ingestion ingestion =
        new Ingestion(BangkomConfig.defaults(), InstansiMaster.load(Optional.empty()), ws);
    result = ingestion.ingest(ws.inbox(), IngestListener.none());
  }

  @Test
  void everyExpectedRejectionIsReported() throws IOException {
    Set<String> actual = new HashSet<>();
    for (Receipt r : result.diterima()) {
      for (Penolakan p : r.penolakan()) {
        actual.add(
            String.join(
                ",",
                r.kode(),
                r.periode(),
                p.berkas(),
                Long.toString(p.nomorBaris()),
                p.kodeAlasan().name()));
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> lines =
        Files.readAllLines(expected.resolve("penolakan.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      String key = String.join(",", f[0], f[1], f[3], f[4], f[5]);
      if (!actual.contains(key)) {
        missing.add(line);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void rowsReadAndRejectedPerFileMatchTheExpectation() throws IOException {
    List<String> lines = Files.readAllLines(expected.resolve("baris.csv"), StandardCharsets.UTF_8);
    List<String> disagreements = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      DatasetInfo found = null;
      for (Receipt r : result.diterima()) {
        if (r.kode().equals(f[0]) && r.periode().equals(f[1])) {
          for (DatasetInfo d : r.datasets().values()) {
            if (d.berkas().equals(f[2])) {
              found = d;
            }
          }
        }
      }
      if (found == null
          || found.barisDibaca() != Long.parseLong(f[3])
          || found.barisDitolak() != Long.parseLong(f[4])) {
        disagreements.add(
            line
                + " -> "
                + (found == null ? "missing" : found.barisDibaca() + "," + found.barisDitolak()));
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void noFolderIsRefusedAndEveryCountAddsUp() {
    assertThat(result.folderDitolak()).isEmpty();
    assertThat(result.diterima()).isNotEmpty();
    for (Receipt r : result.diterima()) {
      Fixture.assertCountsAddUp(r);
      assertThat(r.berkasDitolak()).isEmpty();
    }
  }
}
