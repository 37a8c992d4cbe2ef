package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.AuditPortal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The {@code audit_portal} table from the portal's audit log, read through its contract ({@link
 * AuditPortal}, exported by the portal): one row per audited event, each id once; nothing until the
 * portal exported one. Lines that are not a complete entry (torn by a crash) are skipped, as the
 * contract's reader does. Years of logins are many rows, so they go in through DuckDB's Appender,
 * one entry at a time, rather than a batch of single-row inserts.
 */
final class AuditPortalLoader {
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private AuditPortalLoader() {}

  static void load(Connection c, Workspace workspace) throws SQLException {
    if (!Files.isRegularFile(AuditPortal.berkas(workspace))) {
      return;
    }
    try (DuckDBAppender a =
        c.unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "audit_portal")) {
      SQLException[] failed = {null};
      AuditPortal.telusuri(
          workspace,
          e -> {
            if (failed[0] != null) {
              return;
            }
            try {
              a.beginRow();
              a.append(e.id());
              // The wall-clock time in Jakarta, as the other log tables (tindak_lanjut,
              // pengiriman).
              a.append(LocalDateTime.ofInstant(e.waktu(), WIB));
              a.append(e.akun());
              a.append(e.peran());
              a.append(e.kodeInstansi());
              a.append(e.aksi());
              a.append(e.objek());
              a.append(e.hasil());
              a.append(e.alamatIp());
              a.endRow();
            } catch (SQLException x) {
              failed[0] = x;
            }
          });
      if (failed[0] != null) {
        throw failed[0];
      }
    }
  }
}
