package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.LogTindakLanjut;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code tindak_lanjut} table from a tiny follow-up log, without a lake or Spark. */
class TindakLanjutLoaderTest {
  @TempDir Path dir;

  private static Connection warehouse() throws Exception {
    return WarehouseFixture.denganTabel("tindak_lanjut");
  }

  private static List<String> rows(Connection c) throws Exception {
    return WarehouseFixture.baris(
        c,
        "SELECT tahun, caturwulan, kode_instansi, tanggal, saluran, kontak, hasil,"
            + " janji_tindakan, janji_tanggal, dicatat_oleh, dicatat_pada, sumber,"
            + " length(id) FROM tindak_lanjut ORDER BY dicatat_pada");
  }

  @Test
  void emptyWhenNothingWasRecorded() throws Exception {
    try (Connection c = warehouse()) {
      TindakLanjutLoader.load(c, new Workspace(dir));
      assertThat(rows(c)).isEmpty();
    }
  }

  @Test
  void oneRowPerEntryWithTheTimeInWibAndATornLineSkipped() throws Exception {
    Workspace ws = new Workspace(dir);
    try (LogTindakLanjut.Penulis p = LogTindakLanjut.Penulis.buka(ws)) {
      p.tambah(
          LogTindakLanjut.Entri.baru(
              2026,
              2,
              "11",
              LocalDate.of(2026, 6, 10),
              "TELEPON",
              "Bu Sari",
              "Berjanji mengirim data",
              "Kirim data pegawai",
              LocalDate.of(2026, 6, 20),
              "analis@lan.example",
              // 03:00 UTC is 10:00 WIB
              OffsetDateTime.parse("2026-06-15T03:00:00Z"),
              "daftar.xlsx#2"));
      p.tambah(
          LogTindakLanjut.Entri.baru(
              2026,
              2,
              "73",
              LocalDate.of(2026, 6, 11),
              "SURAT",
              "",
              "Surat dikirim",
              "",
              null,
              "analis@lan.example",
              OffsetDateTime.parse("2026-06-15T11:30:00+07:00"),
              "CATAT"));
    }
    Files.writeString(
        LogTindakLanjut.berkas(ws),
        "{\"id\":\"abc\",\"tah",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    try (Connection c = warehouse()) {
      TindakLanjutLoader.load(c, ws);
      assertThat(rows(c))
          .containsExactly(
              "2026|2|11|2026-06-10|TELEPON|Bu Sari|Berjanji mengirim data|Kirim data pegawai"
                  + "|2026-06-20|analis@lan.example|2026-06-15 10:00:00.0|daftar.xlsx#2|64",
              "2026|2|73|2026-06-11|SURAT||Surat dikirim||null|analis@lan.example"
                  + "|2026-06-15 11:30:00.0|CATAT|64");
    }
  }
}
