package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.ingestion.Lake;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code bangkom_ringkas} of a cut-off (docs/warehouse.md): the deduplicated bangkom records of the
 * cut-off's year and of the year before, summed per year and caturwulan of tanggal_selesai,
 * employee, jenis diklat and jalur. The deduplication is the compliance's own ({@link
 * Compliance#dedupBangkom}), so the table and kepatuhan_pegawai count the same records.
 *
 * <p>Which rows a cut-off holds: a year's records arrive in its own submissions, in the next year's
 * (late records, back to 1 January of the previous year) and nowhere else. The cut-off (Y, k) reads
 * every bangkom dataset in force of year Y-1 and those of Y up to k (at CW3 also Y+1's files that
 * hold records of Y, as the compliance does), and writes the rows of Y-1 and Y. The warehouse takes
 * each year's rows from its year end when computed (it reads every file that can hold the year's
 * records and is computed again when late ones arrive), else from the latest cut-off holding it.
 */
final class BangkomRingkas {
  private BangkomRingkas() {}

  /**
   * The bangkom files the cut-off reads: the previous year's in force, then {@code
   * bangkomPathsOfCutoff} (this year's up to the cut-off, and at CW3 next year's late records).
   */
  static List<Path> berkas(Lake lake, Periode periode, List<Path> bangkomPathsOfCutoff) {
    Set<Path> out = new LinkedHashSet<>();
    for (int k = 1; k <= 3; k++) {
      out.addAll(lake.inForce("bangkom", new Periode(periode.tahun() - 1, k)));
    }
    out.addAll(bangkomPathsOfCutoff);
    return List.copyOf(out);
  }

  /**
   * The table of the cut-off {@code periode} from its {@code records} (lake bangkom schema): {@code
   * tahun, caturwulan, nip, jenis_diklat, jalur, jumlah_kegiatan, jp, periode}, where {@code nip}
   * is the lake's (the warehouse publishes its keyed hash) and {@code periode} the cut-off. Of
   * copies of a record, the largest JP counts with that copy's jenis diklat (of copies with the
   * same largest JP, the highest code), and its jalur is NONKLASIKAL when any copy says so.
   */
  static Dataset<Row> tabel(Dataset<Row> records, Periode periode, CaturwulanCalendar calendar) {
    int tahun = periode.tahun();
    Column duaTahun =
        col("tanggal_selesai")
            .geq(lit(Date.valueOf(LocalDate.of(tahun - 1, 1, 1))))
            .and(col("tanggal_selesai").leq(lit(Date.valueOf(LocalDate.of(tahun, 12, 31)))));
    Dataset<Row> catatan =
        Compliance.dedupBangkom(
            records.filter(duaTahun),
            List.of("nip", "tanggal_selesai", "jenis_diklat"),
            List.of(
                min(col("nip")).as("nip"),
                min(col("tanggal_selesai")).as("tanggal_selesai"),
                max(struct(col("jp"), col("jenis_diklat")))
                    .getField("jenis_diklat")
                    .as("jenis_diklat")));
    Column tahunSelesai = lit(null).cast("int");
    Column caturwulanSelesai = lit(null).cast("int");
    for (int y = tahun; y >= tahun - 1; y--) {
      for (int k = 3; k >= 1; k--) {
        Periode p = new Periode(y, k);
        Column dalam =
            col("tanggal_selesai")
                .between(Date.valueOf(calendar.awal(p)), Date.valueOf(calendar.akhir(p)));
        tahunSelesai = when(dalam, y).otherwise(tahunSelesai);
        caturwulanSelesai = when(dalam, k).otherwise(caturwulanSelesai);
      }
    }
    Column jalur =
        when(col("jalur_kode").equalTo(2), Compliance.NONKLASIKAL)
            .when(col("jalur_kode").equalTo(1), Compliance.KLASIKAL);
    List<Column> grup = new ArrayList<>();
    grup.add(tahunSelesai.as("tahun"));
    grup.add(caturwulanSelesai.as("caturwulan"));
    grup.add(col("nip"));
    grup.add(col("jenis_diklat"));
    grup.add(jalur.as("jalur"));
    return catatan
        .groupBy(grup.toArray(Column[]::new))
        .agg(count(lit(1)).as("jumlah_kegiatan"), sum(col("jp")).cast(Compliance.TOTAL_JP).as("jp"))
        .withColumn("periode", lit(periode.id()));
  }
}
