package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.PesanPeriksa;
import id.go.lan.bangkom.samples.SampleData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./bangkom tindak-lanjut penugasan} through the real launcher (own JVM). */
class TindakLanjutPenugasanCommandTest {
  @TempDir Path root;

  @Test
  void theExampleIsStoredOnceAndABadFileIsRefusedWithExitOne() throws Exception {
    Path file = SampleData.copyPenugasan(root.resolve("berkas"));
    String ws = root.resolve("ws").toString();

    CliProcess.Result first =
        CliProcess.run(
            root,
            "tindak-lanjut",
            "penugasan",
            file.toString(),
            "--berlaku-mulai",
            "2026-01-02",
            "--workspace",
            ws);
    CliProcess.Result again =
        CliProcess.run(root, "tindak-lanjut", "penugasan", file.toString(), "--workspace", ws);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .isEqualTo("Penugasan versi 1 disimpan: 606 instansi, berlaku mulai 2026-01-02.\n");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .isEqualTo(
            "Berkas penugasan sama dengan versi 1 (berlaku sejak 2026-01-02); tidak ada versi"
                + " baru.\n");
    assertThat(root.resolve("ws/penugasan/v1/penugasan.csv")).exists();
    assertThat(root.resolve("ws/penugasan/v2")).doesNotExist();

    // Two rows only: 604 instansi unassigned, the warning names the first ten; then a bad row.
    Path sebagian = root.resolve("berkas/sebagian.csv");
    Files.writeString(
        sebagian,
        "kode_instansi;kode_satker;nama_satker;nama_analis;email_analis\n"
            + "11;LAN-SUM;Puslatbang Wilayah Sumatra;Cut Meutia Rahmah;cut@lan.example\n"
            + "P001;LAN-PST;Pusbangkom ASN Wilayah Pusat;Ratna Kusumawati;ratna@lan.example\n",
        StandardCharsets.UTF_8);
    CliProcess.Result partial =
        CliProcess.run(
            root,
            "tindak-lanjut",
            "penugasan",
            sebagian.toString(),
            "--berlaku-mulai",
            "2026-03-01",
            "--workspace",
            ws);
    assertThat(partial.exitCode()).as(partial.err()).isZero();
    assertThat(partial.out())
        .isEqualTo(
            "Penugasan versi 2 disimpan: 2 instansi, berlaku mulai 2026-03-01.\n"
                + "Peringatan: 604 instansi dari daftar induk belum ditugaskan kepada analis mana"
                + " pun, antara lain: 11.01, 11.02, 11.03, 11.04, 11.05, 11.06, 11.07, 11.08,"
                + " 11.09, 11.10, ...\n");

    Path salah = root.resolve("berkas/salah.csv");
    Files.writeString(
        salah,
        "kode_instansi,kode_satker,nama_satker,nama_analis,email_analis\n"
            + "99.99,LAN-SUM,Puslatbang Wilayah Sumatra,Cut Meutia Rahmah,cut@lan.example\n",
        StandardCharsets.UTF_8);
    CliProcess.Result refused =
        CliProcess.run(root, "tindak-lanjut", "penugasan", salah.toString(), "--workspace", ws);
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.out())
        .isEqualTo(
            "Berkas penugasan salah.csv ditolak (1 masalah); tidak ada yang disimpan. Perbaiki"
                + " berkas lalu impor lagi:\n"
                + "  - Berkas \"salah.csv\", baris 2, kolom kode_instansi, nilai \"99.99\": kode"
                + " instansi ini tidak ada dalam daftar induk instansi (606 instansi); periksa"
                + " kodenya, misalnya 32.04 atau P001.\n");
    assertThat(PesanPeriksa.kataInggris(refused.out())).isEmpty();
    assertThat(root.resolve("ws/penugasan/v3")).doesNotExist();
  }

  @Test
  void aBadDateIsBadUsageInIndonesian() throws Exception {
    Path file = SampleData.copyPenugasan(root.resolve("berkas"));

    CliProcess.Result r =
        CliProcess.run(
            root,
            "tindak-lanjut",
            "penugasan",
            file.toString(),
            "--berlaku-mulai",
            "1-2-2026",
            "--workspace",
            root.resolve("ws").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("Galat: nilai tidak sah untuk --berlaku-mulai: \"1-2-2026\"");
  }
}
