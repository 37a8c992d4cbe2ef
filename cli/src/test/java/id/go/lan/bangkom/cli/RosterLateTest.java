package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 1 through {@code ingest}, each run a separate JVM (no Spark): a bangkom file sent
 * before its roster is refused row by row ({@code NIP_TIDAK_TERDAFTAR}); when the roster arrives
 * with the same bangkom file, the rows waiting only for the roster are taken in without the PIC
 * resending anything, with lineage to the first version's file and rows; a later roster takes in
 * the rest. Figures worked by hand from the five rows below.
 *
 * <pre>
 * bangkom.csv row 2  NIP_A  24 JP  only fault: NIP not on roster  -> waits, taken in at v2
 *             row 3  NIP_B   4 JP  only fault: NIP not on roster  -> waits, taken in at v2
 *             row 4  NIP_C   2 JP  only fault: NIP not on roster  -> waits, taken in at v3
 *             row 5  NIP_A         also TANGGAL_URUTAN            -> never
 *             row 6  NIP_B   0 JP  also JP_TIDAK_WAJAR            -> never
 * run 1: bangkom.csv only                 -> v1: 5 read, 0 accepted, 5 rejected
 * run 2: + pegawai.csv (A, B), same bangkom -> v2: pegawai 2/2/0; 3 rows checked again, 2 in
 * run 3: the same inbox                   -> nothing new, no v3
 * run 4: pegawai.csv (A, B, C)            -> v3: pegawai 3/3/0; 1 row checked again, 1 in
 * </pre>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RosterLateTest {
  static final String NIP_A = "198609262015051001";
  static final String NIP_B = "199001152019032002";
  static final String NIP_C = "197512312000121003";
  static final String KODE = "P001";
  static final String PERIODE = "2026-CW1";
  static final String PEGAWAI_HEADER =
      "nip,nama,jenis_pegawai,jenis_jabatan,jabatan,unit_kerja,golongan,tmt_asn,status\n";
  static final String BANGKOM =
      "nip,nama_kegiatan,jenis_diklat,tanggal_mulai,tanggal_selesai,jp\n"
          + NIP_A
          + ",Pelatihan Kepemimpinan,1,2026-01-10,2026-01-12,24\n"
          + NIP_B
          + ",Seminar Digital,16,2026-02-01,2026-02-01,4\n"
          + NIP_C
          + ",Webinar Arsip,16,2026-03-01,2026-03-01,2\n"
          + NIP_A
          + ",Kursus Data,3,2026-04-10,2026-04-05,8\n"
          + NIP_B
          + ",Bimtek Arsip,8,2026-03-10,2026-03-11,0\n";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path workspace;
  static Path period;
  static final List<CliProcess.Result> runs = new ArrayList<>();

  @BeforeAll
  static void bangkomFirstThenTheRosterThenTheSameInboxThenABiggerRoster() throws Exception {
    Path master = dir.resolve("instansi.csv");
    Files.writeString(
        master,
        "kode_instansi,nama_instansi,jenis_instansi,kode_provinsi,nama_provinsi,nama_pic,email_pic\n"
            + "P001,Kementerian Contoh,KEMENTERIAN,,,PIC,b@instansi.example\n",
        StandardCharsets.UTF_8);
    workspace = Files.createDirectories(dir.resolve("ws"));
    Files.writeString(
        workspace.resolve("bangkom.properties"),
        "master.instansi=" + master.toString().replace("\\", "/") + "\n",
        StandardCharsets.UTF_8);
    period = Files.createDirectories(workspace.resolve("inbox").resolve(KODE).resolve(PERIODE));
    Files.writeString(period.resolve("bangkom.csv"), BANGKOM, StandardCharsets.UTF_8);
    runs.add(ingest());
    Files.writeString(
        period.resolve("pegawai.csv"),
        PEGAWAI_HEADER + pegawai(NIP_A, "Andi") + pegawai(NIP_B, "Budi"),
        StandardCharsets.UTF_8);
    runs.add(ingest());
    runs.add(ingest());
    Files.writeString(
        period.resolve("pegawai.csv"),
        PEGAWAI_HEADER + pegawai(NIP_A, "Andi") + pegawai(NIP_B, "Budi") + pegawai(NIP_C, "Citra"),
        StandardCharsets.UTF_8);
    runs.add(ingest());
  }

  private static CliProcess.Result ingest() throws Exception {
    return CliProcess.run(dir, "ingest", "--workspace", workspace.toString());
  }

  private static String pegawai(String nip, String nama) {
    return nip + "," + nama + ",PNS,FUNGSIONAL,Analis,Biro Umum,III/c,2015-05-01,AKTIF\n";
  }

  @Test
  @Order(1)
  void everyRunSucceedsAndTheRepeatedInboxWritesNoVersion() {
    assertThat(runs).extracting(CliProcess.Result::exitCode).containsOnly(0);
    assertThat(workspace.resolve("lake/submisi").resolve(KODE).resolve(PERIODE))
        .isDirectoryContaining(p -> p.getFileName().toString().equals("v3"))
        .isDirectoryNotContaining(p -> p.getFileName().toString().equals("v4"));
  }

  @Test
  @Order(2)
  void withoutARosterEveryBangkomRowIsRefused() throws Exception {
    JsonNode v1 = receipt(1);
    assertThat(v1.path("baris_dibaca").asLong()).isEqualTo(5);
    assertThat(v1.path("baris_diterima").asLong()).isZero();
    assertThat(v1.path("baris_ditolak").asLong()).isEqualTo(5);
    assertThat(v1.has("bangkom_dari_versi_sebelumnya")).isFalse();
  }

  @Test
  @Order(3)
  void theRosterTakesInTheRowsThatWaitedOnlyForIt() throws Exception {
    JsonNode v2 = receipt(2);
    // The counts of this version are those of its new file, the roster: 2 read = 2 + 0.
    assertThat(v2.path("baris_dibaca").asLong()).isEqualTo(2);
    assertThat(v2.path("baris_diterima").asLong()).isEqualTo(2);
    assertThat(v2.path("baris_ditolak").asLong()).isZero();
    assertThat(names(v2.path("datasets"))).containsExactly("pegawai");
    assertThat(v2.path("berkas_tidak_berubah").toString()).contains("bangkom.csv");
    JsonNode s = v2.path("bangkom_dari_versi_sebelumnya");
    assertThat(s.path("dari_submisi").asText()).isEqualTo("P001/2026-CW1/v1");
    assertThat(s.path("berkas").asText()).isEqualTo("bangkom.csv");
    // Rows 2, 3, 4 had NIP_TIDAK_TERDAFTAR alone; of them A and B are on the roster now.
    assertThat(s.path("baris_diperiksa").asLong()).isEqualTo(3);
    assertThat(s.path("baris_diterima").asLong()).isEqualTo(2);
    assertThat(s.path("baris_tetap_ditolak").asLong()).isEqualTo(1);
    assertThat(s.path("nomor_baris_diterima").toString()).isEqualTo("[2,3]");
    String text = receiptText(2);
    assertThat(text)
        .contains("BARIS BANGKOM DARI VERSI SEBELUMNYA YANG KINI DITERIMA")
        .contains("3 baris diperiksa ulang")
        .contains("2 diterima, 1 tetap ditolak")
        .contains("Baris yang kini diterima: 2, 3");
  }

  @Test
  @Order(4)
  void theLakeRegistryKeepsTheFileAndItsCountsUnderTheNewVersion() throws Exception {
    JsonNode bangkom =
        JSON.readTree(version(2).resolve("submisi.json").toFile()).path("datasets").path("bangkom");
    assertThat(bangkom.path("berkas").asText()).isEqualTo("bangkom.csv");
    assertThat(bangkom.path("dibawa_dari").asText()).isEqualTo("P001/2026-CW1/v1");
    // The file's 5 rows as judged now: 2 accepted, 3 still rejected.
    assertThat(bangkom.path("baris_dibaca").asLong()).isEqualTo(5);
    assertThat(bangkom.path("baris_diterima").asLong()).isEqualTo(2);
    assertThat(bangkom.path("baris_ditolak").asLong()).isEqualTo(3);
    assertThat(bangkom.path("sha256").asText())
        .isEqualTo(
            JSON.readTree(version(1).resolve("submisi.json").toFile())
                .path("datasets")
                .path("bangkom")
                .path("sha256")
                .asText());
  }

  @Test
  @Order(5)
  void theTakenInRowsKeepTheirLineageToTheFirstVersionFileAndRow() throws Exception {
    assertThat(bangkomRows(version(2)))
        .containsExactly(
            tuple("P001/2026-CW1/v1", "bangkom.csv", 2L, NIP_A, new BigDecimal("24.00")),
            tuple("P001/2026-CW1/v1", "bangkom.csv", 3L, NIP_B, new BigDecimal("4.00")));
  }

  @Test
  @Order(6)
  void aLaterRosterTakesInTheRestAndKeepsWhatWasTakenBefore() throws Exception {
    JsonNode v3 = receipt(3);
    assertThat(v3.path("baris_dibaca").asLong()).isEqualTo(3);
    assertThat(v3.path("baris_diterima").asLong()).isEqualTo(3);
    JsonNode s = v3.path("bangkom_dari_versi_sebelumnya");
    assertThat(s.path("dari_submisi").asText()).isEqualTo("P001/2026-CW1/v1");
    assertThat(s.path("baris_diperiksa").asLong()).isEqualTo(1);
    assertThat(s.path("baris_diterima").asLong()).isEqualTo(1);
    assertThat(s.path("baris_tetap_ditolak").asLong()).isZero();
    assertThat(s.path("nomor_baris_diterima").toString()).isEqualTo("[4]");
    assertThat(bangkomRows(version(3)))
        .containsExactly(
            tuple("P001/2026-CW1/v1", "bangkom.csv", 2L, NIP_A, new BigDecimal("24.00")),
            tuple("P001/2026-CW1/v1", "bangkom.csv", 3L, NIP_B, new BigDecimal("4.00")),
            tuple("P001/2026-CW1/v1", "bangkom.csv", 4L, NIP_C, new BigDecimal("2.00")));
    JsonNode bangkom =
        JSON.readTree(version(3).resolve("submisi.json").toFile()).path("datasets").path("bangkom");
    assertThat(bangkom.path("baris_diterima").asLong()).isEqualTo(3);
    assertThat(bangkom.path("baris_ditolak").asLong()).isEqualTo(2);
  }

  @Test
  @Order(7)
  void theFirstVersionIsLeftAsItWas() throws Exception {
    assertThat(version(1).resolve("bangkom.parquet")).exists();
    assertThat(count(version(1).resolve("bangkom.parquet"))).isZero();
    assertThat(count(version(1).resolve("penolakan.parquet"))).isEqualTo(7);
  }

  private static Path version(int n) {
    return workspace.resolve("lake/submisi").resolve(KODE).resolve(PERIODE).resolve("v" + n);
  }

  private static JsonNode receipt(int n) throws Exception {
    return JSON.readTree(
        workspace
            .resolve("receipts")
            .resolve(KODE)
            .resolve(PERIODE)
            .resolve("v" + n)
            .resolve("tanda-terima.json")
            .toFile());
  }

  private static String receiptText(int n) throws Exception {
    return Files.readString(
        workspace
            .resolve("receipts")
            .resolve(KODE)
            .resolve(PERIODE)
            .resolve("v" + n)
            .resolve("tanda-terima.txt"),
        StandardCharsets.UTF_8);
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<Tuple> bangkomRows(Path version) throws Exception {
    List<Tuple> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT submisi_id, berkas, nomor_baris, nip, jp FROM read_parquet('"
                    + version.resolve("bangkom.parquet")
                    + "') ORDER BY nomor_baris")) {
      while (rs.next()) {
        out.add(
            tuple(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getBigDecimal(5)));
      }
    }
    return out;
  }

  private static long count(Path parquet) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
