package id.go.lan.bangkom.core.kontrak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.Workspace;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DokumenTerbitTest {
  private static final LocalDate TANGGAL = LocalDate.of(2026, 9, 15);

  /** A fixed key for the worked examples: the bytes 0x00, 0x01, ..., 0x1f. */
  private static final byte[] KUNCI = kunciUji();

  private static byte[] kunciUji() {
    byte[] k = new byte[32];
    for (int i = 0; i < k.length; i++) {
      k[i] = (byte) i;
    }
    return k;
  }

  @Test
  void thePrimitiveIsHmacSha256AsRfc4231TestCase1() throws Exception {
    // RFC 4231, 4.2 (test case 1): key 20 x 0x0b, data "Hi There".
    Mac mac = Mac.getInstance("HmacSHA256");
    byte[] key = new byte[20];
    Arrays.fill(key, (byte) 0x0b);
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    assertThat(
            HexFormat.of().formatHex(mac.doFinal("Hi There".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  }

  @Test
  void theCodeIsTheFirst50BitsOfTheFieldsHmacSha256InCrockfordBase32() throws Exception {
    // HMAC-SHA256(0x00..0x1f, "laporan-caturwulan\n\n2026-CW2\n2026-09-15") starts
    // b0 df 90 38 34 a0 ba = 10110000 11011111 10010000 00111000 00110100 10100000 10111010;
    // its first 50 bits 10110 00011 01111 11001 00000 01110 00001 10100 10100 00010
    // = 22 3 15 25 0 14 1 20 20 2 -> P 3 F S 0 E 1 M M 2.
    assertThat(DokumenTerbit.kode(KUNCI, "laporan-caturwulan", "", "2026-CW2", TANGGAL))
        .isEqualTo("P3FS0-E1MM2")
        .isEqualTo(expected(KUNCI, "laporan-caturwulan\n\n2026-CW2\n2026-09-15"));
    assertThat(DokumenTerbit.kode(KUNCI, "profil-instansi", "K001", "2026-CW2", TANGGAL))
        .isEqualTo("KS08N-DWVJR")
        .isEqualTo(expected(KUNCI, "profil-instansi\nK001\n2026-CW2\n2026-09-15"));
    for (String jenis : List.of("surat-sounding", "surat-eskalasi", "laporan-tahunan")) {
      assertThat(DokumenTerbit.kode(KUNCI, jenis, "K042", "2026", TANGGAL))
          .isEqualTo(expected(KUNCI, jenis + "\nK042\n2026\n2026-09-15"));
    }
    // Not the unkeyed SHA-256 of the fields any more (that code was "D5DVN-RX6CM").
    assertThat(DokumenTerbit.kode(KUNCI, "laporan-caturwulan", "", "2026-CW2", TANGGAL))
        .isNotEqualTo("D5DVN-RX6CM");
  }

  @Test
  void theCodeIsDeterministicAndDiffersWhenAFieldOrTheKeyDiffers() {
    String kode = DokumenTerbit.kode(KUNCI, "surat-sounding", "K001", "2026-CW2", TANGGAL);
    assertThat(kode).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
    assertThat(DokumenTerbit.kode(KUNCI, "surat-sounding", "K001", "2026-CW2", TANGGAL))
        .isEqualTo(kode);
    byte[] lain = KUNCI.clone();
    lain[31] ^= 1;
    assertThat(
            List.of(
                DokumenTerbit.kode(KUNCI, "surat-eskalasi", "K001", "2026-CW2", TANGGAL),
                DokumenTerbit.kode(KUNCI, "surat-sounding", "K002", "2026-CW2", TANGGAL),
                DokumenTerbit.kode(KUNCI, "surat-sounding", "K001", "2026-CW3", TANGGAL),
                DokumenTerbit.kode(
                    KUNCI, "surat-sounding", "K001", "2026-CW2", TANGGAL.plusDays(1)),
                DokumenTerbit.kode(lain, "surat-sounding", "K001", "2026-CW2", TANGGAL)))
        .doesNotContain(kode)
        .doesNotHaveDuplicates();
    assertThatThrownBy(() -> DokumenTerbit.kode(KUNCI, "a\nb", "", "2026", TANGGAL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DokumenTerbit.kode(new byte[0], "a", "", "2026", TANGGAL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoWorkspacesGiveTheSameDocumentDifferentCodes(@TempDir Path a, @TempDir Path b) {
    Workspace satu = new Workspace(a);
    Workspace dua = new Workspace(b);
    String kodeSatu =
        DokumenTerbit.kode(
            DokumenTerbit.kunci(satu), "surat-eskalasi", "K001", "2026-CW2", TANGGAL);
    String kodeDua =
        DokumenTerbit.kode(DokumenTerbit.kunci(dua), "surat-eskalasi", "K001", "2026-CW2", TANGGAL);
    assertThat(kodeSatu).isNotEqualTo(kodeDua);

    // Registered in one, the document is genuine there and unknown in the other; copying its
    // entry into the other does not make it genuine there (the other key gives another code).
    DokumenTerbit.Entri e =
        DokumenTerbit.Entri.baru(
            DokumenTerbit.kunci(satu),
            "surat-eskalasi",
            "K001",
            "Contoh",
            "2026-CW2",
            TANGGAL,
            "x");
    assertThat(e.kode()).isEqualTo(kodeSatu);
    DokumenTerbit.catat(satu, e);
    assertThat(DokumenTerbit.cari(satu, kodeSatu)).contains(e);
    assertThat(DokumenTerbit.cari(dua, kodeSatu)).isEmpty();
    assertThatThrownBy(() -> DokumenTerbit.catat(dua, e))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theKeyIsCreatedOnceOwnerOnlyAndReused(@TempDir Path root) throws Exception {
    Workspace ws = new Workspace(root);
    Path file = root.resolve("rahasia").resolve("kunci-verifikasi");
    assertThat(file).doesNotExist();
    byte[] pertama = DokumenTerbit.kunci(ws);
    assertThat(pertama).hasSize(32);
    assertThat(file).isRegularFile();
    assertThat(Files.readString(file, StandardCharsets.UTF_8).strip())
        .isEqualTo(HexFormat.of().formatHex(pertama));
    if (BerkasPribadi.posix(file)) {
      assertThat(Files.getPosixFilePermissions(file)).isEqualTo(BerkasPribadi.FILE);
      assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(BerkasPribadi.FOLDER);
    }
    FileTime dibuat = Files.getLastModifiedTime(file);
    byte[] kedua = DokumenTerbit.kunci(ws);
    assertThat(kedua).isEqualTo(pertama);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(dibuat);
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file); // no temporary file left behind
    }
    // Another workspace gets another random key.
    assertThat(DokumenTerbit.kunci(new Workspace(root.resolve("lain")))).isNotEqualTo(pertama);

    // A key left readable by others is narrowed, not replaced.
    if (BerkasPribadi.posix(file)) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
      assertThat(DokumenTerbit.kunci(ws)).isEqualTo(pertama);
      assertThat(Files.getPosixFilePermissions(file)).isEqualTo(BerkasPribadi.FILE);
    }
  }

  @Test
  void aDamagedKeyIsRefusedNotReplaced(@TempDir Path root) throws Exception {
    Workspace ws = new Workspace(root);
    Path file = root.resolve("rahasia").resolve("kunci-verifikasi");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "bukan kunci\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DokumenTerbit.kunci(ws))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kunci-verifikasi");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("bukan kunci\n");
  }

  @Test
  void aConcurrentFirstUseYieldsOneKey(@TempDir Path root) throws Exception {
    for (int ulang = 0; ulang < 20; ulang++) {
      Workspace ws = new Workspace(root.resolve("ws" + ulang));
      CyclicBarrier bersama = new CyclicBarrier(2);
      Callable<byte[]> pakai =
          () -> {
            bersama.await();
            return DokumenTerbit.kunci(ws);
          };
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<byte[]> a = pool.submit(pakai);
        Future<byte[]> b = pool.submit(pakai);
        byte[] kunciA = a.get(30, TimeUnit.SECONDS);
        byte[] kunciB = b.get(30, TimeUnit.SECONDS);
        assertThat(kunciA).as("run " + ulang).isEqualTo(kunciB).hasSize(32);
        assertThat(DokumenTerbit.kunci(ws)).isEqualTo(kunciA);
      } finally {
        pool.shutdownNow();
      }
      try (var files = Files.list(ws.rahasia())) {
        assertThat(files).hasSize(1); // the key, no temporary file left behind
      }
    }
  }

  /** A workspace whose key is {@link #KUNCI}, as one restored from a backup. */
  private static Workspace denganKunciUji(Path root) throws Exception {
    Path file = root.resolve("rahasia").resolve("kunci-verifikasi");
    Files.createDirectories(file.getParent());
    Files.writeString(file, HexFormat.of().formatHex(KUNCI) + "\n", StandardCharsets.UTF_8);
    Workspace ws = new Workspace(root);
    assertThat(DokumenTerbit.kunci(ws)).isEqualTo(KUNCI);
    return ws;
  }

  @Test
  void aRegisteredDocumentIsFoundByItsCodeAsAReaderTypesIt(@TempDir Path root) throws Exception {
    Workspace ws = denganKunciUji(root);
    DokumenTerbit.Entri e =
        DokumenTerbit.Entri.baru(
            DokumenTerbit.kunci(ws),
            "profil-instansi",
            "K001",
            "Kementerian Contoh \"Satu\" = Ñusantara",
            "2026-CW2",
            TANGGAL,
            "reports/2026-CW2/profil/profil-K001-2026-CW2.pdf");
    assertThat(e.kode()).isEqualTo("KS08N-DWVJR");
    DokumenTerbit.catat(ws, e);

    Path file = root.resolve("verifikasi").resolve("KS08N-DWVJR.properties");
    assertThat(file).isRegularFile();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("#");
    try (var files = Files.list(root.resolve("verifikasi"))) {
      assertThat(files).hasSize(1); // no temporary file left behind
    }
    for (String typed :
        List.of("KS08N-DWVJR", "ks08n-dwvjr", " KS08N DWVJR ", "KS08NDWVJR", "KSO8N-DWVJR")) {
      assertThat(DokumenTerbit.cari(ws, typed)).as(typed).contains(e);
    }
    assertThat(DokumenTerbit.cari(ws, "ks08n-dwvjq")).isEmpty(); // valid form, other code
    assertThat(e.nasional()).isFalse();

    DokumenTerbit.Entri nasional =
        DokumenTerbit.Entri.baru(
            KUNCI,
            "laporan-caturwulan",
            "",
            DokumenTerbit.NASIONAL,
            "2026-CW2",
            TANGGAL,
            "reports/2026-CW2/laporan-caturwulan-2026-CW2.pdf");
    DokumenTerbit.catat(ws, nasional);
    DokumenTerbit.catat(ws, nasional); // issued again: the same entry, replaced
    assertThat(DokumenTerbit.cari(ws, "p3fs0-e1mm2")).contains(nasional);
    assertThat(nasional.nasional()).isTrue();
  }

  @Test
  void theCrockfordAliasesReadAsDigits(@TempDir Path root) {
    Workspace ws = new Workspace(root);
    DokumenTerbit.Entri e =
        DokumenTerbit.Entri.baru(
            DokumenTerbit.kunci(ws),
            "laporan-tahunan",
            "",
            DokumenTerbit.NASIONAL,
            "2026",
            TANGGAL,
            "x");
    DokumenTerbit.catat(ws, e);
    String dengan = e.kode().replace('0', 'o').replace('1', 'L');
    assertThat(DokumenTerbit.cari(ws, dengan)).contains(e);
  }

  @Test
  void anInputThatIsNotTenBase32CharactersIsRefusedWithoutTouchingAPath(@TempDir Path root)
      throws Exception {
    Workspace ws = new Workspace(root);
    // A file a traversal would reach, if any input reached a path unvalidated.
    Files.createDirectories(root.resolve("verifikasi"));
    Files.writeString(root.resolve("x.properties"), "kode=x\n", StandardCharsets.UTF_8);
    for (String bad :
        Arrays.asList(
            null,
            "",
            "../x",
            "..%2Fx",
            "7D8C5-4C16",
            "7D8C5-4C1666",
            "7D8C5-4C16U",
            "7D8C5/4C166",
            "7D8C5.4C166",
            "7D8C5_4C166",
            "７D8C5-4C166",
            "7D8C5-4C166\u0000",
            "-".repeat(10_000))) {
      assertThat(DokumenTerbit.cari(ws, bad)).as(String.valueOf(bad)).isEmpty();
    }
  }

  @Test
  void anEntryIsRefusedUnlessItsCodeIsThatOfItsFields(@TempDir Path root) throws Exception {
    Workspace ws = denganKunciUji(root);
    // The code of another document under the workspace's key.
    DokumenTerbit.Entri salah =
        new DokumenTerbit.Entri(
            "P3FS0-E1MM2", "profil-instansi", "K001", "Contoh", "2026-CW2", TANGGAL, "x.pdf");
    assertThatThrownBy(() -> DokumenTerbit.catat(ws, salah))
        .isInstanceOf(IllegalArgumentException.class);
    // The code of the document under another key (the unregistered render's zero key).
    DokumenTerbit.Entri lainKunci =
        DokumenTerbit.Entri.baru(
            new byte[32], "profil-instansi", "K001", "Contoh", "2026-CW2", TANGGAL, "x.pdf");
    assertThatThrownBy(() -> DokumenTerbit.catat(ws, lainKunci))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(root.resolve("verifikasi")).doesNotExist();
    assertThatThrownBy(
            () ->
                new DokumenTerbit.Entri(
                    "d5dvn-rx6cm", "laporan-caturwulan", "", "Nasional", "2026", TANGGAL, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTamperedEntryIsNotGenuine(@TempDir Path root) throws Exception {
    Workspace ws = new Workspace(root);
    DokumenTerbit.Entri e =
        DokumenTerbit.Entri.baru(
            DokumenTerbit.kunci(ws),
            "surat-sounding",
            "K001",
            "Contoh",
            "2026-CW2",
            TANGGAL,
            "x.pdf");
    DokumenTerbit.catat(ws, e);
    Path file = root.resolve("verifikasi").resolve(e.kode() + ".properties");
    Files.writeString(
        file,
        Files.readString(file, StandardCharsets.UTF_8).replace("K001", "K002"),
        StandardCharsets.UTF_8);
    assertThat(DokumenTerbit.cari(ws, e.kode())).isEmpty();

    // A forged entry: fields and the code they would have without the key (the old formula).
    DokumenTerbit.Entri palsu =
        new DokumenTerbit.Entri(
            "D5DVN-RX6CM", "laporan-caturwulan", "", "Nasional", "2026-CW2", TANGGAL, "x.pdf");
    Files.writeString(
        root.resolve("verifikasi").resolve("D5DVN-RX6CM.properties"),
        "kode=D5DVN-RX6CM\njenis=laporan-caturwulan\nkode_instansi=\nnama_instansi=Nasional\n"
            + "periode=2026-CW2\ntanggal_terbit=2026-09-15\nberkas=x.pdf\n",
        StandardCharsets.UTF_8);
    assertThat(palsu.kode()).isEqualTo("D5DVN-RX6CM");
    assertThat(DokumenTerbit.cari(ws, "D5DVN-RX6CM")).isEmpty();
  }

  @Test
  void theUrlIsThePublicAddressThenVerifikasiThenTheCode() {
    assertThat(DokumenTerbit.url("https://bangkom.lan.go.id/", "D5DVN-RX6CM"))
        .isEqualTo("https://bangkom.lan.go.id/verifikasi/D5DVN-RX6CM");
    assertThat(DokumenTerbit.url("http://127.0.0.1:7070", "D5DVN-RX6CM"))
        .isEqualTo("http://127.0.0.1:7070/verifikasi/D5DVN-RX6CM");
  }

  /**
   * The code computed another way: {@link Mac} HmacSHA256 of the text, its first 7 bytes as a
   * number, 6 bits dropped, radix 32 mapped to Crockford's alphabet.
   */
  private static String expected(byte[] key, String isi) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] hash = mac.doFinal(isi.getBytes(StandardCharsets.UTF_8));
    BigInteger bits = new BigInteger(1, Arrays.copyOf(hash, 7)).shiftRight(6);
    String radix32 = String.format("%10s", bits.toString(32)).replace(' ', '0');
    String standard = "0123456789abcdefghijklmnopqrstuv";
    String crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    StringBuilder out = new StringBuilder();
    for (char c : radix32.toCharArray()) {
      out.append(crockford.charAt(standard.indexOf(c)));
    }
    return out.substring(0, 5) + "-" + out.substring(5);
  }
}
