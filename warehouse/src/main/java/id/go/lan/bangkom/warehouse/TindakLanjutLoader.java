package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.LogTindakLanjut;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code tindak_lanjut} table from the follow-up log, read through its contract ({@link
 * LogTindakLanjut}, written by the tindaklanjut module): one row per recorded follow-up; nothing
 * until one was recorded. A line that is not a complete entry (torn by a crash) is skipped, as the
 * contract's reader does; the log's writer cuts it off at its next append.
 */
final class TindakLanjutLoader {
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private TindakLanjutLoader() {}

  static void load(Connection c, Workspace workspace) throws SQLException {
    LogTindakLanjut.Isi isi = LogTindakLanjut.baca(LogTindakLanjut.berkas(workspace));
    if (isi.entri().isEmpty()) {
      return;
    }
    // The writer adds an id once; a copy made by hand would only repeat the same content.
    Set<String> seen = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO tindak_lanjut VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (LogTindakLanjut.Entri e : isi.entri()) {
        if (!seen.add(e.id())) {
          continue;
        }
        ps.setString(1, e.id());
        ps.setInt(2, e.tahun());
        ps.setInt(3, e.caturwulan());
        ps.setString(4, e.kodeInstansi());
        ps.setDate(5, Date.valueOf(e.tanggal()));
        ps.setString(6, e.saluran());
        ps.setString(7, e.kontak());
        ps.setString(8, e.hasil());
        ps.setString(9, e.janjiTindakan());
        if (e.janjiTanggal() == null) {
          ps.setNull(10, Types.DATE);
        } else {
          ps.setDate(10, Date.valueOf(e.janjiTanggal()));
        }
        ps.setString(11, e.dicatatOleh());
        ps.setTimestamp(
            12, Timestamp.valueOf(e.dicatatPada().atZoneSameInstant(WIB).toLocalDateTime()));
        ps.setString(13, e.sumber());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
