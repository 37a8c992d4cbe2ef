package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class NipHashTest {
  @Test
  void sparkColumnEqualsTheJdkHmacSha256() throws Exception {
    String nip = "198609262015051001";
    for (String key : List.of("kunci-rahasia", "k".repeat(100))) {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected = HexFormat.of().formatHex(mac.doFinal(nip.getBytes(StandardCharsets.UTF_8)));
      Row r =
          TestSpark.session()
              .createDataFrame(
                  List.of(RowFactory.create(nip)),
                  new StructType().add("nip", DataTypes.StringType))
              .select(NipHash.hmacSha256Hex(col("nip"), key.getBytes(StandardCharsets.UTF_8)))
              .first();
      assertThat(r.getString(0)).isEqualTo(expected);
    }
  }
}
