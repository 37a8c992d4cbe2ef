package id.go.lan.bangkom.ingestion;

import static id.go.lan.bangkom.ingestion.Fixture.KODE;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_A;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_B;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_C;
import static id.go.lan.bangkom.ingestion.Fixture.PEGAWAI_HEADER;
import static id.go.lan.bangkom.ingestion.Fixture.PERIODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content that used to be taken garbled or refused in English (issue 19, point 5): mixed encodings,
 * control characters, JSON keys given twice, NaN and Infinity in number fields.
 */
class SuspiciousContentTest {
  @TempDir Path tmp;
  private Fixture fx;

  @BeforeEach
  void setUp() {
    fx = new Fixture(tmp);
  }

  private static String pegawaiRow(String nip, String nama, String unitKerja) {
    return nip + "," + nama + ",PNS,FUNGSIONAL,Analis," + unitKerja + ",III/c,2015-05-01,AKTIF\n";
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private List<String> namesInLake() throws Exception {
    List<Path> files = Lake.open(fx.workspace).inForce("pegawai");
    assertThat(files).hasSize(1);
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT nama FROM read_parquet('" + files.get(0) + "') ORDER BY nomor_baris")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  // ---- 5a: encodings ----

  @Test
  void aCsvMixingUtf8AndWindows1252IsRefusedNamingTheLineAndByte() {
    byte[] utf8Part =
        (PEGAWAI_HEADER + "\n" + pegawaiRow(NIP_A, "José", "Biro Umum"))
            .getBytes(StandardCharsets.UTF_8);
    byte[] cp1252Part = pegawaiRow(NIP_B, "Zoë", "Biro Umum").getBytes(CsvSource.WINDOWS_1252);
    Path file = fx.writeBytes(KODE, PERIODE, "pegawai.csv", concat(utf8Part, cp1252Part));
    // ë (0xEB) is on text line 3, after the 18-digit NIP, a comma and "Zo": 1-based byte number
    // utf8Part.length + 18 + 1 + 2 + 1.
    long byteNumber = utf8Part.length + 22L;

    Receipt r = fx.checkOne(file);

    assertThat(r.datasets()).isEmpty();
    assertThat(r.berkasDitolak())
        .extracting(BerkasDitolak::berkas, BerkasDitolak::kodeAlasan)
        .containsExactly(tuple("pegawai.csv", RejectReason.BERKAS_RUSAK));
    assertThat(r.berkasDitolak().get(0).pesan())
        .isEqualTo(
            "Berkas \"pegawai.csv\" mencampur dua pengkodean huruf: sebagian ditulis dalam UTF-8,"
                + " tetapi baris teks ke-3 memuat byte 0xEB (byte ke-"
                + byteNumber
                + " dalam berkas) yang bukan UTF-8. Bila dibaca, sebagian nama akan tampil rusak"
                + " (misalnya \"é\" menjadi \"Ã©\"), jadi berkas tidak diproses.");
    assertThat(r.berkasDitolak().get(0).saran()).contains("CSV UTF-8").contains("baris 3");
  }

  @Test
  void aBomBeforeWindows1252TextIsRefusedForItsEncodingNotForAMissingColumn() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rest =
        (PEGAWAI_HEADER + "\n" + pegawaiRow(NIP_A, "Zoë", "Biro Umum"))
            .getBytes(CsvSource.WINDOWS_1252);
    Path file = fx.writeBytes(KODE, PERIODE, "pegawai.csv", concat(bom, rest));

    Receipt r = fx.checkOne(file);

    assertThat(r.berkasDitolak())
        .extracting(BerkasDitolak::kodeAlasan)
        .containsExactly(RejectReason.BERKAS_RUSAK);
    assertThat(r.berkasDitolak().get(0).pesan()).contains("baris teks ke-2 memuat byte 0xEB");
  }

  @Test
  void pureWindows1252AndUtf8WithBomStillReadTheirAccents() throws Exception {
    fx.write(
        KODE,
        PERIODE,
        "pegawai.csv",
        PEGAWAI_HEADER
            + "\n"
            + pegawaiRow(NIP_A, "René Öztürk", "Biro Umum")
            + pegawaiRow(NIP_B, "Zoë Müller", "Biro Umum"),
        CsvSource.WINDOWS_1252);
    IngestResult first = fx.ingestion().ingest(fx.inbox(), IngestListener.none());
    assertThat(first.diterima().get(0).barisDiterima()).isEqualTo(2);
    assertThat(namesInLake()).containsExactly("René Öztürk", "Zoë Müller");

    fx.write(
        KODE,
        PERIODE,
        "pegawai.csv",
        "\uFEFF" + PEGAWAI_HEADER + "\n" + pegawaiRow(NIP_C, "José Müller", "Biro Umum"));
    IngestResult second = fx.ingestion().ingest(fx.inbox(), IngestListener.none());
    assertThat(second.diterima().get(0).barisDiterima()).isEqualTo(1);
    assertThat(namesInLake()).containsExactly("José Müller");
  }

  @Test
  void aJsonFileThatIsNotUtf8IsRefusedInIndonesian() {
    Path file =
        fx.write(
            KODE,
            PERIODE,
            "pegawai.json",
            "[{\"nip\": \"" + NIP_A + "\", \"nama\": \"Zoë\"}]",
            CsvSource.WINDOWS_1252);

    Receipt r = fx.checkOne(file);

    assertThat(r.berkasDitolak())
        .extracting(BerkasDitolak::kodeAlasan)
        .containsExactly(RejectReason.BERKAS_RUSAK);
    // [{"nip": " = 10 bytes, the NIP 18, then ", "nama": "Zo = 14: ë is byte 43.
    assertThat(r.berkasDitolak().get(0).pesan())
        .isEqualTo(
            "Berkas \"pegawai.json\" bukan UTF-8: baris teks ke-1 memuat byte 0xEB (byte ke-43"
                + " dalam berkas) yang bukan UTF-8, padahal berkas JSON harus ditulis dalam"
                + " UTF-8.");
  }

  // ---- 5b: control characters ----

  @Test
  void aNulOrOtherControlCharacterRejectsTheRowNamingColumnAndValue() {
    Path file =
        fx.write(
            KODE,
            PERIODE,
            "pegawai.csv",
            PEGAWAI_HEADER
                + "\n"
                + pegawaiRow(NIP_A, "An\u0000di", "Biro Umum")
                + pegawaiRow(NIP_B, "Budi", "Biro\u0007Umum")
                + pegawaiRow(NIP_C, "Citra\tDewi", "Biro Umum"));

    Receipt r = fx.checkOne(file);

    assertThat(counts(r, "pegawai")).containsExactly(3L, 1L, 2L);
    assertThat(refusals(r))
        .containsExactly(
            tuple(2L, RejectReason.KARAKTER_TIDAK_SAH, "nama", "An[U+0000]di"),
            tuple(3L, RejectReason.KARAKTER_TIDAK_SAH, "unit_kerja", "Biro[U+0007]Umum"));
    assertThat(r.penolakan().get(0).pesan())
        .isEqualTo(
            "Kolom \"nama\" memuat karakter kendali yang tidak terlihat (U+0000), ditampilkan di"
                + " sini dalam kurung siku: \"An[U+0000]di\".");
    assertThat(r.toText()).doesNotContain("\u0000");
  }

  @Test
  void aNulEscapedInJsonIsRejectedTheSameWay() {
    Path file =
        fx.write(
            KODE,
            PERIODE,
            "pegawai.json",
            "[{\"nip\": \""
                + NIP_A
                + "\", \"nama\": \"An\\u0000di\", \"jenis_pegawai\": \"PNS\", \"jenis_jabatan\":"
                + " \"FUNGSIONAL\", \"unit_kerja\": \"Biro Umum\", \"tmt_asn\": \"2015-05-01\","
                + " \"status\": \"AKTIF\"}]");

    Receipt r = fx.checkOne(file);

    assertThat(refusals(r))
        .containsExactly(tuple(1L, RejectReason.KARAKTER_TIDAK_SAH, "nama", "An[U+0000]di"));
  }

  // ---- 5c: duplicate JSON keys ----

  @Test
  void aJsonObjectWithAKeyTwiceIsRejectedNamingTheKeyAndBothValues() {
    String rest =
        "\"jenis_pegawai\": \"PNS\", \"jenis_jabatan\": \"FUNGSIONAL\", \"unit_kerja\": \"Biro"
            + " Umum\", \"tmt_asn\": \"2015-05-01\", \"status\": \"AKTIF\"";
    Path file =
        fx.write(
            KODE,
            PERIODE,
            "pegawai.json",
            "[{\"nip\": \""
                + NIP_A
                + "\", \"nama\": \"Andi\", "
                + rest
                + ", \"nama\": \"Budi\"},\n {\"nip\": \""
                + NIP_B
                + "\", \"nama\": \"Budi\", "
                + rest
                + "}]");

    Receipt r = fx.checkOne(file);

    assertThat(counts(r, "pegawai")).containsExactly(2L, 1L, 1L);
    assertThat(refusals(r)).containsExactly(tuple(1L, RejectReason.KOLOM_GANDA, "nama", "Andi"));
    assertThat(r.penolakan().get(0).pesan())
        .isEqualTo(
            "Kunci \"nama\" muncul lebih dari sekali dalam objek JSON baris ini, dengan nilai"
                + " \"Andi\" dan \"Budi\"; tidak dapat diketahui nilai mana yang dimaksud.");
  }

  // ---- 5d: NaN, Infinity, 1e400 and English text ----

  private static String bangkomJson(String nama, String jpField) {
    return "{\"nip\": \""
        + NIP_A
        + "\", \"nama_kegiatan\": \""
        + nama
        + "\", \"jenis_diklat\": 3, \"tanggal_mulai\": \"2026-02-02\", \"tanggal_selesai\":"
        + " \"2026-02-03\", "
        + jpField
        + "}";
  }

  @Test
  void nanInfinityAndHugeNumbersInJsonAreRowFaultsInIndonesian() {
    fx.roster(KODE, PERIODE);
    Path file =
        fx.write(
            KODE,
            PERIODE,
            "bangkom.json",
            "["
                + String.join(
                    ",\n",
                    bangkomJson("Pelatihan A", "\"jp\": NaN"),
                    bangkomJson("Pelatihan B", "\"jp\": Infinity"),
                    bangkomJson("Pelatihan C", "\"jp\": 1e400"),
                    bangkomJson("Pelatihan D", "\"durasi_menit\": -Infinity"),
                    bangkomJson("Pelatihan E", "\"jp\": 8"))
                + "]");

    Receipt r = fx.checkOne(file);

    assertThat(counts(r, "bangkom")).containsExactly(5L, 1L, 4L);
    assertThat(refusals(r))
        .containsExactly(
            tuple(1L, RejectReason.JP_FORMAT, "jp", "NaN"),
            tuple(2L, RejectReason.JP_FORMAT, "jp", "Infinity"),
            tuple(3L, RejectReason.JP_FORMAT, "jp", "1e400"),
            tuple(4L, RejectReason.JP_FORMAT, "durasi_menit", "-Infinity"));
    assertThat(r.penolakan().get(0).pesan())
        .isEqualTo("Nilai \"NaN\" pada kolom \"jp\" bukan angka.");
  }

  @Test
  void nanInANilaiFieldIsANilaiFault() {
    Path file =
        fx.write(
            KODE,
            PERIODE,
            "training_rate.json",
            "[{\"instrumen\": \"PERENCANAAN\", \"indikator\": \"PR1\", \"nilai\": NaN}]");

    Receipt r = fx.checkOne(file);

    assertThat(r.penolakan())
        .extracting(Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai, Penolakan::pesan)
        .contains(
            tuple(
                RejectReason.NILAI_TIDAK_DIKENAL,
                "nilai",
                "NaN",
                "Nilai \"NaN\" pada kolom \"nilai\" bukan angka."));
  }

  /** A workbook whose jp cells hold numeric values no double has: written by hand into the XML. */
  private Path bangkomXlsxWithRawNumbers(String... jpValues) throws Exception {
    Path built = tmp.resolve("built.xlsx");
    Fixture.xlsx(
        built,
        wb -> {
          Sheet s =
              Fixture.sheet(
                  wb,
                  "bangkom",
                  "nip",
                  "nama_kegiatan",
                  "jenis_diklat",
                  "tanggal_mulai",
                  "tanggal_selesai",
                  "jp");
          for (int i = 0; i < jpValues.length; i++) {
            Fixture.row(
                s, i + 1, NIP_A, "Pelatihan " + i, "3", "2026-02-02", "2026-02-03", 7770 + i);
          }
        });
    Path target = fx.folder(KODE, PERIODE).resolve("bangkom.xlsx");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(built));
        OutputStream o = Files.newOutputStream(target);
        ZipOutputStream out = new ZipOutputStream(o)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().startsWith("xl/worksheets/")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          for (int i = 0; i < jpValues.length; i++) {
            xml = xml.replaceAll("<v>" + (7770 + i) + "(\\.0)?</v>", "<v>" + jpValues[i] + "</v>");
          }
          bytes = xml.getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    return target;
  }

  @Test
  void nanAndHugeNumericCellsInXlsxAreRowFaultsNotAnEnglishFileRefusal() throws Exception {
    fx.roster(KODE, PERIODE);
    Path file = bangkomXlsxWithRawNumbers("NaN", "1e400", "8");

    Receipt r = fx.checkOne(file);

    assertThat(r.berkasDitolak()).isEmpty();
    assertThat(counts(r, "bangkom")).containsExactly(3L, 1L, 2L);
    assertThat(refusals(r))
        .containsExactly(
            tuple(2L, RejectReason.JP_FORMAT, "jp", "NaN"),
            tuple(3L, RejectReason.JP_FORMAT, "jp", "1e400"));
  }

  @Test
  void aBrokenJsonIsRefusedWithLineAndColumnInIndonesianNotTheParsersEnglish() {
    Path file = fx.write(KODE, PERIODE, "pegawai.json", "[\n  {\"nip\": }\n]");

    Receipt r = fx.checkOne(file);

    assertThat(r.berkasDitolak())
        .extracting(BerkasDitolak::kodeAlasan)
        .containsExactly(RejectReason.BERKAS_RUSAK);
    // The value is missing at line 2, column 11 (after "  {\"nip\": ").
    assertThat(r.berkasDitolak().get(0).pesan())
        .isEqualTo(
            "Berkas \"pegawai.json\" tidak dapat dibaca (susunan JSON tidak sah pada baris 2,"
                + " kolom 11).");
  }

  private static List<Long> counts(Receipt r, String dataset) {
    DatasetInfo d = r.datasets().get(dataset);
    return List.of(d.barisDibaca(), d.barisDiterima(), d.barisDitolak());
  }

  /** (row, reason, column, value) of every refused row. */
  private static List<org.assertj.core.groups.Tuple> refusals(Receipt r) {
    return r.penolakan().stream()
        .map(p -> tuple(p.nomorBaris(), p.kodeAlasan(), p.kolom(), p.nilai()))
        .toList();
  }
}
