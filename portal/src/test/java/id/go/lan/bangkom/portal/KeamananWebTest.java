package id.go.lan.bangkom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.kontrak.AuditPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web side of issue 17.1 and 17.7 over HTTP: cookies HttpOnly and SameSite, every form refused
 * without its CSRF token (and nothing changed), failed logins slowed and then locked, the
 * invitation link set once, no password in the audit log, the protective headers, and pages under
 * 200 KB without a script.
 */
class KeamananWebTest {
  @TempDir static Path root;
  static PortalUji uji;
  static String sandiA;
  static String sandiAdmin;

  @BeforeAll
  static void mulai() throws Exception {
    uji =
        PortalUji.mulai(
            root, Map.of("portal.gagal_masuk_maks", "2", "portal.ukuran_unggah_maks_mb", "1"));
    sandiA = uji.akun(Akun.Peran.PIC, "bangkom.32-04@instansi.example", GudangUji.A);
    sandiAdmin = uji.akun(Akun.Peran.ADMIN, "admin.bangkom@instansi.example", null);
  }

  @AfterAll
  static void selesai() {
    uji.close();
  }

  @Test
  void cookiesAreHttpOnlyAndSameSite() throws Exception {
    KlienUji k = new KlienUji(uji.url);
    KlienUji.Jawab halaman = k.get("/masuk");
    assertThat(halaman.kepala().allValues("Set-Cookie"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("bangkom_csrf=")
        .contains("HttpOnly")
        .contains("SameSite=Lax");
    KlienUji.Jawab masuk =
        k.post("/masuk", Map.of("email", "bangkom.32-04@instansi.example", "sandi", sandiA));
    assertThat(masuk.status()).isEqualTo(302);
    assertThat(masuk.lokasi()).isEqualTo("/instansi/32.04");
    assertThat(masuk.kepala().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("bangkom_sesi=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax"));
  }

  @Test
  void formsWithoutTheirCsrfTokenAreRefusedAndChangeNothing() throws Exception {
    KlienUji tamu = new KlienUji(uji.url);
    tamu.get("/masuk");
    assertThat(
            tamu.post(
                    "/masuk",
                    Map.of(
                        "email", "bangkom.32-04@instansi.example",
                        "sandi", sandiA,
                        "_csrf", "palsu"))
                .status())
        .isEqualTo(403);

    KlienUji pic = new KlienUji(uji.url);
    pic.masuk("bangkom.32-04@instansi.example", sandiA);
    pic.get("/instansi/32.04/unggah");
    String benar = pic.csrf;
    // Another session's token is no better than none.
    KlienUji lain = new KlienUji(uji.url);
    lain.masuk("bangkom.32-04@instansi.example", sandiA);
    lain.get("/instansi/32.04");
    assertThat(lain.csrf).isNotEqualTo(benar);
    for (String token : List.of("", "palsu", lain.csrf)) {
      KlienUji.Jawab j =
          pic.unggah(
              "/instansi/32.04/unggah",
              Map.of("periode", "2026-CW3", "_csrf", token),
              Map.of(
                  "pegawai",
                  new KlienUji.Berkas(
                      "pegawai.csv", AlurPicTest.PEGAWAI.getBytes(StandardCharsets.UTF_8))));
      assertThat(j.status()).as("token '%s'", token).isEqualTo(403);
      assertThat(
              pic.post(
                      "/instansi/32.04/training-rate",
                      Map.of("periode", "2026-CW3", "nilai_PR1", "80", "_csrf", token))
                  .status())
          .isEqualTo(403);
      assertThat(pic.post("/keluar", Map.of("_csrf", token)).status()).isEqualTo(403);
    }
    assertThat(uji.ws.inbox().resolve(GudangUji.A)).doesNotExist();
    assertThat(uji.ws.submisi().resolve(GudangUji.A)).doesNotExist();
    // Still logged in: the refused logout ended nothing.
    assertThat(pic.get("/instansi/32.04").status()).isEqualTo(200);

    KlienUji admin = new KlienUji(uji.url);
    admin.masuk("admin.bangkom@instansi.example", sandiAdmin);
    admin.get("/admin/akun");
    assertThat(
            admin
                .post(
                    "/admin/akun",
                    Map.of("peran", "ADMIN", "email", "penyusup@instansi.example", "_csrf", "x"))
                .status())
        .isEqualTo(403);
    assertThat(uji.portal.akses().cariEmail("penyusup@instansi.example")).isEmpty();
  }

  @Test
  void failedLoginsAreSlowedThenLockedAndNeverLogThePassword() throws Exception {
    String email = "bangkom.33-01@instansi.example";
    String sandi = uji.akun(Akun.Peran.PIC, email, GudangUji.B);
    KlienUji k = new KlienUji(uji.url);
    k.get("/masuk");
    long t0 = System.nanoTime();
    KlienUji.Jawab gagal = k.post("/masuk", Map.of("email", email, "sandi", "salah-sekali-123"));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(gagal.status()).isEqualTo(401);
    assertThat(gagal.isi()).contains("E-mail atau kata sandi salah.");
    assertThat(ms).isGreaterThanOrEqualTo(RuteAkun.JEDA_PER_GAGAL_MS);
    // The second failure in a row reaches portal.gagal_masuk_maks = 2: locked for 15 minutes.
    KlienUji.Jawab kunci = k.post("/masuk", Map.of("email", email, "sandi", "salah-lagi-456"));
    assertThat(kunci.status()).isEqualTo(429);
    assertThat(kunci.isi()).contains("Akun dikunci sampai 10:15 WIB"); // 03:00 UTC + 15 min
    // Locked: even the right password is refused.
    KlienUji.Jawab benar = k.post("/masuk", Map.of("email", email, "sandi", sandi));
    assertThat(benar.status()).isEqualTo(429);

    List<AuditPortal.Entri> log =
        AuditPortal.baca(uji.ws).stream().filter(e -> e.akun().equals(email)).toList();
    assertThat(log)
        .extracting(AuditPortal.Entri::aksi)
        .containsExactly("MASUK_GAGAL", "TERKUNCI", "MASUK_GAGAL");
    assertThat(String.join("\n", log.stream().map(AuditPortal.Entri::json).toList()))
        .doesNotContain("salah-sekali-123")
        .doesNotContain("salah-lagi-456")
        .doesNotContain(sandi);
  }

  @Test
  void anInvitationSetsThePasswordOnce() throws Exception {
    KlienUji admin = new KlienUji(uji.url);
    admin.masuk("admin.bangkom@instansi.example", sandiAdmin);
    admin.get("/admin/akun");
    KlienUji.Jawab dibuat =
        admin.post("/admin/akun", Map.of("peran", "PIC", "kode_instansi", GudangUji.C));
    assertThat(dibuat.status()).isEqualTo(200);
    // No SMTP server configured: the link is shown to the admin, to pass on by hand.
    Matcher m =
        Pattern.compile("https://bangkom\\.instansi\\.example(/undangan/[A-Za-z0-9_-]{43})")
            .matcher(dibuat.isi());
    assertThat(m.find()).as(dibuat.isi()).isTrue();
    String tautan = m.group(1);
    assertThat(dibuat.isi()).contains("bangkom.33@instansi.example"); // from the master list

    KlienUji pic = new KlienUji(uji.url);
    assertThat(pic.get(tautan).isi()).contains("bangkom.33@instansi.example");
    KlienUji.Jawab pendek = pic.post(tautan, Map.of("sandi", "pendek", "sandi_ulang", "pendek"));
    assertThat(pendek.status()).isEqualTo(400);
    assertThat(pendek.isi()).contains("paling sedikit 10 karakter");
    KlienUji.Jawab beda =
        pic.post(tautan, Map.of("sandi", "kata-sandi-baru-1", "sandi_ulang", "kata-sandi-baru-2"));
    assertThat(beda.isi()).contains("Kedua kata sandi tidak sama.");
    KlienUji.Jawab ok =
        pic.post(tautan, Map.of("sandi", "kata-sandi-baru-1", "sandi_ulang", "kata-sandi-baru-1"));
    assertThat(ok.lokasi()).isEqualTo("/masuk?siap=1");
    KlienUji.Jawab lagi = pic.get(tautan);
    assertThat(lagi.status()).isEqualTo(404);
    assertThat(lagi.isi()).contains("tidak berlaku lagi");
    pic.masuk("bangkom.33@instansi.example", "kata-sandi-baru-1");
    assertThat(pic.get("/instansi/33").status()).isEqualTo(200);
    assertThat(AuditPortal.baca(uji.ws))
        .extracting(AuditPortal.Entri::aksi, AuditPortal.Entri::objek)
        .contains(
            org.assertj.core.groups.Tuple.tuple("UNDANG", "bangkom.33@instansi.example"),
            org.assertj.core.groups.Tuple.tuple("ATUR_SANDI", ""));
  }

  @Test
  void anUploadOverTheLimitIsRefusedWithTheLimitAndLeavesNothing() throws Exception {
    KlienUji pic = new KlienUji(uji.url);
    pic.masuk("bangkom.32-04@instansi.example", sandiA);
    assertThat(pic.get("/instansi/32.04/unggah").isi()).contains("paling besar 1 MB");
    byte[] besar = new byte[1536 * 1024];
    java.util.Arrays.fill(besar, (byte) 'x');
    KlienUji.Jawab j =
        pic.unggah(
            "/instansi/32.04/unggah",
            Map.of("periode", "2026-CW3"),
            Map.of("bangkom", new KlienUji.Berkas("bangkom.csv", besar)));
    assertThat(j.status()).isEqualTo(413);
    assertThat(j.isi()).contains("melebihi batas 1 MB");
    assertThat(uji.ws.inbox().resolve(GudangUji.A)).doesNotExist();
    for (String folder : List.of("portal/sementara", "portal/antrian", "portal/multipart")) {
      Path p = uji.ws.root().resolve(folder);
      if (java.nio.file.Files.exists(p)) {
        try (var s = java.nio.file.Files.list(p)) {
          assertThat(s.toList()).as(folder).isEmpty();
        }
      }
    }
  }

  @Test
  void pagesCarryProtectiveHeadersAndStayLightWithoutScripts() throws Exception {
    KlienUji admin = new KlienUji(uji.url);
    admin.masuk("admin.bangkom@instansi.example", sandiAdmin);
    KlienUji pic = new KlienUji(uji.url);
    pic.masuk("bangkom.32-04@instansi.example", sandiA);
    List<KlienUji.Jawab> halaman =
        List.of(
            new KlienUji(uji.url).get("/masuk"),
            new KlienUji(uji.url).get("/verifikasi"),
            pic.get("/instansi/32.04"),
            pic.get("/instansi/32.04/unggah"),
            pic.get("/instansi/32.04/training-rate"),
            pic.get("/instansi/32.04/riwayat"),
            admin.get("/admin"), // all 606 instansi
            admin.get("/admin/akun"),
            admin.get("/analis"));
    int css = pic.get("/gaya.css").bita().length;
    for (KlienUji.Jawab j : halaman) {
      assertThat(j.status()).isEqualTo(200);
      assertThat(j.bita().length + css).isLessThan(200 * 1024);
      assertThat(j.isi()).doesNotContainIgnoringCase("<script");
      assertThat(j.kepala().firstValue("Content-Security-Policy").orElse(""))
          .contains("default-src 'none'")
          .contains("frame-ancestors 'none'");
      assertThat(j.kepala().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(j.kepala().firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(j.kepala().firstValue("Cache-Control")).hasValue("no-store");
    }
  }
}
