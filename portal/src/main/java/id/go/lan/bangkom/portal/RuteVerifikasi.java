package id.go.lan.bangkom.portal;

import id.go.lan.bangkom.core.kontrak.DokumenTerbit;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public check of a document's code ({@code /verifikasi/<kode>}, printed with a QR code on
 * every PDF): genuine or not, and then only its instansi, period and date of issue.
 */
final class RuteVerifikasi {
  private static final DateTimeFormatter TANGGAL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  private final Web web;

  RuteVerifikasi(Web web) {
    this.web = web;
  }

  void pasang(RoutesConfig r) {
    r.get("/verifikasi", this::formulir);
    r.get("/verifikasi/{kode}", this::periksa);
  }

  private void formulir(Context ctx) throws SQLException {
    String kode = ctx.queryParam("kode");
    if (kode != null && !kode.isBlank()) {
      tampil(ctx, kode.trim());
      return;
    }
    web.tampil(ctx, "verifikasi", Map.of("diperiksa", false));
  }

  private void periksa(Context ctx) throws SQLException {
    tampil(ctx, ctx.pathParam("kode"));
  }

  private void tampil(Context ctx, String kode) throws SQLException {
    Optional<DokumenTerbit.Entri> e = DokumenTerbit.cari(web.ws, kode);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("diperiksa", true);
    m.put("kode", kode.length() > 40 ? kode.substring(0, 40) : kode);
    m.put("asli", e.isPresent());
    m.put(
        "instansi",
        e.map(
                x ->
                    x.kodeInstansi().isEmpty()
                        ? "Nasional"
                        : x.namaInstansi() + " (" + x.kodeInstansi() + ")")
            .orElse(""));
    m.put("periode", e.map(DokumenTerbit.Entri::periode).orElse(""));
    m.put("tanggal", e.map(x -> TANGGAL.format(x.tanggalTerbit())).orElse(""));
    if (e.isEmpty()) {
      ctx.status(404);
    }
    web.tampil(ctx, "verifikasi", m);
  }
}
