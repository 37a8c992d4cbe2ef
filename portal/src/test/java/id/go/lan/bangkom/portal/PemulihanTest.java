package id.go.lan.bangkom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17.9's faults, the parts a test can do in a second: a portal stopped with an upload staged
 * for the ingest takes it in when it starts again (the PIC finds it in the history, with its
 * receipt), half-received files are dropped; an upload cut off mid-body leaves nothing and the
 * portal goes on. (kill -9 under load is bench/portal.sh's.)
 */
class PemulihanTest {
  @TempDir Path root;

  @Test
  void whatAStoppedPortalStagedIsIngestedAtTheNextStart() throws Exception {
    // As a portal killed during an ingest leaves it: the staging inbox of the batch, whole.
    Path sisa = root.resolve("portal/antrian/0f0e/32.04/2026-CW3");
    Files.createDirectories(sisa);
    Files.writeString(sisa.resolve("pegawai.csv"), AlurPicTest.PEGAWAI, StandardCharsets.UTF_8);
    Path setengah = root.resolve("portal/sementara/abc.csv");
    Files.createDirectories(setengah.getParent());
    Files.writeString(setengah, "nip,na", StandardCharsets.UTF_8);
    try (PortalUji uji = PortalUji.mulai(root)) {
      assertThat(setengah).doesNotExist();
      Path tandaTerima = uji.ws.receipts().resolve("32.04/2026-CW3/v1/tanda-terima.json");
      long batas = System.nanoTime() + 30_000_000_000L;
      while (Files.exists(root.resolve("portal/antrian/0f0e")) && System.nanoTime() < batas) {
        Thread.sleep(100);
      }
      assertThat(root.resolve("portal/antrian/0f0e")).doesNotExist();
      assertThat(tandaTerima).exists();
      assertThat(Files.readString(tandaTerima)).contains("\"baris_dibaca\" : 4");
      assertThat(uji.ws.submisi().resolve("32.04/2026-CW3/v1")).isDirectory();
    }
  }

  @Test
  void anUploadCutOffMidBodyLeavesNothingAndThePortalGoesOn() throws Exception {
    try (PortalUji uji = PortalUji.mulai(root)) {
      String sandi = uji.akun(Akun.Peran.PIC, "bangkom.32-04@instansi.example", GudangUji.A);
      KlienUji pic = new KlienUji(uji.url);
      pic.masuk("bangkom.32-04@instansi.example", sandi);
      pic.get("/instansi/32.04/unggah");
      List<HttpCookie> cookies = pic.cookies().getCookieStore().get(URI.create(uji.url));
      String cookie =
          String.join("; ", cookies.stream().map(c -> c.getName() + "=" + c.getValue()).toList());
      String batas = "----potong";
      String awal =
          "--"
              + batas
              + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
              + pic.csrf
              + "\r\n--"
              + batas
              + "\r\nContent-Disposition: form-data; name=\"periode\"\r\n\r\n"
              + "2026-CW3\r\n--"
              + batas
              + "\r\nContent-Disposition: form-data; name=\"pegawai\"; filename=\"pegawai.csv\""
              + "\r\nContent-Type: text/csv\r\n\r\n"
              + AlurPicTest.PEGAWAI.substring(0, 120);
      try (Socket s = new Socket("127.0.0.1", uji.portal.port())) {
        OutputStream out = s.getOutputStream();
        out.write(
            ("POST /instansi/32.04/unggah HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: "
                    + cookie
                    + "\r\nContent-Type: multipart/form-data; boundary="
                    + batas
                    + "\r\nContent-Length: 100000\r\n\r\n"
                    + awal)
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        Thread.sleep(300);
      }
      Thread.sleep(500);
      assertThat(pic.get("/instansi/32.04").status()).isEqualTo(200);
      assertThat(uji.ws.inbox().resolve("32.04")).doesNotExist();
      assertThat(uji.ws.submisi().resolve("32.04")).doesNotExist();
      for (String folder : List.of("portal/sementara", "portal/antrian", "portal/multipart")) {
        Path p = root.resolve(folder);
        if (Files.exists(p)) {
          try (var isi = Files.list(p)) {
            assertThat(isi.toList()).as(folder).isEmpty();
          }
        }
      }
    }
  }
}
