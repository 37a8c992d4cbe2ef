package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tindak-lanjut daftar} writes one worklist per analis under the period's reports folder;
 * the contents are checked in the reports module (DaftarTindakLanjutTest).
 */
class TindakLanjutDaftarCommandTest {
  @TempDir Path root;

  @Test
  void writesTheWorklistOfEachAnalisAndOfTheInstansiNotAssigned() throws Exception {
    Workspace ws = new Workspace(root);
    Files.createDirectories(ws.warehouseDir());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.warehouse());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE dim_instansi (kode_instansi VARCHAR, nama_instansi VARCHAR,"
              + " jenis_instansi VARCHAR, kode_provinsi VARCHAR, nama_provinsi VARCHAR)");
      s.execute(
          "INSERT INTO dim_instansi VALUES ('31', 'Provinsi A', 'PROVINSI', '31', 'A'),"
              + " ('32', 'Provinsi B', 'PROVINSI', '32', 'B')");
      s.execute(
          "CREATE TABLE sounding (tahun INTEGER, caturwulan INTEGER, kode_instansi VARCHAR,"
              + " level VARCHAR, jumlah_pegawai BIGINT, persen_on_track DECIMAL(5,2),"
              + " persen_baris_ditolak DECIMAL(5,2), alasan VARCHAR)");
      s.execute(
          "INSERT INTO sounding VALUES (2026, 1, '31', 'MERAH', 10, 30, 0, 'uji'),"
              + " (2026, 1, '32', 'HIJAU', 10, 90, 0, 'uji')");
      s.execute(
          "CREATE TABLE kepatuhan_instansi (tahun INTEGER, caturwulan INTEGER,"
              + " kode_instansi VARCHAR, persen_on_track DECIMAL(5,2))");
      s.execute(
          "CREATE TABLE dim_penugasan (kode_instansi VARCHAR, kode_satker VARCHAR,"
              + " nama_satker VARCHAR, nama_analis VARCHAR, email_analis VARCHAR, versi INTEGER,"
              + " berlaku_mulai DATE, berlaku_sampai DATE)");
      s.execute(
          "INSERT INTO dim_penugasan VALUES ('31', 'S1', 'Satker', 'Sari Dewi',"
              + " 'sari.dewi@lan.example', 1, DATE '2020-01-01', NULL)");
    }

    int code =
        Main.execute(
            "tindak-lanjut", "daftar", "--periode", "2026-CW1", "--workspace", root.toString());

    assertThat(code).isZero();
    Path folder = root.resolve("reports/2026-CW1/tindak-lanjut");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly(
              "daftar-belum-ditugaskan.pdf",
              "daftar-belum-ditugaskan.xlsx",
              "daftar-sari-dewi-lan-example.pdf",
              "daftar-sari-dewi-lan-example.xlsx");
    }
  }

  @Test
  void withoutAWarehouseItIsBadUsage() {
    assertThat(
            Main.execute(
                "tindak-lanjut", "daftar", "--periode", "2026-CW1", "--workspace", root.toString()))
        .isEqualTo(2);
  }

  @Test
  void withoutAPeriodItIsBadUsage() {
    assertThat(Main.execute("tindak-lanjut", "daftar", "--workspace", root.toString()))
        .isEqualTo(2);
  }
}
