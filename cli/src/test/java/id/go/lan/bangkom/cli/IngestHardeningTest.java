package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, points 3, 5 and 8b through the public commands: one inbox with symbolic links, mixed
 * encodings, control characters, duplicate JSON keys, NaN and a 50 MB one-line CSV, taken in by one
 * {@code ingest} run under a 256 MB heap (no Spark: ingest does not start it); then {@code check}
 * of the 50 MB file alone under the same heap. Receipts, operator lines and the lake are asserted.
 */
class IngestHardeningTest {
  static final String NIP_A = "198609262015051001";
  static final String NIP_B = "199001152019032002";
  static final String NIP_C = "197512312000121003";
  static final String PEGAWAI_HEADER =
      "nip,nama,jenis_pegawai,jenis_jabatan,jabatan,unit_kerja,golongan,tmt_asn,status";
  static final String BANGKOM_HEADER =
      "nip,nama_kegiatan,jenis_diklat,tanggal_mulai,tanggal_selesai,jp";
  static final String JSON_PEGAWAI_REST =
      "\"jenis_pegawai\": \"PNS\", \"jenis_jabatan\": \"FUNGSIONAL\", \"unit_kerja\": \"Biro"
          + " Umum\", \"tmt_asn\": \"2015-05-01\", \"status\": \"AKTIF\"";

  /** 50 MB in one line: the size the issue measured at 2.9 GB of heap before the refusal. */
  static final int BIG_LINE_BYTES = 50 * 1024 * 1024;

  static final List<String> SMALL_HEAP = List.of("-Xmx256m");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path workspace;
  static Path bigFile;
  static CliProcess.Result ingest;
  static byte[] mixedUtf8Part;

  @BeforeAll
  static void anInboxWithEveryHardeningCaseIngestedOnceUnderASmallHeap() throws Exception {
    Path master = dir.resolve("instansi.csv");
    Files.writeString(
        master,
        "kode_instansi,nama_instansi,jenis_instansi,kode_provinsi,nama_provinsi,nama_pic,email_pic\n"
            + "73,Provinsi Sulawesi Selatan,PROVINSI,73,Sulawesi Selatan,PIC,a@instansi.example\n"
            + "P001,Kementerian Contoh,KEMENTERIAN,,,PIC,b@instansi.example\n"
            + "P002,Kementerian Lain,KEMENTERIAN,,,PIC,c@instansi.example\n",
        StandardCharsets.UTF_8);
    workspace = Files.createDirectories(dir.resolve("ws"));
    Files.writeString(
        workspace.resolve("bangkom.properties"),
        "master.instansi=" + master.toString().replace("\\", "/") + "\n",
        StandardCharsets.UTF_8);
    Path inbox = workspace.resolve("inbox");

    // Point 3: a dataset file linked to a file outside the inbox, a linked period folder, a
    // linked instansi folder.
    Path cw1 = Files.createDirectories(inbox.resolve("73/2026-CW1"));
    Files.writeString(
        cw1.resolve("pegawai.csv"),
        PEGAWAI_HEADER
            + "\n"
            + pegawai(NIP_A, "Andi")
            + pegawai(NIP_B, "Budi")
            + pegawai(NIP_C, "Citra"),
        StandardCharsets.UTF_8);
    Path outside = Files.createDirectories(dir.resolve("luar")).resolve("bangkom.csv");
    Files.writeString(
        outside,
        BANGKOM_HEADER + "\n" + NIP_A + ",Pelatihan Luar,3,2026-02-02,2026-02-03,8\n",
        StandardCharsets.UTF_8);
    Files.createSymbolicLink(cw1.resolve("bangkom.csv"), outside);
    Files.createSymbolicLink(
        Files.createDirectories(inbox.resolve("P001")).resolve("2026-CW1"), cw1);
    Files.createSymbolicLink(inbox.resolve("P002"), inbox.resolve("73"));

    // Point 5a and 8b: a CSV mixing UTF-8 and Windows-1252; a 50 MB one-line CSV.
    Path cw2 = Files.createDirectories(inbox.resolve("73/2026-CW2"));
    mixedUtf8Part =
        (PEGAWAI_HEADER + "\n" + pegawai(NIP_A, "José")).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    mixed.writeBytes(mixedUtf8Part);
    mixed.writeBytes(
        pegawai(NIP_B, "Zoë").getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Files.write(cw2.resolve("pegawai.csv"), mixed.toByteArray());
    bigFile = cw2.resolve("training_rate.csv");
    writeOneLine(bigFile, BIG_LINE_BYTES);

    // Point 5b, 5c, 5d: NUL in a value, a JSON key twice, NaN and 1e400 as JP.
    Path cw3 = Files.createDirectories(inbox.resolve("73/2026-CW3"));
    Files.writeString(
        cw3.resolve("pegawai.json"),
        "[{\"nip\": \""
            + NIP_A
            + "\", \"nama\": \"An\\u0000di\", "
            + JSON_PEGAWAI_REST
            + "},\n {\"nip\": \""
            + NIP_B
            + "\", \"nama\": \"Budi\", "
            + JSON_PEGAWAI_REST
            + ", \"nama\": \"Bambang\"},\n {\"nip\": \""
            + NIP_C
            + "\", \"nama\": \"Citra\", "
            + JSON_PEGAWAI_REST
            + "}]",
        StandardCharsets.UTF_8);
    Files.writeString(
        cw3.resolve("bangkom.json"),
        "["
            + bangkom("Pelatihan A", "NaN")
            + ",\n"
            + bangkom("Pelatihan B", "1e400")
            + ",\n"
            + bangkom("Pelatihan C", "8")
            + "]",
        StandardCharsets.UTF_8);

    ingest =
        CliProcess.run(dir, classpath(), SMALL_HEAP, "ingest", "--workspace", workspace.toString());
  }

  private static String classpath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static String pegawai(String nip, String nama) {
    return nip + "," + nama + ",PNS,FUNGSIONAL,Analis,Biro Umum,III/c,2015-05-01,AKTIF\n";
  }

  private static String bangkom(String nama, String jp) {
    return "{\"nip\": \""
        + NIP_C
        + "\", \"nama_kegiatan\": \""
        + nama
        + "\", \"jenis_diklat\": 3, \"tanggal_mulai\": \"2026-09-02\", \"tanggal_selesai\":"
        + " \"2026-09-03\", \"jp\": "
        + jp
        + "}";
  }

  /** A header-less CSV of {@code bytes} characters and no line break, written in 1 MB pieces. */
  private static void writeOneLine(Path file, int bytes) throws IOException {
    char[] piece = new char[1 << 20];
    for (int i = 0; i < piece.length; i++) {
      piece[i] = i % 10 == 9 ? ',' : 'x';
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      for (int written = 0; written < bytes; written += piece.length) {
        w.write(piece, 0, Math.min(piece.length, bytes - written));
      }
    }
    assertThat(Files.size(file)).isEqualTo(bytes);
  }

  private static JsonNode receipt(String kode, String periode) throws IOException {
    Path file =
        workspace
            .resolve("receipts")
            .resolve(kode)
            .resolve(periode)
            .resolve("v1/tanda-terima.json");
    return JSON.readTree(file.toFile());
  }

  private static String receiptText(String kode, String periode) throws IOException {
    return Files.readString(
        workspace.resolve("receipts").resolve(kode).resolve(periode).resolve("v1/tanda-terima.txt"),
        StandardCharsets.UTF_8);
  }

  private static List<String> archive(String kode, String periode) throws IOException {
    Path arsip =
        workspace.resolve("lake/submisi").resolve(kode).resolve(periode).resolve("v1/arsip");
    try (Stream<Path> s = Files.list(arsip)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> refusedFiles(JsonNode receipt) {
    List<String> out = new ArrayList<>();
    for (JsonNode b : receipt.path("berkas_ditolak")) {
      out.add(b.path("berkas").asText() + " " + b.path("kode_alasan").asText());
    }
    return out;
  }

  private static List<List<Object>> query(String sql) throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void ingestFinishesUnderA256MbHeapAndTellsTheOperatorAboutLinkedFolders() {
    assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
    assertThat(ingest.out() + ingest.err()).doesNotContain("OutOfMemoryError");
    assertThat(ingest.out())
        .contains(
            "Ditolak: P002: tautan (symbolic link/shortcut), bukan folder atau berkas asli; tautan"
                + " tidak diikuti dan tidak diproses.")
        .contains("Ditolak: P001/2026-CW1: tautan (symbolic link/shortcut)")
        .contains("Diterima P001/2026-CW1/v1: 0 baris dibaca, 0 diterima, 0 ditolak");
  }

  @Test
  void receiptsQuotingRefusedRowsAreReadableByTheOperatorOnly() throws Exception {
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(workspace.resolve("receipts"))))
        .isEqualTo("rwx------");
  }

  @Test
  void aLinkedFileIsRefusedInTheReceiptAndNotArchived() throws Exception {
    JsonNode r = receipt("73", "2026-CW1");
    assertThat(refusedFiles(r)).containsExactly("bangkom.csv BERKAS_TAUTAN");
    assertThat(r.path("berkas_ditolak").get(0).path("pesan").asText())
        .isEqualTo(
            "\"bangkom.csv\" adalah tautan (symbolic link/shortcut) ke berkas atau folder lain,"
                + " bukan berkas asli; tautan tidak diikuti dan isinya tidak dibaca.");
    assertThat(r.path("datasets").path("pegawai").path("baris_diterima").asLong()).isEqualTo(3);
    assertThat(r.path("datasets").has("bangkom")).isFalse();
    assertThat(archive("73", "2026-CW1")).containsExactly("pegawai.csv");
    assertThat(receiptText("73", "2026-CW1")).contains("BERKAS_TAUTAN");
  }

  @Test
  void aLinkedPeriodOrInstansiFolderIsNotIngestedAsThatInstansi() throws Exception {
    JsonNode r = receipt("P001", "2026-CW1");
    assertThat(refusedFiles(r)).containsExactly("2026-CW1 BERKAS_TAUTAN");
    assertThat(r.path("datasets").size()).isZero();
    assertThat(archive("P001", "2026-CW1")).isEmpty();
    assertThat(workspace.resolve("receipts/P002")).doesNotExist();
    assertThat(workspace.resolve("lake/submisi/P002")).doesNotExist();
    // Only 73's own roster is in force: no Parquet under P001.
    assertThat(workspace.resolve("lake/submisi/P001/2026-CW1/v1/pegawai.parquet")).doesNotExist();
  }

  @Test
  void aMixedEncodingCsvIsRefusedNamingLineAndByte() throws Exception {
    JsonNode r = receipt("73", "2026-CW2");
    assertThat(refusedFiles(r))
        .containsExactly("pegawai.csv BERKAS_RUSAK", "training_rate.csv BERKAS_RUSAK");
    // ë (0xEB) on text line 3 after the 18-digit NIP, a comma and "Zo".
    long byteNumber = mixedUtf8Part.length + 18 + 1 + 2 + 1;
    assertThat(r.path("berkas_ditolak").get(0).path("pesan").asText())
        .startsWith(
            "Berkas \"pegawai.csv\" mencampur dua pengkodean huruf: sebagian ditulis dalam UTF-8,"
                + " tetapi baris teks ke-3 memuat byte 0xEB (byte ke-"
                + byteNumber
                + " dalam berkas) yang bukan UTF-8.");
    assertThat(r.path("datasets").size()).isZero();
  }

  @Test
  void aFiftyMegabyteLineIsRefusedNamingFileAndLineAndNoDataReachesTheLake() throws Exception {
    JsonNode r = receipt("73", "2026-CW2");
    assertThat(r.path("berkas_ditolak").get(1).path("pesan").asText())
        .isEqualTo(
            "Berkas \"training_rate.csv\": baris 1 lebih panjang dari 1.048.576 karakter, batas"
                + " satu baris data. Biasanya ada tanda petik (\") pembuka yang tidak ditutup,"
                + " atau berkas tidak memiliki pemisah baris.");
    assertThat(workspace.resolve("lake/submisi/73/2026-CW2/v1/training_rate.parquet"))
        .doesNotExist();
  }

  @Test
  void checkOfTheFiftyMegabyteLineUnderA256MbHeapGivesTheReasonNotOutOfMemory() throws Exception {
    CliProcess.Result r =
        CliProcess.run(
            dir,
            classpath(),
            SMALL_HEAP,
            "check",
            "--workspace",
            workspace.toString(),
            bigFile.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out() + r.err()).doesNotContain("OutOfMemoryError");
    assertThat(r.out())
        .contains("BERKAS_RUSAK")
        .contains("Berkas \"training_rate.csv\": baris 1 lebih panjang dari 1.048.576 karakter");
  }

  @Test
  void controlCharactersDuplicateKeysAndNanAreRowFaultsAndNeverReachTheLake() throws Exception {
    JsonNode r = receipt("73", "2026-CW3");
    JsonNode pegawai = r.path("datasets").path("pegawai");
    JsonNode bangkom = r.path("datasets").path("bangkom");
    assertThat(
            List.of(
                pegawai.path("baris_dibaca").asLong(),
                pegawai.path("baris_diterima").asLong(),
                pegawai.path("baris_ditolak").asLong(),
                bangkom.path("baris_dibaca").asLong(),
                bangkom.path("baris_diterima").asLong(),
                bangkom.path("baris_ditolak").asLong()))
        .containsExactly(3L, 1L, 2L, 3L, 1L, 2L);
    List<org.assertj.core.groups.Tuple> rows = new ArrayList<>();
    for (JsonNode p : r.path("penolakan")) {
      rows.add(
          tuple(
              p.path("berkas").asText(),
              p.path("nomor_baris").asLong(),
              p.path("kode_alasan").asText(),
              p.path("kolom").asText(),
              p.path("nilai").asText()));
    }
    assertThat(rows)
        .containsExactly(
            tuple("pegawai.json", 1L, "KARAKTER_TIDAK_SAH", "nama", "An[U+0000]di"),
            tuple("pegawai.json", 2L, "KOLOM_GANDA", "nama", "Budi"),
            tuple("bangkom.json", 1L, "JP_FORMAT", "jp", "NaN"),
            tuple("bangkom.json", 2L, "JP_FORMAT", "jp", "1e400"));
    assertThat(r.path("penolakan").get(1).path("pesan").asText())
        .contains("\"Budi\" dan \"Bambang\"");
    assertThat(r.path("penolakan").get(2).path("pesan").asText())
        .isEqualTo("Nilai \"NaN\" pada kolom \"jp\" bukan angka.");
    String text = receiptText("73", "2026-CW3");
    assertThat(text).doesNotContain("\u0000").contains("karakter kendali");

    Path v1 = workspace.resolve("lake/submisi/73/2026-CW3/v1");
    assertThat(query("SELECT nip, nama FROM read_parquet('" + v1.resolve("pegawai.parquet") + "')"))
        .containsExactly(List.of(NIP_C, "Citra"));
    assertThat(
            query(
                "SELECT count(*) FROM read_parquet('"
                    + v1.resolve("penolakan.parquet")
                    + "') WHERE contains(coalesce(nilai, ''), chr(0))"))
        .containsExactly(List.of(0L));
    assertThat(archive("73", "2026-CW3")).containsExactly("bangkom.json", "pegawai.json");
  }
}
