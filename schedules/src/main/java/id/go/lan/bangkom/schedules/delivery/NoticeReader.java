package id.go.lan.bangkom.schedules.delivery;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.SqlTeks;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the notices of one period from the warehouse table {@code sounding}, read-only: the file is
 * attached to an in-memory database, so a long-lived scheduler never keeps an instance the
 * publisher has since replaced.
 */
final class NoticeReader {
  private NoticeReader() {}

  static List<Notice> read(
      Path warehouse, Periode periode, InstansiMaster master, BangkomConfig config) {
    if (!Files.isRegularFile(warehouse)) {
      throw new IllegalStateException(PESAN.f("gudang.belum.ada", warehouse));
    }
    String sql =
        "SELECT kode_instansi, level, alasan, persen_on_track FROM w.sounding"
            + " WHERE tahun = ? AND caturwulan = ? AND level <> 'HIJAU' ORDER BY kode_instansi";
    List<Notice> notices = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement statement = connection.createStatement()) {
        // The product's DuckDB limits (duckdb.*), as every DuckDB connection of the product.
        statement.execute("SET threads = " + config.duckdbThreads());
        statement.execute("SET memory_limit = " + SqlTeks.literal(config.duckdbMemoryLimit()));
        statement.execute("ATTACH " + SqlTeks.path(warehouse) + " AS w (READ_ONLY)");
      }
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setInt(1, periode.tahun());
        statement.setInt(2, periode.caturwulan());
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            String kode = rs.getString(1);
            Optional<Instansi> instansi = master.find(kode);
            notices.add(
                new Notice(
                    periode,
                    kode,
                    instansi.map(Instansi::nama).orElse(kode),
                    rs.getString(2),
                    Optional.ofNullable(rs.getString(3)).orElse(""),
                    Optional.ofNullable(rs.getBigDecimal(4)).map(BigDecimal::stripTrailingZeros),
                    instansi.map(Instansi::namaPic).filter(s -> !s.isBlank()),
                    instansi.map(Instansi::emailPic).filter(s -> !s.isBlank())));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          PESAN.f(
              "sounding.tidak.terbaca", periode.id(), warehouse, String.valueOf(e.getMessage())),
          e);
    }
    return List.copyOf(notices);
  }
}
