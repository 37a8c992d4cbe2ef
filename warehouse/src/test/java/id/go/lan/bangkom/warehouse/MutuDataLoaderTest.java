package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scorecard {@code mutu_data_instansi} on a warehouse built by hand (no lake, no Spark): three
 * instansi at two cut-offs, 2025-CW3 and 2026-CW1, every expected value worked out below from the
 * rows inserted.
 *
 * <ul>
 *   <li>K01 sent on time at 2025-CW3 (200 people); at 2026-CW1 its roster came on 2026-05-18 20:00
 *       UTC, which is 2026-05-19 03:00 in Jakarta: 4 days after the deadline of 2026-05-15 (3 if
 *       the UTC date were used); 210 people, +5,00% on 200. Score 100 - 2 * 4 = 92.
 *   <li>K02 sent nothing at 2025-CW3 (score 0); at 2026-CW1 two versions on time: 40 rows read and
 *       8 refused, then 40 and 2; 10 of 80 = 12,50% refused; reasons NIP_FORMAT 5, TANGGAL_FORMAT 2
 *       + 1, JP_NEGATIF 1 and KOLOM_WAJIB 1 (a tie: the first by code is kept). No previous
 *       population. Score 100 - 12,50 = 87,50.
 *   <li>K03 sent nothing at 2025-CW3; at 2026-CW1 one version without a roster (5 rows of training
 *       rate): score 100 - 40 = 60.
 * </ul>
 */
class MutuDataLoaderTest {
  private static final Map<String, Map<String, Object>> ROWS = new LinkedHashMap<>();

  @BeforeAll
  static void buildAndLoad() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (String ddl : SqlScript.statements(SqlScript.SCHEMA)) {
        s.execute(ddl);
      }
      s.execute(
          "INSERT INTO dim_instansi VALUES ('K01', 'Kementerian Satu', 'KEMENTERIAN', NULL,"
              + " NULL), ('K02', 'Kabupaten Dua', 'KABUPATEN', '11', 'Aceh'),"
              + " ('K03', 'Kota Tiga', 'KOTA', '11', 'Aceh')");
      s.execute(
          "INSERT INTO dim_periode VALUES"
              + " ('2025-CW3', 2025, 3, DATE '2025-09-01', DATE '2025-12-31'),"
              + " ('2026-CW1', 2026, 1, DATE '2026-01-01', DATE '2026-04-30')");
      s.execute(
          "INSERT INTO submisi VALUES"
              + " ('K01/2025-CW3/v1', 'K01', 2025, 3, 1, TIMESTAMP '2026-01-10 03:00:00', 200,"
              + " 200, 0),"
              + " ('K01/2026-CW1/v1', 'K01', 2026, 1, 1, TIMESTAMP '2026-05-18 20:00:00', 210,"
              + " 210, 0),"
              + " ('K02/2026-CW1/v1', 'K02', 2026, 1, 1, TIMESTAMP '2026-05-10 02:00:00', 40, 32,"
              + " 8),"
              + " ('K02/2026-CW1/v2', 'K02', 2026, 1, 2, TIMESTAMP '2026-05-20 02:00:00', 40, 38,"
              + " 2),"
              + " ('K03/2026-CW1/v1', 'K03', 2026, 1, 1, TIMESTAMP '2026-05-11 02:00:00', 5, 5,"
              + " 0)");
      s.execute(
          "INSERT INTO penolakan SELECT 'K02/2026-CW1/v1', 'K02', 'pegawai', 'pegawai.csv', i,"
              + " CASE WHEN i <= 6 THEN 'NIP_FORMAT' WHEN i <= 8 THEN 'TANGGAL_FORMAT'"
              + " ELSE 'JP_NEGATIF' END, NULL, 'ditolak' FROM range(2, 10) t(i)");
      s.execute(
          "INSERT INTO penolakan VALUES"
              + " ('K02/2026-CW1/v2', 'K02', 'pegawai', 'pegawai.csv', 4, 'TANGGAL_FORMAT',"
              + " 'tmt_asn', 'ditolak'),"
              + " ('K02/2026-CW1/v2', 'K02', 'pegawai', 'pegawai.csv', 5, 'KOLOM_WAJIB', 'nip',"
              + " 'ditolak')");
      s.execute(
          "INSERT INTO cakupan VALUES"
              + " (2025, 3, 'K01', true, TIMESTAMP '2026-01-10 03:00:00', DATE '2026-01-15',"
              + " false),"
              + " (2025, 3, 'K02', false, NULL, DATE '2026-01-15', NULL),"
              + " (2025, 3, 'K03', false, NULL, DATE '2026-01-15', NULL),"
              + " (2026, 1, 'K01', true, TIMESTAMP '2026-05-18 20:00:00', DATE '2026-05-15',"
              + " true),"
              + " (2026, 1, 'K02', true, TIMESTAMP '2026-05-10 02:00:00', DATE '2026-05-15',"
              + " false),"
              + " (2026, 1, 'K03', false, NULL, DATE '2026-05-15', NULL)");
      s.execute(
          "INSERT INTO kepatuhan_instansi (tahun, caturwulan, kode_instansi, melapor,"
              + " jumlah_pegawai) VALUES (2025, 3, 'K01', true, 200), (2025, 3, 'K02', false, NULL),"
              + " (2025, 3, 'K03', false, NULL), (2026, 1, 'K01', true, 210),"
              + " (2026, 1, 'K02', true, 38), (2026, 1, 'K03', false, NULL)");
      MutuDataLoader.load(c);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT * FROM mutu_data_instansi ORDER BY tahun, caturwulan, kode_instansi")) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            row.put(md.getColumnName(i), v == null ? null : String.valueOf(v));
          }
          ROWS.put(
              rs.getString("kode_instansi")
                  + "/"
                  + rs.getInt("tahun")
                  + "-CW"
                  + rs.getInt("caturwulan"),
              row);
        }
      }
    }
  }

  private static List<Object> kolom(String key, String... columns) {
    List<Object> out = new ArrayList<>();
    for (String column : columns) {
      assertThat(ROWS.get(key)).as(key).containsKey(column);
      out.add(ROWS.get(key).get(column));
    }
    return out;
  }

  @Test
  void oneRowPerInstansiAndCutOff() {
    assertThat(ROWS.keySet())
        .containsExactly(
            "K01/2025-CW3",
            "K02/2025-CW3",
            "K03/2025-CW3",
            "K01/2026-CW1",
            "K02/2026-CW1",
            "K03/2026-CW1");
  }

  @Test
  void lateIsCountedInDaysOnTheJakartaDate() {
    String[] cols = {"melapor", "batas_submisi", "hari_terlambat", "terlambat"};
    assertThat(kolom("K01/2025-CW3", cols)).containsExactly("true", "2026-01-15", "0", "false");
    assertThat(kolom("K01/2026-CW1", cols)).containsExactly("true", "2026-05-15", "4", "true");
    assertThat(kolom("K02/2026-CW1", cols)).containsExactly("true", "2026-05-15", "0", "false");
    assertThat(kolom("K02/2025-CW3", cols)).containsExactly("false", "2026-01-15", null, null);
    assertThat(kolom("K03/2026-CW1", cols)).containsExactly("false", "2026-05-15", null, null);
  }

  @Test
  void versionsRowsAndReasonsCountEveryVersionOfThePeriod() {
    String[] cols = {
      "jumlah_versi", "baris_dibaca", "baris_ditolak", "persen_baris_ditolak", "alasan_teratas"
    };
    assertThat(kolom("K02/2026-CW1", cols))
        .containsExactly(
            "2", "80", "10", "12.50", "NIP_FORMAT (5), TANGGAL_FORMAT (3), JP_NEGATIF (1)");
    assertThat(kolom("K01/2026-CW1", cols)).containsExactly("1", "210", "0", "0.00", null);
    assertThat(kolom("K03/2026-CW1", cols)).containsExactly("1", "5", "0", "0.00", null);
    assertThat(kolom("K02/2025-CW3", cols)).containsExactly("0", "0", "0", null, null);
  }

  @Test
  void theRosterIsComparedWithThePreviousCutOffLastYearsCw3ForCw1() {
    String[] cols = {"jumlah_pegawai", "jumlah_pegawai_sebelumnya", "persen_perubahan_pegawai"};
    assertThat(kolom("K01/2026-CW1", cols)).containsExactly("210", "200", "5.00");
    assertThat(kolom("K02/2026-CW1", cols)).containsExactly("38", null, null);
    assertThat(kolom("K01/2025-CW3", cols)).containsExactly("200", null, null);
    assertThat(kolom("K03/2026-CW1", cols)).containsExactly(null, null, null);
  }

  @Test
  void theScoreIsOneHundredMinusTheDocumentedPenalties() {
    Map<String, String> skor = new LinkedHashMap<>();
    ROWS.forEach((k, r) -> skor.put(k, (String) r.get("skor_mutu")));
    assertThat(skor)
        .containsExactly(
            Map.entry("K01/2025-CW3", "100.00"),
            Map.entry("K02/2025-CW3", "0.00"),
            Map.entry("K03/2025-CW3", "0.00"),
            Map.entry("K01/2026-CW1", "92.00"),
            Map.entry("K02/2026-CW1", "87.50"),
            Map.entry("K03/2026-CW1", "60.00"));
  }
}
