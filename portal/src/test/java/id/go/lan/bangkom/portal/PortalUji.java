package id.go.lan.bangkom.portal;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Workspace;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A portal for a test: a fresh workspace with the hand-filled warehouse ({@link GudangUji}), the
 * portal on a free port of 127.0.0.1, its store in H2, the clock fixed on 5 December 2026 (so the
 * periods a PIC may submit for are 2026-CW1..3 and 2025-CW3 whatever the day the test runs).
 */
final class PortalUji implements AutoCloseable {
  static final Instant SEKARANG = Instant.parse("2026-12-05T03:00:00Z");

  final Workspace ws;
  final Portal portal;
  final String url;

  private PortalUji(Workspace ws, Portal portal) {
    this.ws = ws;
    this.portal = portal;
    this.url = "http://127.0.0.1:" + portal.port();
  }

  static PortalUji mulai(Path root) throws Exception {
    return mulai(root, Map.of());
  }

  static PortalUji mulai(Path root, Map<String, String> pengaturan) throws Exception {
    Workspace ws = new Workspace(root);
    GudangUji.tulis(ws);
    Map<String, String> m = new HashMap<>();
    m.put("portal.port", "0");
    m.put("portal.url_publik", "https://bangkom.instansi.example");
    m.putAll(pengaturan);
    BangkomConfig config = BangkomConfig.withOverrides(m);
    Portal portal =
        Portal.mulai(
            config,
            InstansiMaster.load(Optional.empty()),
            ws,
            PengaturanPortal.from(config, k -> null),
            Clock.fixed(SEKARANG, ZoneOffset.UTC));
    return new PortalUji(ws, portal);
  }

  /** An account with a password set (as after its invitation); returns the password. */
  String akun(Akun.Peran peran, String email, String kode) throws SQLException {
    Akun a = portal.akses().buatAkun(email, email, peran, Optional.ofNullable(kode));
    String sandi = "sandi-uji-" + a.id() + "-panjang";
    portal.akses().aturSandiLangsung(a.id(), sandi);
    return sandi;
  }

  @Override
  public void close() {
    portal.close();
  }
}
