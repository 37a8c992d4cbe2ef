package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.lit;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.PeriodeSelesai;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The back-test of the projections (docs/proyeksi.md): each year whose three cut-offs are computed
 * gets {@code proyeksi_uji_balik} at its CW3, CW1 and CW2's projected year end against CW3's actual
 * figures.
 */
final class UjiBalikProyeksi {
  private final Komputasi lake;

  UjiBalikProyeksi(Komputasi lake) {
    this.lake = lake;
  }

  /** Back-tests the year of {@code periode} and the year before, where all three are computed. */
  void jalankan(Periode periode) {
    int tahun = periode.tahun();
    for (int y : new int[] {tahun - 1, tahun}) {
      Periode cw3 = new Periode(y, 3);
      if (!lake.ada("proyeksi_instansi", new Periode(y, 1))
          || !lake.ada("proyeksi_instansi", new Periode(y, 2))
          || !lake.ada("proyeksi_instansi", cw3)) {
        continue;
      }
      // By name, allowing a column one period lacks (computed by an older release): NULL there.
      Dataset<Row> earlierInstansi =
          lake.computed("proyeksi_instansi", new Periode(y, 1))
              .unionByName(lake.computed("proyeksi_instansi", new Periode(y, 2)), true);
      Dataset<Row> earlierNasional =
          lake.computed("proyeksi_nasional", new Periode(y, 1))
              .unionByName(lake.computed("proyeksi_nasional", new Periode(y, 2)), true);
      Dataset<Row> perInstansi =
          Projection.ujiBalik(
              earlierInstansi, lake.computed("proyeksi_instansi", cw3), "kode_instansi");
      Dataset<Row> nasional =
          Projection.ujiBalik(earlierNasional, lake.computed("proyeksi_nasional", cw3))
              .withColumn("kode_instansi", lit(null).cast(DataTypes.StringType));
      List<Row> rows = perInstansi.unionByName(nasional).collectAsList();
      StructType schema = perInstansi.unionByName(nasional).schema();
      // Another period's table is rewritten here: incomplete while that happens.
      boolean complete = PeriodeSelesai.isComplete(lake.workspace(), cw3);
      PeriodeSelesai.unmark(lake.workspace(), cw3);
      lake.write("proyeksi_uji_balik", cw3, lake.spark().createDataFrame(rows, schema).coalesce(1));
      if (complete) {
        PeriodeSelesai.mark(lake.workspace(), cw3);
      }
    }
  }
}
