package id.go.lan.bangkom.core.kontrak;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTindakLanjutTest {
  private static final OffsetDateTime PADA = OffsetDateTime.parse("2026-06-15T10:00+07:00");

  private static LogTindakLanjut.Entri entri(String hasil, String oleh, String sumber) {
    return LogTindakLanjut.Entri.baru(
        2026,
        2,
        "32.04",
        LocalDate.of(2026, 6, 10),
        "TELEPON",
        "Bu Sari",
        hasil,
        "",
        null,
        oleh,
        PADA,
        sumber);
  }

  @Test
  void theIdIsTheSha256OfTheContentFieldsOnly() throws Exception {
    String isi =
        "2026\u001f2\u001f32.04\u001f2026-06-10\u001fTELEPON\u001fBu Sari\u001fData dikirim"
            + "\u001f\u001f";
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(isi.getBytes(StandardCharsets.UTF_8)));
    assertThat(entri("Data dikirim", "a@lan.example", "CATAT").id()).isEqualTo(expected);
    assertThat(entri("Data dikirim", "b@lan.example", "daftar.xlsx#2").id()).isEqualTo(expected);
    assertThat(entri("Data belum dikirim", "a@lan.example", "CATAT").id()).isNotEqualTo(expected);
  }

  @Test
  void aLineIsWrittenInTheContractsOrderAndReadBack() throws Exception {
    LogTindakLanjut.Entri e = entri("Data dikirim", "a@lan.example", "CATAT");
    assertThat(e.json())
        .isEqualTo(
            "{\"id\":\""
                + e.id()
                + "\",\"tahun\":2026,\"caturwulan\":2,\"kode_instansi\":\"32.04\","
                + "\"tanggal\":\"2026-06-10\",\"saluran\":\"TELEPON\",\"kontak\":\"Bu Sari\","
                + "\"hasil\":\"Data dikirim\",\"janji_tindakan\":\"\",\"janji_tanggal\":null,"
                + "\"dicatat_oleh\":\"a@lan.example\",\"dicatat_pada\":\"2026-06-15T10:00+07:00\","
                + "\"sumber\":\"CATAT\"}");
    assertThat(LogTindakLanjut.Entri.parse(e.json())).isEqualTo(e);
  }

  @Test
  void theWriterAddsAnIdOnceAndSyncsEachLine(@TempDir Path dir) {
    Workspace ws = new Workspace(dir);
    try (LogTindakLanjut.Penulis p = LogTindakLanjut.Penulis.buka(ws)) {
      assertThat(p.tambah(entri("Data dikirim", "a@lan.example", "CATAT"))).isTrue();
      assertThat(p.tambah(entri("Data dikirim", "b@lan.example", "x.xlsx#3"))).isFalse();
    }
    try (LogTindakLanjut.Penulis p = LogTindakLanjut.Penulis.buka(ws)) {
      assertThat(p.tambah(entri("Data dikirim", "a@lan.example", "CATAT"))).isFalse();
      assertThat(p.tambah(entri("Lain", "a@lan.example", "CATAT"))).isTrue();
    }
    LogTindakLanjut.Isi isi = LogTindakLanjut.baca(LogTindakLanjut.berkas(ws));
    assertThat(isi.entri())
        .extracting(LogTindakLanjut.Entri::hasil)
        .containsExactly("Data dikirim", "Lain");
    assertThat(isi.barisRusak()).isEmpty();
  }

  @Test
  void aLineTornByACrashIsSkippedByTheReaderAndCutOffByTheNextWriter(@TempDir Path dir)
      throws Exception {
    Workspace ws = new Workspace(dir);
    Path log = LogTindakLanjut.berkas(ws);
    Files.createDirectories(log.getParent());
    String satu = entri("Satu", "a@lan.example", "CATAT").json();
    String dua = entri("Dua", "a@lan.example", "CATAT").json();
    String torn = dua.substring(0, 40);
    Files.writeString(log, satu + "\n" + torn, StandardCharsets.UTF_8, StandardOpenOption.CREATE);

    LogTindakLanjut.Isi isi = LogTindakLanjut.baca(log);
    assertThat(isi.entri()).extracting(LogTindakLanjut.Entri::hasil).containsExactly("Satu");
    assertThat(isi.barisRusak()).containsExactly(2);

    try (LogTindakLanjut.Penulis p = LogTindakLanjut.Penulis.buka(ws)) {
      assertThat(p.potonganDibuang()).contains(torn);
      assertThat(p.isiAwal().barisRusak()).isEmpty();
      assertThat(p.tambah(entri("Dua", "a@lan.example", "CATAT"))).isTrue();
    }
    assertThat(Files.readString(log, StandardCharsets.UTF_8)).isEqualTo(satu + "\n" + dua + "\n");
    try (LogTindakLanjut.Penulis p = LogTindakLanjut.Penulis.buka(ws)) {
      assertThat(p.potonganDibuang()).isEmpty();
    }
  }

  @Test
  void aWholeLastEntryShortOfItsNewlineIsKept(@TempDir Path dir) throws Exception {
    Workspace ws = new Workspace(dir);
    Path log = LogTindakLanjut.berkas(ws);
    Files.createDirectories(log.getParent());
    String satu = entri("Satu", "a@lan.example", "CATAT").json();
    Files.writeString(log, satu, StandardCharsets.UTF_8);
    assertThat(LogTindakLanjut.baca(log).entri()).hasSize(1);

    try (LogTindakLanjut.Penulis p = LogTindakLanjut.Penulis.buka(ws)) {
      assertThat(p.potonganDibuang()).isEmpty();
      assertThat(p.ada(entri("Satu", "b@lan.example", "x.xlsx#2").id())).isTrue();
      assertThat(p.tambah(entri("Dua", "a@lan.example", "CATAT"))).isTrue();
    }
    assertThat(LogTindakLanjut.baca(log).entri())
        .extracting(LogTindakLanjut.Entri::hasil)
        .containsExactly("Satu", "Dua");
  }
}
