package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.SqlTeks;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.LogPengiriman;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The escalation ladder through a real publish of the sample workspace, with a fixed clock and one
 * delivered sounding letter added to the delivery log: 32.04 is MERAH at 2026-CW1 (the sample's
 * first cut-off, so only the deadline rule can escalate it there), CW2 and CW3; its CW1 letter was
 * accepted on 2026-05-06 (WIB), so with {@code surat.tenggat_hari} = 14 the deadline is 2026-05-20
 * and the stage holds from 2026-05-21 WIB (2026-05-20 17:00 UTC) on. The letters are logged at a
 * whole minute, which java.time writes without seconds: publish reads them too.
 */
class SoundingTahapPublishTest {
  private static final String KODE = "32.04";
  private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

  @TempDir static Path dir;
  private static Workspace ws;

  @BeforeAll
  static void copyTheSampleAndLogOneLetter() throws Exception {
    ws = WarehouseFixture.copy(dir.resolve("ws"));
    assertThat(WarehouseFixture.config().suratTenggatHari()).isEqualTo(14);
    Path log = LogPengiriman.berkas(ws);
    Files.createDirectories(log.getParent());
    Files.writeString(
        log,
        baris(1, "MERAH", "SOUNDING", OffsetDateTime.of(2026, 5, 6, 9, 0, 0, 0, WIB)).json()
            + "\n"
            + baris(2, "MERAH", "ESKALASI", OffsetDateTime.of(2026, 9, 1, 9, 0, 0, 0, WIB)).json()
            + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  @Test
  void onTheDeadlineDayTheLetterDoesNotEscalateTheDayAfterItDoes() throws Exception {
    publishAt("2026-05-20T16:59:59Z"); // 2026-05-20 23:59:59 WIB: the deadline itself
    assertThat(stagesOf(KODE))
        .containsExactly("2026-2|ESKALASI|DUA_BERTURUT", "2026-3|ESKALASI|DUA_BERTURUT");

    publishAt("2026-05-20T17:00:00Z"); // 2026-05-21 00:00 WIB
    assertThat(stagesOf(KODE))
        .containsExactly(
            "2026-1|ESKALASI|TENGGAT_LEWAT",
            "2026-2|ESKALASI|DUA_BERTURUT",
            "2026-3|ESKALASI|DUA_BERTURUT");
    assertThat(
            text(
                "SELECT alasan FROM sounding WHERE kode_instansi = '32.04' AND tahun = 2026"
                    + " AND caturwulan = 1 AND tahap = 'ESKALASI'"))
        .isEqualTo(
            "Surat sounding terkirim 2026-05-06; tenggat 2026-05-20 lewat tanpa tanggapan yang"
                + " tercatat");
  }

  @Test
  void theSoundingRowsAreTheTransformsRowsAndTheStagesAreExtraRowsUnderTheKey() throws Exception {
    publishAt("2026-12-01T00:00:00Z");
    // Every instansi keeps exactly its SOUNDING row per cut-off, equal to the transforms' row.
    assertThat(
            rows(
                "SELECT tahun, caturwulan, count(*) FROM sounding WHERE tahap = 'SOUNDING'"
                    + " GROUP BY ALL ORDER BY ALL"))
        .containsExactly("2026|1|606", "2026|2|606", "2026|3|606");
    String lake =
        "read_parquet("
            + SqlTeks.literal(ws.computed("sounding").toAbsolutePath() + "/periode=*/*.parquet")
            + ", hive_partitioning = false, union_by_name = true)";
    String kolom =
        "tahun, caturwulan, kode_instansi, level, jumlah_pegawai, persen_on_track,"
            + " persen_baris_ditolak, alasan";
    assertThat(
            count(
                "SELECT count(*) FROM ((SELECT "
                    + kolom
                    + " FROM sounding WHERE tahap = 'SOUNDING' AND pemicu IS NULL) EXCEPT ALL"
                    + " (SELECT "
                    + kolom
                    + " FROM "
                    + lake
                    + "))"))
        .isZero();
    assertThat(count("SELECT count(*) FROM " + lake)).isEqualTo(3 * 606);
    // The key (tahun, caturwulan, kode_instansi, tahap) holds with the stage rows in.
    assertThat(count("SELECT count(*) FROM sounding WHERE tahap <> 'SOUNDING'")).isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT tahun, caturwulan, kode_instansi, tahap"
                    + " FROM sounding GROUP BY ALL HAVING count(*) > 1)"))
        .isZero();
    // Every stage row stands on its instansi's SOUNDING row of the same cut-off, with its figures.
    assertThat(
            count(
                "SELECT count(*) FROM sounding e LEFT JOIN sounding s ON s.tahap = 'SOUNDING'"
                    + " AND s.tahun = e.tahun AND s.caturwulan = e.caturwulan"
                    + " AND s.kode_instansi = e.kode_instansi WHERE e.tahap <> 'SOUNDING'"
                    + " AND (s.kode_instansi IS NULL OR s.level <> e.level"
                    + " OR s.jumlah_pegawai IS DISTINCT FROM e.jumlah_pegawai"
                    + " OR s.persen_on_track IS DISTINCT FROM e.persen_on_track"
                    + " OR s.persen_baris_ditolak IS DISTINCT FROM e.persen_baris_ditolak)"))
        .isZero();
    // DUA_BERTURUT exactly where the level is MERAH or DATA at a cut-off and the one before (the
    // sample is one year), in both directions.
    String beruntun =
        "(SELECT b.tahun, b.caturwulan, b.kode_instansi"
            + " FROM sounding a JOIN sounding b ON a.kode_instansi = b.kode_instansi"
            + " AND a.tahun = b.tahun AND a.caturwulan = b.caturwulan - 1"
            + " WHERE a.tahap = 'SOUNDING' AND b.tahap = 'SOUNDING'"
            + " AND a.level IN ('MERAH', 'DATA') AND b.level IN ('MERAH', 'DATA'))";
    String dua =
        "(SELECT tahun, caturwulan, kode_instansi FROM sounding"
            + " WHERE tahap = 'ESKALASI' AND pemicu = 'DUA_BERTURUT')";
    assertThat(count("SELECT count(*) FROM " + dua)).isPositive();
    assertThat(count("SELECT count(*) FROM (" + beruntun + " EXCEPT ALL " + dua + ")")).isZero();
    assertThat(count("SELECT count(*) FROM (" + dua + " EXCEPT ALL " + beruntun + ")")).isZero();
    assertThat(
            count(
                "SELECT count(*) FROM sounding WHERE tahap <> 'SOUNDING'"
                    + " AND tahun = 2026 AND caturwulan = 1 AND kode_instansi <> '32.04'"))
        .as("2026-CW1 is the sample's first cut-off: only the deadline rule, only 32.04's letter")
        .isZero();
  }

  @Test
  void theStageIsAStepOfThePublishProgressAfterTheFollowUpsAndBeforeEfektivitas() throws Exception {
    List<String> seen = new ArrayList<>();
    Kemajuan rekam =
        new Kemajuan() {
          @Override
          public void mulai(String langkah, long jumlah) {}

          @Override
          public void maju(long selesai, String keterangan) {
            seen.add(keterangan);
          }

          @Override
          public void selesai() {}
        };
    new WarehousePublisher(
            WarehouseFixture.config(),
            WarehouseFixture.master(),
            ws,
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), WIB))
        .publish(rekam);
    int stage = seen.indexOf("sounding (tahap eskalasi dan terima kasih)");
    assertThat(stage).isGreaterThan(seen.indexOf("tindak_lanjut")).isPositive();
    assertThat(stage).isLessThan(seen.indexOf("efektivitas_sounding"));
  }

  private static void publishAt(String instant) {
    new WarehousePublisher(
            WarehouseFixture.config(),
            WarehouseFixture.master(),
            ws,
            Clock.fixed(Instant.parse(instant), ZoneOffset.UTC))
        .publish();
  }

  private static LogPengiriman.Baris baris(
      int caturwulan, String level, String tahap, OffsetDateTime pada) {
    return new LogPengiriman.Baris(
        2026,
        caturwulan,
        "2026-CW" + caturwulan,
        KODE,
        level,
        tahap,
        "TERKIRIM",
        null,
        null,
        "pic@instansi.example",
        "<uji-" + caturwulan + "-" + tahap + "@lan.example>",
        List.of(),
        null,
        List.of(),
        false,
        "uji",
        pada);
  }

  private static List<String> stagesOf(String kode) throws SQLException {
    return rows(
        "SELECT tahun || '-' || caturwulan, tahap, pemicu FROM sounding WHERE tahap <> 'SOUNDING'"
            + " AND kode_instansi = "
            + SqlTeks.literal(kode)
            + " ORDER BY tahun, caturwulan, tahap");
  }

  private static List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = WarehouseFixture.readOnly(ws.warehouse());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          cells.add(String.valueOf(rs.getObject(i)));
        }
        out.add(String.join("|", cells));
      }
    }
    return out;
  }

  private static long count(String sql) throws SQLException {
    return Long.parseLong(rows(sql).get(0));
  }

  private static String text(String sql) throws SQLException {
    return rows(sql).get(0);
  }
}
