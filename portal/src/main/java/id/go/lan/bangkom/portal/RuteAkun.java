package id.go.lan.bangkom.portal;

import id.go.lan.bangkom.core.kontrak.AuditPortal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/** Login, logout and the invitation link that sets a password. */
final class RuteAkun {
  private static final DateTimeFormatter JAM =
      DateTimeFormatter.ofPattern("HH:mm 'WIB'").withZone(ZoneId.of("Asia/Jakarta"));

  /** A failed login waits this long per failure in a row (up to {@link #JEDA_MAKS_MS}). */
  static final long JEDA_PER_GAGAL_MS = 400;

  static final long JEDA_MAKS_MS = 3000;

  private final Web web;

  RuteAkun(Web web) {
    this.web = web;
  }

  void pasang(RoutesConfig r) {
    r.get("/", this::beranda);
    r.get("/masuk", ctx -> halamanMasuk(ctx, null));
    r.post("/masuk", this::masuk);
    r.post("/keluar", this::keluar);
    r.get("/undangan/{token}", this::halamanUndangan);
    r.post("/undangan/{token}", this::aturSandi);
  }

  /** The home of each role. */
  static String rumah(Akun a) {
    return switch (a.peran()) {
      case PIC -> "/instansi/" + a.kodeInstansi().orElseThrow();
      case ANALIS -> "/analis";
      case ADMIN -> "/admin";
    };
  }

  private void beranda(Context ctx) throws SQLException {
    Optional<Akses.SesiAktif> s = web.sesi(ctx);
    ctx.redirect(s.map(x -> rumah(x.akun())).orElse("/masuk"));
  }

  private void halamanMasuk(Context ctx, String galat) throws SQLException {
    web.tampil(
        ctx,
        "masuk",
        Map.of(
            "galat", galat == null ? "" : galat,
            "info",
                "1".equals(ctx.queryParam("siap")) ? "Kata sandi tersimpan. Silakan masuk." : ""));
  }

  private void masuk(Context ctx) throws Exception {
    web.periksaCsrf(ctx);
    String email = Optional.ofNullable(ctx.formParam("email")).orElse("");
    Akses.HasilMasuk h = web.akses.masuk(email, ctx.formParam("sandi"));
    String ip = Web.ip(ctx);
    if (h instanceof Akses.Berhasil b) {
      ctx.cookie(web.cookie(Web.COOKIE_SESI, b.token(), -1));
      web.audit.catat(b.akun(), AuditPortal.Aksi.MASUK, "", "OK", ip);
      ctx.redirect(rumah(b.akun()));
    } else if (h instanceof Akses.Terkunci t) {
      if (t.baruSaja()) {
        web.audit.catat(t.akun(), AuditPortal.Aksi.TERKUNCI, "", "DIKUNCI", ip);
      } else {
        web.audit.catat(t.akun(), AuditPortal.Aksi.MASUK_GAGAL, "", "TERKUNCI", ip);
      }
      ctx.status(429);
      halamanMasuk(
          ctx,
          "Terlalu banyak percobaan yang gagal. Akun dikunci sampai "
              + JAM.format(t.sampai())
              + ". Coba lagi setelah itu, atau minta admin mengirim undangan baru.");
    } else {
      Akses.Gagal g = (Akses.Gagal) h;
      // The account's e-mail when it exists; never what was typed (it may be a password).
      web.audit.catat(g.akun().orElse(null), AuditPortal.Aksi.MASUK_GAGAL, "", "DITOLAK", ip);
      Thread.sleep(Math.min(JEDA_MAKS_MS, JEDA_PER_GAGAL_MS * Math.max(1, g.gagal())));
      ctx.status(401);
      halamanMasuk(ctx, "E-mail atau kata sandi salah.");
    }
  }

  private void keluar(Context ctx) throws SQLException {
    web.periksaCsrf(ctx);
    Optional<Akses.SesiAktif> s = web.sesi(ctx);
    if (s.isPresent()) {
      web.akses.keluar(s.get().tokenHash());
      web.audit.catat(s.get().akun(), AuditPortal.Aksi.KELUAR, "", "OK", Web.ip(ctx));
    }
    ctx.cookie(web.cookie(Web.COOKIE_SESI, "", 0));
    ctx.redirect("/masuk");
  }

  private void halamanUndangan(Context ctx) throws SQLException {
    Optional<Akun> a = web.akses.undangan(ctx.pathParam("token"));
    tampilUndangan(ctx, a, "");
  }

  private void tampilUndangan(Context ctx, Optional<Akun> a, String galat) throws SQLException {
    if (a.isEmpty()) {
      ctx.status(404);
    }
    web.tampil(
        ctx,
        "undangan",
        Map.of(
            "berlaku", a.isPresent(),
            "email", a.map(Akun::email).orElse(""),
            "token", ctx.pathParam("token"),
            "galat", galat,
            "panjangMinimum", Sandi.PANJANG_MINIMUM));
  }

  private void aturSandi(Context ctx) throws SQLException {
    web.periksaCsrf(ctx);
    String token = ctx.pathParam("token");
    Optional<Akun> a = web.akses.undangan(token);
    if (a.isEmpty()) {
      tampilUndangan(ctx, a, "");
      return;
    }
    String sandi = Optional.ofNullable(ctx.formParam("sandi")).orElse("");
    String ulang = Optional.ofNullable(ctx.formParam("sandi_ulang")).orElse("");
    String galat = "";
    if (sandi.length() < Sandi.PANJANG_MINIMUM) {
      galat = "Kata sandi paling sedikit " + Sandi.PANJANG_MINIMUM + " karakter.";
    } else if (!sandi.equals(ulang)) {
      galat = "Kedua kata sandi tidak sama.";
    } else if (sandi.equalsIgnoreCase(a.get().email())) {
      galat = "Kata sandi tidak boleh sama dengan e-mail.";
    }
    if (!galat.isEmpty()) {
      ctx.status(400);
      tampilUndangan(ctx, a, galat);
      return;
    }
    Optional<Akun> hasil = web.akses.pakaiUndangan(token, sandi);
    if (hasil.isEmpty()) {
      tampilUndangan(ctx, hasil, "");
      return;
    }
    web.audit.catat(hasil.get(), AuditPortal.Aksi.ATUR_SANDI, "", "OK", Web.ip(ctx));
    ctx.redirect("/masuk?siap=1");
  }
}
