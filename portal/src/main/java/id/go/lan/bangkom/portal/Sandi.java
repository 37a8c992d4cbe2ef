package id.go.lan.bangkom.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (Bouncy Castle), stored in the PHC string format {@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash}: the parameters travel with each hash, so stronger ones
 * later still verify the old. 19 MiB, 2 passes, 1 lane is OWASP's minimum recommendation.
 */
final class Sandi {
  static final int PANJANG_MINIMUM = 10;

  private static final int MEMORI_KB = 19456;
  private static final int ITERASI = 2;
  private static final int PARALEL = 1;
  private static final SecureRandom ACAK = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private Sandi() {}

  /** A new hash of {@code sandi} with a random 16-byte salt. */
  static String hash(String sandi) {
    byte[] salt = new byte[16];
    ACAK.nextBytes(salt);
    byte[] h = argon2(sandi, salt, MEMORI_KB, ITERASI, PARALEL, 32);
    return "$argon2id$v=19$m="
        + MEMORI_KB
        + ",t="
        + ITERASI
        + ",p="
        + PARALEL
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(h);
  }

  /** Whether {@code sandi} matches {@code tersimpan}; false for any malformed stored value. */
  static boolean cocok(String sandi, String tersimpan) {
    if (sandi == null || tersimpan == null) {
      return false;
    }
    String[] bagian = tersimpan.split("\\$");
    // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
    if (bagian.length != 6 || !bagian[1].equals("argon2id") || !bagian[2].equals("v=19")) {
      return false;
    }
    try {
      int m = 0;
      int t = 0;
      int p = 0;
      for (String kv : bagian[3].split(",")) {
        int v = Integer.parseInt(kv.substring(2));
        switch (kv.charAt(0)) {
          case 'm' -> m = v;
          case 't' -> t = v;
          case 'p' -> p = v;
          default -> {
            return false;
          }
        }
      }
      byte[] salt = B64D.decode(bagian[4]);
      byte[] harap = B64D.decode(bagian[5]);
      // Argon2's own bounds (tag of 4 bytes or more), and no stored value may make a login
      // allocate more than 1 GiB or run more than 16 passes.
      if (harap.length < 4
          || harap.length > 64
          || m < 8 * p
          || m > 1024 * 1024
          || t < 1
          || t > 16
          || p < 1
          || p > 16) {
        return false;
      }
      return MessageDigest.isEqual(harap, argon2(sandi, salt, m, t, p, harap.length));
    } catch (IllegalArgumentException | IllegalStateException | StringIndexOutOfBoundsException e) {
      return false;
    }
  }

  private static byte[] argon2(String sandi, byte[] salt, int m, int t, int p, int panjang) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(m)
            .withIterations(t)
            .withParallelism(p)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator g = new Argon2BytesGenerator();
    g.init(params);
    byte[] out = new byte[panjang];
    g.generateBytes(sandi.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
