package id.go.lan.bangkom.warehouse;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The later stages of the escalation ladder in {@code sounding} (ESKALASI, TERIMA_KASIH), derived
 * at publish by {@code sounding_tahap.sql} from the SOUNDING rows, {@code pengiriman} and {@code
 * tindak_lanjut}; so it runs after them. The rules are the SQL's and docs/warehouse.md's; this
 * class binds today, the reply deadline and the Indonesian alasan templates of the warehouse
 * bundle.
 */
final class SoundingTahap {
  static final String SQL = "/bangkom/warehouse/sounding_tahap.sql";

  private SoundingTahap() {}

  /**
   * Adds the stage rows.
   *
   * @param hariIni today in WIB: the deadline rule holds once today is after the deadline
   * @param tenggatHari {@code surat.tenggat_hari}: days after the letter was accepted
   */
  static void load(Connection c, LocalDate hariIni, int tenggatHari)
      throws SQLException, IOException {
    List<String> statements = SqlScript.statements(SQL);
    if (statements.size() != 1) {
      throw new IllegalStateException("Cannot run " + SQL + ", expected one statement");
    }
    try (PreparedStatement ps = c.prepareStatement(statements.get(0))) {
      ps.setDate(1, Date.valueOf(hariIni));
      ps.setInt(2, tenggatHari);
      ps.setString(3, alasanDuaBerturut());
      ps.setString(4, alasanTenggatLewat());
      ps.setString(5, alasanKembaliHijau());
      ps.executeUpdate();
    }
  }

  // The bundle's patterns with the SQL's markers as arguments: the rows fill them in.

  static String alasanDuaBerturut() {
    return WarehousePublisher.PESAN.f(
        "tahap.alasan.dua.berturut",
        "{level_sebelumnya}",
        "{periode_sebelumnya}",
        "{level}",
        "{periode}");
  }

  static String alasanTenggatLewat() {
    return WarehousePublisher.PESAN.f("tahap.alasan.tenggat.lewat", "{terkirim}", "{tenggat}");
  }

  static String alasanKembaliHijau() {
    return WarehousePublisher.PESAN.f(
        "tahap.alasan.kembali.hijau", "{level_sebelumnya}", "{periode_sebelumnya}");
  }
}
