package id.go.lan.bangkom.portal;

import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.kontrak.AuditPortal;
import id.go.lan.bangkom.schedules.ModuleSettings;
import id.go.lan.bangkom.schedules.delivery.SmtpSettings;
import id.go.lan.bangkom.schedules.delivery.SurelTunggal;
import id.go.lan.bangkom.tindaklanjut.HasilCatat;
import id.go.lan.bangkom.tindaklanjut.Masukan;
import id.go.lan.bangkom.tindaklanjut.TindakLanjut;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import jakarta.mail.MessagingException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The analis's worklist and follow-up form; the admin's overview and account management. */
final class RuteKerja {
  private static final Pesan PESAN = Pesan.modul("portal");
  private static final Logger LOG = Logger.getLogger(RuteKerja.class.getName());

  private final Web web;

  RuteKerja(Web web) {
    this.web = web;
  }

  void pasang(RoutesConfig r) {
    r.get("/analis", this::analis);
    r.post("/analis/tindak-lanjut", this::catatTindakLanjut);
    r.get("/admin", this::admin);
    r.get("/admin/akun", this::halamanAkun);
    r.post("/admin/akun", this::undangBaru);
    r.post("/admin/akun/{id}/undang", this::undangUlang);
    r.post("/admin/akun/{id}/aktif", this::aturAktif);
  }

  private Periode periodeDipilih(Context ctx) throws SQLException {
    String t = ctx.queryParam("periode");
    if (t != null) {
      return Web.periode(t);
    }
    return web.kedudukan.periodeTerakhir().orElse(null);
  }

  private void analis(Context ctx) throws SQLException {
    Akses.SesiAktif s = web.wajibMasuk(ctx);
    if (s.akun().peran() == Akun.Peran.PIC) {
      throw new io.javalin.http.ForbiddenResponse();
    }
    tampilAnalis(ctx, s.akun(), List.of(), ctx.status().getCode());
  }

  private void tampilAnalis(Context ctx, Akun akun, List<String> pesan, int status)
      throws SQLException {
    Set<String> kode =
        akun.peran() == Akun.Peran.ADMIN ? null : web.kedudukan.instansiAnalis(akun.email());
    Periode p = periodeDipilih(ctx);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("periode", p);
    m.put("baris", p == null ? List.of() : new ArrayList<>(web.kedudukan.baris(p, kode).values()));
    m.put("pesan", pesan);
    m.put("jumlahPenugasan", kode == null ? -1 : kode.size());
    ctx.status(status);
    web.tampil(ctx, "analis", m);
  }

  private void catatTindakLanjut(Context ctx) throws SQLException {
    Akses.SesiAktif s = web.wajibMasuk(ctx);
    web.periksaCsrf(ctx);
    String kode = Optional.ofNullable(ctx.formParam("kode_instansi")).orElse("").trim();
    if (s.akun().peran() == Akun.Peran.PIC
        || !s.akun().bolehLihat(kode, web.instansiAnalis(s.akun()))) {
      throw new NotFoundResponse();
    }
    Masukan masukan =
        new Masukan(
            ctx.formParam("periode"),
            kode,
            ctx.formParam("tanggal"),
            ctx.formParam("saluran"),
            ctx.formParam("kontak"),
            ctx.formParam("hasil"),
            ctx.formParam("janji_tindakan"),
            ctx.formParam("janji_tanggal"));
    HasilCatat h = new TindakLanjut(web.master, web.ws, web.jam).catat(masukan, s.akun().email());
    web.catat(
        ctx, AuditPortal.Aksi.TINDAK_LANJUT, kode + "/" + masukan.periode(), h.status().name());
    tampilAnalis(ctx, s.akun(), h.pesan(), h.id() == null ? 400 : 200);
  }

  /** One instansi in the admin's overview. */
  record BarisAdmin(
      String kode,
      String nama,
      boolean sudahKirim,
      String akun,
      String levelSebelumnya,
      String persenOnTrack) {}

  private void admin(Context ctx) throws SQLException {
    web.admin(ctx);
    Optional<Periode> terakhir = web.kedudukan.periodeTerakhir();
    String t = ctx.queryParam("periode");
    Periode p =
        t != null
            ? Web.periode(t)
            : terakhir.orElse(new Periode(java.time.Year.now(web.jam).getValue(), 1));
    Periode sebelumnya =
        p.caturwulan() == 1
            ? new Periode(p.tahun() - 1, 3)
            : new Periode(p.tahun(), p.caturwulan() - 1);
    Map<String, Kedudukan.Baris> lalu = web.kedudukan.baris(sebelumnya, null);
    Map<String, Kedudukan.Baris> kini = web.kedudukan.baris(p, null);
    Map<String, String> akunPic = new HashMap<>();
    for (Akun a : web.akses.semua()) {
      if (a.peran() == Akun.Peran.PIC) {
        akunPic.merge(
            a.kodeInstansi().orElse(""),
            a.berSandi() ? "aktif" : "diundang",
            (x, y) -> x.equals("aktif") ? x : y);
      }
    }
    String saring = Optional.ofNullable(ctx.queryParam("saring")).orElse("semua");
    List<BarisAdmin> baris = new ArrayList<>();
    int kirim = 0;
    int tanpaAkun = 0;
    for (Instansi i : new java.util.TreeMap<>(semuaInstansi()).values()) {
      boolean sudah = Files.isDirectory(web.ws.submisi().resolve(i.kode()).resolve(p.id()));
      String akun = akunPic.getOrDefault(i.kode(), "");
      kirim += sudah ? 1 : 0;
      tanpaAkun += akun.isEmpty() ? 1 : 0;
      boolean tampil =
          switch (saring) {
            case "belum" -> !sudah;
            case "sudah" -> sudah;
            case "tanpa_akun" -> akun.isEmpty();
            default -> true;
          };
      if (tampil) {
        Kedudukan.Baris b = lalu.get(i.kode());
        Kedudukan.Baris k = kini.get(i.kode());
        baris.add(
            new BarisAdmin(
                i.kode(),
                i.nama(),
                sudah,
                akun,
                b == null ? "" : b.level(),
                k == null ? "" : k.persenOnTrack()));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("periode", p);
    m.put("sebelumnya", sebelumnya);
    m.put("baris", baris);
    m.put("jumlahInstansi", web.master.size());
    m.put("jumlahKirim", kirim);
    m.put("jumlahTanpaAkun", tanpaAkun);
    m.put("saring", saring);
    web.tampil(ctx, "admin", m);
  }

  private Map<String, Instansi> semuaInstansi() {
    Map<String, Instansi> m = new HashMap<>();
    web.master.all().forEach(i -> m.put(i.kode(), i));
    return m;
  }

  private void halamanAkun(Context ctx) throws SQLException {
    web.admin(ctx);
    tampilAkun(ctx, List.of(), 200);
  }

  private void tampilAkun(Context ctx, List<String> pesan, int status) throws SQLException {
    ctx.status(status);
    web.tampil(
        ctx,
        "akun",
        Map.of(
            "daftar",
            web.akses.semua(),
            "pesan",
            pesan,
            "kodeInstansi",
            new TreeSet<>(semuaInstansi().keySet())));
  }

  private void undangBaru(Context ctx) throws SQLException {
    Akses.SesiAktif s = web.admin(ctx);
    web.periksaCsrf(ctx);
    String peranTeks = Optional.ofNullable(ctx.formParam("peran")).orElse("PIC");
    Akun.Peran peran;
    try {
      peran = Akun.Peran.valueOf(peranTeks);
    } catch (IllegalArgumentException e) {
      tampilAkun(ctx, List.of("Peran tidak dikenal: " + peranTeks), 400);
      return;
    }
    String kode = Optional.ofNullable(ctx.formParam("kode_instansi")).orElse("").trim();
    String email = Optional.ofNullable(ctx.formParam("email")).orElse("").trim();
    String nama = Optional.ofNullable(ctx.formParam("nama")).orElse("").trim();
    Optional<String> kodeAkun = Optional.empty();
    if (peran == Akun.Peran.PIC) {
      Optional<Instansi> i = web.master.find(kode);
      if (i.isEmpty()) {
        tampilAkun(ctx, List.of("Kode instansi tidak ada di daftar induk: " + kode), 400);
        return;
      }
      // The master list's address unless the admin typed another.
      email = email.isEmpty() ? i.get().emailPic() : email;
      nama = nama.isEmpty() ? i.get().namaPic() : nama;
      kodeAkun = Optional.of(kode);
    }
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      tampilAkun(ctx, List.of("Alamat e-mail tidak sah: " + email), 400);
      return;
    }
    if (web.akses.cariEmail(email).isPresent()) {
      tampilAkun(ctx, List.of("Akun dengan e-mail " + email + " sudah ada."), 409);
      return;
    }
    Akun a = web.akses.buatAkun(email, nama.isEmpty() ? email : nama, peran, kodeAkun);
    web.audit.catat(
        s.akun(), AuditPortal.Aksi.AKUN_UBAH, a.email(), "DIBUAT " + peran, Web.ip(ctx));
    tampilAkun(ctx, undang(ctx, s.akun(), a), 200);
  }

  private void undangUlang(Context ctx) throws SQLException {
    Akses.SesiAktif s = web.admin(ctx);
    web.periksaCsrf(ctx);
    Akun a = akunDari(ctx);
    tampilAkun(ctx, undang(ctx, s.akun(), a), 200);
  }

  private void aturAktif(Context ctx) throws SQLException {
    Akses.SesiAktif s = web.admin(ctx);
    web.periksaCsrf(ctx);
    Akun a = akunDari(ctx);
    boolean aktif = "true".equals(ctx.formParam("aktif"));
    if (a.id() == s.akun().id() && !aktif) {
      tampilAkun(ctx, List.of("Admin tidak dapat menonaktifkan akunnya sendiri."), 400);
      return;
    }
    web.akses.aturAktif(a.id(), aktif);
    web.audit.catat(
        s.akun(),
        AuditPortal.Aksi.AKUN_UBAH,
        a.email(),
        aktif ? "DIAKTIFKAN" : "DINONAKTIFKAN",
        Web.ip(ctx));
    tampilAkun(
        ctx, List.of("Akun " + a.email() + (aktif ? " diaktifkan." : " dinonaktifkan.")), 200);
  }

  private Akun akunDari(Context ctx) throws SQLException {
    try {
      return web.akses.cari(Long.parseLong(ctx.pathParam("id"))).orElseThrow(NotFoundResponse::new);
    } catch (NumberFormatException e) {
      throw new NotFoundResponse();
    }
  }

  /**
   * Sends a new single-use link by e-mail. Without an SMTP server configured the admin gets the
   * link on the page, to pass on by another channel.
   */
  private List<String> undang(Context ctx, Akun admin, Akun a) throws SQLException {
    String token = web.akses.undang(a.id());
    String tautan = web.p.urlPublik() + "/undangan/" + token;
    String jam = Long.toString(web.p.undangan().toHours());
    List<String> pesan = new ArrayList<>();
    SmtpSettings smtp = SmtpSettings.from(ModuleSettings.of(web.config));
    String hasil;
    if (smtp.configured()) {
      try {
        SurelTunggal.kirim(
            smtp,
            a.email(),
            PESAN.f("undangan.subjek"),
            PESAN.f("undangan.isi", a.nama(), tautan, jam));
        pesan.add("Undangan dikirim ke " + a.email() + ". Tautan berlaku " + jam + " jam.");
        hasil = "TERKIRIM";
      } catch (MessagingException e) {
        LOG.log(Level.WARNING, "Invitation mail failed", e);
        pesan.add(
            "Undangan tidak terkirim ("
                + e.getMessage()
                + "). Berikan tautan ini langsung: "
                + tautan);
        hasil = "GAGAL_KIRIM";
      }
    } else {
      pesan.add(
          "Server SMTP belum diatur: berikan tautan ini kepada "
              + a.email()
              + " (berlaku "
              + jam
              + " jam, sekali pakai): "
              + tautan);
      hasil = "TAUTAN_DITAMPILKAN";
    }
    web.audit.catat(admin, AuditPortal.Aksi.UNDANG, a.email(), hasil, Web.ip(ctx));
    return pesan;
  }
}
