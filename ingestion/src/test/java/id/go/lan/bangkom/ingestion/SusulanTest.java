package id.go.lan.bangkom.ingestion;

import static id.go.lan.bangkom.ingestion.Fixture.BANGKOM_HEADER;
import static id.go.lan.bangkom.ingestion.Fixture.KODE;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_A;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_B;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_C;
import static id.go.lan.bangkom.ingestion.Fixture.PEGAWAI_HEADER;
import static id.go.lan.bangkom.ingestion.Fixture.PERIODE;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Periode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 1: bangkom rows waiting for a roster ({@code NIP_TIDAK_TERDAFTAR} alone) are
 * taken in when a roster for their (kode, periode) is written; which rows are still current, the
 * registry, idempotence and the in-force files. Expected values worked by hand from the rows.
 */
class SusulanTest {
  @TempDir Path tmp;
  private Fixture fx;

  @BeforeEach
  void setUp() {
    fx = new Fixture(tmp);
  }

  private IngestResult ingest() {
    return fx.ingestion().ingest(fx.inbox(), IngestListener.none());
  }

  private static String bangkom(String... rows) {
    return BANGKOM_HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  private static String row(String nip, String kegiatan, String jp) {
    return nip + "," + kegiatan + ",3,,2026-02-01,2026-02-03," + jp + ",BPSDM,";
  }

  private Path version(int n) {
    return fx.workspace.submisi().resolve(KODE).resolve(PERIODE).resolve("v" + n);
  }

  private static List<String> lineage(Path parquet) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT submisi_id, berkas, nomor_baris, nip, jp FROM read_parquet('"
                    + parquet.toAbsolutePath()
                    + "') ORDER BY submisi_id, nomor_baris")) {
      while (rs.next()) {
        out.add(
            rs.getString(1)
                + " "
                + rs.getString(2)
                + " "
                + rs.getLong(3)
                + " "
                + rs.getString(4)
                + " "
                + rs.getBigDecimal(5).toPlainString());
      }
    }
    return out;
  }

  @Test
  void aBangkomFileSupersededBeforeTheRosterCameIsNotRevived() throws Exception {
    fx.write(KODE, PERIODE, "bangkom.csv", bangkom(row(NIP_A, "Latsar", "24")));
    ingest();
    // v2: a corrected bangkom file replaces the first one, still without a roster.
    fx.write(
        KODE,
        PERIODE,
        "bangkom.csv",
        bangkom(row(NIP_B, "Orientasi", "10"), row(NIP_C, "Webinar", "2")));
    ingest();
    fx.roster(KODE, PERIODE);
    Receipt v3 = ingest().diterima().get(0);

    // Only v2's two rows are current; the first file's row is not brought back.
    assertThat(v3.susulan().dariSubmisi()).isEqualTo("73/2026-CW1/v2");
    assertThat(v3.susulan().barisDiperiksa()).isEqualTo(2);
    assertThat(v3.susulan().nomorBarisDiterima()).containsExactly(2L, 3L);
    assertThat(lineage(version(3).resolve("bangkom.parquet")))
        .containsExactly(
            "73/2026-CW1/v2 bangkom.csv 2 " + NIP_B + " 10.00",
            "73/2026-CW1/v2 bangkom.csv 3 " + NIP_C + " 2.00");
    Lake lake = Lake.open(fx.workspace);
    assertThat(lake.inForce("bangkom", Periode.parse(PERIODE)))
        .containsExactly(version(3).resolve("bangkom.parquet"));
  }

  @Test
  void theVersionCountsAreThoseOfItsOwnFilesAndTheRegistryCountsTheFileAsJudgedNow()
      throws Exception {
    fx.write(
        KODE,
        PERIODE,
        "bangkom.csv",
        bangkom(row(NIP_A, "Latsar", "24"), row(NIP_B, "Orientasi", "10"), row("123", "X", "2")));
    ingest();
    fx.write(
        KODE,
        PERIODE,
        "pegawai.csv",
        PEGAWAI_HEADER
            + "\n"
            + NIP_A
            + ",Andi,PNS,FUNGSIONAL,Analis,Biro Umum,III/c,2015-05-01,AKTIF\n");
    Receipt v2 = ingest().diterima().get(0);

    assertThat(v2.barisDibaca()).isEqualTo(1);
    assertThat(v2.barisDiterima()).isEqualTo(1);
    assertThat(v2.barisDitolak()).isZero();
    // Row 4 ("123") had NIP_FORMAT too: never waiting. Rows 2 and 3 waited; only A is on roster.
    assertThat(v2.susulan().barisDiperiksa()).isEqualTo(2);
    assertThat(v2.susulan().barisDiterima()).isEqualTo(1);
    assertThat(v2.susulan().barisTetapDitolak()).isEqualTo(1);
    assertThat(v2.susulan().dataset())
        .isEqualTo(new DatasetInfo("bangkom.csv", v2.susulan().sha256(), 3, 1, 2));
    SubmisiVersion registered =
        Lake.open(fx.workspace).versions().stream().filter(v -> v.versi() == 2).findFirst().get();
    assertThat(registered.datasets()).containsOnlyKeys("pegawai", "bangkom");
    assertThat(registered.barisDibaca()).isEqualTo(1);
    assertThat(registered.barisDiterima()).isEqualTo(1);
    assertThat(Lake.open(fx.workspace).barisInForce(Periode.parse(PERIODE)).get(KODE))
        .containsExactly(1 + 3, 0 + 2);
  }

  @Test
  void sendingTheSameFilesAgainChangesNothing() throws Exception {
    fx.write(KODE, PERIODE, "bangkom.csv", bangkom(row(NIP_A, "Latsar", "24")));
    ingest();
    fx.roster(KODE, PERIODE);
    assertThat(ingest().diterima().get(0).susulan().nomorBarisDiterima()).containsExactly(2L);

    IngestResult again = ingest();
    assertThat(again.diterima()).isEmpty();
    assertThat(again.tidakBerubah()).isEqualTo(1);
    assertThat(version(3)).doesNotExist();
  }

  @Test
  void aNewBangkomFileSentWithTheRosterIsReadAsUsualAndNothingIsCarried() throws Exception {
    fx.write(KODE, PERIODE, "bangkom.csv", bangkom(row(NIP_A, "Latsar", "24")));
    ingest();
    fx.roster(KODE, PERIODE);
    fx.write(KODE, PERIODE, "bangkom.csv", bangkom(row(NIP_B, "Orientasi", "10")));
    Receipt v2 = ingest().diterima().get(0);

    assertThat(v2.susulan()).isNull();
    assertThat(v2.datasets().get("bangkom").barisDiterima()).isEqualTo(1);
    assertThat(lineage(version(2).resolve("bangkom.parquet")))
        .containsExactly("73/2026-CW1/v2 bangkom.csv 2 " + NIP_B + " 10.00");
  }

  @Test
  void aRosterWithNoneOfTheWaitingNipsTakesNothingIn() throws Exception {
    fx.write(KODE, PERIODE, "bangkom.csv", bangkom(row(NIP_A, "Latsar", "24")));
    ingest();
    fx.write(
        KODE,
        PERIODE,
        "pegawai.csv",
        PEGAWAI_HEADER
            + "\n"
            + NIP_B
            + ",Budi,PNS,PELAKSANA,Staf,Biro Umum,II/a,2019-03-01,AKTIF\n");
    Receipt v2 = ingest().diterima().get(0);

    assertThat(v2.susulan()).isNull();
    assertThat(version(2).resolve("bangkom.parquet")).doesNotExist();
    assertThat(v2.toJson()).doesNotContain("bangkom_dari_versi_sebelumnya");
  }

  @Test
  void aBangkomSheetOfAWorkbookIsReadAgainFromTheArchivedWorkbook() throws Exception {
    Fixture.xlsx(
        fx.folder(KODE, "x").getParent().resolve(PERIODE + ".xlsx"),
        wb -> {
          var s =
              Fixture.sheet(
                  wb,
                  "bangkom",
                  "nip",
                  "nama_kegiatan",
                  "jenis_diklat",
                  "tanggal_mulai",
                  "tanggal_selesai",
                  "jp");
          Fixture.row(s, 1, NIP_A, "Latsar", "3", "2026-02-01", "2026-02-03", "24");
          Fixture.row(s, 2, NIP_B, "Orientasi", "3", "2026-02-01", "2026-02-03", "10");
        });
    Files.delete(fx.folder(KODE, "x"));
    ingest();
    fx.roster(KODE, PERIODE);
    Receipt v2 = ingest().diterima().get(0);

    assertThat(v2.susulan().berkas()).isEqualTo(PERIODE + ".xlsx#bangkom");
    assertThat(v2.susulan().nomorBarisDiterima()).containsExactly(2L, 3L);
    assertThat(lineage(version(2).resolve("bangkom.parquet")))
        .containsExactly(
            "73/2026-CW1/v1 2026-CW1.xlsx#bangkom 2 " + NIP_A + " 24.00",
            "73/2026-CW1/v1 2026-CW1.xlsx#bangkom 3 " + NIP_B + " 10.00");
  }
}
