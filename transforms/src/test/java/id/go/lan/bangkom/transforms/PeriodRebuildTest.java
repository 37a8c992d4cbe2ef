package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.ingestion.IngestListener;
import id.go.lan.bangkom.ingestion.Ingestion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7: the lake is partitioned so one period can be rebuilt alone. The sample workspace has
 * 2026-CW1..CW3 computed; an instansi resends its CW1 records with one more, CW1 is re-run, and the
 * other periods' tables stay exactly as their own runs wrote them.
 */
class PeriodRebuildTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static final Periode CW1 = Periode.parse("2026-CW1");
  private static final String KODE = "33";

  @TempDir Path dir;

  @Test
  void rebuildingOnePeriodWithNewDataLeavesTheOtherPeriodsTablesUntouched() throws IOException {
    Workspace ws = SampleLake.copy(dir.resolve("ws"));
    Map<String, byte[]> cw2Before = files(ws, "2026-CW2");
    Map<String, byte[]> cw3Before = files(ws, "2026-CW3");
    String fromCw2 = "dari_caturwulan = 2";
    List<Row> ujiBalikBefore =
        read(ws, "proyeksi_uji_balik", "2026-CW3").filter(fromCw2).collectAsList();
    assertThat(cw2Before).isNotEmpty();
    assertThat(cw3Before).isNotEmpty();

    // One AKTIF employee of instansi 33 in its CW1 roster gets a new 7 JP record ending 2 March.
    Row orang =
        read(ws, "kepatuhan_pegawai", "2026-CW1")
            .filter(col("kode_instansi").equalTo(KODE).and(col("status_pegawai").equalTo("AKTIF")))
            .orderBy("nip")
            .first();
    String nip = orang.getAs("nip");
    BigDecimal before = totalJp(ws);
    Files.writeString(
        ws.inbox().resolve(KODE).resolve("2026-CW1").resolve("bangkom.csv"),
        nip + ";Pelatihan Uji Bangun Ulang;9;01/03/2026;02/03/2026;7;LAN;\r\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    new Ingestion(SampleLake.config(), SampleLake.master(), ws)
        .ingest(ws.inbox(), IngestListener.none());
    // As a session made for a national run would be: the job chooses the cut-off's own count.
    SPARK.conf().set("spark.sql.shuffle.partitions", "32");
    new TransformJob(
            TestSpark.session(),
            SampleLake.config(),
            SampleLake.master(),
            ws,
            Clock.fixed(Instant.parse("2026-09-10T03:00:00Z"), ZoneOffset.UTC))
        .run(CW1);

    // The sample's CW1 reads well under 8 MB of lake files: the fewest partitions, 2
    // (PartisiShuffle), not the configured most (spark.shuffle_partitions = 32).
    assertThat(SPARK.conf().get("spark.sql.shuffle.partitions")).isEqualTo("2");

    // CW1 was rebuilt with the new record (+7 JP for the instansi), recorded as a restatement.
    assertThat(totalJp(ws)).isEqualByComparingTo(before.add(BigDecimal.valueOf(7)));
    List<Row> ralat =
        read(ws, TransformJob.RALAT, "2026-CW1")
            .filter(
                col("tabel")
                    .equalTo("kepatuhan_instansi")
                    .and(col("ukuran").equalTo("total_jp"))
                    .and(col("kode_instansi").equalTo(KODE)))
            .collectAsList();
    assertThat(ralat).hasSize(1);
    assertThat((String) ralat.get(0).getAs("alasan")).startsWith("Dihitung ulang dengan data baru");
    // Issue 15.5: the same +7 JP is restated in every group table holding that person, with the
    // group in rincian and instansi 33's new version as the reason; kepatuhan_pegawai never is.
    String jenisInstansi =
        SampleLake.master().all().stream()
            .filter(i -> i.kode().equals(KODE))
            .findFirst()
            .orElseThrow()
            .jenis()
            .name();
    assertTotalJpRestatedBy7(ws, "kepatuhan_jabatan", KODE, orang.getAs("jenis_jabatan"));
    assertTotalJpRestatedBy7(ws, "kepatuhan_jenis_pegawai", KODE, orang.getAs("jenis_pegawai"));
    assertTotalJpRestatedBy7(ws, "kepatuhan_jenis_instansi", null, jenisInstansi);
    assertTotalJpRestatedBy7(ws, "kepatuhan_nasional", null, null);
    assertThat(
            read(ws, TransformJob.RALAT, "2026-CW1").filter("tabel = 'kepatuhan_pegawai'").count())
        .isZero();

    // Every file of every CW2 table is byte for byte what the CW2 run wrote.
    assertSameFiles(files(ws, "2026-CW2"), cw2Before);
    // CW3 too, except the year's back-test, which is made again from the year's projections
    // (stored under CW3): its rows projected from CW2 are unchanged.
    Map<String, byte[]> cw3After = files(ws, "2026-CW3");
    cw3After.keySet().removeIf(k -> k.startsWith("proyeksi_uji_balik"));
    cw3Before.keySet().removeIf(k -> k.startsWith("proyeksi_uji_balik"));
    assertSameFiles(cw3After, cw3Before);
    assertThat(ujiBalikBefore).isNotEmpty();
    assertThat(read(ws, "proyeksi_uji_balik", "2026-CW3").filter(fromCw2).collectAsList())
        .containsExactlyInAnyOrderElementsOf(ujiBalikBefore);
  }

  private static void assertTotalJpRestatedBy7(
      Workspace ws, String tabel, String kode, String rincian) {
    List<Row> rows =
        read(ws, TransformJob.RALAT, "2026-CW1")
            .filter(
                col("tabel")
                    .equalTo(tabel)
                    .and(col("ukuran").equalTo("total_jp"))
                    .and(col("kode_instansi").eqNullSafe(kode))
                    .and(col("rincian").eqNullSafe(rincian)))
            .collectAsList();
    assertThat(rows).as(tabel).hasSize(1);
    Row r = rows.get(0);
    assertThat(
            new BigDecimal((String) r.getAs("nilai_baru"))
                .subtract(new BigDecimal((String) r.getAs("nilai_lama"))))
        .as(tabel)
        .isEqualByComparingTo("7");
    assertThat((String) r.getAs("alasan")).as(tabel).contains(KODE + "/2026-CW1/v");
  }

  private static void assertSameFiles(Map<String, byte[]> after, Map<String, byte[]> before) {
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
  }

  private static BigDecimal totalJp(Workspace ws) {
    return read(ws, "kepatuhan_instansi", "2026-CW1")
        .filter(col("kode_instansi").equalTo(KODE))
        .first()
        .getAs("total_jp");
  }

  private static Dataset<Row> read(Workspace ws, String table, String periode) {
    return SPARK
        .read()
        .parquet(ws.computed(table).resolve("periode=" + periode).toUri().toString());
  }

  /** Every file under lake/computed/<table>/periode=<p>/ of every table, by relative path. */
  private static Map<String, byte[]> files(Workspace ws, String periode) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    Path computed = ws.lake().resolve("computed");
    try (Stream<Path> walk = Files.walk(computed)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        String relative = computed.relativize(f).toString();
        if (relative.contains("periode=" + periode)) {
          out.put(relative, Files.readAllBytes(f));
        }
      }
    }
    return out;
  }
}
