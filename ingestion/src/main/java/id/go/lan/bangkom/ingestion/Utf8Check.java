package id.go.lan.bangkom.ingestion;

/**
 * Whether a byte stream is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF), fed chunk by chunk: the same verdict as a strict decoder, without decoding.
 */
final class Utf8Check {
  private int need;
  private int low = 0x80;
  private int high = 0xBF;
  private boolean valid = true;

  void update(byte[] bytes, int length) {
    if (!valid) {
      return;
    }
    int i = 0;
    while (i < length) {
      int b = bytes[i] & 0xFF;
      if (need == 0) {
        if (b < 0x80) {
          i++;
          continue;
        }
        if (b >= 0xC2 && b <= 0xDF) {
          need = 1;
        } else if (b == 0xE0) {
          need = 2;
          low = 0xA0;
        } else if (b == 0xED) {
          need = 2;
          high = 0x9F;
        } else if (b >= 0xE1 && b <= 0xEF) {
          need = 2;
        } else if (b == 0xF0) {
          need = 3;
          low = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
          need = 3;
        } else if (b == 0xF4) {
          need = 3;
          high = 0x8F;
        } else {
          valid = false;
          return;
        }
      } else {
        if (b < low || b > high) {
          valid = false;
          return;
        }
        need--;
        low = 0x80;
        high = 0xBF;
      }
      i++;
    }
  }

  /** The verdict for everything fed so far, as a whole stream (a cut sequence is invalid). */
  boolean valid() {
    return valid && need == 0;
  }
}
