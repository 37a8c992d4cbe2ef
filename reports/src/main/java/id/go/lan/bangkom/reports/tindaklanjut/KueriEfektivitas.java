package id.go.lan.bangkom.reports.tindaklanjut;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.reports.SaringTahap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every instansi's change from a cut-off to the next for the worklist's sheet {@code Efektivitas},
 * with the rules of {@code efektivitas_sounding} (which holds groups, not instansi, so the worklist
 * asks the tables it is made from): pairs of consecutive cut-offs of one year only (CW3 to the next
 * CW1 resets), instansi reporting at both. Which year: the worklist's own up to its cut-off; at
 * CW1, where the year has no pair yet, the previous year's.
 */
final class KueriEfektivitas {
  private KueriEfektivitas() {}

  /** The year whose pairs the worklist of {@code periode} shows. */
  static int tahun(Periode periode) {
    return periode.caturwulan() == 1 ? periode.tahun() - 1 : periode.tahun();
  }

  static List<PerubahanInstansi> baca(Connection connection, Periode periode) throws SQLException {
    int tahun = tahun(periode);
    int batas = periode.tahun() == tahun ? periode.caturwulan() : 3;
    // The escalation ladder's later stages are rows of sounding and pengiriman too: the pairs and
    // "a letter was delivered" are about the sounding of the cut-off only.
    String surat =
        SaringTahap.adaTabel(connection, "pengiriman")
            ? "EXISTS (SELECT 1 FROM pengiriman g WHERE g.tahun = s.tahun"
                + " AND g.caturwulan = s.caturwulan AND g.kode_instansi = s.kode_instansi"
                + " AND g.status = 'TERKIRIM'"
                + SaringTahap.hanyaSounding(connection, "pengiriman", "g")
                + ")"
            : "false";
    String sounding = SaringTahap.hanyaSounding(connection, "sounding", "s");
    String soundingBerikut = SaringTahap.hanyaSounding(connection, "sounding", "sb");
    String tindakLanjut =
        SaringTahap.adaTabel(connection, "tindak_lanjut")
            ? "EXISTS (SELECT 1 FROM tindak_lanjut t WHERE t.tahun = s.tahun"
                + " AND t.caturwulan = s.caturwulan AND t.kode_instansi = s.kode_instansi)"
            : "false";
    String sql =
        "SELECT s.tahun, s.caturwulan, s.kode_instansi, d.nama_instansi, s.level,"
            + " sb.level AS level_berikut, ka.persen_on_track AS persen,"
            + " kb.persen_on_track AS persen_berikut, "
            + surat
            + " AS disounding, "
            + tindakLanjut
            + " AS ditindaklanjuti"
            + " FROM sounding s"
            + " JOIN sounding sb ON sb.tahun = s.tahun AND sb.caturwulan = s.caturwulan + 1"
            + " AND sb.kode_instansi = s.kode_instansi"
            + soundingBerikut
            + " JOIN kepatuhan_instansi ka ON ka.tahun = s.tahun"
            + " AND ka.caturwulan = s.caturwulan AND ka.kode_instansi = s.kode_instansi"
            + " JOIN kepatuhan_instansi kb ON kb.tahun = sb.tahun"
            + " AND kb.caturwulan = sb.caturwulan AND kb.kode_instansi = s.kode_instansi"
            + " JOIN dim_instansi d ON d.kode_instansi = s.kode_instansi"
            // persen_on_track is NULL where the instansi does not report (melapor false).
            + " WHERE s.tahun = ? AND sb.caturwulan <= ?"
            + sounding
            + " AND ka.persen_on_track IS NOT NULL AND kb.persen_on_track IS NOT NULL"
            + " ORDER BY s.caturwulan, s.kode_instansi";
    List<PerubahanInstansi> out = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, tahun);
      statement.setInt(2, batas);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          int cw = rs.getInt("caturwulan");
          out.add(
              new PerubahanInstansi(
                  new Periode(tahun, cw).id(),
                  new Periode(tahun, cw + 1).id(),
                  rs.getString("kode_instansi"),
                  rs.getString("nama_instansi"),
                  rs.getString("level"),
                  rs.getString("level_berikut"),
                  rs.getBigDecimal("persen"),
                  rs.getBigDecimal("persen_berikut"),
                  rs.getBoolean("disounding"),
                  rs.getBoolean("ditindaklanjuti")));
        }
      }
    }
    return out;
  }
}
