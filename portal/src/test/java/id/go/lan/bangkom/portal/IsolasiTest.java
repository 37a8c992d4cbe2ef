package id.go.lan.bangkom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.kontrak.LogTindakLanjut;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PIC never sees another instansi (issue 17.4): every route that names an instansi, asked for
 * instansi B by the PIC of A, answers 404 and shows nothing of B; the admin's and analis's routes
 * answer 403/404 to a PIC; an analis sees only the instansi assigned to them. A route the test does
 * not know fails it, so a new page cannot skip the check.
 */
class IsolasiTest {
  @TempDir static Path root;
  static PortalUji uji;
  static KlienUji picA;
  static String sandiA;

  /** Routes that name an instansi: each is requested for B below. */
  static final Set<String> RUTE_INSTANSI =
      Set.of(
          "GET /instansi/{kode}",
          "GET /instansi/{kode}/dokumen/{periode}/{nama}",
          "GET /instansi/{kode}/unggah",
          "POST /instansi/{kode}/unggah",
          "GET /instansi/{kode}/riwayat",
          "GET /instansi/{kode}/tanda-terima/{periode}/{versi}/{nama}",
          "GET /instansi/{kode}/training-rate",
          "POST /instansi/{kode}/training-rate");

  /** The admin's and analis's routes: refused to a PIC. */
  static final Set<String> RUTE_KERJA =
      Set.of(
          "GET /admin",
          "GET /admin/akun",
          "POST /admin/akun",
          "POST /admin/akun/{id}/undang",
          "POST /admin/akun/{id}/aktif",
          "GET /analis",
          "POST /analis/tindak-lanjut");

  /** Routes with nothing of an instansi's: public, or the same for every account. */
  static final Set<String> RUTE_UMUM =
      Set.of(
          "GET /",
          "GET /masuk",
          "POST /masuk",
          "POST /keluar",
          "GET /undangan/{token}",
          "POST /undangan/{token}",
          "GET /verifikasi",
          "GET /verifikasi/{kode}",
          "GET /gaya.css",
          "GET /templat/{berkas}");

  @BeforeAll
  static void mulai() throws Exception {
    uji = PortalUji.mulai(root);
    sandiA = uji.akun(Akun.Peran.PIC, "bangkom.32-04@instansi.example", GudangUji.A);
    uji.akun(Akun.Peran.PIC, "bangkom.33-01@instansi.example", GudangUji.B);
    picA = new KlienUji(uji.url);
    picA.masuk("bangkom.32-04@instansi.example", sandiA);
  }

  @AfterAll
  static void selesai() {
    uji.close();
  }

  @Test
  void everyRouteIsClassified() {
    Set<String> dikenal = new TreeSet<>();
    dikenal.addAll(RUTE_INSTANSI);
    dikenal.addAll(RUTE_KERJA);
    dikenal.addAll(RUTE_UMUM);
    assertThat(new TreeSet<>(uji.portal.rute())).isEqualTo(dikenal);
  }

  @Test
  void thePicOfAGets404ForEveryRouteOfB() throws Exception {
    String b = "/instansi/" + GudangUji.B;
    picA.get("/instansi/" + GudangUji.A); // a page of A's: its CSRF token for the forms below
    List<KlienUji.Jawab> jawab = new ArrayList<>();
    jawab.add(picA.get(b));
    jawab.add(picA.get(b + "?periode=2026-CW2"));
    jawab.add(picA.get(b + "/dokumen/2026-CW2/surat-sounding-33.01-2026-CW2.pdf"));
    jawab.add(picA.get(b + "/unggah"));
    jawab.add(
        picA.unggah(
            b + "/unggah",
            Map.of("periode", "2026-CW2"),
            Map.of(
                "pegawai",
                new KlienUji.Berkas(
                    "pegawai.csv", "nip,nama\n".getBytes(StandardCharsets.UTF_8)))));
    jawab.add(picA.get(b + "/riwayat"));
    jawab.add(picA.get(b + "/tanda-terima/2026-CW2/v1/tanda-terima.txt"));
    jawab.add(picA.get(b + "/training-rate"));
    jawab.add(picA.post(b + "/training-rate", Map.of("periode", "2026-CW2", "nilai_PR1", "80")));
    // Every route of RUTE_INSTANSI is asked above (GET /instansi/{kode} twice).
    assertThat(jawab).hasSize(RUTE_INSTANSI.size() + 1);
    for (KlienUji.Jawab j : jawab) {
      assertThat(j.status()).isEqualTo(404);
      assertThat(j.isi()).doesNotContain("Cilacap").doesNotContain("surat sounding B");
      assertThat(j.isi()).doesNotContain("TANDA TERIMA B");
    }
    // Nothing of B's was written by the refused upload and form.
    assertThat(uji.ws.inbox().resolve(GudangUji.B)).doesNotExist();
    assertThat(uji.ws.submisi().resolve(GudangUji.B)).doesNotExist();
  }

  @Test
  void thePicOfASeesItsOwnPages() throws Exception {
    String a = "/instansi/" + GudangUji.A;
    assertThat(picA.get(a).status()).isEqualTo(200);
    assertThat(picA.get(a + "/unggah").status()).isEqualTo(200);
    assertThat(picA.get(a + "/riwayat").status()).isEqualTo(200);
    assertThat(picA.get(a + "/training-rate").status()).isEqualTo(200);
    KlienUji.Jawab surat = picA.get(a + "/dokumen/2026-CW2/surat-sounding-32.04-2026-CW2.pdf");
    assertThat(surat.status()).isEqualTo(200);
    assertThat(surat.bita()).isEqualTo(GudangUji.SURAT_A);
  }

  @Test
  void aPicIsRefusedTheAdminAndAnalisRoutes() throws Exception {
    picA.get("/instansi/" + GudangUji.A);
    List<KlienUji.Jawab> jawab = new ArrayList<>();
    jawab.add(picA.get("/admin"));
    jawab.add(picA.get("/admin/akun"));
    jawab.add(picA.post("/admin/akun", Map.of("peran", "ADMIN", "email", "x@instansi.example")));
    jawab.add(picA.post("/admin/akun/1/undang", Map.of()));
    jawab.add(picA.post("/admin/akun/1/aktif", Map.of("aktif", "false")));
    jawab.add(picA.get("/analis"));
    jawab.add(
        picA.post(
            "/analis/tindak-lanjut",
            Map.of("periode", "2026-CW2", "kode_instansi", GudangUji.A, "tanggal", "2026-12-01")));
    assertThat(jawab).hasSize(RUTE_KERJA.size());
    for (KlienUji.Jawab j : jawab) {
      assertThat(j.status()).isIn(403, 404);
    }
    assertThat(uji.portal.akses().cariEmail("x@instansi.example")).isEmpty();
    assertThat(catatanOleh("bangkom.32-04@instansi.example")).isEmpty();
  }

  @Test
  void anAnalisSeesOnlyTheAssignedInstansi() throws Exception {
    String sandi = uji.akun(Akun.Peran.ANALIS, GudangUji.ANALIS, null);
    KlienUji analis = new KlienUji(uji.url);
    analis.masuk(GudangUji.ANALIS, sandi);
    assertThat(analis.get("/instansi/" + GudangUji.A).status()).isEqualTo(200);
    assertThat(analis.get("/instansi/" + GudangUji.B).status()).isEqualTo(404);
    KlienUji.Jawab daftar = analis.get("/analis");
    assertThat(daftar.status()).isEqualTo(200);
    assertThat(daftar.isi()).contains("Kabupaten Bandung").doesNotContain("Cilacap");
    // The follow-up form records into the same log as `tindak-lanjut catat`, as the analis.
    analis.get("/analis");
    KlienUji.Jawab catat =
        analis.post(
            "/analis/tindak-lanjut",
            Map.of(
                "periode", "2026-CW2",
                "kode_instansi", GudangUji.A,
                "tanggal", "2026-12-01",
                "saluran", "TELEPON",
                "kontak", "Kepala Bidang Pengembangan",
                "hasil", "Berjanji mengirim data bangkom susulan"));
    assertThat(catat.status()).isEqualTo(200);
    assertThat(catatanOleh(GudangUji.ANALIS))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kodeInstansi()).isEqualTo(GudangUji.A);
              assertThat(e.tahun()).isEqualTo(2026);
              assertThat(e.caturwulan()).isEqualTo(2);
              assertThat(e.tanggal()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
              assertThat(e.saluran()).isEqualTo("TELEPON");
              assertThat(e.hasil()).isEqualTo("Berjanji mengirim data bangkom susulan");
            });
    // Not for an instansi not assigned to them.
    analis.get("/analis");
    KlienUji.Jawab lain =
        analis.post(
            "/analis/tindak-lanjut",
            Map.of(
                "periode", "2026-CW2",
                "kode_instansi", GudangUji.B,
                "tanggal", "2026-12-01",
                "saluran", "TELEPON",
                "kontak", "x",
                "hasil", "x"));
    assertThat(lain.status()).isEqualTo(404);
    assertThat(catatanOleh(GudangUji.ANALIS)).hasSize(1);
    // Uploads are the PIC's: an analis may look, not submit.
    assertThat(analis.get("/instansi/" + GudangUji.A + "/unggah").status()).isEqualTo(403);
  }

  private static List<LogTindakLanjut.Entri> catatanOleh(String email) {
    Path log = LogTindakLanjut.berkas(uji.ws);
    if (!Files.exists(log)) {
      return List.of();
    }
    return LogTindakLanjut.baca(log).entri().stream()
        .filter(e -> e.dicatatOleh().equals(email))
        .toList();
  }

  @Test
  void withoutASessionEveryInstansiRouteGoesToTheLoginPage() throws Exception {
    KlienUji tamu = new KlienUji(uji.url);
    for (String p :
        List.of(
            "/instansi/" + GudangUji.A,
            "/instansi/" + GudangUji.A + "/riwayat",
            "/instansi/" + GudangUji.A + "/dokumen/2026-CW2/surat-sounding-32.04-2026-CW2.pdf",
            "/admin",
            "/analis",
            "/templat/pegawai.csv")) {
      KlienUji.Jawab j = tamu.get(p);
      assertThat(j.status()).as(p).isEqualTo(302);
      assertThat(j.lokasi()).as(p).isEqualTo("/masuk");
    }
  }
}
