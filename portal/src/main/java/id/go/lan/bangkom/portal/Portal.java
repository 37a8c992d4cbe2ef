package id.go.lan.bangkom.portal;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.AuditPortal;
import id.go.lan.bangkom.ingestion.Ingestion;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal: a Javalin (Jetty) server with server-side jte pages, no JavaScript. Reads the
 * warehouse read-only, hands submissions to the ingestion module, keeps accounts, sessions and the
 * audit log in its own store ({@link Penyimpanan}). Never loads Spark.
 */
public final class Portal implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Portal.class.getName());
  private static final Pesan PESAN = Pesan.modul("portal");

  /** The marker {@code ./bangkom demo} leaves in its workspace: seed demo accounts there. */
  public static final String PENANDA_DEMO = ".demo";

  private final Penyimpanan db;
  private final Pengunggahan unggah;
  private final Web web;
  private final Javalin app;

  private Portal(Penyimpanan db, Pengunggahan unggah, Web web, Javalin app) {
    this.db = db;
    this.unggah = unggah;
    this.web = web;
    this.app = app;
  }

  /** Opens the store, catches up the audit export and starts serving. */
  public static Portal mulai(
      BangkomConfig config, InstansiMaster master, Workspace ws, PengaturanPortal p, Clock jam) {
    requireNonNull(config, "config is null");
    Penyimpanan db = Penyimpanan.buka(p, ws);
    Pengunggahan unggah = null;
    try {
      Audit audit = new Audit(db, ws, jam);
      audit.ekspor();
      unggah = new Pengunggahan(new Ingestion(config, master, ws), ws);
      Web web =
          new Web(
              config, master, ws, p, jam, new Akses(db, p, jam), audit, new Kedudukan(ws), unggah);
      Path multipart = ws.root().resolve(Penyimpanan.FOLDER).resolve("multipart");
      Files.createDirectories(multipart);
      String css = sumber("/bangkom/portal/gaya.css");
      Javalin app =
          Javalin.create(
              cfg -> {
                cfg.jetty.host = p.host();
                cfg.jetty.port = p.port();
                cfg.startup.showJavalinBanner = false;
                // An upload may wait for the lake's lock while a run ingests (up to ten minutes,
                // Pengunggahan): the stream must outlive that wait.
                cfg.jetty.modifyHttpConfiguration(h -> h.setIdleTimeout(11 * 60 * 1000L));
                cfg.jetty.multipartConfig.cacheDirectory(multipart.toString());
                cfg.jetty.multipartConfig.maxFileSize(p.ukuranUnggahMaks(), SizeUnit.BYTES);
                cfg.jetty.multipartConfig.maxTotalRequestSize(
                    p.ukuranUnggahMaks() + 1024 * 1024, SizeUnit.BYTES);
                cfg.jetty.multipartConfig.maxInMemoryFileSize(256 * 1024, SizeUnit.BYTES);
                cfg.routes.before(Portal::kepala);
                cfg.routes.get(
                    "/gaya.css",
                    ctx -> {
                      ctx.contentType("text/css; charset=utf-8");
                      ctx.header("Cache-Control", "public, max-age=86400");
                      ctx.result(css);
                    });
                new RuteAkun(web).pasang(cfg.routes);
                new RuteInstansi(web).pasang(cfg.routes);
                new RuteKerja(web).pasang(cfg.routes);
                new RuteVerifikasi(web).pasang(cfg.routes);
                cfg.routes.exception(Web.HarusMasuk.class, (e, ctx) -> ctx.redirect("/masuk"));
                cfg.routes.exception(
                    NotFoundResponse.class, (e, ctx) -> galat(web, ctx, HttpStatus.NOT_FOUND));
                cfg.routes.exception(
                    ForbiddenResponse.class, (e, ctx) -> galat(web, ctx, HttpStatus.FORBIDDEN));
                cfg.routes.exception(
                    Exception.class,
                    (e, ctx) -> {
                      if (terlaluBesar(e)) {
                        galat(web, ctx, HttpStatus.CONTENT_TOO_LARGE);
                        return;
                      }
                      if (terputus(e)) {
                        // The client went away mid-body (a cut upload): not a server fault.
                        LOG.fine(() -> "Request cut off by the client: " + ctx.path());
                        galat(web, ctx, HttpStatus.BAD_REQUEST);
                        return;
                      }
                      LOG.log(Level.SEVERE, "Portal request failed: " + ctx.path(), e);
                      galat(web, ctx, HttpStatus.INTERNAL_SERVER_ERROR);
                    });
                cfg.routes.error(
                    HttpStatus.NOT_FOUND.getCode(),
                    ctx -> {
                      if (ctx.result() == null) {
                        galat(web, ctx, HttpStatus.NOT_FOUND);
                      }
                    });
                cfg.routes.error(
                    HttpStatus.CONTENT_TOO_LARGE.getCode(),
                    ctx -> galat(web, ctx, HttpStatus.CONTENT_TOO_LARGE));
              });
      app.start();
      return new Portal(db, unggah, web, app);
    } catch (IOException e) {
      close(db, unggah);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      close(db, unggah);
      throw e;
    }
  }

  /**
   * Whether Jetty refused a multipart body over {@code portal.ukuran_unggah_maks_mb} ("max file
   * size exceeded", "max request size exceeded", wrapped in a bad-message exception).
   */
  static boolean terlaluBesar(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (t instanceof IllegalStateException && m != null && m.contains("size exceeded")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the request's body ended early (the client closed the connection mid-upload). */
  static boolean terputus(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.io.EofException
          || t instanceof java.io.EOFException
          || t.getClass().getSimpleName().equals("HttpEofException")) {
        return true;
      }
    }
    return false;
  }

  private static void close(Penyimpanan db, Pengunggahan unggah) {
    if (unggah != null) {
      unggah.close();
    }
    db.close();
  }

  /** Headers of every answer: no framing, no sniffing, no referrer (invitation links), no cache. */
  private static void kepala(Context ctx) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    if (!ctx.path().equals("/gaya.css")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  private static void galat(Web web, Context ctx, HttpStatus status) {
    ctx.status(status);
    String judul =
        switch (status) {
          case NOT_FOUND -> "Halaman tidak ditemukan";
          case FORBIDDEN -> "Akses ditolak";
          case CONTENT_TOO_LARGE -> "Berkas terlalu besar";
          case BAD_REQUEST -> "Permintaan tidak lengkap";
          default -> "Terjadi galat";
        };
    String isi =
        switch (status) {
          case NOT_FOUND -> "Alamat ini tidak ada, atau tidak dapat dibuka dengan akun Anda.";
          case FORBIDDEN ->
              "Akun Anda tidak berhak melakukan ini, atau formulir sudah kedaluwarsa."
                  + " Muat ulang halaman lalu coba lagi.";
          case CONTENT_TOO_LARGE ->
              "Ukuran unggahan melebihi batas "
                  + web.p.ukuranUnggahMaks() / (1024 * 1024)
                  + " MB. Pecah berkas per dataset, atau simpan sebagai CSV.";
          case BAD_REQUEST ->
              "Kiriman terputus sebelum selesai. Tidak ada yang disimpan; unggah lagi.";
          default ->
              "Permintaan tidak dapat diselesaikan. Tidak ada data yang hilang; coba lagi, dan"
                  + " hubungi admin P3K Bangkom bila berulang.";
        };
    try {
      web.tampil(ctx, "galat", Map.of("judul", judul, "isi", isi));
    } catch (SQLException | RuntimeException e) {
      ctx.result(judul);
    }
  }

  private static String sumber(String nama) throws IOException {
    try (InputStream in = Portal.class.getResourceAsStream(nama)) {
      return new String(
          requireNonNull(in, nama).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The port served (the one chosen when the settings asked for 0). */
  public int port() {
    return app.port();
  }

  /** Every route served, as {@code "METHOD /path"} (tests check each one is guarded). */
  List<String> rute() {
    List<String> out = new ArrayList<>();
    for (var e : app.unsafe.internalRouter.allHttpHandlers()) {
      if (e.endpoint.method.isHttpMethod()) {
        out.add(e.endpoint.method.name() + " " + e.endpoint.path);
      }
    }
    return out;
  }

  Akses akses() {
    return web.akses;
  }

  /** The store's JDBC URL, for the console. */
  public String urlPenyimpanan() {
    return db.url();
  }

  /** An account created by {@link #semai}, with its password (shown once, never stored). */
  public record AkunAwal(String peran, String email, String sandi, String instansi) {}

  /**
   * On an empty store: one admin, and in a demo workspace ({@link #PENANDA_DEMO}) also the PIC of
   * every instansi the warehouse has data for and the first analis of the assignment. Random
   * passwords, returned to be printed once. Nothing when the store already has accounts.
   */
  public List<AkunAwal> semai() throws SQLException {
    List<AkunAwal> out = new ArrayList<>();
    if (!web.akses.kosong()) {
      return out;
    }
    out.add(buat("admin.bangkom@instansi.example", "Admin P3K Bangkom", Akun.Peran.ADMIN, null));
    if (Files.exists(web.ws.root().resolve(PENANDA_DEMO))) {
      Optional<id.go.lan.bangkom.core.Periode> p = web.kedudukan.periodeTerakhir();
      if (p.isPresent()) {
        for (Kedudukan.Baris b : web.kedudukan.baris(p.get(), null).values()) {
          if (b.melapor()) {
            web.master
                .find(b.kode())
                .ifPresent(
                    i ->
                        out.add(
                            uncheck(
                                () -> buat(i.emailPic(), i.namaPic(), Akun.Peran.PIC, i.kode()))));
          }
        }
      }
      web.kedudukan
          .analisPertama()
          .ifPresent(e -> out.add(uncheck(() -> buat(e[0], e[1], Akun.Peran.ANALIS, null))));
    }
    for (AkunAwal a : out) {
      web.audit.catat(
          null, AuditPortal.Aksi.AKUN_UBAH, a.email(), "DIBUAT_AWAL " + a.peran(), "127.0.0.1");
    }
    return out;
  }

  private interface Sql<T> {
    T get() throws SQLException;
  }

  private static <T> T uncheck(Sql<T> s) {
    try {
      return s.get();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private AkunAwal buat(String email, String nama, Akun.Peran peran, String kode)
      throws SQLException {
    Akun a = web.akses.buatAkun(email, nama, peran, Optional.ofNullable(kode));
    String sandi = sandiAcak();
    web.akses.aturSandiLangsung(a.id(), sandi);
    return new AkunAwal(peran.name(), a.email(), sandi, kode == null ? "" : kode);
  }

  private static final SecureRandom ACAK = new SecureRandom();

  private static String sandiAcak() {
    String huruf = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      if (i > 0 && i % 5 == 4) {
        b.append('-');
      } else {
        b.append(huruf.charAt(ACAK.nextInt(huruf.length())));
      }
    }
    return b.toString();
  }

  /** Creates an account and its invitation link (for the CLI and tests). */
  public String undang(String email, String nama, String peran, String kodeInstansi)
      throws SQLException {
    Akun a =
        web.akses.buatAkun(
            email, nama, Akun.Peran.valueOf(peran), Optional.ofNullable(kodeInstansi));
    web.audit.catat(null, AuditPortal.Aksi.UNDANG, a.email(), "TAUTAN_DITAMPILKAN", "127.0.0.1");
    return web.p.urlPublik() + "/undangan/" + web.akses.undang(a.id());
  }

  static String pesan(String kunci, Object... args) {
    return PESAN.f(kunci, args);
  }

  @Override
  public void close() {
    app.stop();
    unggah.close();
    web.kedudukan.tutup();
    db.close();
  }
}
