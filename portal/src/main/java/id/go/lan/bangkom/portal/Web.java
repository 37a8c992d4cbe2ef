package id.go.lan.bangkom.portal;

import static java.util.Objects.requireNonNull;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.AuditPortal;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.SameSite;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every route shares: the services, the session of the request, CSRF, rendering and the access
 * rule (a PIC sees only its own instansi; what it may not see answers 404, so the portal never
 * tells whether another instansi's page exists).
 */
final class Web {
  static final String COOKIE_SESI = "bangkom_sesi";
  static final String COOKIE_CSRF = "bangkom_csrf";
  static final String FIELD_CSRF = "_csrf";
  private static final String ATTR_SESI = "bangkom.sesi";

  final BangkomConfig config;
  final InstansiMaster master;
  final Workspace ws;
  final PengaturanPortal p;
  final Clock jam;
  final Akses akses;
  final Audit audit;
  final Kedudukan kedudukan;
  final Pengunggahan unggah;
  private final TemplateEngine templat =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "id.go.lan.bangkom.portal");

  Web(
      BangkomConfig config,
      InstansiMaster master,
      Workspace ws,
      PengaturanPortal p,
      Clock jam,
      Akses akses,
      Audit audit,
      Kedudukan kedudukan,
      Pengunggahan unggah) {
    this.config = requireNonNull(config, "config is null");
    this.master = requireNonNull(master, "master is null");
    this.ws = requireNonNull(ws, "ws is null");
    this.p = requireNonNull(p, "p is null");
    this.jam = requireNonNull(jam, "jam is null");
    this.akses = requireNonNull(akses, "akses is null");
    this.audit = requireNonNull(audit, "audit is null");
    this.kedudukan = requireNonNull(kedudukan, "kedudukan is null");
    this.unggah = requireNonNull(unggah, "unggah is null");
  }

  /** The request's session, if its cookie names a live one. */
  Optional<Akses.SesiAktif> sesi(Context ctx) throws SQLException {
    Object cached = ctx.attribute(ATTR_SESI);
    if (cached instanceof Akses.SesiAktif s) {
      return Optional.of(s);
    }
    Optional<Akses.SesiAktif> s = akses.sesi(ctx.cookie(COOKIE_SESI));
    s.ifPresent(x -> ctx.attribute(ATTR_SESI, x));
    return s;
  }

  /** The logged-in account; otherwise the request is sent to the login page. */
  Akses.SesiAktif wajibMasuk(Context ctx) throws SQLException {
    Optional<Akses.SesiAktif> s = sesi(ctx);
    if (s.isEmpty()) {
      throw new HarusMasuk();
    }
    return s.get();
  }

  /** Thrown to answer with a redirect to {@code /masuk}. */
  static final class HarusMasuk extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HarusMasuk() {
      super(null, null, false, false);
    }
  }

  /** The account may see instansi {@code kode}: else 404, the same as an unknown code. */
  Akses.SesiAktif bolehLihat(Context ctx, String kode) throws SQLException {
    Akses.SesiAktif s = wajibMasuk(ctx);
    if (!master.contains(kode) || !s.akun().bolehLihat(kode, instansiAnalis(s.akun()))) {
      throw new NotFoundResponse();
    }
    return s;
  }

  /** Only the PIC of {@code kode} may submit for it (404 for anyone else, as above). */
  Akses.SesiAktif picDari(Context ctx, String kode) throws SQLException {
    Akses.SesiAktif s = bolehLihat(ctx, kode);
    if (s.akun().peran() != Akun.Peran.PIC) {
      throw new ForbiddenResponse();
    }
    return s;
  }

  /** Only an admin. */
  Akses.SesiAktif admin(Context ctx) throws SQLException {
    Akses.SesiAktif s = wajibMasuk(ctx);
    if (s.akun().peran() != Akun.Peran.ADMIN) {
      throw new ForbiddenResponse();
    }
    return s;
  }

  Set<String> instansiAnalis(Akun a) throws SQLException {
    return a.peran() == Akun.Peran.ANALIS ? kedudukan.instansiAnalis(a.email()) : Set.of();
  }

  /** A period from the path; 404 when it is not one. */
  static Periode periode(String teks) {
    if (teks == null || !Periode.isValid(teks)) {
      throw new NotFoundResponse();
    }
    return Periode.parse(teks);
  }

  /**
   * Checks the form's CSRF token: the session's when logged in, else the double-submit cookie's
   * (login and password forms). Refused with 403.
   */
  void periksaCsrf(Context ctx) throws SQLException {
    String dikirim = ctx.formParam(FIELD_CSRF);
    Optional<Akses.SesiAktif> s = sesi(ctx);
    String harap = s.isPresent() ? s.get().csrf() : ctx.cookie(COOKIE_CSRF);
    if (!Token.sama(dikirim, harap)) {
      throw new ForbiddenResponse("CSRF");
    }
  }

  /** The CSRF token to put in a form of this page. */
  String csrf(Context ctx) throws SQLException {
    Optional<Akses.SesiAktif> s = sesi(ctx);
    if (s.isPresent()) {
      return s.get().csrf();
    }
    String c = ctx.cookie(COOKIE_CSRF);
    if (c == null || c.length() != 43) {
      c = Token.baru();
      ctx.cookie(cookie(COOKIE_CSRF, c, -1));
    }
    return c;
  }

  Cookie cookie(String nama, String nilai, int umurDetik) {
    return new Cookie(nama, nilai, "/", umurDetik, p.cookieAman(), true, null, SameSite.LAX);
  }

  /** Renders {@code nama}.jte with the page's values plus the layout's (account, CSRF). */
  void tampil(Context ctx, String nama, Map<String, Object> nilai) throws SQLException {
    Map<String, Object> m = new HashMap<>(nilai);
    m.put("akun", sesi(ctx).map(Akses.SesiAktif::akun).orElse(null));
    m.put("csrf", csrf(ctx));
    StringOutput out = new StringOutput();
    templat.render(nama + ".jte", m, out);
    ctx.html(out.toString());
  }

  /** The client's address for the audit log (the proxy's X-Forwarded-For is not trusted). */
  static String ip(Context ctx) {
    return ctx.ip();
  }

  /** The audit line of a logged-in request. */
  void catat(Context ctx, AuditPortal.Aksi aksi, String objek, String hasil) throws SQLException {
    audit.catat(sesi(ctx).map(Akses.SesiAktif::akun).orElse(null), aksi, objek, hasil, ip(ctx));
  }

  String namaInstansi(String kode) {
    return master.find(kode).map(i -> i.nama()).orElse(kode);
  }
}
