package id.go.lan.bangkom.ingestion;

import static id.go.lan.bangkom.ingestion.Fixture.KODE;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_A;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_B;
import static id.go.lan.bangkom.ingestion.Fixture.PEGAWAI_HEADER;
import static id.go.lan.bangkom.ingestion.Fixture.PERIODE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refused part of a receipt as CSV and XLSX, from a real check of a roster with two bad rows
 * (an unknown jenis_pegawai that looks like a formula, a short NIP) beside a file refused whole.
 */
class EksporTandaTerimaTest {
  private static final String BOM = "\uFEFF";

  private static final String PESAN_XLS =
      "Berkas \"bangkom.xls\" berformat Excel lama (.xls) yang tidak dibaca.";
  private static final String SARAN_XLS =
      "Buka berkas di Excel lalu simpan sebagai .xlsx (Excel Workbook) atau .csv.";
  private static final String PESAN_FORMULA =
      "Nilai \"=1+1\" pada kolom \"jenis_pegawai\" tidak dikenal. Nilai yang sah: PNS, CPNS, PPPK.";
  private static final String SARAN_FORMULA =
      "Gunakan salah satu nilai yang sah (huruf besar atau kecil tidak berpengaruh).";
  private static final String PESAN_NIP =
      "NIP \"12345\" pada kolom \"nip\" tidak terdiri dari 18 angka (setelah spasi dan titik"
          + " dibuang tersisa 5 karakter).";
  private static final String SARAN_NIP =
      "Tulis NIP lengkap 18 digit, misalnya 198609262015051001 (spasi dan titik boleh).";

  @TempDir Path tmp;
  private Receipt receipt;

  @BeforeEach
  void check() {
    Fixture fx = new Fixture(tmp);
    fx.write(
        KODE,
        PERIODE,
        "pegawai.csv",
        PEGAWAI_HEADER
            + "\n"
            + NIP_A
            + ",Andi,PNS,FUNGSIONAL,Analis,Biro Umum,III/c,2015-05-01,AKTIF\n"
            + NIP_B
            + ",Budi,=1+1,PELAKSANA,Pengadministrasi,Biro Umum,II/a,2019-03-01,AKTIF\n"
            + "12345,Citra,PNS,JPT,Kepala Biro,Biro Umum,IV/c,2000-12-01,AKTIF\n");
    fx.write(KODE, PERIODE, "bangkom.xls", "not a workbook");
    receipt = fx.checkOne(fx.folder(KODE, PERIODE));
  }

  @Test
  void theCsvHasOneRowPerRefusedFileAndFaultWithFormulasNeutralised() {
    String csv = new String(EksporTandaTerima.csv(receipt), StandardCharsets.UTF_8);
    assertThat(csv)
        .isEqualTo(
            BOM
                + "berkas,dataset,nomor_baris,kolom,nilai,kode_alasan,pesan,saran\r\n"
                + "bangkom.xls,bangkom,,,,BERKAS_TIDAK_DIKENAL,"
                + quoted(PESAN_XLS)
                + ","
                + SARAN_XLS
                + "\r\n"
                // The value a PIC sent is shown, not computed: a leading quote, the field quoted.
                + "pegawai.csv,pegawai,3,jenis_pegawai,\"'=1+1\",NILAI_TIDAK_DIKENAL,"
                + quoted(PESAN_FORMULA)
                + ","
                + SARAN_FORMULA
                + "\r\n"
                + "pegawai.csv,pegawai,4,nip,12345,NIP_FORMAT,"
                + quoted(PESAN_NIP)
                + ","
                + quoted(SARAN_NIP)
                + "\r\n");
  }

  @Test
  void theXlsxHasTheSameRowsOnDitolakAndTheCountsOnRingkasan() throws Exception {
    Path file = Files.write(tmp.resolve("ditolak.xlsx"), EksporTandaTerima.xlsx(receipt));
    try (XlsxWorkbook wb = XlsxWorkbook.open(file, "ditolak.xlsx")) {
      assertThat(wb.sheetNames()).containsExactly("Ditolak", "Ringkasan");
      List<List<RawCell>> rows = TemplatTest.read(wb, "Ditolak");
      assertThat(TemplatTest.texts(rows))
          .containsExactly(
              List.of(
                  "berkas",
                  "dataset",
                  "nomor_baris",
                  "kolom",
                  "nilai",
                  "kode_alasan",
                  "pesan",
                  "saran"),
              List.of(
                  "bangkom.xls",
                  "bangkom",
                  "",
                  "",
                  "",
                  "BERKAS_TIDAK_DIKENAL",
                  PESAN_XLS,
                  SARAN_XLS),
              // A text cell is never a formula: the value stays as the PIC wrote it.
              List.of(
                  "pegawai.csv",
                  "pegawai",
                  "3",
                  "jenis_pegawai",
                  "=1+1",
                  "NILAI_TIDAK_DIKENAL",
                  PESAN_FORMULA,
                  SARAN_FORMULA),
              List.of(
                  "pegawai.csv",
                  "pegawai",
                  "4",
                  "nip",
                  "12345",
                  "NIP_FORMAT",
                  PESAN_NIP,
                  SARAN_NIP));
      assertThat(rows.get(2).get(2).kind()).isEqualTo(RawCell.Kind.NUMBER);
      assertThat(rows.get(2).get(4).kind()).isEqualTo(RawCell.Kind.TEXT);

      assertThat(TemplatTest.texts(TemplatTest.read(wb, "Ringkasan")))
          .containsExactly(
              List.of("dataset", "berkas", "baris_dibaca", "baris_diterima", "baris_ditolak"),
              List.of("pegawai", "pegawai.csv", "3", "1", "2"),
              List.of("Jumlah", "", "3", "1", "2"));
    }
  }

  @Test
  void pastASheetsRowLimitTheRowsGoOnOnTheNextSheet() throws Exception {
    Path file = Files.write(tmp.resolve("dua.xlsx"), EksporTandaTerima.xlsx(receipt, 2));
    try (XlsxWorkbook wb = XlsxWorkbook.open(file, "dua.xlsx")) {
      assertThat(wb.sheetNames()).containsExactly("Ditolak", "Ditolak 2", "Ringkasan");
      List<List<String>> first = TemplatTest.texts(TemplatTest.read(wb, "Ditolak"));
      List<List<String>> second = TemplatTest.texts(TemplatTest.read(wb, "Ditolak 2"));
      assertThat(first).hasSize(3);
      assertThat(first.get(2).get(4)).isEqualTo("=1+1");
      assertThat(second.get(0)).isEqualTo(first.get(0));
      assertThat(second).hasSize(2);
      assertThat(second.get(1).subList(0, 6))
          .containsExactly("pegawai.csv", "pegawai", "4", "nip", "12345", "NIP_FORMAT");
    }
  }

  @Test
  void aReceiptWithoutRefusalsGivesTheHeaderOnly() throws Exception {
    Receipt clean =
        new Receipt(
            "73/2026-CW1/pemeriksaan",
            KODE,
            "Provinsi Sulawesi Selatan",
            PERIODE,
            0,
            java.time.Instant.EPOCH,
            java.util.Map.of("pegawai", new DatasetInfo("pegawai.csv", "ab", 2, 2, 0)),
            List.of(),
            List.of(),
            List.of());
    assertThat(new String(EksporTandaTerima.csv(clean), StandardCharsets.UTF_8))
        .isEqualTo(BOM + "berkas,dataset,nomor_baris,kolom,nilai,kode_alasan,pesan,saran\r\n");
    Path file = Files.write(tmp.resolve("bersih.xlsx"), EksporTandaTerima.xlsx(clean));
    try (XlsxWorkbook wb = XlsxWorkbook.open(file, "bersih.xlsx")) {
      assertThat(TemplatTest.read(wb, "Ditolak")).hasSize(1);
      assertThat(TemplatTest.texts(TemplatTest.read(wb, "Ringkasan")))
          .containsExactly(
              List.of("dataset", "berkas", "baris_dibaca", "baris_diterima", "baris_ditolak"),
              List.of("pegawai", "pegawai.csv", "2", "2", "0"),
              List.of("Jumlah", "", "2", "2", "0"));
    }
  }

  @Test
  void aRefusedFilesDatasetIsReadFromItsNameOrSheet() {
    assertThat(EksporTandaTerima.datasetOf("bangkom.xls")).isEqualTo("bangkom");
    assertThat(EksporTandaTerima.datasetOf("2026-CW1.xlsx#Training Rate"))
        .isEqualTo("training_rate");
    assertThat(EksporTandaTerima.datasetOf("73/2026-CW1/PEGAWAI.CSV")).isEqualTo("pegawai");
    assertThat(EksporTandaTerima.datasetOf("gaji.csv")).isNull();
    assertThat(EksporTandaTerima.datasetOf("2026-CW1.xlsx")).isNull();
  }

  private static String quoted(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
