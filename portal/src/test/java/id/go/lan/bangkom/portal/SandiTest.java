package id.go.lan.bangkom.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Argon2id as an independent implementation computes it: the reference C implementation's CLI
 * (Debian package {@code argon2}, version 0~20171227-0.3+deb12u1), run once by hand; the strings
 * below are its output, pasted. RFC 9106's test vectors use a secret and associated data, which
 * {@link Sandi} does not take, hence a second implementation instead.
 */
class SandiTest {
  /**
   * {@code printf '%s' 'password' | argon2 somesalt -id -t 2 -k 19456 -p 1 -e}: the portal's own
   * parameters (19 MiB, 2 passes, 1 lane).
   */
  private static final String PASSWORD_SOMESALT =
      "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E";

  /**
   * {@code printf '%s' 'Sandi-Rahasia-Bangkom-2026!' | argon2 garambangkom2026 -id -t 3 -k 4096 -p
   * 2 -e}: other parameters, two lanes; they must be read from the string, not assumed.
   */
  private static final String PARAMETER_LAIN =
      "$argon2id$v=19$m=4096,t=3,p=2$Z2FyYW1iYW5na29tMjAyNg$IQmKJpPJngAwyaj1ylw+Bh7At2jbvALyO5VORnUuTYA";

  /**
   * {@code printf '%s' 'kata sandi ü€' | argon2 garamgaram -id -t 2 -k 19456 -p 1 -e}, the password
   * in UTF-8 (6b 61 74 61 20 73 61 6e 64 69 20 c3 bc e2 82 ac).
   */
  private static final String BUKAN_ASCII =
      "$argon2id$v=19$m=19456,t=2,p=1$Z2FyYW1nYXJhbQ$FbhpljiyTVHjNf/JeovrPTJo35XHI7eweoN2V0xukc0";

  /** {@code printf '%s' 'password' | argon2 somesalt -id -t 2 -k 19456 -p 1 -l 16 -e}. */
  private static final String TAG_16_BYTE =
      "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$JFY3xuuQ3aSIF58rOepyyA";

  /** {@code printf '%s' 'password' | argon2 somesalt -i -t 2 -k 19456 -p 1 -e}: Argon2i. */
  private static final String ARGON2I =
      "$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$ZQtVoIvv4LCxG3PDoH8q01Z7lZKnNcPd0LDCITjwEmQ";

  @Test
  void matchesTheReferenceImplementationAtThePortalsParameters() {
    assertThat(Sandi.cocok("password", PASSWORD_SOMESALT)).isTrue();
    assertThat(Sandi.cocok("Password", PASSWORD_SOMESALT)).isFalse();
    assertThat(Sandi.cocok("password ", PASSWORD_SOMESALT)).isFalse();
  }

  @Test
  void readsTheParametersAndTagLengthFromTheStoredString() {
    assertThat(Sandi.cocok("Sandi-Rahasia-Bangkom-2026!", PARAMETER_LAIN)).isTrue();
    assertThat(Sandi.cocok("password", TAG_16_BYTE)).isTrue();
  }

  @Test
  void hashesThePasswordAsUtf8() {
    assertThat(Sandi.cocok("kata sandi ü€", BUKAN_ASCII)).isTrue();
    assertThat(Sandi.cocok("kata sandi u€", BUKAN_ASCII)).isFalse();
  }

  @Test
  void aNewHashIsAPhcStringOfThePortalsParametersThatVerifies() {
    String sandi = "Benar-Sekali-2026";
    String a = Sandi.hash(sandi);
    String b = Sandi.hash(sandi);

    assertThat(a)
        .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(b).isNotEqualTo(a);
    assertThat(Sandi.cocok(sandi, a)).isTrue();
    assertThat(Sandi.cocok(sandi, b)).isTrue();
    assertThat(Sandi.cocok("Benar-Sekali-2025", a)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "password",
        "$argon2id$",
        ARGON2I,
        // Argon2d, and version 1.0 (0x10), are other functions.
        "$argon2d$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        "$argon2id$v=16$m=19456,t=2,p=1$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        // Fields missing, extra, empty or not numbers.
        "$argon2id$v=19$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$",
        "$argon2id$v=19$m=,t=2,p=1$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        "$argon2id$v=19$m=banyak,t=2,p=1$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        "$argon2id$v=19$m=19456,t=2,p=1,x=3$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        "$argon2id$v=19$m19456,t2,p1$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        // Parameters Argon2 refuses: no passes, no lanes, less memory than 8 KiB per lane.
        "$argon2id$v=19$m=19456,t=0,p=1$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        "$argon2id$v=19$m=19456,t=2,p=0$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        "$argon2id$v=19$m=1,t=2,p=1$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        // Negative and overflowing numbers.
        "$argon2id$v=19$m=-19456,t=2,p=1$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        "$argon2id$v=19$m=99999999999,t=2,p=1$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        // Not Base64.
        "$argon2id$v=19$m=19456,t=2,p=1$c29t*XNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2E",
        "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qH!ZvWnHmGBGXFYvh8z2E",
        // The right tag one character short.
        "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$PL01amPyeUuxG7H0vIr5X+qHkZvWnHmGBGXFYvh8z2",
      })
  void aMalformedOrForeignStoredValueIsFalseNotAnException(String tersimpan) {
    assertThat(Sandi.cocok("password", tersimpan)).isFalse();
  }

  @Test
  void aStoredTagShorterThanArgon2AllowsIsFalseNotAnException() {
    // "AAAA" is 3 bytes of Base64.
    assertThat(Sandi.cocok("password", "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$AAAA"))
        .isFalse();
  }

  @Test
  void aNullPasswordIsFalse() {
    assertThat(Sandi.cocok(null, PASSWORD_SOMESALT)).isFalse();
  }
}
