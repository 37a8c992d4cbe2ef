package id.go.lan.bangkom.tindaklanjut;

import static id.go.lan.bangkom.tindaklanjut.DaftarUji.baris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.LogTindakLanjut;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording follow-ups: a worklist with good, empty and bad rows gives the counts and reasons
 * worked out by hand below; importing twice or recording by hand first adds nothing; a torn log is
 * repaired and said so. Today is 15 June 2026 (10:00 WIB).
 */
class TindakLanjutTest {
  private static final InstansiMaster MASTER = InstansiMaster.load(Optional.empty());
  private static final Clock JAM =
      Clock.fixed(Instant.parse("2026-06-15T03:00:00Z"), ZoneOffset.UTC);
  private static final String OLEH = "analis@lan.example";
  private static final String SALURAN =
      "saluran tidak dikenal (harus TELEPON, WHATSAPP, SURAT, KUNJUNGAN atau RAPAT)";

  @TempDir Path dir;
  private Workspace ws;
  private TindakLanjut tl;

  @BeforeEach
  void setUp() {
    ws = new Workspace(dir.resolve("ws"));
    tl = new TindakLanjut(MASTER, ws, JAM);
  }

  /** Rows 2..12 of the sheet; comments say what each one is and why. */
  private Path daftar() throws Exception {
    return DaftarUji.tulis(
        dir.resolve("daftar-analis.xlsx"),
        "Daftar",
        List.of(
            // 2: good, tanggal an Excel date, janji_tanggal typed d/m/yyyy
            baris(
                "2026-CW2",
                "11",
                LocalDate.of(2026, 6, 10),
                "TELEPON",
                "Bu Sari (Kabag SDM)",
                "Berjanji mengirim daftar pegawai",
                "Kirim ulang data pegawai",
                "20/6/2026"),
            // 3: not filled in: skipped
            baris("2026-CW2", "11.01"),
            // 4: good, kode typed as a number, saluran in lower case, no kontak, no janji
            baris("2026-CW2", 73, "2026-06-11", "whatsapp", null, "Data roster sudah dikirim"),
            // 5: unknown saluran
            baris("2026-CW2", "11", "12/6/2026", "FAX", "Pak Budi", "Tidak diangkat"),
            // 6: 31 February
            baris("2026-CW2", "11", "31/2/2026", "SURAT", null, "Surat dikirim"),
            // 7: unknown kode
            baris("2026-CW2", "99.99", "2026-06-12", "RAPAT", null, "Rapat koordinasi"),
            // 8: tomorrow
            baris("2026-CW2", "11", "2026-06-16", "KUNJUNGAN", null, "Kunjungan"),
            // 9: no hasil
            baris("2026-CW2", "11", "2026-06-12", "TELEPON", "Bu Sari"),
            // 10: wholly blank: not a row at all
            baris(),
            // 11: not a date
            baris("2026-CW2", "11", "kemarin", "TELEPON", null, "Ditelepon"),
            // 12: promise before the contact
            baris(
                "2026-CW2",
                "11",
                "2026-06-12",
                "TELEPON",
                null,
                "Ditelepon",
                "Kirim data",
                "2026-06-01")));
  }

  private List<LogTindakLanjut.Entri> log() {
    LogTindakLanjut.Isi isi = LogTindakLanjut.baca(LogTindakLanjut.berkas(ws));
    assertThat(isi.barisRusak()).isEmpty();
    return isi.entri();
  }

  @Test
  void everyFilledRowIsAcceptedOrRefusedWithFileRowColumnValueAndReason() throws Exception {
    HasilImpor h = tl.impor(daftar(), OLEH);

    assertThat(h.baris())
        .extracting(BarisImpor::nomor)
        .containsExactly(2, 4, 5, 6, 7, 8, 9, 11, 12);
    assertThat(h.kosong()).containsExactly(3);
    assertThat(h.jumlah(StatusBaris.DITERIMA)).isEqualTo(2);
    assertThat(h.jumlah(StatusBaris.DITOLAK)).isEqualTo(7);
    assertThat(h.lengkap()).isFalse();
    String b = "Ditolak: daftar-analis.xlsx baris ";
    assertThat(h.ringkasan())
        .containsExactly(
            "Impor daftar-analis.xlsx: 9 baris terisi, 2 diterima, 0 sudah tercatat, 7 ditolak;"
                + " 1 baris dengan kolom isian kosong dilewati.",
            b + "5, kolom saluran, nilai \"FAX\": " + SALURAN,
            b + "6, kolom tanggal, nilai \"31/2/2026\": tanggal tidak ada di kalender",
            b
                + "7, kolom kode_instansi, nilai \"99.99\": kode instansi tidak ada dalam daftar"
                + " instansi",
            b
                + "8, kolom tanggal, nilai \"2026-06-16\": tanggal kontak belum terjadi (hari ini"
                + " 2026-06-15)",
            b + "9, kolom hasil, nilai \"\": wajib diisi",
            b
                + "11, kolom tanggal, nilai \"kemarin\": bukan tanggal (isi sebagai tanggal Excel,"
                + " atau teks h/b/tttt seperti 5/3/2026, atau tttt-bb-hh seperti 2026-03-05)",
            b
                + "12, kolom janji_tanggal, nilai \"2026-06-01\": tanggal janji sebelum tanggal"
                + " kontak (2026-06-12)",
            "Tanda terima: " + h.tandaTerima(),
            "Log tindak lanjut: " + LogTindakLanjut.berkas(ws));

    List<LogTindakLanjut.Entri> log = log();
    assertThat(log).hasSize(2);
    LogTindakLanjut.Entri dua = log.get(0);
    assertThat(dua.tahun()).isEqualTo(2026);
    assertThat(dua.caturwulan()).isEqualTo(2);
    assertThat(dua.kodeInstansi()).isEqualTo("11");
    assertThat(dua.tanggal()).isEqualTo(LocalDate.of(2026, 6, 10));
    assertThat(dua.saluran()).isEqualTo("TELEPON");
    assertThat(dua.kontak()).isEqualTo("Bu Sari (Kabag SDM)");
    assertThat(dua.hasil()).isEqualTo("Berjanji mengirim daftar pegawai");
    assertThat(dua.janjiTindakan()).isEqualTo("Kirim ulang data pegawai");
    assertThat(dua.janjiTanggal()).isEqualTo(LocalDate.of(2026, 6, 20));
    assertThat(dua.dicatatOleh()).isEqualTo(OLEH);
    assertThat(dua.dicatatPada()).isEqualTo(OffsetDateTime.parse("2026-06-15T10:00+07:00"));
    assertThat(dua.sumber()).isEqualTo("daftar-analis.xlsx#2");
    LogTindakLanjut.Entri empat = log.get(1);
    assertThat(empat.kodeInstansi()).isEqualTo("73");
    assertThat(empat.saluran()).isEqualTo("WHATSAPP");
    assertThat(empat.kontak()).isEmpty();
    assertThat(empat.janjiTindakan()).isEmpty();
    assertThat(empat.janjiTanggal()).isNull();
    assertThat(empat.sumber()).isEqualTo("daftar-analis.xlsx#4");
  }

  @Test
  void theReceiptListsEveryRowThatHoldsSomething() throws Exception {
    HasilImpor h = tl.impor(daftar(), OLEH);

    assertThat(h.tandaTerima())
        .isEqualTo(
            ws.root().resolve("tindak-lanjut/tanda-terima/20260615-100000-daftar-analis.csv"));
    List<String> lines = Files.readAllLines(h.tandaTerima(), StandardCharsets.UTF_8);
    String id2 = log().get(0).id();
    assertThat(lines)
        .containsExactly(
            "\uFEFFberkas,baris,status,periode,kode_instansi,kolom,nilai,alasan,id",
            "daftar-analis.xlsx,2,DITERIMA,2026-CW2,11,,,," + id2,
            "daftar-analis.xlsx,4,DITERIMA,2026-CW2,73,,,," + log().get(1).id(),
            "daftar-analis.xlsx,5,DITOLAK,2026-CW2,11,saluran,FAX,\"" + SALURAN + "\",",
            "daftar-analis.xlsx,6,DITOLAK,2026-CW2,11,tanggal,31/2/2026,"
                + "tanggal tidak ada di kalender,",
            "daftar-analis.xlsx,7,DITOLAK,2026-CW2,99.99,kode_instansi,99.99,"
                + "kode instansi tidak ada dalam daftar instansi,",
            "daftar-analis.xlsx,8,DITOLAK,2026-CW2,11,tanggal,2026-06-16,"
                + "tanggal kontak belum terjadi (hari ini 2026-06-15),",
            "daftar-analis.xlsx,9,DITOLAK,2026-CW2,11,hasil,,wajib diisi,",
            "daftar-analis.xlsx,11,DITOLAK,2026-CW2,11,tanggal,kemarin,\"bukan tanggal (isi"
                + " sebagai tanggal Excel, atau teks h/b/tttt seperti 5/3/2026, atau tttt-bb-hh"
                + " seperti 2026-03-05)\",",
            "daftar-analis.xlsx,12,DITOLAK,2026-CW2,11,janji_tanggal,2026-06-01,"
                + "tanggal janji sebelum tanggal kontak (2026-06-12),",
            "daftar-analis.xlsx,3,DILEWATI,,,,,kolom isian kosong,");
  }

  @Test
  void importingTheSameFileTwiceAddsNothing() throws Exception {
    Path daftar = daftar();
    HasilImpor pertama = tl.impor(daftar, OLEH);
    byte[] logSetelahPertama = Files.readAllBytes(LogTindakLanjut.berkas(ws));

    HasilImpor kedua = tl.impor(daftar, "admin@lan.example");

    assertThat(kedua.jumlah(StatusBaris.DITERIMA)).isZero();
    assertThat(kedua.jumlah(StatusBaris.SUDAH_TERCATAT)).isEqualTo(2);
    assertThat(kedua.jumlah(StatusBaris.DITOLAK)).isEqualTo(7);
    assertThat(kedua.ringkasan().get(0))
        .isEqualTo(
            "Impor daftar-analis.xlsx: 9 baris terisi, 0 diterima, 2 sudah tercatat, 7 ditolak;"
                + " 1 baris dengan kolom isian kosong dilewati.");
    assertThat(Files.readAllBytes(LogTindakLanjut.berkas(ws))).isEqualTo(logSetelahPertama);
    // Each import keeps its own receipt, never overwritten.
    assertThat(kedua.tandaTerima()).isNotEqualTo(pertama.tandaTerima());
    assertThat(kedua.tandaTerima().getFileName().toString())
        .isEqualTo("20260615-100000-daftar-analis-2.csv");
    assertThat(Files.readAllLines(kedua.tandaTerima(), StandardCharsets.UTF_8).get(1))
        .startsWith("daftar-analis.xlsx,2,SUDAH_TERCATAT,2026-CW2,11,,,sudah tercatat,");
  }

  @Test
  void anEntryRecordedByHandAndThenImportedIsOneEntry() throws Exception {
    HasilCatat c =
        tl.catat(
            new Masukan(
                "2026-CW2",
                " 11 ",
                "10/6/2026",
                "telepon",
                "Bu Sari (Kabag SDM)",
                "Berjanji mengirim daftar pegawai ",
                "Kirim ulang data pegawai",
                "2026-06-20"),
            OLEH);
    assertThat(c.status()).isEqualTo(StatusBaris.DITERIMA);
    assertThat(c.pesan())
        .containsExactly(
            "Tindak lanjut dicatat (id " + c.id() + ").",
            "Log tindak lanjut: " + LogTindakLanjut.berkas(ws));

    HasilImpor h = tl.impor(daftar(), OLEH);

    assertThat(h.baris().get(0).status()).isEqualTo(StatusBaris.SUDAH_TERCATAT);
    assertThat(h.baris().get(0).id()).isEqualTo(c.id());
    assertThat(h.jumlah(StatusBaris.DITERIMA)).isEqualTo(1);
    assertThat(log())
        .extracting(LogTindakLanjut.Entri::sumber)
        .containsExactly("CATAT", "daftar-analis.xlsx#4");

    HasilCatat lagi =
        tl.catat(
            new Masukan(
                "2026-CW2",
                "73",
                "2026-06-11",
                "WHATSAPP",
                "",
                "Data roster sudah dikirim",
                null,
                null),
            "lain@lan.example");
    assertThat(lagi.status()).isEqualTo(StatusBaris.SUDAH_TERCATAT);
    assertThat(lagi.pesan())
        .containsExactly(
            "Tindak lanjut ini sudah tercatat (id " + lagi.id() + "): tidak ada yang ditambahkan.");
    assertThat(log()).hasSize(2);
  }

  @Test
  void aRefusedEntryNamesEveryOptionThatIsWrongAndWritesNothing() {
    HasilCatat c =
        tl.catat(
            new Masukan("2026-CW4", "11", "2026-06-12", "FAX", "Pak Budi", " ", null, null), OLEH);

    assertThat(c.status()).isEqualTo(StatusBaris.DITOLAK);
    assertThat(c.id()).isNull();
    assertThat(c.pesan())
        .containsExactly(
            "Tindak lanjut ditolak: --periode \"2026-CW4\": periode tidak sah (harus berbentuk"
                + " YYYY-CWk, k = 1, 2 atau 3, misalnya 2026-CW2)",
            "Tindak lanjut ditolak: --saluran \"FAX\": " + SALURAN,
            "Tindak lanjut ditolak: --hasil \"\": wajib diisi");
    assertThat(Files.exists(LogTindakLanjut.berkas(ws))).isFalse();
  }

  @Test
  void aLogTornByACrashIsRepairedAndTheUserIsTold() throws Exception {
    tl.catat(
        new Masukan("2026-CW2", "11", "2026-06-12", "SURAT", "", "Surat dikirim", "", ""), OLEH);
    Path log = LogTindakLanjut.berkas(ws);
    String utuh = Files.readString(log, StandardCharsets.UTF_8);
    Files.writeString(log, utuh + "{\"id\":\"abc\",\"tahun\":2026,\"cat", StandardCharsets.UTF_8);
    assertThat(LogTindakLanjut.baca(log).barisRusak()).containsExactly(2);

    HasilCatat c =
        tl.catat(new Masukan("2026-CW2", "11", "2026-06-13", "RAPAT", "", "Rapat", "", ""), OLEH);

    assertThat(c.status()).isEqualTo(StatusBaris.DITERIMA);
    assertThat(c.pesan().get(0))
        .isEqualTo(
            "Peringatan: baris terakhir "
                + log
                + " terpotong (29 karakter, penulisan yang terputus, misalnya saat listrik"
                + " padam) dan dibuang; catatan itu belum pernah dinyatakan tercatat.");
    assertThat(log())
        .extracting(LogTindakLanjut.Entri::hasil)
        .containsExactly("Surat dikirim", "Rapat");
  }

  @Test
  void aFileThatIsNotAWorklistIsRefusedWhole() throws Exception {
    Path lain = DaftarUji.tulis(dir.resolve("lain.xlsx"), "Lembar1", List.of());
    assertThatThrownBy(() -> tl.impor(lain, OLEH))
        .isInstanceOf(DaftarDitolak.class)
        .hasMessage(
            "Berkas lain.xlsx ditolak: tidak ada lembar Daftar (lembar yang ada: Lembar1).");

    Path teks = Files.writeString(dir.resolve("catatan.xlsx"), "bukan excel");
    assertThatThrownBy(() -> tl.impor(teks, OLEH))
        .isInstanceOf(DaftarDitolak.class)
        .hasMessageStartingWith(
            "Berkas catatan.xlsx ditolak: tidak dapat dibaca sebagai buku kerja Excel (.xlsx)");
    assertThat(Files.exists(LogTindakLanjut.berkas(ws))).isFalse();
  }
}
