package id.go.lan.bangkom.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The encoding verdict of the checksum pass (issue 19, point 5a): UTF-8, pure Windows-1252, or a
 * mix, with the line, offset and value of the first invalid byte. Offsets worked by hand in the
 * comments.
 */
class Utf8CheckTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static Utf8Check.Encoding verdict(byte[]... parts) {
    Utf8Check check = new Utf8Check();
    for (byte[] p : parts) {
      check.update(p, p.length);
    }
    return check.encoding();
  }

  /** Feeds the bytes one at a time: the verdict must not depend on chunk boundaries. */
  private static Utf8Check.Encoding verdictByteByByte(byte[] all) {
    Utf8Check check = new Utf8Check();
    for (byte b : all) {
      check.update(new byte[] {b}, 1);
    }
    return check.encoding();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] cp1252(String s) {
    return s.getBytes(CsvSource.WINDOWS_1252);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void utf8WithAndWithoutBomIsUtf8() {
    assertThat(verdict(utf8("nama\nJosé Müller\n"))).isEqualTo(Utf8Check.Encoding.UTF_8);
    assertThat(verdict(BOM, utf8("nama\nJosé\n"))).isEqualTo(Utf8Check.Encoding.UTF_8);
  }

  @Test
  void oneByteAccentsWithoutAnyUtf8SequenceAreWindows1252() {
    // "Zoë\nMüller": ë = 0xEB at offset 2, on line 1.
    byte[] bytes = cp1252("Zoë\nMüller");
    Utf8Check.Encoding e = verdict(bytes);
    assertThat(e).isEqualTo(new Utf8Check.Encoding(Utf8Check.Kind.WINDOWS_1252, 1, 2, 0xEB));
    assertThat(verdictByteByByte(bytes)).isEqualTo(e);
  }

  @Test
  void utf8LettersAndAWindows1252LetterInOneFileAreMixedAtTheFirstInvalidByte() {
    // "nama\n" = offsets 0-4, "Jos" 5-7, é = C3 A9 at 8-9, "\n" 10, "Zo" 11-12, ë = 0xEB at 13.
    byte[] bytes = concat(utf8("nama\nJosé\n"), cp1252("Zoë\n"));
    Utf8Check.Encoding e = verdict(bytes);
    assertThat(e).isEqualTo(new Utf8Check.Encoding(Utf8Check.Kind.MIXED, 3, 13, 0xEB));
    assertThat(verdictByteByByte(bytes)).isEqualTo(e);
  }

  @Test
  void aUtf8LetterAfterTheFirstInvalidByteStillMakesTheFileMixed() {
    // "Zo" 0-1, ë = 0xEB at 2 (line 1), then "\nJosé" in UTF-8.
    byte[] bytes = concat(cp1252("Zoë\n"), utf8("José"));
    assertThat(verdict(bytes)).isEqualTo(new Utf8Check.Encoding(Utf8Check.Kind.MIXED, 1, 2, 0xEB));
  }

  @Test
  void aBomBeforeWindows1252TextIsMixed() {
    // BOM 0-2, "nip\n" 3-6, "Zo" 7-8, ë = 0xEB at 9 on line 2.
    byte[] bytes = concat(BOM, cp1252("nip\nZoë"));
    assertThat(verdict(bytes)).isEqualTo(new Utf8Check.Encoding(Utf8Check.Kind.MIXED, 2, 9, 0xEB));
  }

  @Test
  void aSequenceCutByALineBreakOrTheEndIsInvalidAtItsLeadByte() {
    // "abc" 0-2, lead C3 at 3 then a line feed: invalid at 3, line 1.
    assertThat(verdict(new byte[] {'a', 'b', 'c', (byte) 0xC3, '\n', 'd'}))
        .isEqualTo(new Utf8Check.Encoding(Utf8Check.Kind.WINDOWS_1252, 1, 3, 0xC3));
    // "ab\n" 0-2, lead E2 at 3 on line 2, one continuation byte, then the end.
    assertThat(verdict(new byte[] {'a', 'b', '\n', (byte) 0xE2, (byte) 0x82}))
        .isEqualTo(new Utf8Check.Encoding(Utf8Check.Kind.WINDOWS_1252, 2, 3, 0xE2));
  }
}
