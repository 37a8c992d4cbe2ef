import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load and fault driver of bench/portal.sh (issue 17.9): a PIC's browser as plain HTTP (no
 * JavaScript on the portal), with java.net.http only. Run with {@code java bench/PortalBeban.java
 * MODE BASE ...}:
 *
 * <ul>
 *   <li>{@code akun BASE ADMIN_EMAIL ADMIN_SANDI KODES OUT}: the admin invites one PIC per kode
 *       (comma separated) through POST /admin/akun, each invitation link sets the password; writes
 *       "kode email sandi" lines to OUT.
 *   <li>{@code beban BASE AKUN UPLOADS PAGE_KODES PAUSE_MS MIN_SECONDS STAGGER_MS OUT [WHILE]}: logs
 *       in the
 *       uploaders (UPLOADS: "kode periode rows field=path,..." lines) and the page users, starts the
 *       uploads together (or STAGGER_MS apart), loops GET /instansi/{kode} for the page users until
 *       the uploads are done, at least MIN_SECONDS passed and the file WHILE (if given) is gone; one
 *       line per receipt to OUT as it
 *       arrives, and a summary on stdout.
 *   <li>{@code potong BASE AKUN KODE PERIODE FILE}: logs in, sends the headers and half of a
 *       multipart upload on a raw socket, closes it.
 *   <li>{@code masuk BASE AKUN}: logs in with every account of AKUN (and prints the failures).
 * </ul>
 */
public final class PortalBeban {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern UNDANGAN = Pattern.compile("/undangan/([A-Za-z0-9_\\-]+)");
  private static final Pattern TERIMA =
      Pattern.compile(
          "versi ([0-9]+)</strong> \\(([^)]*)\\)\\. ([0-9]+) baris dibaca, ([0-9]+) diterima,"
              + " <strong>([0-9]+) ditolak");

  private PortalBeban() {}

  /** One browser: its cookies. */
  static final class Sesi {
    final String base;
    final Map<String, String> cookies = new ConcurrentHashMap<>();

    Sesi(String base) {
      this.base = base;
    }

    HttpRequest.Builder req(String path) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(20));
      if (!cookies.isEmpty()) {
        StringBuilder c = new StringBuilder();
        cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        b.header("Cookie", c.toString());
      }
      return b;
    }

    HttpResponse<String> kirim(HttpRequest r) throws IOException, InterruptedException {
      HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
      for (String sc : res.headers().allValues("set-cookie")) {
        String kv = sc.split(";", 2)[0];
        int i = kv.indexOf('=');
        String v = kv.substring(i + 1);
        if (v.isEmpty()) {
          cookies.remove(kv.substring(0, i));
        } else {
          cookies.put(kv.substring(0, i), v);
        }
      }
      return res;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return kirim(req(path).GET().build());
    }

    HttpResponse<String> form(String path, Map<String, String> f)
        throws IOException, InterruptedException {
      StringBuilder b = new StringBuilder();
      f.forEach(
          (k, v) ->
              b.append(b.length() == 0 ? "" : "&")
                  .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                  .append('=')
                  .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return kirim(
          req(path)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(b.toString()))
              .build());
    }

    String csrf(String path) throws IOException, InterruptedException {
      HttpResponse<String> r = get(path);
      Matcher m = CSRF.matcher(r.body());
      if (!m.find()) {
        throw new IllegalStateException("no _csrf on " + path + " (HTTP " + r.statusCode() + ")");
      }
      return m.group(1);
    }

    /** Logs in; returns the redirect target. */
    String masuk(String email, String sandi) throws IOException, InterruptedException {
      String t = csrf("/masuk");
      Map<String, String> f = new LinkedHashMap<>();
      f.put("email", email);
      f.put("sandi", sandi);
      f.put("_csrf", t);
      HttpResponse<String> r = form("/masuk", f);
      if (r.statusCode() != 302 || !cookies.containsKey("bangkom_sesi")) {
        throw new IllegalStateException("login of " + email + " failed: HTTP " + r.statusCode());
      }
      return r.headers().firstValue("location").orElse("");
    }
  }

  record Akun(String kode, String email, String sandi) {}

  record Unggahan(String kode, String periode, long baris, Map<String, Path> berkas) {}

  static List<Akun> bacaAkun(Path f) throws IOException {
    List<Akun> out = new ArrayList<>();
    for (String l : Files.readAllLines(f)) {
      String[] p = l.trim().split("\\s+");
      if (p.length == 3) {
        out.add(new Akun(p[0], p[1], p[2]));
      }
    }
    return out;
  }

  static Akun akunDari(List<Akun> semua, String kode) {
    return semua.stream()
        .filter(a -> a.kode().equals(kode))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no account for " + kode));
  }

  public static void main(String[] a) throws Exception {
    switch (a[0]) {
      case "akun" -> akun(a[1], a[2], a[3], a[4].split(","), Path.of(a[5]));
      case "beban" ->
          beban(
              a[1],
              bacaAkun(Path.of(a[2])),
              Path.of(a[3]),
              a[4].isEmpty() ? List.of() : List.of(a[4].split(",")),
              Long.parseLong(a[5]),
              Long.parseLong(a[6]),
              Long.parseLong(a[7]),
              Path.of(a[8]),
              a.length > 9 ? Path.of(a[9]) : null);
      case "potong" -> potong(a[1], akunDari(bacaAkun(Path.of(a[2])), a[3]), a[3], a[4], Path.of(a[5]));
      case "masuk" -> masukSemua(a[1], bacaAkun(Path.of(a[2])));
      default -> throw new IllegalArgumentException(a[0]);
    }
  }

  static void akun(String base, String email, String sandi, String[] kodes, Path out)
      throws Exception {
    Sesi admin = new Sesi(base);
    admin.masuk(email, sandi);
    List<String> baris = new ArrayList<>();
    for (String kode : kodes) {
      String t = admin.csrf("/admin/akun");
      String surel = "pic." + kode.replace('.', '-') + "@bench.example";
      Map<String, String> f = new LinkedHashMap<>();
      f.put("_csrf", t);
      f.put("peran", "PIC");
      f.put("kode_instansi", kode);
      f.put("email", surel);
      f.put("nama", "PIC bench " + kode);
      HttpResponse<String> r = admin.form("/admin/akun", f);
      Matcher m = UNDANGAN.matcher(r.body());
      if (r.statusCode() != 200 || !m.find()) {
        throw new IllegalStateException("invite " + kode + ": HTTP " + r.statusCode());
      }
      String token = m.group(1);
      Sesi pic = new Sesi(base);
      String tu = pic.csrf("/undangan/" + token);
      String kata = "Bench-" + UUID.randomUUID().toString().substring(0, 12);
      Map<String, String> g = new LinkedHashMap<>();
      g.put("_csrf", tu);
      g.put("sandi", kata);
      g.put("sandi_ulang", kata);
      HttpResponse<String> s = pic.form("/undangan/" + token, g);
      if (s.statusCode() != 302) {
        throw new IllegalStateException("password of " + kode + ": HTTP " + s.statusCode());
      }
      baris.add(kode + " " + surel + " " + kata);
    }
    Files.write(out, baris);
    System.out.println("accounts=" + baris.size());
  }

  static List<Unggahan> bacaUnggahan(Path f) throws IOException {
    List<Unggahan> out = new ArrayList<>();
    for (String l : Files.readAllLines(f)) {
      String[] p = l.trim().split("\\s+");
      if (p.length < 4) {
        continue;
      }
      Map<String, Path> b = new LinkedHashMap<>();
      for (String x : p[3].split(",")) {
        String[] kv = x.split("=", 2);
        b.put(kv[0], Path.of(kv[1]));
      }
      out.add(new Unggahan(p[0], p[1], Long.parseLong(p[2]), b));
    }
    return out;
  }

  static byte[] multipart(String batas, String csrf, String periode, Map<String, Path> berkas)
      throws IOException {
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    PrintStream w = new PrintStream(o, false, StandardCharsets.UTF_8);
    w.print("--" + batas + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
    w.print("--" + batas + "\r\nContent-Disposition: form-data; name=\"periode\"\r\n\r\n" + periode + "\r\n");
    for (Map.Entry<String, Path> e : berkas.entrySet()) {
      w.print(
          "--" + batas + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
              + "\"; filename=\"" + e.getValue().getFileName()
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      w.flush();
      o.write(Files.readAllBytes(e.getValue()));
      w.print("\r\n");
    }
    w.print("--" + batas + "--\r\n");
    w.flush();
    return o.toByteArray();
  }

  static long p(List<Long> v, double q) {
    if (v.isEmpty()) {
      return -1;
    }
    List<Long> s = new ArrayList<>(v);
    Collections.sort(s);
    int i = (int) Math.ceil(q * s.size()) - 1;
    return s.get(Math.max(0, Math.min(s.size() - 1, i)));
  }

  static void beban(
      String base,
      List<Akun> akun,
      Path unggahanFile,
      List<String> halaman,
      long jedaMs,
      long minDetik,
      long selangMs,
      Path out,
      Path selamaAda)
      throws Exception {
    List<Unggahan> ung = bacaUnggahan(unggahanFile);
    // Log in everyone first and read each upload form (its session CSRF token), prepare bodies.
    List<Sesi> sesiUnggah = new ArrayList<>();
    List<byte[]> badan = new ArrayList<>();
    String batas = "----bench" + UUID.randomUUID().toString().replace("-", "");
    for (Unggahan u : ung) {
      Akun k = akunDari(akun, u.kode());
      Sesi s = new Sesi(base);
      s.masuk(k.email(), k.sandi());
      String t = s.csrf("/instansi/" + u.kode() + "/unggah");
      sesiUnggah.add(s);
      badan.add(multipart(batas, t, u.periode(), u.berkas()));
    }
    List<Sesi> sesiHalaman = new ArrayList<>();
    for (String kode : halaman) {
      Akun k = akunDari(akun, kode);
      Sesi s = new Sesi(base);
      s.masuk(k.email(), k.sandi());
      sesiHalaman.add(s);
    }
    List<Long> waktuHalaman = new CopyOnWriteArrayList<>();
    AtomicInteger halamanGagal = new AtomicInteger();
    AtomicBoolean berhenti = new AtomicBoolean();
    List<Thread> pembaca = new ArrayList<>();
    for (int i = 0; i < sesiHalaman.size(); i++) {
      Sesi s = sesiHalaman.get(i);
      String kode = halaman.get(i);
      Thread th =
          new Thread(
              () -> {
                while (!berhenti.get()) {
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<String> r = s.get("/instansi/" + kode);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    if (r.statusCode() == 200 && r.body().contains("</html>")) {
                      waktuHalaman.add(ms);
                    } else {
                      halamanGagal.incrementAndGet();
                      System.err.println("page " + kode + ": HTTP " + r.statusCode());
                    }
                  } catch (IOException | InterruptedException e) {
                    halamanGagal.incrementAndGet();
                    System.err.println("page " + kode + ": " + e);
                  }
                  try {
                    Thread.sleep(jedaMs);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      th.start();
      pembaca.add(th);
    }
    List<Long> waktuUnggah = new CopyOnWriteArrayList<>();
    AtomicInteger unggahGagal = new AtomicInteger();
    AtomicInteger tidakBerubah = new AtomicInteger();
    CountDownLatch mulai = new CountDownLatch(1);
    List<Thread> pengunggah = new ArrayList<>();
    Object kunciOut = new Object();
    Files.deleteIfExists(out);
    Files.createFile(out);
    long awal = System.nanoTime();
    for (int i = 0; i < ung.size(); i++) {
      Unggahan u = ung.get(i);
      Sesi s = sesiUnggah.get(i);
      byte[] b = badan.get(i);
      long tunda = selangMs * i;
      Thread th =
          new Thread(
              () -> {
                String hasil;
                long ms;
                try {
                  mulai.await();
                  Thread.sleep(tunda);
                  long t0 = System.nanoTime();
                  HttpResponse<String> r =
                      s.kirim(
                          s.req("/instansi/" + u.kode() + "/unggah")
                              .header("Content-Type", "multipart/form-data; boundary=" + batas)
                              .POST(HttpRequest.BodyPublishers.ofByteArray(b))
                              .build());
                  ms = (System.nanoTime() - t0) / 1_000_000;
                  Matcher m = TERIMA.matcher(r.body());
                  if (r.statusCode() == 200 && m.find()) {
                    waktuUnggah.add(ms);
                    hasil =
                        "RECEIPT " + u.kode() + " " + u.periode() + " v" + m.group(1) + " " + ms
                            + " ms read=" + m.group(3) + " accepted=" + m.group(4) + " refused="
                            + m.group(5) + " bytes=" + b.length + " id=" + m.group(2);
                  } else if (r.statusCode() == 200 && r.body().contains("Tidak ada versi baru")) {
                    tidakBerubah.incrementAndGet();
                    hasil = "UNCHANGED " + u.kode() + " " + u.periode() + " " + ms + " ms";
                  } else {
                    unggahGagal.incrementAndGet();
                    hasil = "FAILED " + u.kode() + " " + u.periode() + " HTTP " + r.statusCode()
                        + " " + ms + " ms";
                  }
                } catch (IOException | InterruptedException e) {
                  unggahGagal.incrementAndGet();
                  hasil = "FAILED " + u.kode() + " " + u.periode() + " " + e;
                }
                synchronized (kunciOut) {
                  try {
                    Files.writeString(
                        out, hasil + "\n", java.nio.file.StandardOpenOption.APPEND);
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }
              });
      th.start();
      pengunggah.add(th);
    }
    mulai.countDown();
    for (Thread t : pengunggah) {
      t.join();
    }
    long unggahSelesaiMs = (System.nanoTime() - awal) / 1_000_000;
    long sisa = minDetik * 1000 - unggahSelesaiMs;
    if (sisa > 0) {
      Thread.sleep(sisa);
    }
    while (selamaAda != null && Files.exists(selamaAda)) {
      Thread.sleep(200);
    }
    berhenti.set(true);
    for (Thread t : pembaca) {
      t.join();
    }
    System.out.printf(
        "uploads=%d receipts=%d unchanged=%d failed=%d upload_p50_ms=%d upload_p95_ms=%d"
            + " upload_max_ms=%d all_uploads_ms=%d pages=%d page_failed=%d page_p50_ms=%d"
            + " page_p95_ms=%d page_max_ms=%d%n",
        ung.size(),
        waktuUnggah.size(),
        tidakBerubah.get(),
        unggahGagal.get(),
        p(waktuUnggah, 0.5),
        p(waktuUnggah, 0.95),
        p(waktuUnggah, 1.0),
        unggahSelesaiMs,
        waktuHalaman.size(),
        halamanGagal.get(),
        p(waktuHalaman, 0.5),
        p(waktuHalaman, 0.95),
        p(waktuHalaman, 1.0));
  }

  /** Sends the request line, headers and half the multipart body, then closes the socket. */
  static void potong(String base, Akun k, String kode, String periode, Path f) throws Exception {
    Sesi s = new Sesi(base);
    s.masuk(k.email(), k.sandi());
    String t = s.csrf("/instansi/" + kode + "/unggah");
    String batas = "----bench" + UUID.randomUUID().toString().replace("-", "");
    byte[] b = multipart(batas, t, periode, Map.of("bangkom", f));
    URI u = URI.create(base);
    StringBuilder c = new StringBuilder();
    s.cookies.forEach((x, v) -> c.append(c.length() == 0 ? "" : "; ").append(x).append('=').append(v));
    String kepala =
        "POST /instansi/" + kode + "/unggah HTTP/1.1\r\nHost: " + u.getHost() + ":" + u.getPort()
            + "\r\nCookie: " + c + "\r\nContent-Type: multipart/form-data; boundary=" + batas
            + "\r\nContent-Length: " + b.length + "\r\n\r\n";
    try (Socket so = new Socket()) {
      so.connect(new InetSocketAddress(u.getHost(), u.getPort()));
      OutputStream o = so.getOutputStream();
      o.write(kepala.getBytes(StandardCharsets.US_ASCII));
      o.write(b, 0, b.length / 2);
      o.flush();
      Thread.sleep(1500);
    }
    System.out.println("cut upload: sent " + (b.length / 2) + " of " + b.length + " bytes, closed");
  }

  static void masukSemua(String base, List<Akun> akun) throws Exception {
    int ok = 0;
    List<String> gagal = new ArrayList<>();
    for (Akun k : akun) {
      try {
        new Sesi(base).masuk(k.email(), k.sandi());
        ok++;
      } catch (RuntimeException e) {
        gagal.add(k.email() + ": " + e.getMessage());
      }
    }
    System.out.println("logins_ok=" + ok + " logins_failed=" + gagal.size());
    gagal.forEach(System.out::println);
  }
}
