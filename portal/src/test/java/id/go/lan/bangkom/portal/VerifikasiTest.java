package id.go.lan.bangkom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.kontrak.DokumenTerbit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /verifikasi/<kode>} (issue 17.6), open without a login: a registered code is genuine and
 * shows its instansi, period and date, and nothing else (not the file, not the kind of letter); a
 * code typed loosely (lower case, no dash) is the same code; anything else is unknown.
 */
class VerifikasiTest {
  @TempDir static Path root;
  static PortalUji uji;
  static String kodeSurat;
  static String kodeLaporan;

  @BeforeAll
  static void mulai() throws Exception {
    uji = PortalUji.mulai(root);
    byte[] kunci = DokumenTerbit.kunci(uji.ws);
    DokumenTerbit.Entri surat =
        DokumenTerbit.Entri.baru(
            kunci,
            "surat-eskalasi",
            GudangUji.A,
            "Pemerintah Kabupaten Bandung",
            "2026-CW2",
            LocalDate.of(2026, 9, 15),
            "reports/2026-CW2/sounding/32.04/surat-eskalasi-32.04-2026-CW2.pdf");
    DokumenTerbit.catat(uji.ws, surat);
    kodeSurat = surat.kode();
    DokumenTerbit.Entri laporan =
        DokumenTerbit.Entri.baru(
            kunci,
            "laporan-tahunan",
            "",
            DokumenTerbit.NASIONAL,
            "2026",
            LocalDate.of(2026, 12, 20),
            "reports/2026/laporan-tahunan-2026.pdf");
    DokumenTerbit.catat(uji.ws, laporan);
    kodeLaporan = laporan.kode();
  }

  @AfterAll
  static void selesai() {
    uji.close();
  }

  @Test
  void aRegisteredCodeIsGenuineWithItsInstansiPeriodAndDateOnly() throws Exception {
    KlienUji tamu = new KlienUji(uji.url);
    KlienUji.Jawab j = tamu.get("/verifikasi/" + kodeSurat);
    assertThat(j.status()).isEqualTo(200);
    assertThat(j.isi())
        .contains("<strong>Dokumen asli.</strong>")
        .contains("<dd>Pemerintah Kabupaten Bandung (32.04)</dd>")
        .contains("<dd>2026-CW2</dd>")
        .contains("<dd>15 September 2026</dd>")
        .doesNotContain("eskalasi")
        .doesNotContain("reports/");
    // Typed loosely, from the paper: lower case, without the dash.
    String longgar = kodeSurat.replace("-", "").toLowerCase(Locale.ROOT);
    assertThat(tamu.get("/verifikasi/" + longgar).isi()).contains("Dokumen asli");
    assertThat(tamu.get("/verifikasi?kode=" + longgar).isi()).contains("Dokumen asli");
    assertThat(tamu.get("/verifikasi/" + kodeLaporan).isi())
        .contains("<dd>Nasional</dd>")
        .contains("<dd>20 Desember 2026</dd>");
  }

  @Test
  void anythingElseIsUnknown() throws Exception {
    KlienUji tamu = new KlienUji(uji.url);
    for (String kode : new String[] {"AAAAA-AAAAA", "..%2F..%2Fetc", "12345", "ZZZZZ-ZZZZZ-Z"}) {
      KlienUji.Jawab j = tamu.get("/verifikasi/" + kode);
      assertThat(j.status()).as(kode).isEqualTo(404);
      assertThat(j.isi()).contains("tidak dikenal").doesNotContain("Dokumen asli");
    }
  }
}
