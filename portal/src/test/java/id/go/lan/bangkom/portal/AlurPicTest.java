package id.go.lan.bangkom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.kontrak.AuditPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PIC's path over HTTP: the standing page shows the warehouse's figures, an upload with refused
 * rows gets its receipt at once and lands in the inbox and the lake as {@code ingest} would take
 * it, the same files again make no version, the training-rate form becomes a training_rate
 * submission, templates and receipts download, logout ends the session. Expected figures are the
 * fixture's, worked by hand in {@link GudangUji}, and the upload's, counted below.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlurPicTest {
  @TempDir static Path root;
  static PortalUji uji;
  static KlienUji pic;

  /**
   * Four rows: two good; {@code 12345} is not an 18-digit NIP (NIP_FORMAT); the fourth has no
   * unit_kerja (KOLOM_WAJIB_KOSONG).
   */
  static final String PEGAWAI =
      "nip,nama,jenis_pegawai,jenis_jabatan,jabatan,unit_kerja,golongan,tmt_asn,status\n"
          + "199001012015011001,Ani Lestari,PNS,PELAKSANA,Pengadministrasi,Bagian Umum,III/a,"
          + "2015-01-01,AKTIF\n"
          + "199002022016012002,Budi Santoso,PNS,FUNGSIONAL,Analis SDM,Bagian SDM,III/b,"
          + "2016-01-01,AKTIF\n"
          + "12345,Citra Dewi,PNS,PELAKSANA,Pengadministrasi,Bagian Umum,III/a,2015-01-01,AKTIF\n"
          + "199003032017011003,Dedi Kurnia,PNS,PELAKSANA,Pengadministrasi,,III/a,2017-01-01,"
          + "AKTIF\n";

  @BeforeAll
  static void mulai() throws Exception {
    uji = PortalUji.mulai(root);
    String sandi = uji.akun(Akun.Peran.PIC, "bangkom.32-04@instansi.example", GudangUji.A);
    pic = new KlienUji(uji.url);
    pic.masuk("bangkom.32-04@instansi.example", sandi);
  }

  @AfterAll
  static void selesai() {
    uji.close();
  }

  @Test
  @Order(1)
  void theStandingPageShowsTheWarehouseFigures() throws Exception {
    KlienUji.Jawab j = pic.get("/instansi/" + GudangUji.A);
    assertThat(j.status()).isEqualTo(200);
    assertThat(j.isi())
        .contains("Pemerintah Kabupaten Bandung")
        .contains("<strong>2026-CW2</strong>") // the newest cut-off, chosen
        .contains("<td><strong>50,00 %</strong></td>") // A: 100 of 200 on track
        .contains("<td>60,00 %</td>") // KABUPATEN peers: 180 of 300
        .contains("<td>61,25 %</td>") // the nation's row
        .contains("Status: <strong>MERAH</strong>")
        .contains("Nilai <strong>64,50</strong> (BAIK)")
        .contains("Perbaikan paling berpengaruh: <strong>PL1</strong>")
        .contains("Porsi JP jalur nonklasikal 42,15 di bawah median pembanding (45,22).")
        .contains("diproyeksikan <strong>32,42 %</strong> (rentang 29,97–33,94 %)")
        .contains("/instansi/32.04/dokumen/2026-CW2/surat-sounding-32.04-2026-CW2.pdf")
        .contains("/instansi/32.04/dokumen/2026-CW2/daftar-pegawai-32.04-2026-CW2.csv");
    KlienUji.Jawab lalu = pic.get("/instansi/" + GudangUji.A + "?periode=2026-CW1");
    assertThat(lalu.isi()).contains("<td><strong>30,30 %</strong></td>");
  }

  @Test
  @Order(2)
  void anUploadWithRefusedRowsGetsItsReceiptAndLandsInTheLake() throws Exception {
    pic.get("/instansi/" + GudangUji.A + "/unggah");
    byte[] isi = PEGAWAI.getBytes(StandardCharsets.UTF_8);
    KlienUji.Jawab j =
        pic.unggah(
            "/instansi/" + GudangUji.A + "/unggah",
            Map.of("periode", "2026-CW3"),
            Map.of("pegawai", new KlienUji.Berkas("Data Pegawai Desember.csv", isi)));
    assertThat(j.status()).isEqualTo(200);
    assertThat(j.isi())
        .contains("Diterima sebagai <strong>versi 1</strong> (32.04/2026-CW3/v1)")
        .contains("4 baris dibaca, 2 diterima, <strong>2 ditolak</strong>")
        .contains("<td data-label=\"Nilai\">12345</td>")
        .contains("<td data-label=\"Kolom\">unit_kerja</td>")
        .contains("/instansi/32.04/tanda-terima/2026-CW3/v1/ditolak.xlsx");
    // As ingest takes an inbox: the file under its dataset name, the version in the lake.
    assertThat(uji.ws.inbox().resolve("32.04/2026-CW3/pegawai.csv")).hasBinaryContent(isi);
    assertThat(uji.ws.submisi().resolve("32.04/2026-CW3/v1")).isDirectory();
    assertThat(uji.ws.receipts().resolve("32.04/2026-CW3/v1/tanda-terima.json")).exists();
    // Nothing left half-way.
    assertThat(kosong(uji.ws.root().resolve("portal/sementara"))).isTrue();
    assertThat(kosong(uji.ws.root().resolve("portal/antrian"))).isTrue();

    KlienUji.Jawab csv = pic.get("/instansi/32.04/tanda-terima/2026-CW3/v1/ditolak.csv");
    assertThat(csv.status()).isEqualTo(200);
    String teks = csv.isi();
    assertThat(teks.lines().filter(l -> l.contains("NIP_FORMAT"))).hasSize(1);
    assertThat(teks.lines().filter(l -> l.contains("KOLOM_WAJIB_KOSONG"))).hasSize(1);
    assertThat(pic.get("/instansi/32.04/tanda-terima/2026-CW3/v1/ditolak.xlsx").bita())
        .startsWith((byte) 'P', (byte) 'K');

    assertThat(AuditPortal.baca(uji.ws))
        .anySatisfy(
            e -> {
              assertThat(e.aksi()).isEqualTo("UNGGAH");
              assertThat(e.objek()).isEqualTo("32.04/2026-CW3/v1");
              assertThat(e.akun()).isEqualTo("bangkom.32-04@instansi.example");
              assertThat(e.kodeInstansi()).isEqualTo("32.04");
            });
  }

  @Test
  @Order(3)
  void theSameFileAgainMakesNoVersion() throws Exception {
    pic.get("/instansi/" + GudangUji.A + "/unggah");
    KlienUji.Jawab j =
        pic.unggah(
            "/instansi/" + GudangUji.A + "/unggah",
            Map.of("periode", "2026-CW3"),
            Map.of(
                "pegawai",
                new KlienUji.Berkas("pegawai.csv", PEGAWAI.getBytes(StandardCharsets.UTF_8))));
    assertThat(j.isi()).contains("Tidak ada versi baru");
    assertThat(uji.ws.submisi().resolve("32.04/2026-CW3/v2")).doesNotExist();
    KlienUji.Jawab riwayat = pic.get("/instansi/" + GudangUji.A + "/riwayat");
    assertThat(riwayat.isi()).contains("<td>2026-CW3</td><td>v1</td>");
  }

  @Test
  @Order(4)
  void theTrainingRateFormIsATrainingRateSubmissionAndNeverAsksPl1() throws Exception {
    KlienUji.Jawab form = pic.get("/instansi/" + GudangUji.A + "/training-rate");
    assertThat(form.isi())
        .contains("name=\"nilai_PR1\"")
        .contains("name=\"nilai_MO2\"")
        .doesNotContain("name=\"nilai_PL1\"")
        // PL1 shown from the newest cut-off, not asked.
        .contains("Dihitung sistem dari data bangkom: 20,00 (periode 2026-CW2)");
    KlienUji.Jawab salah =
        pic.post(
            "/instansi/" + GudangUji.A + "/training-rate",
            Map.of("periode", "2026-CW3", "nilai_PR1", "120"));
    assertThat(salah.status()).isEqualTo(400);
    assertThat(salah.isi()).contains("PR1: nilai 120 di luar 0–100");
    KlienUji.Jawab j =
        pic.post(
            "/instansi/" + GudangUji.A + "/training-rate",
            Map.of(
                "periode", "2026-CW3",
                "nilai_PR1", "80",
                "bukti_PR1", "https://bkd.instansi.example/anjab",
                "nilai_MO2", "70,5"));
    assertThat(j.isi())
        .contains("Diterima sebagai <strong>versi 2</strong>")
        .contains("2 baris dibaca, 2 diterima, <strong>0 ditolak</strong>");
    String csv = Files.readString(uji.ws.inbox().resolve("32.04/2026-CW3/training_rate.csv"));
    assertThat(csv.lines())
        .containsExactly(
            "instrumen,indikator,nilai,bukti",
            "PERENCANAAN,PR1,80,https://bkd.instansi.example/anjab",
            "MONEV,MO2,70.5,");
  }

  @Test
  @Order(5)
  void oneWorkbookIsTakenAsTheInboxTakesOne() throws Exception {
    // The pegawai template as a PIC downloads it: sheet "pegawai" with the example row (plus the
    // guide's sheet), sent as the period's one workbook.
    byte[] buku = pic.get("/templat/pegawai.xlsx").bita();
    pic.get("/instansi/" + GudangUji.A + "/unggah");
    KlienUji.Jawab j =
        pic.unggah(
            "/instansi/" + GudangUji.A + "/unggah",
            Map.of("periode", "2026-CW1"),
            Map.of("buku_kerja", new KlienUji.Berkas("Kiriman Januari-April.xlsx", buku)));
    assertThat(j.status()).isEqualTo(200);
    assertThat(j.isi())
        .contains("Diterima sebagai <strong>versi 1</strong> (32.04/2026-CW1/v1)")
        .contains("1 baris dibaca, 1 diterima, <strong>0 ditolak</strong>");
    assertThat(uji.ws.inbox().resolve("32.04/2026-CW1.xlsx")).hasBinaryContent(buku);
    // A workbook goes in the workbook field only; a PDF nowhere.
    KlienUji.Jawab pdf =
        pic.unggah(
            "/instansi/" + GudangUji.A + "/unggah",
            Map.of("periode", "2026-CW1"),
            Map.of("pegawai", new KlienUji.Berkas("pegawai.pdf", GudangUji.SURAT_A)));
    assertThat(pdf.status()).isEqualTo(400);
    assertThat(pdf.isi())
        .contains("Berkas \"pegawai.pdf\" tidak diterima: kirim CSV, XLSX atau JSON");
  }

  @Test
  @Order(5)
  void templatesDownload() throws Exception {
    KlienUji.Jawab csv = pic.get("/templat/pegawai.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.isi().replace("\uFEFF", "")).startsWith("nip,nama,");
    assertThat(pic.get("/templat/bangkom.xlsx").bita()).startsWith((byte) 'P', (byte) 'K');
    assertThat(pic.get("/templat/gaji.csv").status()).isEqualTo(404);
  }

  @Test
  @Order(6)
  void theAdminSeesWhoSubmittedWhoHasNotAndWhoHasNoAccount() throws Exception {
    String sandi = uji.akun(Akun.Peran.ADMIN, "admin.bangkom@instansi.example", null);
    KlienUji admin = new KlienUji(uji.url);
    admin.masuk("admin.bangkom@instansi.example", sandi);
    // 606 instansi in the master list; only A has sent for 2026-CW3 (order 2), only A has an
    // account; the status column is the previous cut-off's (2026-CW2: A MERAH).
    KlienUji.Jawab j = admin.get("/admin?periode=2026-CW3");
    assertThat(j.isi())
        .contains("1 dari 606 instansi sudah mengirim data untuk 2026-CW3; 605 belum.")
        .contains("605 instansi belum punya akun PIC.")
        .contains(
            "<td>32.04</td><td><a href=\"/instansi/32.04\">Pemerintah Kabupaten Bandung</a></td>"
                + "<td>sudah</td><td>aktif</td><td>MERAH</td>");
    KlienUji.Jawab belum = admin.get("/admin?periode=2026-CW3&saring=belum");
    assertThat(belum.isi()).doesNotContain("<td>32.04</td>").contains("<td>33.01</td>");
    KlienUji.Jawab tanpaAkun = admin.get("/admin?periode=2026-CW3&saring=tanpa_akun");
    assertThat(tanpaAkun.isi()).doesNotContain("<td>32.04</td>").contains("<td>33</td>");
  }

  @Test
  @Order(7)
  void logoutEndsTheSession() throws Exception {
    pic.get("/instansi/" + GudangUji.A);
    assertThat(pic.post("/keluar", Map.of()).lokasi()).isEqualTo("/masuk");
    assertThat(pic.get("/instansi/" + GudangUji.A).status()).isEqualTo(302);
  }

  private static boolean kosong(Path folder) throws Exception {
    if (!Files.exists(folder)) {
      return true;
    }
    try (var s = Files.list(folder)) {
      return s.findAny().isEmpty();
    }
  }
}
