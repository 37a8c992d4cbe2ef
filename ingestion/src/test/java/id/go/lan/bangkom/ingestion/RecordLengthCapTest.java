package id.go.lan.bangkom.ingestion;

import static id.go.lan.bangkom.ingestion.Fixture.KODE;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_A;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_B;
import static id.go.lan.bangkom.ingestion.Fixture.PEGAWAI_HEADER;
import static id.go.lan.bangkom.ingestion.Fixture.PERIODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record longer than {@link CsvSource#MAX_RECORD_CHARS} (a JSON value longer than {@link
 * JsonSource#MAX_VALUE_CHARS}) refuses the file, naming it and the line, before the reader holds
 * more than about that much text (issue 19, point 8b). The 50 MB line under a 256 MB heap is run
 * through the CLI in {@code IngestHardeningTest}.
 */
class RecordLengthCapTest {
  private static final int MAX = CsvSource.MAX_RECORD_CHARS;

  @TempDir Path tmp;
  private Fixture fx;

  @BeforeEach
  void setUp() {
    fx = new Fixture(tmp);
  }

  @Test
  void theCapIsOneMebiCharacter() {
    assertThat(MAX).isEqualTo(1_048_576);
  }

  @Test
  void aRecordOfExactlyTheCapIsReadAndOneCharacterMoreRefusesTheFileAtItsRecord() throws Exception {
    // Record 2: MAX - 3 x's, a comma, "y" and the line feed = MAX characters.
    // Record 3: one x more = MAX + 1 characters.
    String atCap = "x".repeat(MAX - 3) + ",y\n";
    String overCap = "x".repeat(MAX - 2) + ",y\n";
    assertThat(atCap).hasSize(MAX);
    Path file = tmp.resolve("cap.csv");
    Files.writeString(file, "a,b\n" + atCap + overCap + "z,z\n", StandardCharsets.UTF_8);

    try (CsvSource source = new CsvSource(file, "cap.csv", true)) {
      assertThat(source.header()).containsExactly("a", "b");
      RawRow row = source.next();
      assertThat(row.nomorBaris()).isEqualTo(2);
      assertThat(row.cells().get(0).text()).hasSize(MAX - 3);
      assertThatThrownBy(source::next)
          .isInstanceOfSatisfying(
              FileRefusedException.class,
              e -> {
                assertThat(e.fault().reason()).isEqualTo(RejectReason.BERKAS_RUSAK);
                assertThat(e.fault().pesan())
                    .isEqualTo(
                        "Berkas \"cap.csv\": baris 3 lebih panjang dari 1.048.576 karakter, batas"
                            + " satu baris data. Biasanya ada tanda petik (\") pembuka yang tidak"
                            + " ditutup, atau berkas tidak memiliki pemisah baris.");
              });
    }
  }

  @Test
  void anUnclosedQuoteOverManyShortLinesIsCutAtTheCapToo() throws Exception {
    // Record 2 opens a quote that never closes: 40,000 lines of 30 characters = 1.2 M characters.
    String lines = "nama panjang tanpa tutup petik\n".repeat(40_000);
    Path file = tmp.resolve("quote.csv");
    Files.writeString(file, "a,b\n1,\"" + lines, StandardCharsets.UTF_8);

    try (CsvSource source = new CsvSource(file, "quote.csv", true)) {
      source.header();
      assertThatThrownBy(source::next)
          .isInstanceOfSatisfying(
              FileRefusedException.class,
              e -> assertThat(e.fault().pesan()).startsWith("Berkas \"quote.csv\": baris 2 "));
    }
  }

  @Test
  void aTooLongCsvRowRefusesTheWholeFileInTheReceipt() {
    Path file =
        fx.write(
            KODE,
            PERIODE,
            "pegawai.csv",
            PEGAWAI_HEADER
                + "\n"
                + NIP_A
                + ",Andi,PNS,FUNGSIONAL,Analis,Biro Umum,III/c,2015-05-01,AKTIF\n"
                + NIP_B
                + ","
                + "B".repeat(2 * MAX)
                + ",PNS,PELAKSANA,Staf,Biro Umum,II/a,2019-03-01,AKTIF\n");

    Receipt r = fx.checkOne(file);

    assertThat(r.datasets()).isEmpty();
    assertThat(r.berkasDitolak())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.kodeAlasan()).isEqualTo(RejectReason.BERKAS_RUSAK);
              assertThat(b.pesan()).startsWith("Berkas \"pegawai.csv\": baris 3 lebih panjang");
            });
  }

  @Test
  void aJsonValueLongerThanTheCapRefusesTheFileNamingTheLine() {
    Path file =
        fx.write(
            KODE,
            PERIODE,
            "pegawai.json",
            "[\n{\"nip\": \""
                + NIP_A
                + "\", \"jenis_pegawai\": \"PNS\", \"jenis_jabatan\": \"FUNGSIONAL\","
                + " \"unit_kerja\": \"Biro Umum\", \"tmt_asn\": \"2015-05-01\", \"status\":"
                + " \"AKTIF\",\n \"nama\": \""
                + "A".repeat(MAX + 1)
                + "\"}\n]");

    Receipt r = fx.checkOne(file);

    assertThat(r.berkasDitolak())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.kodeAlasan()).isEqualTo(RejectReason.BERKAS_RUSAK);
              assertThat(b.pesan())
                  .isEqualTo(
                      "Berkas \"pegawai.json\": sebuah nilai pada baris teks ke-3 lebih panjang"
                          + " dari 1.048.576 karakter, batas satu nilai.");
            });
  }
}
