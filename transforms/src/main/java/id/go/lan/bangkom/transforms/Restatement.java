package id.go.lan.bangkom.transforms;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Restatements (SPEC §6): every published figure that a re-run changes, with the old and the new
 * value and why, so a sent letter's figures are never changed silently.
 */
final class Restatement {
  private static final Set<String> PERIODE = Set.of("tahun", "caturwulan");

  private Restatement() {}

  /**
   * A published table a re-run compares with its previous run.
   *
   * @param tabel the table
   * @param kunci key columns besides tahun and caturwulan; {@code kode_instansi} when present goes
   *     to ralat.kode_instansi
   * @param rincian the key column (other than kode_instansi) that names the group within the table,
   *     written to ralat.rincian; null when none
   * @param keberadaan true when only a row's appearing or disappearing counts (a finding): ukuran
   *     is then {@code temuan} and the values are the row's {@code nilaiKeberadaan} column
   * @param nilaiKeberadaan the column shown as the value of a row that appears or disappears
   */
  record Perbandingan(
      String tabel,
      List<String> kunci,
      String rincian,
      boolean keberadaan,
      String nilaiKeberadaan) {
    Perbandingan {
      requireNonNull(tabel, "tabel is null");
      kunci = List.copyOf(kunci);
      if (rincian != null && !kunci.contains(rincian)) {
        throw new IllegalArgumentException(
            "Cannot compare " + tabel + ", rincian is not a key column: " + rincian);
      }
      if (keberadaan) {
        requireNonNull(nilaiKeberadaan, "nilaiKeberadaan is null");
      }
    }

    /** Every column but the keys is a figure compared value by value. */
    static Perbandingan nilai(String tabel, String rincian, String... kunci) {
      return new Perbandingan(tabel, Arrays.asList(kunci), rincian, false, null);
    }

    /** Rows compared by presence only. */
    static Perbandingan keberadaan(
        String tabel, String rincian, String nilaiKeberadaan, String... kunci) {
      return new Perbandingan(tabel, Arrays.asList(kunci), rincian, true, nilaiKeberadaan);
    }
  }

  /**
   * Rows {@code tahun, caturwulan, kode_instansi, rincian, tabel, ukuran, nilai_lama, nilai_baru,
   * alasan, dicatat_pada} for each figure that differs between {@code lama} and {@code baru}: every
   * column of {@code baru} but the keys that {@code lama} also has (a column new in this release
   * was never published before), compared null-safe; a row present on one side only counts as
   * changed. One full outer join (null-safe on the keys) per table; changed values are exploded
   * from it in one pass.
   *
   * @param alasanUmum why, for a figure without an instansi or one whose instansi sent nothing new
   * @param alasanPerInstansi why, per kode_instansi that sent new submission versions
   */
  static Dataset<Row> diff(
      Perbandingan p,
      Dataset<Row> lama,
      Dataset<Row> baru,
      String alasanUmum,
      Map<String, String> alasanPerInstansi,
      Instant dicatatPada) {
    List<String> kunci = new ArrayList<>(List.of("tahun", "caturwulan"));
    kunci.addAll(p.kunci());
    List<String> lamaKolom = Arrays.asList(lama.columns());
    List<String> ukuran = new ArrayList<>();
    if (p.keberadaan()) {
      ukuran.add(p.nilaiKeberadaan());
    } else {
      for (String c : baru.columns()) {
        if (!kunci.contains(c) && lamaKolom.contains(c)) {
          ukuran.add(c);
        }
      }
    }
    Dataset<Row> l = lama.select(kolom(kunci, ukuran, "l_", lit(true).as("l__ada")));
    Dataset<Row> b = baru.select(kolom(kunci, ukuran, "b_", lit(true).as("b__ada")));
    Column sama = null;
    for (String k : kunci) {
      Column c = col("l_" + k).eqNullSafe(col("b_" + k));
      sama = sama == null ? c : sama.and(c);
    }
    Dataset<Row> joined = l.join(b, sama, "full_outer");
    Column adaLama = coalesce(col("l__ada"), lit(false));
    Column adaBaru = coalesce(col("b__ada"), lit(false));
    List<Column> perubahan = new ArrayList<>();
    for (String m : ukuran) {
      Column berubah =
          p.keberadaan()
              ? adaLama.notEqual(adaBaru)
              : col("l_" + m).eqNullSafe(col("b_" + m)).unary_$bang();
      perubahan.add(
          struct(
              lit(p.keberadaan() ? "temuan" : m).as("ukuran"),
              when(adaLama, col("l_" + m).cast(DataTypes.StringType)).as("nilai_lama"),
              when(adaBaru, col("b_" + m).cast(DataTypes.StringType)).as("nilai_baru"),
              berubah.as("berubah")));
    }
    Column kode =
        p.kunci().contains("kode_instansi")
            ? coalesce(col("b_kode_instansi"), col("l_kode_instansi"))
            : lit(null).cast(DataTypes.StringType);
    Column rincian =
        p.rincian() == null
            ? lit(null).cast(DataTypes.StringType)
            : coalesce(col("b_" + p.rincian()), col("l_" + p.rincian())).cast(DataTypes.StringType);
    Dataset<Row> changed =
        joined
            .select(
                coalesce(col("b_tahun"), col("l_tahun")).as("tahun"),
                coalesce(col("b_caturwulan"), col("l_caturwulan")).as("caturwulan"),
                kode.as("kode_instansi"),
                rincian.as("rincian"),
                explode(array(perubahan.toArray(Column[]::new))).as("u"))
            .filter(col("u.berubah"));
    Dataset<Row> alasan = alasanTable(baru, alasanPerInstansi);
    return changed
        .join(broadcast(alasan), changed.col("kode_instansi").equalTo(alasan.col("kode")), "left")
        .select(
            col("tahun"),
            col("caturwulan"),
            col("kode_instansi"),
            col("rincian"),
            lit(p.tabel()).as("tabel"),
            col("u.ukuran").as("ukuran"),
            col("u.nilai_lama").as("nilai_lama"),
            col("u.nilai_baru").as("nilai_baru"),
            coalesce(col("alasan_instansi"), lit(alasanUmum)).as("alasan"),
            lit(Timestamp.from(dicatatPada)).as("dicatat_pada"));
  }

  /**
   * As {@link #diff(Perbandingan, Dataset, Dataset, String, Map, Instant)} for the given measures
   * only, keyed by {@code kode_instansi} or nothing, one reason for every row.
   */
  static Dataset<Row> diff(
      String tabel,
      Dataset<Row> lama,
      Dataset<Row> baru,
      List<String> keys,
      List<String> measures,
      String alasan,
      Instant dicatatPada) {
    List<String> pilih = new ArrayList<>(List.of("tahun", "caturwulan"));
    pilih.addAll(keys);
    pilih.addAll(measures);
    Column[] c = pilih.stream().map(n -> col(n)).toArray(Column[]::new);
    return diff(
        Perbandingan.nilai(tabel, null, keys.toArray(String[]::new)),
        lama.select(c),
        baru.select(c),
        alasan,
        Map.of(),
        dicatatPada);
  }

  /**
   * kepatuhan_unit as the warehouse shows it (docs/warehouse.md, Privacy): a unit of fewer than
   * {@code selMinimum} people has every measure but jumlah_pegawai NULL, so a restatement never
   * tells what the warehouse hides.
   */
  static Dataset<Row> sembunyikanSelKecil(Dataset<Row> kepatuhanUnit, int selMinimum) {
    Column kecil = col("jumlah_pegawai").lt(selMinimum);
    Dataset<Row> out = kepatuhanUnit;
    for (String m : KepatuhanAgregat.MEASURES) {
      if (!m.equals("jumlah_pegawai") && Arrays.asList(out.columns()).contains(m)) {
        out = out.withColumn(m, when(kecil.unary_$bang(), col(m)));
      }
    }
    return out;
  }

  private static Dataset<Row> alasanTable(Dataset<Row> any, Map<String, String> perInstansi) {
    List<Row> rows = new ArrayList<>();
    perInstansi.forEach((kode, alasan) -> rows.add(RowFactory.create(kode, alasan)));
    StructType schema =
        new StructType()
            .add("kode", DataTypes.StringType)
            .add("alasan_instansi", DataTypes.StringType);
    return any.sparkSession().createDataFrame(rows, schema);
  }

  private static Column[] kolom(
      List<String> kunci, List<String> ukuran, String awalan, Column ada) {
    List<Column> c = new ArrayList<>();
    kunci.forEach(k -> c.add(col(k).as(awalan + k)));
    ukuran.forEach(m -> c.add(col(m).as(awalan + m)));
    c.add(ada);
    return c.toArray(Column[]::new);
  }
}
