package id.go.lan.bangkom.core.kontrak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.Workspace;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DokumenTerbitTest {
  private static final LocalDate TANGGAL = LocalDate.of(2026, 9, 15);

  @Test
  void theCodeIsTheFirst50BitsOfTheFieldsSha256InCrockfordBase32() throws Exception {
    // SHA-256("laporan-caturwulan\n\n2026-CW2\n2026-09-15") starts 69 5b ba e3 a6 65 0c:
    // 01101 00101 01101 11011 10101 11000 11101 00110 01100 10100 -> D 5 D V N R X 6 C M.
    assertThat(DokumenTerbit.kode("laporan-caturwulan", "", "2026-CW2", TANGGAL))
        .isEqualTo("D5DVN-RX6CM");
    // SHA-256("profil-instansi\nK001\n2026-CW2\n2026-09-15") starts 3b 50 c2 91 81 31 a0.
    assertThat(DokumenTerbit.kode("profil-instansi", "K001", "2026-CW2", TANGGAL))
        .isEqualTo("7D8C5-4C166");
    for (String jenis : List.of("surat-sounding", "surat-eskalasi", "laporan-tahunan")) {
      assertThat(DokumenTerbit.kode(jenis, "K042", "2026", TANGGAL))
          .isEqualTo(expected(jenis + "\nK042\n2026\n2026-09-15"));
    }
  }

  @Test
  void theCodeIsDeterministicAndDiffersWhenAFieldDiffers() {
    String kode = DokumenTerbit.kode("surat-sounding", "K001", "2026-CW2", TANGGAL);
    assertThat(kode).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
    assertThat(DokumenTerbit.kode("surat-sounding", "K001", "2026-CW2", TANGGAL)).isEqualTo(kode);
    assertThat(
            List.of(
                DokumenTerbit.kode("surat-eskalasi", "K001", "2026-CW2", TANGGAL),
                DokumenTerbit.kode("surat-sounding", "K002", "2026-CW2", TANGGAL),
                DokumenTerbit.kode("surat-sounding", "K001", "2026-CW3", TANGGAL),
                DokumenTerbit.kode("surat-sounding", "K001", "2026-CW2", TANGGAL.plusDays(1))))
        .doesNotContain(kode)
        .doesNotHaveDuplicates();
    assertThatThrownBy(() -> DokumenTerbit.kode("a\nb", "", "2026", TANGGAL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRegisteredDocumentIsFoundByItsCodeAsAReaderTypesIt(@TempDir Path root) throws Exception {
    Workspace ws = new Workspace(root);
    DokumenTerbit.Entri e =
        DokumenTerbit.Entri.baru(
            "profil-instansi",
            "K001",
            "Kementerian Contoh \"Satu\" = Ñusantara",
            "2026-CW2",
            TANGGAL,
            "reports/2026-CW2/profil/profil-K001-2026-CW2.pdf");
    assertThat(e.kode()).isEqualTo("7D8C5-4C166");
    DokumenTerbit.catat(ws, e);

    Path file = root.resolve("verifikasi").resolve("7D8C5-4C166.properties");
    assertThat(file).isRegularFile();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("#");
    try (var files = Files.list(root.resolve("verifikasi"))) {
      assertThat(files).hasSize(1); // no temporary file left behind
    }
    for (String typed :
        List.of("7D8C5-4C166", "7d8c5-4c166", " 7D8C5 4C166 ", "7D8C54C166", "7D8C5-4CI66")) {
      assertThat(DokumenTerbit.cari(ws, typed)).as(typed).contains(e);
    }
    assertThat(DokumenTerbit.cari(ws, "7d8c5-4cl6b")).isEmpty(); // valid form, other code
    assertThat(e.nasional()).isFalse();

    DokumenTerbit.Entri nasional =
        DokumenTerbit.Entri.baru(
            "laporan-caturwulan",
            "",
            DokumenTerbit.NASIONAL,
            "2026-CW2",
            TANGGAL,
            "reports/2026-CW2/laporan-caturwulan-2026-CW2.pdf");
    DokumenTerbit.catat(ws, nasional);
    DokumenTerbit.catat(ws, nasional); // issued again: the same entry, replaced
    assertThat(DokumenTerbit.cari(ws, "d5dvn-rx6cm")).contains(nasional);
    assertThat(nasional.nasional()).isTrue();
  }

  @Test
  void theCrockfordAliasesReadAsDigits(@TempDir Path root) {
    Workspace ws = new Workspace(root);
    DokumenTerbit.Entri e =
        DokumenTerbit.Entri.baru(
            "laporan-tahunan", "", DokumenTerbit.NASIONAL, "2026", TANGGAL, "x");
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
  void anEntryIsRefusedUnlessItsCodeIsThatOfItsFields(@TempDir Path root) {
    DokumenTerbit.Entri salah =
        new DokumenTerbit.Entri(
            "D5DVN-RX6CM", "profil-instansi", "K001", "Contoh", "2026-CW2", TANGGAL, "x.pdf");
    assertThatThrownBy(() -> DokumenTerbit.catat(new Workspace(root), salah))
        .isInstanceOf(IllegalArgumentException.class);
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
        DokumenTerbit.Entri.baru("surat-sounding", "K001", "Contoh", "2026-CW2", TANGGAL, "x.pdf");
    DokumenTerbit.catat(ws, e);
    Path file = root.resolve("verifikasi").resolve(e.kode() + ".properties");
    Files.writeString(
        file,
        Files.readString(file, StandardCharsets.UTF_8).replace("K001", "K002"),
        StandardCharsets.UTF_8);
    assertThat(DokumenTerbit.cari(ws, e.kode())).isEmpty();
  }

  @Test
  void theUrlIsThePublicAddressThenVerifikasiThenTheCode() {
    assertThat(DokumenTerbit.url("https://bangkom.lan.go.id/", "D5DVN-RX6CM"))
        .isEqualTo("https://bangkom.lan.go.id/verifikasi/D5DVN-RX6CM");
    assertThat(DokumenTerbit.url("http://127.0.0.1:7070", "D5DVN-RX6CM"))
        .isEqualTo("http://127.0.0.1:7070/verifikasi/D5DVN-RX6CM");
  }

  /** The code computed another way: the first 7 bytes as a number, 6 bits dropped, radix 32. */
  private static String expected(String isi) throws Exception {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(isi.getBytes(StandardCharsets.UTF_8));
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
