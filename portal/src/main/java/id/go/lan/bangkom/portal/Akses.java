package id.go.lan.bangkom.portal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Accounts, invitations, logins and sessions over the portal's store. Passwords are only ever
 * passed to {@link Sandi}; tokens are stored hashed ({@link Token#hash}).
 */
final class Akses {
  /** A hash of a random password, checked when an e-mail has no usable account: same cost. */
  private static final String HASH_PALSU = Sandi.hash(Token.baru());

  private final Penyimpanan db;
  private final PengaturanPortal p;
  private final Clock jam;

  Akses(Penyimpanan db, PengaturanPortal p, Clock jam) {
    this.db = requireNonNull(db, "db is null");
    this.p = requireNonNull(p, "p is null");
    this.jam = requireNonNull(jam, "jam is null");
  }

  /** The outcome of a login. */
  sealed interface HasilMasuk {}

  /** Logged in: the session's cookie token and its CSRF token. */
  record Berhasil(Akun akun, String token, String csrf) implements HasilMasuk {}

  /** Wrong e-mail or password; {@code gagal} failures in a row so far (0 when unknown e-mail). */
  record Gagal(Optional<Akun> akun, int gagal) implements HasilMasuk {}

  /** Locked until {@code sampai}; {@code baruSaja} when this attempt locked it. */
  record Terkunci(Akun akun, Instant sampai, boolean baruSaja) implements HasilMasuk {}

  /** A live session. */
  record SesiAktif(Akun akun, String csrf, String tokenHash) {}

  static String normal(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }

  HasilMasuk masuk(String email, String sandi) throws SQLException {
    Instant now = jam.instant();
    Optional<Akun> a = cariEmail(normal(email));
    Optional<String> hash = a.isPresent() ? hashSandi(a.get().id()) : Optional.empty();
    if (a.isEmpty() || !a.get().aktif() || hash.isEmpty()) {
      Sandi.cocok(sandi == null ? "" : sandi, HASH_PALSU);
      return new Gagal(a, 0);
    }
    Akun akun = a.get();
    if (akun.terkunciSampai().filter(t -> t > now.toEpochMilli()).isPresent()) {
      return new Terkunci(akun, Instant.ofEpochMilli(akun.terkunciSampai().get()), false);
    }
    if (Sandi.cocok(sandi == null ? "" : sandi, hash.get())) {
      update("UPDATE akun SET gagal_masuk = 0, terkunci_sampai = NULL WHERE id = ?", akun.id());
      String[] s = buatSesi(akun.id());
      return new Berhasil(akun, s[0], s[1]);
    }
    // Counted in the database (gagal_masuk + 1, under the row's lock until commit): parallel
    // wrong attempts each count, so they cannot slip past the lock.
    Instant kunciSampai = now.plus(p.kunci());
    int gagal =
        transaksi(
            c -> {
              try (PreparedStatement naik =
                      c.prepareStatement(
                          "UPDATE akun SET gagal_masuk = gagal_masuk + 1 WHERE id = ?");
                  PreparedStatement baca =
                      c.prepareStatement("SELECT gagal_masuk FROM akun WHERE id = ?");
                  PreparedStatement kunci =
                      c.prepareStatement(
                          "UPDATE akun SET gagal_masuk = 0, terkunci_sampai = ? WHERE id = ?")) {
                naik.setLong(1, akun.id());
                naik.executeUpdate();
                baca.setLong(1, akun.id());
                int n;
                try (ResultSet rs = baca.executeQuery()) {
                  rs.next();
                  n = rs.getInt(1);
                }
                if (n >= p.gagalMasukMaks()) {
                  kunci.setLong(1, kunciSampai.toEpochMilli());
                  kunci.setLong(2, akun.id());
                  kunci.executeUpdate();
                }
                return n;
              }
            });
    Instant sampai = gagal >= p.gagalMasukMaks() ? kunciSampai : null;
    if (sampai != null) {
      return new Terkunci(akun, sampai, true);
    }
    return new Gagal(a, gagal);
  }

  /** A new session for the account: {cookie token, CSRF token}. */
  private String[] buatSesi(long akunId) throws SQLException {
    String token = Token.baru();
    String csrf = Token.baru();
    try (Connection c = db.sambung();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO sesi (token_hash, akun_id, csrf, kedaluwarsa) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, Token.hash(token));
      ps.setLong(2, akunId);
      ps.setString(3, csrf);
      ps.setLong(4, jam.instant().plus(p.sesi()).toEpochMilli());
      ps.executeUpdate();
    }
    return new String[] {token, csrf};
  }

  /** The live session of a cookie token; extends it when half its time has passed. */
  Optional<SesiAktif> sesi(String token) throws SQLException {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    long now = jam.millis();
    String h = Token.hash(token);
    long akunId;
    String csrf;
    long kedaluwarsa;
    try (Connection c = db.sambung();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT akun_id, csrf, kedaluwarsa FROM sesi WHERE token_hash = ?")) {
      ps.setString(1, h);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        akunId = rs.getLong(1);
        csrf = rs.getString(2);
        kedaluwarsa = rs.getLong(3);
      }
    }
    if (kedaluwarsa <= now) {
      update("DELETE FROM sesi WHERE token_hash = ?", h);
      return Optional.empty();
    }
    Optional<Akun> a = cari(akunId).filter(Akun::aktif);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    long baru = now + p.sesi().toMillis();
    if (baru - kedaluwarsa > p.sesi().toMillis() / 2) {
      try (Connection c = db.sambung();
          PreparedStatement ps =
              c.prepareStatement("UPDATE sesi SET kedaluwarsa = ? WHERE token_hash = ?")) {
        ps.setLong(1, baru);
        ps.setString(2, h);
        ps.executeUpdate();
      }
    }
    return Optional.of(new SesiAktif(a.get(), csrf, h));
  }

  void keluar(String tokenHash) throws SQLException {
    update("DELETE FROM sesi WHERE token_hash = ?", tokenHash);
  }

  /** Creates an account without a password (it gets one through an invitation). */
  Akun buatAkun(String email, String nama, Akun.Peran peran, Optional<String> kodeInstansi)
      throws SQLException {
    try (Connection c = db.sambung();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO akun (email, nama, peran, kode_instansi, hash_sandi, aktif,"
                    + " gagal_masuk, terkunci_sampai, dibuat_pada)"
                    + " VALUES (?, ?, ?, ?, NULL, TRUE, 0, NULL, ?)")) {
      ps.setString(1, normal(email));
      ps.setString(2, nama);
      ps.setString(3, peran.name());
      if (kodeInstansi.isPresent()) {
        ps.setString(4, kodeInstansi.get());
      } else {
        ps.setNull(4, Types.VARCHAR);
      }
      ps.setLong(5, jam.millis());
      ps.executeUpdate();
    }
    return cariEmail(normal(email)).orElseThrow();
  }

  /** Sets a password directly (seeded demo accounts only; PICs set theirs by invitation). */
  void aturSandiLangsung(long akunId, String sandi) throws SQLException {
    try (Connection c = db.sambung();
        PreparedStatement ps = c.prepareStatement("UPDATE akun SET hash_sandi = ? WHERE id = ?")) {
      ps.setString(1, Sandi.hash(sandi));
      ps.setLong(2, akunId);
      ps.executeUpdate();
    }
  }

  /** A new single-use invitation for the account (earlier unused ones stop working). */
  String undang(long akunId) throws SQLException {
    String token = Token.baru();
    transaksi(
        c -> {
          try (PreparedStatement del =
                  c.prepareStatement(
                      "DELETE FROM undangan WHERE akun_id = ? AND dipakai_pada IS NULL");
              PreparedStatement ins =
                  c.prepareStatement(
                      "INSERT INTO undangan (token_hash, akun_id, kedaluwarsa, dipakai_pada)"
                          + " VALUES (?, ?, ?, NULL)")) {
            del.setLong(1, akunId);
            del.executeUpdate();
            ins.setString(1, Token.hash(token));
            ins.setLong(2, akunId);
            ins.setLong(3, jam.instant().plus(p.undangan()).toEpochMilli());
            return ins.executeUpdate();
          }
        });
    return token;
  }

  /** The account of a usable invitation (not used, not expired). */
  Optional<Akun> undangan(String token) throws SQLException {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    try (Connection c = db.sambung();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT akun_id FROM undangan WHERE token_hash = ? AND dipakai_pada IS NULL"
                    + " AND kedaluwarsa > ?")) {
      ps.setString(1, Token.hash(token));
      ps.setLong(2, jam.millis());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? cari(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /**
   * Uses the invitation to set the password, once: a second use, or an expired link, changes
   * nothing and returns empty. Ends every session of the account and lifts a lock.
   */
  Optional<Akun> pakaiUndangan(String token, String sandi) throws SQLException {
    Optional<Akun> a = undangan(token);
    if (a.isEmpty()) {
      return a;
    }
    String hash = Sandi.hash(sandi);
    long now = jam.millis();
    boolean dipakai =
        transaksi(
            c -> {
              try (PreparedStatement use =
                      c.prepareStatement(
                          "UPDATE undangan SET dipakai_pada = ? WHERE token_hash = ?"
                              + " AND dipakai_pada IS NULL AND kedaluwarsa > ?");
                  PreparedStatement set =
                      c.prepareStatement(
                          "UPDATE akun SET hash_sandi = ?, gagal_masuk = 0,"
                              + " terkunci_sampai = NULL WHERE id = ?");
                  PreparedStatement end =
                      c.prepareStatement("DELETE FROM sesi WHERE akun_id = ?")) {
                use.setLong(1, now);
                use.setString(2, Token.hash(token));
                use.setLong(3, now);
                // Used by another request in between: nothing changed here, nothing to set.
                if (use.executeUpdate() != 1) {
                  return false;
                }
                set.setString(1, hash);
                set.setLong(2, a.get().id());
                set.executeUpdate();
                end.setLong(1, a.get().id());
                end.executeUpdate();
                return true;
              }
            });
    if (!dipakai) {
      return Optional.empty();
    }
    return cari(a.get().id());
  }

  /** Enables or disables an account; disabling ends its sessions. */
  void aturAktif(long akunId, boolean aktif) throws SQLException {
    try (Connection c = db.sambung();
        PreparedStatement ps = c.prepareStatement("UPDATE akun SET aktif = ? WHERE id = ?")) {
      ps.setBoolean(1, aktif);
      ps.setLong(2, akunId);
      ps.executeUpdate();
    }
    if (!aktif) {
      update("DELETE FROM sesi WHERE akun_id = ?", akunId);
    }
  }

  Optional<Akun> cariEmail(String email) throws SQLException {
    return satu("SELECT " + KOLOM + " FROM akun WHERE email = ?", normal(email));
  }

  Optional<Akun> cari(long id) throws SQLException {
    return satu("SELECT " + KOLOM + " FROM akun WHERE id = ?", id);
  }

  List<Akun> semua() throws SQLException {
    List<Akun> out = new ArrayList<>();
    try (Connection c = db.sambung();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + KOLOM + " FROM akun ORDER BY peran, kode_instansi, email");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(akun(rs));
      }
    }
    return out;
  }

  boolean kosong() throws SQLException {
    try (Connection c = db.sambung();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM akun");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1) == 0;
    }
  }

  private Optional<String> hashSandi(long id) throws SQLException {
    try (Connection c = db.sambung();
        PreparedStatement ps = c.prepareStatement("SELECT hash_sandi FROM akun WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** Work on one connection that commits whole or not at all. */
  private interface Blok<T> {
    T jalankan(Connection c) throws SQLException;
  }

  private <T> T transaksi(Blok<T> blok) throws SQLException {
    try (Connection c = db.sambung()) {
      c.setAutoCommit(false);
      try {
        T hasil = blok.jalankan(c);
        c.commit();
        return hasil;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private static final String KOLOM =
      "id, email, nama, peran, kode_instansi, hash_sandi IS NOT NULL, aktif, gagal_masuk,"
          + " terkunci_sampai";

  private Optional<Akun> satu(String sql, Object arg) throws SQLException {
    try (Connection c = db.sambung();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(akun(rs)) : Optional.empty();
      }
    }
  }

  private static Akun akun(ResultSet rs) throws SQLException {
    long kunci = rs.getLong(9);
    Optional<Long> terkunci = rs.wasNull() ? Optional.empty() : Optional.of(kunci);
    return new Akun(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        Akun.Peran.valueOf(rs.getString(4)),
        Optional.ofNullable(rs.getString(5)),
        rs.getBoolean(6),
        rs.getBoolean(7),
        rs.getInt(8),
        terkunci);
  }

  private void update(String sql, Object arg) throws SQLException {
    try (Connection c = db.sambung();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, arg);
      ps.executeUpdate();
    }
  }
}
