package id.go.lan.bangkom.ingestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A CSV file opened as text: UTF-8 (its BOM skipped) or, when its bytes are not UTF-8,
 * Windows-1252; a file mixing both is refused. The separator ({@code ,} {@code ;} or tab) is
 * detected from the header line.
 *
 * @param reader the text after the BOM, positioned at the header
 * @param separator the field separator
 */
record CsvText(Reader reader, char separator) {
  /**
   * How a CSV file's bytes are read when they are not UTF-8: the encoding of Excel's "CSV" on
   * Indonesian Windows.
   */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Opens {@code file} for reading.
   *
   * @param encoding how the file's bytes are to be read, known from the pass that computed its
   *     checksum
   * @throws FileRefusedException when the file mixes UTF-8 with another encoding: no single reading
   *     gives every name right, so the PIC is asked to save it again as UTF-8
   */
  static CsvText open(Path file, String berkas, Utf8Check.Encoding encoding)
      throws FileRefusedException {
    if (encoding.kind() == Utf8Check.Kind.MIXED) {
      throw FileRefusedException.encoding("pengkodean", berkas, encoding);
    }
    try {
      Charset charset =
          encoding.kind() == Utf8Check.Kind.UTF_8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
      BufferedReader r =
          new BufferedReader(new InputStreamReader(Berkas.open(file), charset), 1 << 16);
      r.mark(1 << 16);
      int first = r.read();
      if (first != '\uFEFF') {
        r.reset();
      }
      r.mark(1 << 16);
      char separator = detectSeparator(r);
      r.reset();
      return new CsvText(r, separator);
    } catch (IOException e) {
      throw FileRefusedException.broken(berkas, e);
    }
  }

  /** How the bytes of {@code file} read as text, from a pass over the whole file. */
  static Utf8Check.Encoding encoding(Path file, String berkas) throws FileRefusedException {
    try (InputStream s = Berkas.open(file)) {
      Utf8Check check = new Utf8Check();
      byte[] chunk = new byte[1 << 16];
      int n;
      while ((n = s.read(chunk)) > 0) {
        check.update(chunk, n);
      }
      return check.encoding();
    } catch (IOException e) {
      throw FileRefusedException.broken(berkas, e);
    }
  }

  /** The separator that occurs most often outside quotes in the first line; {@code ,} on a tie. */
  private static char detectSeparator(Reader r) throws IOException {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    int c;
    int seen = 0;
    while ((c = r.read()) != -1 && seen++ < (1 << 15)) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        comma++;
      } else if (!quoted && c == ';') {
        semicolon++;
      } else if (!quoted && c == '\t') {
        tab++;
      }
    }
    if (semicolon > comma && semicolon >= tab) {
      return ';';
    }
    if (tab > comma && tab > semicolon) {
      return '\t';
    }
    return ',';
  }
}
