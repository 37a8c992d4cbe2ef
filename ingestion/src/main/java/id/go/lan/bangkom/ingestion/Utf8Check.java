package id.go.lan.bangkom.ingestion;

/**
 * Whether a byte stream is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF), fed chunk by chunk: the same verdict as a strict decoder, without decoding.
 *
 * <p>It also tells a mixed file from a Windows-1252 one: after an invalid byte it goes on from the
 * next byte, noting whether any well-formed multi-byte sequence (a BOM included) occurs anywhere. A
 * file with both is UTF-8 text with pieces of another encoding pasted in; read as Windows-1252 its
 * UTF-8 letters would be garbled ({@code é} as {@code Ã©}), read as UTF-8 its other letters would
 * be lost.
 */
final class Utf8Check {
  /** How the file's bytes are to be read. */
  enum Kind {
    /** Well-formed UTF-8 (with or without BOM). */
    UTF_8,
    /** Not UTF-8 and no multi-byte UTF-8 sequence at all: one-byte Windows-1252 text. */
    WINDOWS_1252,
    /** Well-formed UTF-8 sequences and bytes invalid as UTF-8 in one file. */
    MIXED
  }

  /**
   * The verdict; for a file that is not UTF-8, where the first invalid byte is: its 1-based text
   * line (counted by line feeds), its 0-based offset in the file and its value (0..255). For UTF-8
   * these are 0.
   */
  record Encoding(Kind kind, long line, long offset, int invalidByte) {
    static final Encoding UTF_8 = new Encoding(Kind.UTF_8, 0, 0, 0);
  }

  private int need;
  private int low = 0x80;
  private int high = 0xBF;
  private boolean valid = true;
  private boolean multibyte;
  private long position;
  private long line = 1;
  private int lead;
  private long leadPosition;
  private long leadLine;
  private long invalidLine;
  private long invalidOffset;
  private int invalidByte;

  void update(byte[] bytes, int length) {
    for (int i = 0; i < length; i++, position++) {
      int b = bytes[i] & 0xFF;
      if (need > 0) {
        if (b >= low && b <= high) {
          low = 0x80;
          high = 0xBF;
          if (--need == 0) {
            multibyte = true;
          }
          continue;
        }
        // A cut sequence: its lead byte is the invalid one; this byte starts afresh.
        invalid(leadLine, leadPosition, lead);
        need = 0;
        low = 0x80;
        high = 0xBF;
      }
      if (b < 0x80) {
        if (b == '\n') {
          line++;
        }
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
        invalid(line, position, b);
        continue;
      }
      lead = b;
      leadPosition = position;
      leadLine = line;
    }
  }

  private void invalid(long atLine, long atOffset, int value) {
    if (valid) {
      valid = false;
      invalidLine = atLine;
      invalidOffset = atOffset;
      invalidByte = value;
    }
  }

  /** The verdict for everything fed so far, as a whole stream (a cut sequence is invalid). */
  boolean valid() {
    return valid && need == 0;
  }

  /** The verdict for everything fed so far, as a whole stream. */
  Encoding encoding() {
    if (valid()) {
      return Encoding.UTF_8;
    }
    long atLine = valid ? leadLine : invalidLine;
    long atOffset = valid ? leadPosition : invalidOffset;
    int value = valid ? lead : invalidByte;
    return new Encoding(multibyte ? Kind.MIXED : Kind.WINDOWS_1252, atLine, atOffset, value);
  }
}
