package id.go.lan.bangkom.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.BangkomConfig;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SoundingTest {
  private static final SparkSession SPARK = TestSpark.session();
  private static final StructType INSTANSI =
      new StructType()
          .add("tahun", DataTypes.IntegerType)
          .add("caturwulan", DataTypes.IntegerType)
          .add("kode_instansi", DataTypes.StringType)
          .add("melapor", DataTypes.BooleanType)
          .add("jumlah_pegawai", DataTypes.LongType)
          .add("jumlah_memenuhi", DataTypes.LongType)
          .add("jumlah_sesuai_target", DataTypes.LongType)
          .add("persen_on_track", Compliance.PERSEN);

  private static Row instansi(
      String kode, boolean melapor, Long pegawai, Long memenuhi, Long sesuai) {
    return RowFactory.create(2026, 2, kode, melapor, pegawai, memenuhi, sesuai, null);
  }

  @Test
  void levelsFollowTheThresholdsExactly() {
    Dataset<Row> kepatuhan =
        SPARK.createDataFrame(
            List.of(
                instansi("HIJAU", true, 10L, 6L, 4L), // 100 % on track
                instansi("KUNING", true, 10L, 3L, 4L), // exactly 70 %
                instansi("MERAH", true, 1000L, 300L, 399L), // 69.9 %
                instansi("TIDAK_MELAPOR", false, null, null, null),
                instansi("DITOLAK_21", true, 10L, 10L, 0L), // 21 of 100 rows rejected
                instansi("DITOLAK_20", true, 10L, 10L, 0L), // exactly 20 of 100: not above
                instansi("TANPA_AKTIF", true, 0L, 0L, 0L)),
            INSTANSI);
    Dataset<Row> laporan =
        SPARK.createDataFrame(
            List.of(
                RowFactory.create("DITOLAK_21", true, 100L, 21L),
                RowFactory.create("DITOLAK_20", true, 100L, 20L),
                RowFactory.create("HIJAU", true, 10L, 0L)),
            LakeSchemas.BARIS);
    Map<String, String> level =
        Sounding.level(kepatuhan, laporan, SoundingRules.from(BangkomConfig.defaults()))
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(r -> r.getAs("kode_instansi"), r -> r.getAs("level")));
    assertThat(level)
        .containsEntry("HIJAU", "HIJAU")
        .containsEntry("KUNING", "KUNING")
        .containsEntry("MERAH", "MERAH")
        .containsEntry("TIDAK_MELAPOR", "DATA")
        .containsEntry("DITOLAK_21", "DATA")
        .containsEntry("DITOLAK_20", "HIJAU")
        .containsEntry("TANPA_AKTIF", "DATA");
  }
}
