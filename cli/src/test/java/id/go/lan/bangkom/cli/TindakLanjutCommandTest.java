package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./bangkom tindak-lanjut catat} and {@code impor} as a user runs them: exit codes, the
 * Indonesian lines they print, and the log they leave.
 */
class TindakLanjutCommandTest {
  private static final String SALURAN =
      "saluran tidak dikenal (harus TELEPON, WHATSAPP, SURAT, KUNJUNGAN atau RAPAT)";

  @TempDir Path dir;

  private CliProcess.Result bangkom(String... args) throws Exception {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--workspace";
    all[args.length + 1] = dir.resolve("ws").toString();
    return CliProcess.run(dir, all);
  }

  private Path log() {
    return dir.resolve("ws/tindak-lanjut/tindak_lanjut.jsonl");
  }

  @Test
  void catatRecordsOnceAndRefusesABadValueAsBadUsage() throws Exception {
    String[] entri = {
      "tindak-lanjut", "catat",
      "--periode", "2025-CW3",
      "--instansi", "11",
      "--tanggal", "3/11/2025",
      "--saluran", "telepon",
      "--kontak", "Bu Sari (Kabag SDM)",
      "--hasil", "Berjanji mengirim daftar pegawai",
      "--janji", "Kirim ulang data pegawai",
      "--janji-tanggal", "2025-11-20",
      "--oleh", "analis@lan.example"
    };
    CliProcess.Result pertama = bangkom(entri);
    assertThat(pertama.exitCode()).as(pertama.err()).isZero();
    List<String> out = pertama.out().lines().toList();
    assertThat(out.get(0)).matches("Tindak lanjut dicatat \\(id [0-9a-f]{64}\\)\\.");
    assertThat(out.get(1)).isEqualTo("Log tindak lanjut: " + log());
    String id = out.get(0).substring("Tindak lanjut dicatat (id ".length(), 26 + 64);
    List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .startsWith(
            "{\"id\":\"" + id + "\",\"tahun\":2025,\"caturwulan\":3,\"kode_instansi\":\"11\"")
        .contains(
            "\"tanggal\":\"2025-11-03\",\"saluran\":\"TELEPON\"",
            "\"janji_tanggal\":\"2025-11-20\",\"dicatat_oleh\":\"analis@lan.example\"",
            "\"sumber\":\"CATAT\"");

    CliProcess.Result lagi = bangkom(entri);
    assertThat(lagi.exitCode()).isZero();
    assertThat(lagi.out())
        .isEqualTo(
            "Tindak lanjut ini sudah tercatat (id " + id + "): tidak ada yang ditambahkan.\n");
    assertThat(Files.readAllLines(log(), StandardCharsets.UTF_8)).hasSize(1);

    CliProcess.Result salah =
        bangkom(
            "tindak-lanjut",
            "catat",
            "--periode",
            "2025-CW3",
            "--instansi",
            "99.99",
            "--tanggal",
            "2025-11-04",
            "--saluran",
            "FAX",
            "--hasil",
            "Tidak diangkat");
    assertThat(salah.exitCode()).isEqualTo(2);
    assertThat(salah.out()).isEmpty();
    assertThat(salah.err().lines())
        .containsExactly(
            "Tindak lanjut ditolak: --instansi \"99.99\": kode instansi tidak ada dalam daftar"
                + " instansi",
            "Tindak lanjut ditolak: --saluran \"FAX\": " + SALURAN);

    CliProcess.Result tanpaHasil =
        bangkom(
            "tindak-lanjut",
            "catat",
            "--periode",
            "2025-CW3",
            "--instansi",
            "11",
            "--tanggal",
            "2025-11-04",
            "--saluran",
            "SURAT");
    assertThat(tanpaHasil.exitCode()).isEqualTo(2);
    assertThat(tanpaHasil.err()).startsWith("Galat: opsi wajib belum diisi: --hasil\n");
    assertThat(Files.readAllLines(log(), StandardCharsets.UTF_8)).hasSize(1);
  }

  @Test
  void imporTakesTheFilledRowsAndNamesEveryRefusal() throws Exception {
    Path daftar =
        daftar(
            dir.resolve("daftar-analis.xlsx"),
            List.of(
                new String[] {
                  "2025-CW3", "11", "2025-11-03", "WHATSAPP", "", "Data dikirim", "", ""
                },
                new String[] {"2025-CW3", "11.01", "", "", "", "", "", ""},
                new String[] {
                  "2025-CW3", "73", "5/11/2025", "FAX", "Pak Budi", "Tidak ada", "", ""
                }));

    CliProcess.Result r = bangkom("tindak-lanjut", "impor", daftar.toString(), "--oleh", "a@x");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    Path tandaTerima =
        Files.list(dir.resolve("ws/tindak-lanjut/tanda-terima")).findFirst().orElseThrow();
    assertThat(r.out().lines())
        .containsExactly(
            "Impor daftar-analis.xlsx: 2 baris terisi, 1 diterima, 0 sudah tercatat, 1 ditolak;"
                + " 1 baris dengan kolom isian kosong dilewati.",
            "Ditolak: daftar-analis.xlsx baris 4, kolom saluran, nilai \"FAX\": " + SALURAN,
            "Tanda terima: " + tandaTerima,
            "Log tindak lanjut: " + log());
    assertThat(Files.readAllLines(log(), StandardCharsets.UTF_8)).hasSize(1);

    CliProcess.Result lagi = bangkom("tindak-lanjut", "impor", daftar.toString(), "--oleh", "a@x");
    assertThat(lagi.exitCode()).isEqualTo(1);
    assertThat(lagi.out())
        .startsWith(
            "Impor daftar-analis.xlsx: 2 baris terisi, 0 diterima, 1 sudah tercatat, 1 ditolak;");
    assertThat(Files.readAllLines(log(), StandardCharsets.UTF_8)).hasSize(1);

    Path baik =
        daftar(
            dir.resolve("perbaikan.xlsx"),
            List.<String[]>of(
                new String[] {
                  "2025-CW3", "73", "5/11/2025", "TELEPON", "Pak Budi", "Tidak ada", "", ""
                }));
    CliProcess.Result ok = bangkom("tindak-lanjut", "impor", baik.toString());
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out())
        .startsWith(
            "Impor perbaikan.xlsx: 1 baris terisi, 1 diterima, 0 sudah tercatat, 0 ditolak;");
    assertThat(Files.readAllLines(log(), StandardCharsets.UTF_8)).hasSize(2);
  }

  @Test
  void aMissingFileIsBadUsageAndAFileThatIsNotAWorklistIsRefused() throws Exception {
    CliProcess.Result hilang =
        bangkom("tindak-lanjut", "impor", dir.resolve("tidak-ada.xlsx").toString());
    assertThat(hilang.exitCode()).isEqualTo(2);
    assertThat(hilang.err())
        .isEqualTo(
            "Galat: Berkas atau folder tidak ditemukan: " + dir.resolve("tidak-ada.xlsx") + "\n");

    Path teks = Files.writeString(dir.resolve("catatan.xlsx"), "bukan excel");
    CliProcess.Result rusak = bangkom("tindak-lanjut", "impor", teks.toString());
    assertThat(rusak.exitCode()).isEqualTo(1);
    assertThat(rusak.err())
        .startsWith(
            "Galat: Berkas catatan.xlsx ditolak: tidak dapat dibaca sebagai buku kerja Excel"
                + " (.xlsx)");
    assertThat(Files.exists(log())).isFalse();
  }

  /** A worklist with the agreed fill-in columns; each row: periode, kode, then the fill-in part. */
  private static Path daftar(Path berkas, List<String[]> rows) throws Exception {
    List<String> kolom =
        List.of(
            "periode",
            "kode_instansi",
            "tanggal",
            "saluran",
            "kontak",
            "hasil",
            "janji_tindakan",
            "janji_tanggal");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Daftar");
      Row header = s.createRow(0);
      for (int i = 0; i < kolom.size(); i++) {
        header.createCell(i).setCellValue(kolom.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = s.createRow(r + 1);
        String[] isi = rows.get(r);
        for (int i = 0; i < isi.length; i++) {
          if (!isi[i].isEmpty()) {
            row.createCell(i).setCellValue(isi[i]);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(berkas)) {
        wb.write(out);
      }
    }
    return berkas;
  }

  /** Without --oleh, a follow-up is recorded by the analis the assignment in force names. */
  @Test
  void catatWithoutOlehIsRecordedByTheAssignedAnalis() throws Exception {
    Path file = id.go.lan.bangkom.samples.SampleData.copyPenugasan(dir.resolve("unggah"));
    String analis =
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith("32.04,"))
            .map(l -> l.substring(l.lastIndexOf(',') + 1))
            .findFirst()
            .orElseThrow();
    CliProcess.Result penugasan =
        bangkom("tindak-lanjut", "penugasan", file.toString(), "--berlaku-mulai", "2026-01-01");
    assertThat(penugasan.exitCode()).as(penugasan.err()).isZero();
    CliProcess.Result catat =
        bangkom(
            "tindak-lanjut", "catat",
            "--periode", "2026-CW3",
            "--instansi", "32.04",
            "--tanggal", "2026-09-15",
            "--saluran", "TELEPON",
            "--hasil", "Data akan dilengkapi");
    assertThat(catat.exitCode()).as(catat.err()).isZero();
    assertThat(Files.readAllLines(log(), StandardCharsets.UTF_8))
        .singleElement()
        .asString()
        .contains("\"dicatat_oleh\":\"" + analis + "\"");
  }
}
