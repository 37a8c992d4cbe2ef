package id.go.lan.bangkom.ingestion;

import static id.go.lan.bangkom.ingestion.Fixture.BANGKOM_HEADER;
import static id.go.lan.bangkom.ingestion.Fixture.KODE;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_A;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_B;
import static id.go.lan.bangkom.ingestion.Fixture.PEGAWAI_HEADER;
import static id.go.lan.bangkom.ingestion.Fixture.PERIODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.go.lan.bangkom.core.Periode;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions, supersession, idempotence, refusals and the Parquet contract of the lake. */
class LakeTest {
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

  private static List<List<String>> query(String sql) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static Map<String, String> describe(Path parquet) throws Exception {
    Map<String, String> types = new LinkedHashMap<>();
    for (List<String> row :
        query("DESCRIBE SELECT * FROM read_parquet('" + parquet.toAbsolutePath() + "')")) {
      types.put(row.get(0), row.get(1));
    }
    return types;
  }

  @Test
  void parquetFilesHaveTheDocumentedColumnsAndTypes() throws Exception {
    fx.roster(KODE, PERIODE);
    fx.write(
        KODE,
        PERIODE,
        "bangkom.csv",
        bangkom(NIP_A + ",Latsar,3,,2026-02-01,2026-02-03,24,BPSDM,"));
    fx.write(KODE, PERIODE, "training_rate.csv", "instrumen,indikator,nilai\nMONEV,MO1,75\n");
    IngestResult result = ingest();
    assertThat(result.diterima()).hasSize(1);
    Path v1 = fx.workspace.submisi().resolve(KODE).resolve(PERIODE).resolve("v1");
    Map<String, String> lineage = new LinkedHashMap<>();
    lineage.put("submisi_id", "VARCHAR");
    lineage.put("kode_instansi", "VARCHAR");
    lineage.put("periode", "VARCHAR");
    lineage.put("berkas", "VARCHAR");
    lineage.put("nomor_baris", "BIGINT");

    Map<String, String> pegawai = new LinkedHashMap<>(lineage);
    pegawai.put("nip", "VARCHAR");
    pegawai.put("nama", "VARCHAR");
    pegawai.put("jenis_pegawai", "VARCHAR");
    pegawai.put("jenis_jabatan", "VARCHAR");
    pegawai.put("jabatan", "VARCHAR");
    pegawai.put("unit_kerja", "VARCHAR");
    pegawai.put("golongan", "VARCHAR");
    pegawai.put("tmt_asn", "DATE");
    pegawai.put("status", "VARCHAR");
    assertThat(describe(v1.resolve("pegawai.parquet"))).containsExactlyEntriesOf(pegawai);

    Map<String, String> bangkom = new LinkedHashMap<>(lineage);
    bangkom.put("nip", "VARCHAR");
    bangkom.put("nama_kegiatan", "VARCHAR");
    bangkom.put("jenis_diklat", "INTEGER");
    bangkom.put("jalur", "VARCHAR");
    bangkom.put("tanggal_mulai", "DATE");
    bangkom.put("tanggal_selesai", "DATE");
    bangkom.put("jp", "DECIMAL(10,2)");
    bangkom.put("penyelenggara", "VARCHAR");
    bangkom.put("nomor_sertifikat", "VARCHAR");
    assertThat(describe(v1.resolve("bangkom.parquet"))).containsExactlyEntriesOf(bangkom);

    Map<String, String> trainingRate = new LinkedHashMap<>(lineage);
    trainingRate.put("instrumen", "VARCHAR");
    trainingRate.put("indikator", "VARCHAR");
    trainingRate.put("nilai", "DECIMAL(5,2)");
    trainingRate.put("bukti", "VARCHAR");
    assertThat(describe(v1.resolve("training_rate.parquet")))
        .containsExactlyEntriesOf(trainingRate);

    Map<String, String> penolakan = new LinkedHashMap<>(lineage);
    penolakan.put("dataset", "VARCHAR");
    penolakan.put("kode_alasan", "VARCHAR");
    penolakan.put("kolom", "VARCHAR");
    penolakan.put("nilai", "VARCHAR");
    penolakan.put("pesan", "VARCHAR");
    assertThat(describe(v1.resolve("penolakan.parquet"))).containsExactlyEntriesOf(penolakan);

    assertThat(
            query(
                "SELECT submisi_id, kode_instansi, periode, berkas, nomor_baris, nip FROM"
                    + " read_parquet('"
                    + v1.resolve("bangkom.parquet")
                    + "')"))
        .containsExactly(List.of("73/2026-CW1/v1", KODE, PERIODE, "bangkom.csv", "2", NIP_A));
  }

  @Test
  void rejectionsAreStoredOneRowPerReasonAndCountsAddUp() throws Exception {
    fx.roster(KODE, PERIODE);
    fx.write(
        KODE,
        PERIODE,
        "bangkom.csv",
        bangkom(
            NIP_A + ",Latsar,3,,2026-02-01,2026-02-03,24,BPSDM,",
            "123,Latsar,Piknik,,2026-02-01,2026-02-03,24,BPSDM,",
            NIP_B + ",Latsar,3,,2026-02-01,2026-02-03,24,BPSDM,"));
    Receipt r = ingest().diterima().get(0);
    DatasetInfo d = r.datasets().get("bangkom");
    assertThat(List.of(d.barisDibaca(), d.barisDiterima(), d.barisDitolak()))
        .containsExactly(3L, 2L, 1L);
    Path v1 = fx.workspace.submisi().resolve(KODE).resolve(PERIODE).resolve("v1");
    assertThat(
            query(
                "SELECT dataset, berkas, nomor_baris, kode_alasan, kolom, nilai FROM read_parquet('"
                    + v1.resolve("penolakan.parquet")
                    + "') ORDER BY kode_alasan"))
        .containsExactly(
            List.of("bangkom", "bangkom.csv", "3", "NILAI_TIDAK_DIKENAL", "jenis_diklat", "Piknik"),
            List.of("bangkom", "bangkom.csv", "3", "NIP_FORMAT", "nip", "123"));
    assertThat(query("SELECT count(*) FROM read_parquet('" + v1.resolve("bangkom.parquet") + "')"))
        .containsExactly(List.of("2"));
    // submisi.json and the receipts.
    String json = Files.readString(v1.resolve("submisi.json"), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"submisi_id\" : \"73/2026-CW1/v1\"")
        .contains("\"baris_dibaca\" : 3")
        .contains(
            "\"sha256\" : \""
                + java.util.HexFormat.of()
                    .formatHex(
                        java.security.MessageDigest.getInstance("SHA-256")
                            .digest(
                                Files.readAllBytes(
                                    fx.folder(KODE, PERIODE).resolve("bangkom.csv")))));
    Path receipts = fx.workspace.receipts().resolve(KODE).resolve(PERIODE).resolve("v1");
    assertThat(Files.readString(receipts.resolve("tanda-terima.txt"), StandardCharsets.UTF_8))
        .startsWith("TANDA TERIMA SUBMISI 73/2026-CW1/v1")
        .contains("Provinsi Sulawesi Selatan")
        .contains("bangkom.csv baris 3 [NIP_FORMAT]")
        .contains("Cara memperbaiki:");
    assertThat(Files.readString(receipts.resolve("tanda-terima.json"), StandardCharsets.UTF_8))
        .contains("\"kode_alasan\" : \"NIP_FORMAT\"");
    assertThat(v1.resolve("arsip").resolve("bangkom.csv"))
        .hasSameBinaryContentAs(fx.folder(KODE, PERIODE).resolve("bangkom.csv"));
  }

  @Test
  void wholeFileRefusalsDoNotStopTheOtherFiles() throws Exception {
    fx.roster(KODE, PERIODE);
    fx.write(KODE, PERIODE, "foto.png", "not a dataset");
    byte[] junk = new byte[2048];
    new Random(7).nextBytes(junk);
    fx.writeBytes(KODE, PERIODE, "bangkom.xlsx", junk);
    fx.writeBytes(KODE, PERIODE, "training_rate.json", new byte[0]);
    fx.write(KODE, "2026-CW2", "pegawai.csv", "nip,nama,jenis_pegawai,unit_kerja,tmt_asn,status\n");
    fx.write(
        KODE,
        "2026-CW2",
        "bangkom.csv",
        bangkom(NIP_A + ",Latsar,3,,2026-05-01,2026-05-03,24,BPSDM,"));
    IngestResult result = ingest();
    assertThat(result.diterima()).hasSize(2);
    Receipt cw1 = result.diterima().get(0);
    assertThat(cw1.datasets()).containsOnlyKeys("pegawai");
    assertThat(cw1.datasets().get("pegawai").barisDiterima()).isEqualTo(3);
    assertThat(cw1.berkasDitolak())
        .extracting(BerkasDitolak::berkas, BerkasDitolak::kodeAlasan)
        .containsExactlyInAnyOrder(
            tuple("foto.png", RejectReason.BERKAS_TIDAK_DIKENAL),
            tuple("bangkom.xlsx", RejectReason.BERKAS_RUSAK),
            tuple("training_rate.json", RejectReason.BERKAS_KOSONG));
    Receipt cw2 = result.diterima().get(1);
    assertThat(cw2.berkasDitolak())
        .extracting(BerkasDitolak::berkas, BerkasDitolak::kodeAlasan, BerkasDitolak::kolom)
        .containsExactly(tuple("pegawai.csv", RejectReason.KOLOM_WAJIB_TIDAK_ADA, "jenis_jabatan"));
    assertThat(cw2.berkasDitolak().get(0).pesan())
        .contains("jenis_jabatan")
        .contains("Jenis Jabatan");
    // No roster for CW2 at all: its bangkom row cannot be matched.
    assertThat(cw2.penolakan())
        .extracting(Penolakan::kodeAlasan)
        .containsExactly(RejectReason.NIP_TIDAK_TERDAFTAR);
    Path v1 = fx.workspace.submisi().resolve(KODE).resolve(PERIODE).resolve("v1");
    assertThat(
            query(
                "SELECT dataset, berkas, nomor_baris, kode_alasan FROM read_parquet('"
                    + v1.resolve("penolakan.parquet")
                    + "') ORDER BY berkas"))
        .containsExactly(
            List.of("berkas", "bangkom.xlsx", "0", "BERKAS_RUSAK"),
            List.of("berkas", "foto.png", "0", "BERKAS_TIDAK_DIKENAL"),
            List.of("berkas", "training_rate.json", "0", "BERKAS_KOSONG"));
    assertThat(v1.resolve("arsip").resolve("foto.png")).exists();
    // Re-ingesting the same files (refused ones included) changes nothing.
    IngestResult again = ingest();
    assertThat(again.diterima()).isEmpty();
    assertThat(again.tidakBerubah()).isEqualTo(2);
  }

  @Test
  void aNewVersionWithOnlyBangkomKeepsTheOlderRosterInForce() throws Exception {
    fx.roster(KODE, PERIODE);
    fx.write(
        KODE,
        PERIODE,
        "bangkom.csv",
        bangkom(NIP_A + ",Latsar,3,,2026-02-01,2026-02-03,24,BPSDM,"));
    assertThat(ingest().diterima()).hasSize(1);

    Files.delete(fx.folder(KODE, PERIODE).resolve("pegawai.csv"));
    fx.write(
        KODE,
        PERIODE,
        "bangkom.csv",
        bangkom(
            NIP_A + ",Latsar,3,,2026-02-01,2026-02-03,24,BPSDM,",
            NIP_B + ",Seminar,9,,2026-03-01,2026-03-01,4,LAN,",
            "198001012005011004,Seminar,9,,2026-03-01,2026-03-01,4,LAN,"));
    IngestResult second = ingest();
    assertThat(second.diterima()).hasSize(1);
    Receipt v2 = second.diterima().get(0);
    assertThat(v2.versi()).isEqualTo(2);
    assertThat(v2.datasets()).containsOnlyKeys("bangkom");
    // The roster of v1 (in force) is the one bangkom NIPs are matched against.
    assertThat(v2.penolakan())
        .extracting(Penolakan::nomorBaris, Penolakan::kodeAlasan)
        .containsExactly(tuple(4L, RejectReason.NIP_TIDAK_TERDAFTAR));

    Lake lake = Lake.open(fx.workspace);
    Path base = fx.workspace.submisi().resolve(KODE).resolve(PERIODE);
    assertThat(lake.versions()).extracting(SubmisiVersion::versi).containsExactly(1, 2);
    assertThat(lake.inForce("pegawai"))
        .containsExactly(base.resolve("v1").resolve("pegawai.parquet"));
    assertThat(lake.inForce("bangkom", Periode.parse(PERIODE)))
        .containsExactly(base.resolve("v2").resolve("bangkom.parquet"));
    assertThat(lake.inForce("bangkom", Periode.parse("2026-CW2"))).isEmpty();
    assertThat(lake.penolakanFiles()).hasSize(2);
    // pegawai v1: 3 read 0 rejected; bangkom v2: 3 read 1 rejected.
    assertThat(lake.barisInForce(Periode.parse(PERIODE))).containsOnlyKeys(KODE);
    assertThat(lake.barisInForce(Periode.parse(PERIODE)).get(KODE)).containsExactly(6L, 1L);
  }

  @Test
  void byteIdenticalReingestIsANoOp() {
    fx.roster(KODE, PERIODE);
    assertThat(ingest().diterima()).hasSize(1);
    IngestResult again = ingest();
    assertThat(again.diterima()).isEmpty();
    assertThat(again.tidakBerubah()).isEqualTo(1);
    assertThat(Lake.open(fx.workspace).versions()).hasSize(1);
  }

  @Test
  void unchangedFilesBesideAChangedOneAreNotTakenAgain() {
    fx.roster(KODE, PERIODE);
    fx.write(
        KODE,
        PERIODE,
        "bangkom.csv",
        bangkom(NIP_A + ",Latsar,3,,2026-02-01,2026-02-03,24,BPSDM,"));
    ingest();
    fx.write(
        KODE,
        PERIODE,
        "bangkom.csv",
        bangkom(NIP_A + ",Latsar,3,,2026-02-01,2026-02-03,20,BPSDM,"));
    Receipt v2 = ingest().diterima().get(0);
    assertThat(v2.datasets()).containsOnlyKeys("bangkom");
    assertThat(v2.berkasTidakBerubah()).containsExactly("pegawai.csv");
  }

  @Test
  void workbookSubmissionNamesSheetsInBerkas() {
    Path wb = fx.inbox().resolve(KODE).resolve("2026-CW2.xlsx");
    Fixture.xlsx(
        wb,
        book -> {
          Sheet p = book.createSheet("Pegawai");
          String[] ph = PEGAWAI_HEADER.split(",");
          Row h = p.createRow(0);
          for (int i = 0; i < ph.length; i++) {
            h.createCell(i).setCellValue(ph[i]);
          }
          String[] pr =
              (NIP_A + ",Andi,PNS,FUNGSIONAL,Analis,Biro,III/c,2015-05-01,AKTIF").split(",");
          Row r = p.createRow(1);
          for (int i = 0; i < pr.length; i++) {
            r.createCell(i).setCellValue(pr[i]);
          }
          Sheet b = book.createSheet("bangkom");
          String[] bh = BANGKOM_HEADER.split(",");
          Row bhr = b.createRow(0);
          for (int i = 0; i < bh.length; i++) {
            bhr.createCell(i).setCellValue(bh[i]);
          }
          String[] br = (NIP_B + ",Latsar,3,,2026-06-01,2026-06-03,24,BPSDM,").split(",", -1);
          Row brr = b.createRow(1);
          for (int i = 0; i < br.length; i++) {
            brr.createCell(i).setCellValue(br[i]);
          }
          book.createSheet("Petunjuk");
        });
    IngestResult result = ingest();
    Receipt r = result.diterima().get(0);
    assertThat(r.periode()).isEqualTo("2026-CW2");
    assertThat(r.datasets().get("pegawai").berkas()).isEqualTo("2026-CW2.xlsx#Pegawai");
    assertThat(r.penolakan())
        .extracting(Penolakan::berkas, Penolakan::nomorBaris, Penolakan::kodeAlasan)
        .containsExactly(tuple("2026-CW2.xlsx#bangkom", 2L, RejectReason.NIP_TIDAK_TERDAFTAR));
    assertThat(ingest().tidakBerubah()).isEqualTo(1);
  }

  @Test
  void unknownKodeAndMalformedPeriodFoldersAreRefusedOthersGoOn() throws Exception {
    fx.roster("99.99", PERIODE);
    fx.roster(KODE, "2026-CW4");
    fx.roster(Fixture.KODE_2, PERIODE);
    List<String> started = new ArrayList<>();
    IngestResult result =
        fx.ingestion()
            .ingest(
                fx.inbox(),
                (kode, periode, index, total) ->
                    started.add(kode + " " + periode + " " + index + "/" + total));
    assertThat(result.folderDitolak()).hasSize(2);
    assertThat(result.folderDitolak().get(0))
        .contains("73/2026-CW4")
        .contains("periode tidak dikenal");
    assertThat(result.folderDitolak().get(1)).contains("99.99").contains("kode instansi");
    assertThat(result.diterima()).extracting(Receipt::kode).containsExactly("P001");
    assertThat(started).containsExactly("P001 2026-CW1 1/1");
  }

  @Test
  void submissionsAreIngestedInKodeThenPeriodOrder() {
    fx.roster(KODE, "2026-CW2");
    fx.roster(KODE, "2026-CW1");
    fx.roster(Fixture.KODE_2, "2025-CW3");
    IngestResult result = ingest();
    assertThat(result.diterima())
        .extracting(Receipt::submisiId)
        .containsExactly("73/2026-CW1/v1", "73/2026-CW2/v1", "P001/2025-CW3/v1");
  }

  @Test
  void leftoverTemporaryFoldersOfACrashAreRemoved() throws Exception {
    Path leftover = fx.workspace.submisi().resolve(KODE).resolve(PERIODE).resolve(".tmp-crashed");
    Files.createDirectories(leftover.resolve("arsip"));
    Files.writeString(leftover.resolve("submisi.json"), "{}", StandardCharsets.UTF_8);
    fx.roster(KODE, PERIODE);
    IngestResult result = ingest();
    assertThat(leftover).doesNotExist();
    assertThat(result.diterima().get(0).versi()).isEqualTo(1);
    try (var s = Files.list(fx.workspace.submisi().resolve(KODE).resolve(PERIODE))) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("v1");
    }
  }

  @Test
  void aSecondIngestWhileTheLakeIsLockedIsRefusedClearly() throws Exception {
    Files.createDirectories(fx.workspace.lake());
    Path lockFile = fx.workspace.lake().resolve(".ingest.lock");
    try (FileChannel ch =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      assertThat(lock.isValid()).isTrue();
      assertThatThrownBy(this::ingest)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Proses ingest lain sedang berjalan");
    }
  }

  @Test
  void checkWritesNothingAndGivesTheSameReceipt() {
    fx.roster(KODE, PERIODE);
    fx.write(
        KODE, PERIODE, "bangkom.csv", bangkom("123,Latsar,3,,2026-02-01,2026-02-03,24,BPSDM,"));
    List<Receipt> checked = fx.ingestion().check(fx.inbox());
    assertThat(fx.workspace.lake()).doesNotExist();
    assertThat(checked).hasSize(1);
    Receipt c = checked.get(0);
    assertThat(c.pemeriksaan()).isTrue();
    assertThat(c.toText()).startsWith("HASIL PEMERIKSAAN SUBMISI");
    Receipt ingested = ingest().diterima().get(0);
    assertThat(ingested.datasets()).isEqualTo(c.datasets());
    assertThat(ingested.penolakan()).isEqualTo(c.penolakan());
    assertThat(fx.ingestion().check(fx.inbox().resolve(KODE))).hasSize(1);
    assertThatThrownBy(() -> fx.ingestion().check(fx.root.resolve("instansi.csv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Tidak dapat menentukan instansi dan periode");
  }

  @Test
  void zipBombWorkbookIsRefusedWholeAndTheOtherFilesGoOn() throws Exception {
    fx.roster(KODE, PERIODE);
    Path bomb = fx.folder(KODE, PERIODE).resolve("bangkom.xlsx");
    writeZipBomb(bomb);
    long start = System.nanoTime();
    IngestResult result = ingest();
    assertThat(System.nanoTime() - start)
        .isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(20));
    Receipt r = result.diterima().get(0);
    assertThat(r.datasets()).containsOnlyKeys("pegawai");
    assertThat(r.berkasDitolak())
        .extracting(BerkasDitolak::berkas, BerkasDitolak::kodeAlasan)
        .containsExactly(tuple("bangkom.xlsx", RejectReason.BERKAS_RUSAK));
    assertThat(r.berkasDitolak().get(0).pesan()).contains("bangkom.xlsx");
    assertThat(r.toText()).contains("BERKAS_RUSAK").contains("Cara memperbaiki");
  }

  /**
   * A real workbook whose sheet XML carries 60 MB of blanks between rows: it deflates about a
   * thousand to one, which POI's zip-bomb guard (ZipSecureFile, minimum ratio 0.01) refuses.
   */
  private static void writeZipBomb(Path target) throws Exception {
    Path plain = target.resolveSibling("plain.tmp");
    Fixture.xlsx(
        plain,
        wb -> {
          Sheet sheet = wb.createSheet("bangkom");
          Row header = sheet.createRow(0);
          String[] names = BANGKOM_HEADER.split(",");
          for (int c = 0; c < names.length; c++) {
            header.createCell(c).setCellValue(names[c]);
          }
          Row row = sheet.createRow(1);
          row.createCell(0).setCellValue(NIP_A);
        });
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(Files.newInputStream(plain));
        java.util.zip.ZipOutputStream out =
            new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
      java.util.zip.ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        byte[] content = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
          out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
          byte[] blanks = new byte[1 << 20];
          java.util.Arrays.fill(blanks, (byte) ' ');
          for (int i = 0; i < 60; i++) {
            out.write(blanks);
          }
          out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        } else {
          out.write(content);
        }
        out.closeEntry();
      }
    }
    Files.delete(plain);
  }

  @Test
  void checkOfOneFileTakesKodeAndPeriodFromItsFoldersAndTheRosterBesideIt() {
    fx.roster(KODE, PERIODE);
    Path file =
        fx.write(
            KODE,
            PERIODE,
            "bangkom.csv",
            bangkom(
                NIP_A + ",Latsar,3,,2026-02-01,2026-02-03,24,BPSDM,",
                NIP_B + ",Bimtek,8,,2026-02-01,2026-02-03,dua,BPSDM,",
                "198001012015011999,Webinar,16,,2026-02-01,2026-02-03,2,BPSDM,"));
    Receipt r = fx.checkOne(fx.inbox().relativize(file).isAbsolute() ? file : file);
    assertThat(r.kode()).isEqualTo(KODE);
    assertThat(r.periode()).isEqualTo(PERIODE);
    assertThat(r.pemeriksaan()).isTrue();
    assertThat(r.datasets()).containsOnlyKeys("bangkom");
    DatasetInfo d = r.datasets().get("bangkom");
    assertThat(List.of(d.barisDibaca(), d.barisDiterima(), d.barisDitolak()))
        .containsExactly(3L, 1L, 2L);
    assertThat(r.penolakan())
        .extracting(
            Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai)
        .containsExactly(
            tuple(3L, RejectReason.JP_FORMAT, "jp", "dua"),
            tuple(4L, RejectReason.NIP_TIDAK_TERDAFTAR, "nip", "198001012015011999"));
    String text = r.toText();
    assertThat(text)
        .contains("bangkom.csv baris 3")
        .contains("[JP_FORMAT]")
        .contains("kolom jp, nilai \"dua\"")
        .contains("Cara memperbaiki")
        .contains(r.penolakan().get(0).saran());
    assertThat(r.toJson()).contains("\"nomor_baris\" : 3").contains("\"saran\"");
    assertThat(fx.workspace.lake()).doesNotExist();
  }

  @Test
  void checkOfOneWorkbookTakesKodeAndPeriodFromItsNameAndFolder() {
    Path wb =
        Fixture.xlsx(
            fx.inbox().resolve(KODE).resolve(PERIODE + ".xlsx"),
            w -> {
              Sheet s = w.createSheet("pegawai");
              Row h = s.createRow(0);
              String[] names = PEGAWAI_HEADER.split(",");
              for (int c = 0; c < names.length; c++) {
                h.createCell(c).setCellValue(names[c]);
              }
              Row r = s.createRow(1);
              String[] v = {
                NIP_A, "Andi", "PNS", "FUNGSIONAL", "Analis", "Biro", "III/c", "2015-05-01", "AKTIF"
              };
              for (int c = 0; c < v.length; c++) {
                r.createCell(c).setCellValue(v[c]);
              }
            });
    Receipt r = fx.checkOne(wb);
    assertThat(r.kode()).isEqualTo(KODE);
    assertThat(r.periode()).isEqualTo(PERIODE);
    assertThat(r.datasets().get("pegawai").barisDiterima()).isEqualTo(1);
  }
}
