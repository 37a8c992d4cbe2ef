package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Restatements (SPEC §6): every published figure that a re-run changes, with the old and the new
 * value and why, so a sent letter's figures are never changed silently.
 */
final class Restatement {
  private Restatement() {}

  /**
   * Rows {@code tahun, caturwulan, kode_instansi, tabel, ukuran, nilai_lama, nilai_baru, alasan,
   * dicatat_pada} for each measure whose value differs between {@code lama} and {@code baru}
   * (null-safe; a row present on one side only counts as changed).
   *
   * @param keys key columns besides tahun and caturwulan ({@code kode_instansi} or none)
   */
  static Dataset<Row> diff(
      String tabel,
      Dataset<Row> lama,
      Dataset<Row> baru,
      List<String> keys,
      List<String> measures,
      String alasan,
      Instant dicatatPada) {
    List<String> joinKeys = new ArrayList<>(List.of("tahun", "caturwulan"));
    joinKeys.addAll(keys);
    Dataset<Row> l = lama;
    for (String m : measures) {
      l = l.withColumnRenamed(m, "lama_" + m);
    }
    Dataset<Row> joined =
        l.select(columns(joinKeys, measures, "lama_"))
            .join(baru.select(columns(joinKeys, measures, "")), scalaSeq(joinKeys), "full_outer");
    Dataset<Row> out = null;
    for (String m : measures) {
      Column kode = keys.isEmpty() ? lit(null).cast(DataTypes.StringType) : col("kode_instansi");
      Dataset<Row> changed =
          joined
              .filter(col("lama_" + m).eqNullSafe(col(m)).unary_$bang())
              .select(
                  col("tahun"),
                  col("caturwulan"),
                  kode.as("kode_instansi"),
                  lit(tabel).as("tabel"),
                  lit(m).as("ukuran"),
                  col("lama_" + m).cast(DataTypes.StringType).as("nilai_lama"),
                  col(m).cast(DataTypes.StringType).as("nilai_baru"),
                  lit(alasan).as("alasan"),
                  lit(Timestamp.from(dicatatPada)).as("dicatat_pada"));
      out = out == null ? changed : out.unionByName(changed);
    }
    return out;
  }

  private static Column[] columns(List<String> keys, List<String> measures, String prefix) {
    List<Column> c = new ArrayList<>();
    keys.forEach(k -> c.add(col(k)));
    measures.forEach(m -> c.add(col(prefix + m)));
    return c.toArray(Column[]::new);
  }

  private static scala.collection.immutable.Seq<String> scalaSeq(List<String> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }
}
