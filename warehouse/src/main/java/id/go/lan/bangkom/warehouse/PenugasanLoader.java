package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.BerkasPenugasan;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The {@code dim_penugasan} table from every stored version of the assignment, read through its
 * contract ({@link BerkasPenugasan}, written by ingestion's import): one row per version and
 * instansi, with the version's validity; empty until an assignment was imported.
 */
final class PenugasanLoader {
  private PenugasanLoader() {}

  static void load(Connection c, Workspace workspace) throws SQLException {
    List<BerkasPenugasan.Versi> versions;
    try {
      versions = BerkasPenugasan.semua(workspace);
    } catch (RuntimeException e) {
      // A damaged stored version stops the publish like a bad table, naming the file.
      throw new SQLException(e.getMessage(), e);
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO dim_penugasan VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (BerkasPenugasan.Versi v : versions) {
        for (BerkasPenugasan.Baris b : v.baris()) {
          ps.setString(1, b.kodeInstansi());
          ps.setString(2, b.kodeSatker());
          ps.setString(3, b.namaSatker());
          ps.setString(4, b.namaAnalis());
          ps.setString(5, b.emailAnalis());
          ps.setInt(6, v.nomor());
          ps.setDate(7, Date.valueOf(v.keterangan().berlakuMulai()));
          if (v.berlakuSampai() == null) {
            ps.setNull(8, Types.DATE);
          } else {
            ps.setDate(8, Date.valueOf(v.berlakuSampai()));
          }
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }
}
