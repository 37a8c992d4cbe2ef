package id.go.lan.bangkom.cli;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ./bangkom portal} in its own JVM, as a user starts it, and a plain HTTP client for it. */
final class PortalProses implements AutoCloseable {
  private static final Pattern AKUN =
      Pattern.compile("^\\s+(ADMIN|PIC|ANALIS)\\s+(\\S+)\\s+sandi: (\\S+)\\s*(\\S*)$");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  /** An account the first start printed. */
  record Akun(String peran, String email, String sandi, String instansi) {}

  final CliProcess.Running proses;
  final int port;
  final String keluaran;

  private PortalProses(CliProcess.Running proses, int port, String keluaran) {
    this.proses = proses;
    this.port = port;
    this.keluaran = keluaran;
  }

  /** Starts the portal on a free port of {@code workspace} and waits until it serves. */
  static PortalProses mulai(Path dir, Path workspace) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    CliProcess.Running p =
        CliProcess.start(
            dir, "portal", "--workspace", workspace.toString(), "--port", Integer.toString(port));
    long batas = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < batas) {
      String out = Files.readString(p.out(), StandardCharsets.UTF_8);
      if (out.contains("Hentikan dengan Ctrl+C.")) {
        return new PortalProses(p, port, out);
      }
      if (!p.process().isAlive()) {
        throw new IllegalStateException(
            "portal ended: " + out + Files.readString(p.err(), StandardCharsets.UTF_8));
      }
      Thread.sleep(200);
    }
    p.process().destroyForcibly();
    throw new IllegalStateException("portal did not start in 90 s");
  }

  /** The accounts printed on this start (none after the first). */
  List<Akun> akunAwal() {
    List<Akun> out = new ArrayList<>();
    for (String line : keluaran.lines().toList()) {
      Matcher m = AKUN.matcher(line);
      if (m.matches()) {
        out.add(new Akun(m.group(1), m.group(2), m.group(3), m.group(4)));
      }
    }
    return out;
  }

  /** Logs in with a fresh client and returns the page the login leads to (status, body). */
  String[] masukDanBuka(String email, String sandi) throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String base = "http://127.0.0.1:" + port;
    String masuk =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/masuk")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = CSRF.matcher(masuk);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF field on the login page: " + masuk);
    }
    String form =
        "_csrf="
            + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)
            + "&email="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&sandi="
            + URLEncoder.encode(sandi, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/masuk"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new String[] {Integer.toString(r.statusCode()), r.uri().getPath(), r.body()};
  }

  /** A plain GET without a session: {status, body}. */
  String[] get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    return new String[] {Integer.toString(r.statusCode()), r.body()};
  }

  /** Stops it as Ctrl+C does (the shutdown hook closes the server and the store). */
  @Override
  public void close() throws Exception {
    proses.process().destroy();
    if (!proses.process().waitFor(30, TimeUnit.SECONDS)) {
      proses.process().destroyForcibly();
    }
  }
}
