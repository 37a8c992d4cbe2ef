package id.go.lan.bangkom.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The JDK's own HMAC-SHA-256, to check the product's hash against. */
final class WarehouseTestHmac {
  private WarehouseTestHmac() {}

  static String hmacHex(String key, String nip) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(nip.getBytes(StandardCharsets.UTF_8)));
  }
}
