package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyst warehouse holds no names, no raw NIP and no small unit cells. */
class WarehousePrivacyTest {
  /** Written out here, apart from the product's pattern: 18 digits, optionally spaced or dotted. */
  private static final String NIP_SHAPED = "(^|[^0-9A-Za-z])[0-9]([ .]?[0-9]){17}([^0-9A-Za-z]|$)";

  static Path warehouse;

  @BeforeAll
  static void publishTheSample() throws Exception {
    warehouse = WarehouseFixture.sample().warehouse();
  }

  @Test
  void noTextColumnOfAnyTableHoldsANipShapedValue() throws Exception {
    List<String> found = new ArrayList<>();
    try (Connection c = WarehouseFixture.readOnly(warehouse)) {
      List<String[]> columns = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT table_name, column_name FROM information_schema.columns"
                      + " WHERE data_type = 'VARCHAR'")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      assertThat(columns).hasSizeGreaterThan(20);
      for (String[] tc : columns) {
        try (Statement s = c.createStatement();
            ResultSet rs =
                s.executeQuery(
                    "SELECT \""
                        + tc[1]
                        + "\" FROM \""
                        + tc[0]
                        + "\" WHERE regexp_matches(\""
                        + tc[1]
                        + "\", '"
                        + NIP_SHAPED
                        + "') LIMIT 3")) {
          while (rs.next()) {
            found.add(tc[0] + "." + tc[1] + ": " + rs.getString(1));
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void noNipOfTheSampleInboxAppearsAnywhereEvenInsideLongerText() throws Exception {
    Set<String> nips = sampleNips();
    assertThat(nips).hasSizeGreaterThan(100);
    try (Connection c = WarehouseFixture.readOnly(warehouse);
        Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE nips (nip VARCHAR)");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO nips VALUES (?)")) {
        for (String n : nips) {
          ps.setString(1, n);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name, column_name FROM information_schema.columns"
                  + " WHERE table_catalog = current_database() AND data_type = 'VARCHAR'")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      for (String[] tc : columns) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM \""
                    + tc[0]
                    + "\" t JOIN nips ON contains(regexp_replace(t.\""
                    + tc[1]
                    + "\", '[ .]', '', 'g'), nips.nip)")) {
          rs.next();
          assertThat(rs.getLong(1)).as(tc[0] + "." + tc[1]).isZero();
        }
      }
    }
  }

  @Test
  void noColumnCarriesANameOrARawNip() throws Exception {
    try (Connection c = WarehouseFixture.readOnly(warehouse);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE"
                    + " column_name IN ('nip', 'nama', 'nama_pegawai', 'nama_kegiatan',"
                    + " 'nomor_sertifikat', 'nama_pic', 'email_pic')")) {
      List<String> bad = new ArrayList<>();
      while (rs.next()) {
        bad.add(rs.getString(1));
      }
      assertThat(bad).isEmpty();
    }
  }

  @Test
  void nipHashIsTheKeyedHmacAndJoinsBangkomToEmployees() throws Exception {
    String nip = sampleNips().iterator().next();
    String expected = WarehouseTestHmac.hmacHex(WarehouseFixture.KEY, nip);
    try (Connection c = WarehouseFixture.readOnly(warehouse);
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM kepatuhan_pegawai WHERE nip_hash = '" + expected + "'")) {
        rs.next();
        assertThat(rs.getLong(1)).as("rows of " + nip).isPositive();
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM bangkom_ringkas b WHERE NOT EXISTS (SELECT 1 FROM"
                  + " kepatuhan_pegawai k WHERE k.nip_hash = b.nip_hash)")) {
        rs.next();
        assertThat(rs.getLong(1)).as("bangkom_ringkas rows without an employee").isZero();
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM bangkom_ringkas")) {
        rs.next();
        assertThat(rs.getLong(1)).isPositive();
      }
    }
  }

  @Test
  void bangkomRingkasAddsUpToTheYearEndJpOfEveryEmployee() throws Exception {
    // At CW3 every record of the year is known, so both sides count the same deduplicated JP.
    try (Connection c = WarehouseFixture.readOnly(warehouse);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "WITH r AS (SELECT tahun, nip_hash, sum(jp) AS jp FROM bangkom_ringkas GROUP BY ALL),"
                    + " k AS (SELECT DISTINCT tahun, nip_hash, jp FROM kepatuhan_pegawai"
                    + " WHERE caturwulan = 3)"
                    + " SELECT count(*) FILTER (WHERE coalesce(r.jp, 0) <> k.jp), count(*)"
                    + " FROM k LEFT JOIN r USING (tahun, nip_hash)")) {
      rs.next();
      assertThat(rs.getLong(2)).isPositive();
      assertThat(rs.getLong(1)).as("employees whose JP differ").isZero();
    }
  }

  @Test
  void bangkomInstansiAddsUpToEachInstansisTotalJpAtTheYearsLastCutoff() throws Exception {
    try (Connection c = WarehouseFixture.readOnly(warehouse);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "WITH b AS (SELECT tahun, caturwulan, kode_instansi, sum(jp) AS jp"
                    + " FROM bangkom_instansi GROUP BY ALL)"
                    + " SELECT count(*) FILTER (WHERE coalesce(b.jp, 0) <> k.total_jp), count(*)"
                    + " FROM kepatuhan_instansi k LEFT JOIN b USING (tahun, caturwulan,"
                    + " kode_instansi) WHERE k.caturwulan = 3 AND k.melapor")) {
      rs.next();
      assertThat(rs.getLong(2)).isPositive();
      assertThat(rs.getLong(1)).as("instansi whose JP differ").isZero();
    }
  }

  @Test
  void unitRowsOfFewerThanFivePeopleAreMarkedAndBlank() throws Exception {
    try (Connection c = WarehouseFixture.readOnly(warehouse);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FILTER (WHERE jumlah_pegawai < 5),"
                    + " count(*) FILTER (WHERE jumlah_pegawai < 5 AND sel_kecil AND"
                    + " jumlah_memenuhi IS NULL AND jumlah_sesuai_target IS NULL AND"
                    + " jumlah_tertinggal IS NULL AND jumlah_belum_ada_jp IS NULL AND"
                    + " persen_memenuhi IS NULL AND persen_on_track IS NULL AND total_jp IS NULL"
                    + " AND rata_rata_jp IS NULL AND median_jp IS NULL),"
                    + " count(*) FILTER (WHERE jumlah_pegawai >= 5 AND NOT sel_kecil"
                    + " AND jumlah_memenuhi IS NOT NULL),"
                    + " count(*) FILTER (WHERE jumlah_pegawai >= 5)"
                    + " FROM kepatuhan_unit")) {
      rs.next();
      assertThat(rs.getLong(1)).as("small units in the sample").isPositive();
      assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
      assertThat(rs.getLong(4)).isPositive();
      assertThat(rs.getLong(3)).isEqualTo(rs.getLong(4));
    }
  }

  @Test
  void theScanFindsNipsWrittenAnyWayButNotHashes() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (a VARCHAR, b VARCHAR, c VARCHAR)");
      s.execute(
          "INSERT INTO t VALUES ('Unit 198609262015051001', 'x', 'a1b2'),"
              + " ('ok', 'NIP 19860926 201505 1 001', 'x'),"
              + " ('ok', 'x', '1986.0926.2015.05.1.001'),"
              + " ('9f198609262015051001d3aa', 'kode 12345', sha256('198609262015051001'))");
      assertThat(WarehousePrivacy.scan(c))
          .extracting(WarehousePrivacy.Finding::column, WarehousePrivacy.Finding::rows)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("a", 1L),
              org.assertj.core.groups.Tuple.tuple("b", 1L),
              org.assertj.core.groups.Tuple.tuple("c", 1L));
      WarehousePrivacy.maskFreeText(c);
      assertThat(WarehousePrivacy.scan(c)).isEmpty();
      try (ResultSet rs = s.executeQuery("SELECT a FROM t WHERE a LIKE 'Unit%'")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("Unit [disamarkan]");
      }
    }
  }

  /** Every 18-digit NIP written in the sample inbox's CSV and JSON files. */
  static Set<String> sampleNips() throws IOException {
    Pattern nip =
        Pattern.compile("(?<![0-9])[0-9]{8}[ .]?[0-9]{6}[ .]?[0-9][ .]?[0-9]{3}(?![0-9])");
    Set<String> out = new HashSet<>();
    try (Stream<Path> files = Files.walk(WarehouseFixture.sample().inbox())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".csv") && !name.endsWith(".json")) {
          continue;
        }
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        Matcher m = nip.matcher(text);
        while (m.find()) {
          out.add(m.group().replaceAll("[ .]", ""));
        }
      }
    }
    return out;
  }
}
