package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class NipHashTest {
  @Test
  void duckDbExpressionEqualsTheJdkHmacSha256() throws Exception {
    String nip = "198609262015051001";
    // A short key, and one longer than the 64-byte block (hashed first, RFC 2104).
    for (String key : List.of("kunci-rahasia", "k".repeat(100))) {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected = HexFormat.of().formatHex(mac.doFinal(nip.getBytes(StandardCharsets.UTF_8)));
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT "
                      + NipHash.sql("nip", key.getBytes(StandardCharsets.UTF_8))
                      + " FROM (SELECT '"
                      + nip
                      + "' AS nip)")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(expected);
      }
    }
  }
}
