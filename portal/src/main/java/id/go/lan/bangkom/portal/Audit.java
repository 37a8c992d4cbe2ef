package id.go.lan.bangkom.portal;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.AuditPortal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit log: every login (and failure, lock), logout, invitation, password set, upload,
 * download, training-rate save and account change, in the store's {@code audit_portal} table and,
 * in the same order, in the contract file {@link AuditPortal} that {@code publish} loads into the
 * warehouse. Never a password, never a NIP: {@code objek} is a file, submission or document name. A
 * row the file missed (a crash between the two writes) is exported on the next event or start.
 */
final class Audit {
  private static final Logger LOG = Logger.getLogger(Audit.class.getName());

  private final Penyimpanan db;
  private final Workspace ws;
  private final Clock jam;

  Audit(Penyimpanan db, Workspace ws, Clock jam) {
    this.db = requireNonNull(db, "db is null");
    this.ws = requireNonNull(ws, "ws is null");
    this.jam = requireNonNull(jam, "jam is null");
  }

  /** Records one event by {@code akun} (null when anonymous) and exports what is pending. */
  synchronized void catat(Akun akun, AuditPortal.Aksi aksi, String objek, String hasil, String ip) {
    try (Connection c = db.sambung();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO audit_portal (waktu, akun, peran, kode_instansi, aksi, objek, hasil,"
                    + " alamat_ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, jam.millis());
      ps.setString(2, akun == null ? "" : akun.email());
      ps.setString(3, akun == null ? "" : akun.peran().name());
      ps.setString(4, akun == null ? "" : akun.kodeInstansi().orElse(""));
      ps.setString(5, aksi.name());
      // Masked here too, not only in the exported file: the store never holds a NIP either.
      ps.setString(6, AuditPortal.samarkan(potong(objek, 500)));
      ps.setString(7, AuditPortal.samarkan(potong(hasil, 200)));
      ps.setString(8, potong(ip, 64));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("audit_portal insert failed: " + e.getMessage(), e);
    }
    ekspor();
  }

  /** Appends every row not yet in the contract file. */
  synchronized void ekspor() {
    long terakhir = AuditPortal.idTerakhir(ws);
    List<AuditPortal.Entri> baru = new ArrayList<>();
    try (Connection c = db.sambung();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, waktu, akun, peran, kode_instansi, aksi, objek, hasil, alamat_ip"
                    + " FROM audit_portal WHERE id > ? ORDER BY id")) {
      ps.setLong(1, terakhir);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          baru.add(
              new AuditPortal.Entri(
                  rs.getLong(1),
                  Instant.ofEpochMilli(rs.getLong(2)),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9)));
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Reading audit_portal for export failed", e);
      return;
    }
    if (!baru.isEmpty()) {
      AuditPortal.tambah(ws, baru);
    }
  }

  private static String potong(String s, int max) {
    String t = s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    return t.length() <= max ? t : t.substring(0, max);
  }
}
