package id.go.lan.bangkom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for the HTTP-level tests: cookies kept, redirects not followed (the
 * tests look at them), and the CSRF token of the last page kept for the next form, as a browser
 * would send it.
 */
final class KlienUji {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  /** An answer. */
  record Jawab(int status, String isi, byte[] bita, HttpHeaders kepala) {
    String lokasi() {
      return kepala.firstValue("Location").orElse("");
    }
  }

  /** A file of a multipart form. */
  record Berkas(String nama, byte[] isi) {}

  private final String url;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  String csrf = "";

  KlienUji(String url) {
    this.url = url;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  CookieManager cookies() {
    return cookies;
  }

  Jawab get(String path) throws IOException, InterruptedException {
    return kirim(HttpRequest.newBuilder(URI.create(url + path)).GET().build());
  }

  /** A form POST; the last page's CSRF token is added unless {@code form} has one. */
  Jawab post(String path, Map<String, String> form) throws IOException, InterruptedException {
    Map<String, String> m = new LinkedHashMap<>(form);
    m.putIfAbsent("_csrf", csrf);
    String body =
        m.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return kirim(
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** A multipart POST (the upload form); the last page's CSRF token is added. */
  Jawab unggah(String path, Map<String, String> medan, Map<String, Berkas> berkas)
      throws IOException, InterruptedException {
    String batas = "----bangkom" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, String> m = new LinkedHashMap<>(medan);
    m.putIfAbsent("_csrf", csrf);
    for (var e : m.entrySet()) {
      out.writeBytes(
          ("--"
                  + batas
                  + "\r\nContent-Disposition: form-data; name=\""
                  + e.getKey()
                  + "\"\r\n\r\n"
                  + e.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    for (var e : berkas.entrySet()) {
      out.writeBytes(
          ("--"
                  + batas
                  + "\r\nContent-Disposition: form-data; name=\""
                  + e.getKey()
                  + "\"; filename=\""
                  + e.getValue().nama()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(e.getValue().isi());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return kirim(
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "multipart/form-data; boundary=" + batas)
            .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
            .build());
  }

  /** Logs in (the login page first, for its CSRF cookie and field). */
  void masuk(String email, String sandi) throws IOException, InterruptedException {
    get("/masuk");
    Jawab j = post("/masuk", Map.of("email", email, "sandi", sandi));
    assertThat(j.status()).as("login of %s: %s", email, j.isi()).isEqualTo(302);
  }

  private Jawab kirim(HttpRequest r) throws IOException, InterruptedException {
    HttpResponse<byte[]> h = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
    String isi = new String(h.body(), StandardCharsets.UTF_8);
    Matcher m = CSRF.matcher(isi);
    if (m.find()) {
      csrf = m.group(1);
    }
    return new Jawab(h.statusCode(), isi, h.body(), h.headers());
  }
}
