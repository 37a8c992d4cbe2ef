package id.go.lan.bangkom.core.kontrak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditPortalTest {
  private static final Instant PADA = Instant.parse("2026-06-15T03:00:00Z");

  @TempDir Path dir;

  private static AuditPortal.Entri entri(long id, String aksi, String objek) {
    return new AuditPortal.Entri(
        id, PADA, "pic@instansi.example", "PIC", "32.04", aksi, objek, "OK", "127.0.0.1");
  }

  private static String line(long id, String aksi, String objek) {
    return "{\"id\":"
        + id
        + ",\"waktu\":\"2026-06-15T03:00:00Z\",\"akun\":\"pic@instansi.example\",\"peran\":\"PIC\","
        + "\"kode_instansi\":\"32.04\",\"aksi\":\""
        + aksi
        + "\",\"objek\":\""
        + objek
        + "\",\"hasil\":\"OK\",\"alamat_ip\":\"127.0.0.1\"}";
  }

  private Path prepared(String content) throws Exception {
    Path log = AuditPortal.berkas(new Workspace(dir));
    Files.createDirectories(log.getParent());
    Files.writeString(log, content, StandardCharsets.UTF_8);
    return log;
  }

  @Test
  void theFileIsPortalAuditPortalJsonlInTheWorkspace() {
    assertThat(AuditPortal.berkas(new Workspace(dir)))
        .isEqualTo(dir.toAbsolutePath().normalize().resolve("portal/audit_portal.jsonl"));
  }

  @Test
  void aLineIsWrittenInTheContractsOrderAndReadBack() throws Exception {
    AuditPortal.Entri e =
        new AuditPortal.Entri(
            7,
            Instant.parse("2026-06-15T03:00:01.250Z"),
            "",
            "",
            "",
            "MASUK_GAGAL",
            "",
            "DITOLAK",
            "2001:db8::1");
    String expected =
        "{\"id\":7,\"waktu\":\"2026-06-15T03:00:01.250Z\",\"akun\":\"\",\"peran\":\"\","
            + "\"kode_instansi\":\"\",\"aksi\":\"MASUK_GAGAL\",\"objek\":\"\","
            + "\"hasil\":\"DITOLAK\",\"alamat_ip\":\"2001:db8::1\"}";
    assertThat(e.json()).isEqualTo(expected);
    assertThat(AuditPortal.Entri.parse(expected)).isEqualTo(e);
  }

  @Test
  void appendsAreReadBackInOrderAndTheFileHoldsExactlyTheLines() throws Exception {
    Workspace ws = new Workspace(dir);
    AuditPortal.tambah(ws, List.of(entri(1, "MASUK", ""), entri(2, "UNGGAH", "pegawai.csv")));
    AuditPortal.tambah(ws, List.of(entri(3, "KELUAR", "")));

    assertThat(AuditPortal.baca(ws))
        .containsExactly(
            entri(1, "MASUK", ""), entri(2, "UNGGAH", "pegawai.csv"), entri(3, "KELUAR", ""));
    assertThat(Files.readString(AuditPortal.berkas(ws), StandardCharsets.UTF_8))
        .isEqualTo(
            line(1, "MASUK", "")
                + "\n"
                + line(2, "UNGGAH", "pegawai.csv")
                + "\n"
                + line(3, "KELUAR", "")
                + "\n");
    assertThat(AuditPortal.idTerakhir(ws)).isEqualTo(3);
  }

  @Test
  void anEmptyAppendCreatesNothingAndAMissingLogIsEmpty() {
    Workspace ws = new Workspace(dir);
    AuditPortal.tambah(ws, List.of());
    assertThat(AuditPortal.folder(ws)).doesNotExist();
    assertThat(AuditPortal.baca(ws)).isEmpty();
    assertThat(AuditPortal.idTerakhir(ws)).isZero();
  }

  @Test
  void theLogAndItsFolderArePrivateToTheWorkspacesAccount() throws Exception {
    Workspace ws = new Workspace(dir);
    AuditPortal.tambah(ws, List.of(entri(1, "MASUK", "")));
    if (BerkasPribadi.posix(dir)) {
      assertThat(Files.getPosixFilePermissions(AuditPortal.berkas(ws)))
          .isEqualTo(BerkasPribadi.FILE);
      assertThat(Files.getPosixFilePermissions(AuditPortal.folder(ws)))
          .isEqualTo(BerkasPribadi.FOLDER);
    }
  }

  @Test
  void aLineTornByACrashIsSkippedByTheReaderAndCutOffByTheNextAppend() throws Exception {
    String satu = line(1, "MASUK", "");
    // Torn inside the two-byte "é" of the object's name: the reader must not fail on the bytes.
    String full = line(2, "UNDUH", "surat-sé.pdf");
    byte[] dua = full.getBytes(StandardCharsets.UTF_8);
    int cut = full.substring(0, full.indexOf('é')).getBytes(StandardCharsets.UTF_8).length + 1;
    Path log = prepared(satu + "\n");
    Files.write(log, Arrays.copyOf(dua, cut), StandardOpenOption.APPEND);
    Workspace ws = new Workspace(dir);

    assertThat(AuditPortal.baca(ws)).containsExactly(entri(1, "MASUK", ""));
    assertThat(AuditPortal.idTerakhir(ws)).isEqualTo(1);

    AuditPortal.tambah(ws, List.of(entri(2, "UNDUH", "surat-sé.pdf")));
    assertThat(Files.readString(log, StandardCharsets.UTF_8))
        .isEqualTo(satu + "\n" + line(2, "UNDUH", "surat-sé.pdf") + "\n");
    assertThat(AuditPortal.idTerakhir(ws)).isEqualTo(2);
  }

  @Test
  void aWholeLastEntryShortOfItsNewlineIsKept() throws Exception {
    Path log = prepared(line(1, "MASUK", ""));
    Workspace ws = new Workspace(dir);
    assertThat(AuditPortal.baca(ws)).containsExactly(entri(1, "MASUK", ""));

    AuditPortal.tambah(ws, List.of(entri(2, "KELUAR", "")));
    assertThat(Files.readString(log, StandardCharsets.UTF_8))
        .isEqualTo(line(1, "MASUK", "") + "\n" + line(2, "KELUAR", "") + "\n");
  }

  @Test
  void anIdWrittenTwiceIsReadOnceTheFirstTime() throws Exception {
    prepared(
        line(1, "MASUK", "")
            + "\n"
            + line(2, "UNGGAH", "a.csv")
            + "\n"
            + line(1, "KELUAR", "")
            + "\n"
            + line(2, "UNGGAH", "a.csv")
            + "\n"
            + line(3, "UNDUH", "b.pdf")
            + "\n");
    assertThat(AuditPortal.baca(new Workspace(dir)))
        .containsExactly(
            entri(1, "MASUK", ""), entri(2, "UNGGAH", "a.csv"), entri(3, "UNDUH", "b.pdf"));
  }

  @Test
  void theLastIdIsTheLargestOfTheCompleteLinesWhateverTheirOrder() throws Exception {
    prepared(
        line(5, "MASUK", "")
            + "\n"
            + line(9, "UNGGAH", "a.csv")
            + "\n"
            + "not json\n"
            + line(3, "KELUAR", "")
            + "\n"
            + "{\"id\":12,\"waktu\":\"2026-06-1");
    assertThat(AuditPortal.idTerakhir(new Workspace(dir))).isEqualTo(9);
  }

  @Test
  void twoThreadsAppendingAtOnceKeepEveryLineWhole() throws Exception {
    Workspace ws = new Workspace(dir);
    int batches = 40;
    int perBatch = 10;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      // Thread 0 writes ids 1..400, thread 1 ids 1001..1400, each in batches of 10.
      for (int t = 0; t < 2; t++) {
        long base = t * 1000L;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int b = 0; b < batches; b++) {
                    List<AuditPortal.Entri> batch = new ArrayList<>();
                    for (int i = 1; i <= perBatch; i++) {
                      batch.add(entri(base + b * perBatch + i, "UNGGAH", "x.csv"));
                    }
                    AuditPortal.tambah(ws, batch);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<String> lines = Files.readAllLines(AuditPortal.berkas(ws), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(800);
    for (String l : lines) {
      AuditPortal.Entri.parse(l); // throws on a line that two writers interleaved
    }
    List<Long> ids = AuditPortal.baca(ws).stream().map(AuditPortal.Entri::id).toList();
    List<Long> fromFirst = ids.stream().filter(id -> id < 1000).toList();
    List<Long> fromSecond = ids.stream().filter(id -> id > 1000).toList();
    assertThat(fromFirst)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 400).boxed().toList());
    assertThat(fromSecond)
        .containsExactlyElementsOf(LongStream.rangeClosed(1001, 1400).boxed().toList());
    assertThat(AuditPortal.idTerakhir(ws)).isEqualTo(1400);
  }

  @Test
  void aNipShapedValueIsMaskedInAccountObjectAndResult() {
    AuditPortal.Entri e =
        new AuditPortal.Entri(
            1,
            PADA,
            "199001012015011001@instansi.example",
            "PIC",
            "32.04",
            "UNGGAH",
            "pegawai_199001012015011001.csv",
            "DITOLAK: NIP 19900101 201501 1 001 tidak terdaftar",
            "10.0.0.1");
    assertThat(e.akun()).isEqualTo("[disamarkan]@instansi.example");
    assertThat(e.objek()).isEqualTo("pegawai_[disamarkan].csv");
    assertThat(e.hasil()).isEqualTo("DITOLAK: NIP [disamarkan] tidak terdaftar");
  }

  @Test
  void digitsThatAreNotNipShapedStay() {
    // 17 and 20 digits, and 18 digits inside a hex hash: not a NIP.
    String objek = "v12345678901234567 a12345678901234567890 9f199001012015011001ab";
    assertThat(entri(1, "UNDUH", objek).objek()).isEqualTo(objek);
  }

  @Test
  void anEntryOutsideTheContractIsRefused() {
    assertThatThrownBy(() -> entri(0, "MASUK", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> entri(1, "LOGIN", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LOGIN");
    assertThatThrownBy(
            () ->
                new AuditPortal.Entri(
                    1, PADA, "a@b.example", "pic", "", "MASUK", "", "OK", "127.0.0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pic");
    assertThatThrownBy(
            () ->
                new AuditPortal.Entri(
                    1, PADA, "a@b.example", "PIC", "", "MASUK", "", " ", "127.0.0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hasil");
    assertThat(AuditPortal.Aksi.values())
        .extracting(Enum::name)
        .containsExactly(
            "MASUK",
            "MASUK_GAGAL",
            "TERKUNCI",
            "KELUAR",
            "UNDANG",
            "ATUR_SANDI",
            "UNGGAH",
            "UNDUH",
            "TRAINING_RATE",
            "AKUN_UBAH",
            "TINDAK_LANJUT");
  }
}
