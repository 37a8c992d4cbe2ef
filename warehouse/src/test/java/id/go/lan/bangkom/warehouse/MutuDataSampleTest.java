package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * {@code mutu_data_instansi} of the published sample agrees with the tables it is made from: the
 * timestamps the transforms wrote (Spark, UTC) give the same late days as {@code cakupan}'s flag,
 * decided there on the Jakarta date; the hand-worked values are in {@link MutuDataLoaderTest}.
 */
class MutuDataSampleTest {
  private static long one(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getLong(1);
    }
  }

  @Test
  void theScorecardAgreesWithCakupanAndSubmisiOnTheSample() throws Exception {
    try (Connection c = WarehouseFixture.readOnly(WarehouseFixture.sample().warehouse())) {
      assertThat(one(c, "SELECT count(*) FROM mutu_data_instansi"))
          .isEqualTo(
              one(
                  c,
                  "SELECT (SELECT count(*) FROM dim_instansi) * (SELECT count(*) FROM"
                      + " dim_periode)"))
          .isGreaterThan(606);
      assertThat(
              one(
                  c,
                  "SELECT count(*) FROM mutu_data_instansi m JOIN cakupan k USING (tahun,"
                      + " caturwulan, kode_instansi) WHERE m.terlambat IS DISTINCT FROM"
                      + " k.terlambat OR m.terlambat IS DISTINCT FROM (m.hari_terlambat > 0)"
                      + " OR m.melapor <> k.melapor"))
          .isZero();
      assertThat(one(c, "SELECT sum(jumlah_versi) FROM mutu_data_instansi"))
          .isEqualTo(one(c, "SELECT count(*) FROM submisi"));
      assertThat(one(c, "SELECT sum(baris_ditolak) FROM mutu_data_instansi"))
          .isEqualTo(one(c, "SELECT sum(baris_ditolak) FROM submisi"))
          .isPositive();
      assertThat(
              one(
                  c,
                  "SELECT count(*) FROM mutu_data_instansi WHERE skor_mutu < 0 OR skor_mutu > 100"
                      + " OR (jumlah_versi = 0 AND skor_mutu <> 0)"))
          .isZero();
      assertThat(one(c, "SELECT count(*) FROM mutu_data_instansi WHERE skor_mutu = 100"))
          .isPositive();
      assertThat(
              one(
                  c,
                  "SELECT count(*) FROM mutu_data_instansi WHERE skor_mutu BETWEEN 1 AND 99.99"
                      + " AND alasan_teratas IS NOT NULL"))
          .isPositive();
    }
  }
}
