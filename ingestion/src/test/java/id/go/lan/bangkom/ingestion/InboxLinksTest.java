package id.go.lan.bangkom.ingestion;

import static id.go.lan.bangkom.ingestion.Fixture.KODE;
import static id.go.lan.bangkom.ingestion.Fixture.KODE_2;
import static id.go.lan.bangkom.ingestion.Fixture.PERIODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in the inbox are refused, never followed (issue 19, point 3): neither a linked
 * file nor a linked period or instansi folder reaches the lake or the archive.
 */
class InboxLinksTest {
  @TempDir Path tmp;
  private Fixture fx;
  private Path outside;

  @BeforeEach
  void setUp() throws Exception {
    fx = new Fixture(tmp);
    // A valid roster outside the inbox: what a link would make the lake take.
    Path real = fx.roster(KODE, "2026-CW2");
    outside = Files.createDirectories(tmp.resolve("luar")).resolve("pegawai.csv");
    Files.move(real, outside);
    Files.delete(real.getParent());
  }

  private static List<String> archived(Path lakeRoot) throws Exception {
    try (Stream<Path> s = Files.walk(lakeRoot)) {
      return s.filter(p -> p.getParent().getFileName().toString().equals("arsip"))
          .map(p -> p.getFileName().toString())
          .toList();
    }
  }

  @Test
  void aLinkedDatasetFileIsRefusedInTheReceiptAndNeitherReadNorArchived() throws Exception {
    Files.createSymbolicLink(fx.folder(KODE, PERIODE).resolve("pegawai.csv"), outside);
    // A dangling link too: refused the same way, not called a subfolder.
    Files.createSymbolicLink(
        fx.folder(KODE, PERIODE).resolve("bangkom.csv"), tmp.resolve("tidak-ada.csv"));

    IngestResult result = fx.ingestion().ingest(fx.inbox(), IngestListener.none());

    assertThat(result.diterima()).hasSize(1);
    Receipt r = result.diterima().get(0);
    assertThat(r.datasets()).isEmpty();
    assertThat(r.barisDibaca()).isZero();
    assertThat(r.berkasDitolak())
        .extracting(BerkasDitolak::berkas, BerkasDitolak::kodeAlasan)
        .containsExactly(
            tuple("bangkom.csv", RejectReason.BERKAS_TAUTAN),
            tuple("pegawai.csv", RejectReason.BERKAS_TAUTAN));
    assertThat(r.berkasDitolak().get(1).pesan())
        .isEqualTo(
            "\"pegawai.csv\" adalah tautan (symbolic link/shortcut) ke berkas atau folder lain,"
                + " bukan berkas asli; tautan tidak diikuti dan isinya tidak dibaca.");
    assertThat(r.berkasDitolak().get(1).saran()).contains("berkas aslinya");
    assertThat(result.folderDitolak()).isEmpty();
    assertThat(Lake.open(fx.workspace).inForce("pegawai")).isEmpty();
    assertThat(archived(fx.workspace.lake())).isEmpty();

    // The same link again is nothing new: no second version, no second receipt.
    IngestResult again = fx.ingestion().ingest(fx.inbox(), IngestListener.none());
    assertThat(again.diterima()).isEmpty();
  }

  @Test
  void aLinkedPeriodFolderIsNotIngestedAsTheOtherInstansi() throws Exception {
    fx.roster(KODE, PERIODE);
    Files.createDirectories(fx.inbox().resolve(KODE_2));
    Files.createSymbolicLink(
        fx.inbox().resolve(KODE_2).resolve(PERIODE), fx.inbox().resolve(KODE).resolve(PERIODE));

    IngestResult result = fx.ingestion().ingest(fx.inbox(), IngestListener.none());

    assertThat(result.diterima())
        .extracting(Receipt::kode, Receipt::barisDibaca)
        .containsExactly(tuple(KODE, 3L), tuple(KODE_2, 0L));
    Receipt linked = result.diterima().get(1);
    assertThat(linked.berkasDitolak())
        .extracting(BerkasDitolak::berkas, BerkasDitolak::kodeAlasan)
        .containsExactly(tuple(PERIODE, RejectReason.BERKAS_TAUTAN));
    assertThat(result.folderDitolak())
        .containsExactly(
            KODE_2
                + "/"
                + PERIODE
                + ": tautan (symbolic link/shortcut), bukan folder atau berkas asli; tautan tidak"
                + " diikuti dan tidak diproses. Letakkan folder atau berkas aslinya di kotak"
                + " masuk.");
    assertThat(Lake.open(fx.workspace).inForce("pegawai"))
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("/" + KODE + "/" + PERIODE + "/"));
    assertThat(archived(fx.workspace.lake())).containsExactly("pegawai.csv");
  }

  @Test
  void aLinkedInstansiFolderIsRefusedWithALineForTheOperator() throws Exception {
    fx.roster(KODE, PERIODE);
    Files.createSymbolicLink(fx.inbox().resolve(KODE_2), fx.inbox().resolve(KODE));

    IngestResult result = fx.ingestion().ingest(fx.inbox(), IngestListener.none());

    assertThat(result.diterima()).extracting(Receipt::kode).containsExactly(KODE);
    assertThat(result.folderDitolak()).singleElement().asString().startsWith(KODE_2 + ": tautan");
    assertThat(Lake.open(fx.workspace).versions())
        .extracting(SubmisiVersion::kode)
        .containsExactly(KODE);
  }

  @Test
  void checkOfALinkedFileRefusesItToo() throws Exception {
    Path link = fx.folder(KODE, PERIODE).resolve("pegawai.csv");
    Files.createSymbolicLink(link, outside);

    Receipt r = fx.checkOne(link);

    assertThat(r.datasets()).isEmpty();
    assertThat(r.berkasDitolak())
        .extracting(BerkasDitolak::kodeAlasan)
        .containsExactly(RejectReason.BERKAS_TAUTAN);
  }
}
