package id.go.lan.bangkom.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.lan.bangkom.core.InstansiMaster;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The PIC's whole path in a real browser (issue 17.8): headless Chromium (Debian's {@code chromium}
 * and {@code chromium-driver}) through Selenium, the invitation through a real SMTP server
 * (GreenMail on 127.0.0.1). An admin invites the PIC of {@link GudangUji#A}; the PIC opens the
 * e-mailed link, sets a password (a too-short one first), logs in, uploads a file with a refused
 * row, reads the receipt, reads the standing (figures worked by hand in {@link GudangUji}),
 * downloads the letter, logs out; the used link no longer works.
 *
 * <p>The walk runs at phone size (390×844), where every main page must weigh under 200 KB with its
 * stylesheet. With {@code -Dportal.tangkapan=docs/portal} (relative to the repository root) the
 * main pages are also saved as PNG at desktop (1280 wide, whole page) and phone size, for the docs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PelayarTest {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String EMAIL_PIC = "bangkom.32-04@instansi.example";
  static final String SANDI_PIC = "Bandung-Bedas-2026";
  static final int BERAT_MAKS = 200 * 1024;

  /** Selenium warns it has no CDP classes for this Chromium: not needed, the driver's CDP is. */
  private static final Logger SENYAP =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  /**
   * Four rows: three good; the third has the NIP {@code 12345}, not 18 digits (NIP_FORMAT). So 4
   * read, 3 accepted, 1 refused, at column nip with value 12345.
   */
  static final String PEGAWAI =
      "nip,nama,jenis_pegawai,jenis_jabatan,jabatan,unit_kerja,golongan,tmt_asn,status\n"
          + "199001012015011001,Ani Lestari,PNS,PELAKSANA,Pengadministrasi,Bagian Umum,III/a,"
          + "2015-01-01,AKTIF\n"
          + "199002022016012002,Budi Santoso,PNS,FUNGSIONAL,Analis SDM,Bagian SDM,III/b,"
          + "2016-01-01,AKTIF\n"
          + "12345,Citra Dewi,PNS,PELAKSANA,Pengadministrasi,Bagian Umum,III/a,2015-01-01,AKTIF\n"
          + "198505052010012004,Eka Putri,PNS,PELAKSANA,Pengadministrasi,Bagian Keuangan,III/b,"
          + "2010-01-01,AKTIF\n";

  @TempDir static Path root;
  @TempDir static Path unduhan;
  @TempDir static Path berkas;

  static GreenMail surel;
  static PortalUji uji;
  static CompletableFuture<ChromeDriver> peramban;
  static ChromeDriver b;
  static WebDriverWait tunggu;
  static String sandiAdmin;
  static String tautan;
  static Optional<Path> tangkapan;
  static final Map<String, Integer> berat = new LinkedHashMap<>();
  static final Map<String, Integer> lebar = new LinkedHashMap<>();

  @BeforeAll
  static void mulai() throws Exception {
    if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
      fail(
          "The browser test needs Debian's Chromium and its driver at "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": apt-get install chromium chromium-driver (.ci/run installs them)");
    }
    tangkapan =
        Optional.ofNullable(System.getProperty("portal.tangkapan"))
            .filter(s -> !s.isBlank())
            .map(s -> akarRepo().resolve(s));
    // The browser starts while the portal does: both take seconds.
    peramban = CompletableFuture.supplyAsync(PelayarTest::peramban);
    surel = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    surel.start();
    Map<String, String> m = new HashMap<>();
    m.put("pengiriman.smtp.host", "127.0.0.1");
    m.put("pengiriman.smtp.port", Integer.toString(surel.getSmtp().getPort()));
    m.put("pengiriman.smtp.keamanan", "NONE");
    m.put("pengiriman.smtp.batas_waktu_sambung_ms", "5000");
    m.put("pengiriman.smtp.batas_waktu_baca_ms", "5000");
    m.put("pengiriman.pengirim", "P3K Bangkom LAN <portal-bangkom@instansi.example>");
    uji = PortalUji.mulai(root, m);
    Akun admin =
        uji.portal
            .akses()
            .buatAkun(
                "admin.bangkom@instansi.example",
                "Admin P3K Bangkom",
                Akun.Peran.ADMIN,
                Optional.empty());
    sandiAdmin = "sandi-admin-uji-panjang";
    uji.portal.akses().aturSandiLangsung(admin.id(), sandiAdmin);

    b = peramban.join();
    tunggu = new WebDriverWait(b, Duration.ofSeconds(10), Duration.ofMillis(50));
    ponsel();
  }

  @AfterAll
  static void selesai() {
    if (peramban != null) {
      try {
        peramban.join().quit();
      } catch (RuntimeException e) {
        // It did not start: mulai() failed on it and said why.
      }
    }
    if (uji != null) {
      uji.close();
    }
    if (surel != null) {
      surel.stop();
    }
    System.out.println("Page weights at phone size (HTML bytes, stylesheet apart): " + berat);
    System.out.println("Page widths at phone size (CSS px, viewport 390): " + lebar);
  }

  @Test
  @Order(1)
  void anAdminInvitesThePicOfAByEmailToTheMasterListAddress() throws Exception {
    buka("/");
    judul("Masuk");
    halaman("masuk");
    masuk("admin.bangkom@instansi.example", sandiAdmin);
    judul("Ringkasan periode 2026-CW2");
    int n = InstansiMaster.load(Optional.empty()).size();
    assertThat(teks(By.tagName("main")))
        .contains(
            "0 dari "
                + n
                + " instansi sudah mengirim data untuk 2026-CW2; "
                + n
                + " belum. "
                + n
                + " instansi belum punya akun PIC.");
    halaman("admin");

    klik(By.linkText("Akun"));
    judul("Akun portal");
    new Select(b.findElement(By.name("peran"))).selectByValue("PIC");
    b.findElement(By.name("kode_instansi")).sendKeys(GudangUji.A);
    klik(By.xpath("//button[normalize-space()='Buat dan kirim undangan']"));
    assertThat(teks(By.cssSelector("div.info")))
        .contains("Undangan dikirim ke " + EMAIL_PIC + ". Tautan berlaku 72 jam.");
    assertThat(teks(By.xpath("//tr[td[1]='" + EMAIL_PIC + "']")))
        .contains("PIC Bangkom Kab. Bandung")
        .contains("PIC " + GudangUji.A)
        .contains("menunggu undangan");
    keluar();

    MimeMessage[] masuk = surel.getReceivedMessages();
    assertThat(masuk).hasSize(1);
    MimeMessage m = masuk[0];
    assertThat(m.getSubject()).isEqualTo("Undangan Portal Sounding Bangkom");
    assertThat(m.getRecipients(Message.RecipientType.TO))
        .extracting(a -> ((InternetAddress) a).getAddress())
        .containsExactly(EMAIL_PIC);
    assertThat(((InternetAddress) m.getFrom()[0]).getAddress())
        .isEqualTo("portal-bangkom@instansi.example");
    String isi = m.getContent().toString();
    assertThat(isi).startsWith("Yth. PIC Bangkom Kab. Bandung,").contains("berlaku 72 jam");
    Matcher t =
        Pattern.compile("https://bangkom\\.instansi\\.example(/undangan/[A-Za-z0-9_-]+)")
            .matcher(isi);
    assertThat(t.find()).as("an invitation link in: %s", isi).isTrue();
    tautan = uji.url + t.group(1);
  }

  @Test
  @Order(2)
  void thePicSetsAPasswordThroughTheLinkAndLogsIn() throws Exception {
    b.get(tautan);
    judul("Atur kata sandi");
    assertThat(teks(By.tagName("main"))).contains("Akun: " + EMAIL_PIC);
    halaman("undangan");

    // Too short: the browser itself refuses (minlength) and stays on the form.
    isiSandi("pendek", "pendek");
    klik(By.xpath("//button[normalize-space()='Simpan kata sandi']"));
    WebElement sandi = b.findElement(By.name("sandi"));
    assertThat(sandi.getDomProperty("validationMessage")).isNotEmpty();
    assertThat(b.getCurrentUrl()).isEqualTo(tautan);
    // A browser that does not check: the server refuses and says why.
    b.executeScript("arguments[0].removeAttribute('minlength')", sandi);
    klik(By.xpath("//button[normalize-space()='Simpan kata sandi']"));
    assertThat(teks(By.cssSelector("p.galat")))
        .isEqualTo("Kata sandi paling sedikit " + Sandi.PANJANG_MINIMUM + " karakter.");

    isiSandi(SANDI_PIC, SANDI_PIC);
    klik(By.xpath("//button[normalize-space()='Simpan kata sandi']"));
    judul("Masuk");
    assertThat(teks(By.cssSelector("p.info"))).isEqualTo("Kata sandi tersimpan. Silakan masuk.");
    masuk(EMAIL_PIC, SANDI_PIC);
    judul("Pemerintah Kabupaten Bandung");
    assertThat(b.getCurrentUrl()).isEqualTo(uji.url + "/instansi/" + GudangUji.A);
  }

  @Test
  @Order(3)
  void thePicUploadsAFileWithARefusedRowAndReadsTheReceipt() throws Exception {
    klik(By.linkText("Unggah data"));
    judul("Unggah data Pemerintah Kabupaten Bandung");
    assertThat(teks(By.tagName("main"))).contains("Ukuran semua berkas paling besar");
    halaman("unggah");
    Path csv = berkas.resolve("Data Pegawai Desember.csv");
    Files.writeString(csv, PEGAWAI, StandardCharsets.UTF_8);
    new Select(b.findElement(By.name("periode"))).selectByValue("2026-CW3");
    b.findElement(By.name("pegawai")).sendKeys(csv.toString());
    klik(By.xpath("//button[normalize-space()='Unggah dan periksa']"));

    judul("Tanda terima");
    assertThat(teks(By.cssSelector("p.info")))
        .isEqualTo(
            "Diterima sebagai versi 1 (32.04/2026-CW3/v1). 4 baris dibaca, 3 diterima,"
                + " 1 ditolak.");
    List<String> ditolak =
        b.findElements(By.xpath("//table[@class='penolakan']//tr[td]/td")).stream()
            .map(WebElement::getText)
            .toList();
    // The file's fourth line (the header is the first), under the dataset's file name.
    assertThat(ditolak).hasSize(5);
    assertThat(ditolak.subList(0, 4)).containsExactly("pegawai.csv", "4", "nip", "12345");
    assertThat(ditolak.get(4))
        .startsWith("NIP \"12345\" pada kolom \"nip\" tidak terdiri dari 18 angka");
    assertThat(teks(By.xpath("//tr[td[1]='pegawai']"))).isEqualTo("pegawai pegawai.csv 4 3 1");
    assertThat(b.findElement(By.linkText("Unduh semua (XLSX)")).getAttribute("href"))
        .endsWith("/instansi/32.04/tanda-terima/2026-CW3/v1/ditolak.xlsx");
    halaman("tanda-terima");
    assertThat(uji.ws.submisi().resolve("32.04/2026-CW3/v1")).isDirectory();
  }

  @Test
  @Order(4)
  void thePicReadsTheStandingAndDownloadsTheLetter() throws Exception {
    klik(By.linkText("Kedudukan"));
    judul("Pemerintah Kabupaten Bandung");
    assertThat(teks(By.cssSelector("p.periode strong"))).isEqualTo("2026-CW2");
    // Worked by hand in GudangUji: A 100 of 200, KABUPATEN peers 180 of 300, the nation's row.
    assertThat(angka("Instansi ini")).isEqualTo("50,00 %");
    assertThat(angka("Instansi sejenis")).isEqualTo("60,00 %");
    assertThat(angka("Nasional")).isEqualTo("61,25 %");
    assertThat(teks(By.cssSelector("p.level"))).startsWith("Status: MERAH");
    halaman("kedudukan");

    klik(By.linkText("Surat Sounding"));
    Path surat = unduhan.resolve("surat-sounding-32.04-2026-CW2.pdf");
    new WebDriverWait(b, Duration.ofSeconds(10), Duration.ofMillis(50))
        .withMessage(() -> "the letter in " + unduhan)
        .until(x -> Files.exists(surat) && ukuran(surat) == GudangUji.SURAT_A.length);
    assertThat(surat).hasBinaryContent(GudangUji.SURAT_A);
  }

  @Test
  @Order(5)
  void logoutEndsTheSessionAndTheLinkCannotBeUsedAgain() throws Exception {
    keluar();
    buka("/instansi/" + GudangUji.A);
    judul("Masuk");
    assertThat(b.getCurrentUrl()).isEqualTo(uji.url + "/masuk");
    b.get(tautan);
    assertThat(teks(By.cssSelector("p.galat")))
        .startsWith("Tautan undangan ini tidak berlaku lagi");
    assertThat(b.findElements(By.name("sandi"))).isEmpty();
  }

  @Test
  @Order(6)
  void everyMainPageWeighsUnder200KbAndFitsAPhone() throws Exception {
    HttpResponse<byte[]> css =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(uji.url + "/gaya.css")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(berat)
        .containsOnlyKeys("masuk", "admin", "undangan", "unggah", "tanda-terima", "kedudukan");
    berat.forEach(
        (nama, bita) ->
            assertThat(bita + css.body().length)
                .as("page %s with its stylesheet, bytes", nama)
                .isLessThan(BERAT_MAKS));
    // Nothing wider than the phone: no sideways scrolling (long values wrap in their cells).
    assertThat(lebar).containsOnlyKeys(berat.keySet());
    lebar.forEach(
        (n, w) -> assertThat(w).as("page %s width on a phone", n).isLessThanOrEqualTo(390));
  }

  /** Headless Chromium through Debian's chromedriver: never Selenium Manager, no download. */
  private static ChromeDriver peramban() {
    SENYAP.setLevel(Level.SEVERE);
    ChromeDriverService layanan =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM);
    o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
    o.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory", unduhan.toString(),
            "download.prompt_for_download", false,
            "plugins.always_open_pdf_externally", true));
    return new ChromeDriver(layanan, o);
  }

  // --- the browser ---

  private static void buka(String path) {
    b.get(uji.url + path);
  }

  /** Clicks {@code by} once it is there (after a form was sent, the next page may still load). */
  private static void klik(By by) {
    tunggu.until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  /** The text of {@code by}, waiting for it as {@link #klik} does. */
  private static String teks(By by) {
    return tunggu.until(ExpectedConditions.presenceOfElementLocated(by)).getText();
  }

  private static void judul(String judul) {
    tunggu.until(ExpectedConditions.titleIs(judul + " · Sounding Bangkom"));
  }

  private static String angka(String baris) {
    return teks(By.xpath("//table[@class='angka']//tr[th='" + baris + "']/td"));
  }

  private static void masuk(String email, String sandi) {
    b.findElement(By.name("email")).sendKeys(email);
    b.findElement(By.name("sandi")).sendKeys(sandi);
    klik(By.xpath("//form[@action='/masuk']//button"));
  }

  private static void keluar() {
    klik(By.xpath("//button[normalize-space()='Keluar']"));
    judul("Masuk");
  }

  private static void isiSandi(String sandi, String ulang) {
    WebElement s = b.findElement(By.name("sandi"));
    WebElement u = b.findElement(By.name("sandi_ulang"));
    s.clear();
    s.sendKeys(sandi);
    u.clear();
    u.sendKeys(ulang);
  }

  private static long ukuran(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return -1;
    }
  }

  /**
   * A main page as shown now: its weight (the HTML at phone size) and, when asked, its screenshots
   * at desktop and phone size.
   */
  private static void halaman(String nama) throws Exception {
    berat.put(nama, b.getPageSource().getBytes(StandardCharsets.UTF_8).length);
    lebar.put(
        nama, ((Number) b.executeScript("return document.documentElement.scrollWidth")).intValue());
    if (tangkapan.isEmpty()) {
      return;
    }
    Files.createDirectories(tangkapan.get());
    ukuranLayar(1280, 800, false);
    Number tinggi = (Number) b.executeScript("return document.documentElement.scrollHeight");
    ukuranLayar(1280, Math.min(1600, Math.max(800, tinggi.intValue())), false);
    Files.write(
        tangkapan.get().resolve(nama + "-desktop.png"), b.getScreenshotAs(OutputType.BYTES));
    ponsel();
    Files.write(tangkapan.get().resolve(nama + "-ponsel.png"), b.getScreenshotAs(OutputType.BYTES));
  }

  private static void ponsel() {
    ukuranLayar(390, 844, true);
  }

  private static void ukuranLayar(int lebar, int tinggi, boolean seluler) {
    b.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", lebar, "height", tinggi, "deviceScaleFactor", 1, "mobile", seluler));
  }

  /** The repository root: the nearest folder up from the working directory with {@code mvnw}. */
  private static Path akarRepo() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("mvnw"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
    return p;
  }
}
