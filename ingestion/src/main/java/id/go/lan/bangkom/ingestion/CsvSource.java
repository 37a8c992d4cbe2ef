package id.go.lan.bangkom.ingestion;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small RFC 4180 reader over a {@link CsvText} (encoding, BOM and separator settled there):
 * quoted fields with separators, doubled quotes and line breaks; CR, LF and CR LF line ends mixed
 * freely. Row numbers count records (header = 1), so a quoted line break does not shift them; blank
 * records keep their number and are skipped by the caller.
 */
final class CsvSource implements RowSource {
  static final Charset WINDOWS_1252 = CsvText.WINDOWS_1252;

  /**
   * The longest record taken, in characters (line break included): 1 MiB. A real record of the
   * three datasets is a few hundred characters; a longer one is a broken export (a missing closing
   * quote, a file with no line breaks) and, unbounded, a 50 MB line took gigabytes of heap before
   * it was refused. A constant, not a setting: the limit protects the process, nothing a workspace
   * should tune; the file is refused whole, naming the record.
   */
  static final int MAX_RECORD_CHARS = 1 << 20;

  private final String berkas;
  private final Reader reader;
  private final char separator;
  private final StringBuilder field = new StringBuilder();
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long recordNumber;
  private boolean eof;
  private int pushedBack = -2;
  private int width = 8;

  /** Characters of the buffers before the current one, and where the current record began. */
  private long charsBefore;

  private long recordStart;

  CsvSource(Path file, String berkas) throws FileRefusedException {
    this(file, berkas, CsvText.encoding(file, berkas));
  }

  /**
   * @param utf8 whether the file's bytes are valid UTF-8 (else it is read as Windows-1252)
   */
  CsvSource(Path file, String berkas, boolean utf8) throws FileRefusedException {
    this(
        file,
        berkas,
        utf8
            ? Utf8Check.Encoding.UTF_8
            : new Utf8Check.Encoding(Utf8Check.Kind.WINDOWS_1252, 1, 0, 0));
  }

  /**
   * @param encoding how the file's bytes are to be read, known from the pass that computed its
   *     checksum
   * @throws FileRefusedException when the file mixes UTF-8 with another encoding: no single reading
   *     gives every name right, so the PIC is asked to save it again as UTF-8
   */
  CsvSource(Path file, String berkas, Utf8Check.Encoding encoding) throws FileRefusedException {
    this.berkas = berkas;
    CsvText text = CsvText.open(file, berkas, encoding);
    this.reader = text.reader();
    this.separator = text.separator();
  }

  char separator() {
    return separator;
  }

  @Override
  public List<String> header() throws FileRefusedException {
    List<String> fields = readRecord();
    return fields == null ? List.of() : fields;
  }

  @Override
  public RawRow next() throws FileRefusedException {
    List<String> fields = readRecord();
    if (fields == null) {
      return null;
    }
    RawCell[] cells = new RawCell[fields.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = RawCell.text(fields.get(i));
    }
    return new RawRow(recordNumber, java.util.Arrays.asList(cells));
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++];
  }

  /**
   * Reads the next chunk into the buffer; false at the end of the file.
   *
   * @throws RecordTooLong when the current record already has more than {@link #MAX_RECORD_CHARS}
   *     characters, before reading on
   */
  private boolean fill() throws IOException {
    charsBefore += limit;
    position = 0;
    limit = 0;
    checkRecordLength();
    int n = reader.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  /** Thrown inside the reader when a record passes {@link #MAX_RECORD_CHARS}. */
  private static final class RecordTooLong extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private void checkRecordLength() throws RecordTooLong {
    if (charsBefore + position - recordStart > MAX_RECORD_CHARS) {
      throw new RecordTooLong();
    }
  }

  /** The fields of the next record, or null at the end of the file. */
  private List<String> readRecord() throws FileRefusedException {
    if (eof) {
      return null;
    }
    recordStart = charsBefore + position - (pushedBack >= 0 ? 1 : 0);
    try {
      List<String> fields = new ArrayList<>(width);
      field.setLength(0);
      boolean quoted = false;
      boolean any = false;
      boolean fieldStart = true;
      while (true) {
        // The usual field (no quote, inside the buffer) is cut from the buffer in one piece; a
        // quote or the end of the buffer hands over to the character loop below.
        if (fieldStart && pushedBack == -2 && (position < limit || fill())) {
          char[] b = buffer;
          int start = position;
          int p = start;
          int end = limit;
          char ch = 0;
          while (p < end) {
            ch = b[p];
            if (ch == separator || ch == '\n' || ch == '\r' || ch == '"') {
              break;
            }
            p++;
          }
          if (p < end && ch != '"') {
            any = true;
            fields.add(p == start ? "" : new String(b, start, p - start));
            position = p + 1;
            if (ch == separator) {
              continue;
            }
            return endRecord(fields, ch);
          }
          any |= p > start;
          field.append(b, start, p - start);
          position = p;
          fieldStart = false;
          continue;
        }
        int c = read();
        if (c == -1) {
          eof = true;
          if (!any && fields.isEmpty() && field.length() == 0) {
            return null;
          }
          checkRecordLength();
          fields.add(field.toString());
          recordNumber++;
          return fields;
        }
        any = true;
        if (quoted) {
          if (c == '"') {
            int n = read();
            if (n == '"') {
              field.append('"');
            } else {
              quoted = false;
              pushedBack = n;
            }
          } else {
            field.append((char) c);
          }
        } else if (c == '"' && isBlank(field)) {
          field.setLength(0);
          quoted = true;
        } else if (c == separator) {
          fields.add(field.toString());
          field.setLength(0);
          fieldStart = true;
        } else if (c == '\n' || c == '\r') {
          fields.add(field.toString());
          return endRecord(fields, c);
        } else {
          field.append((char) c);
        }
      }
    } catch (RecordTooLong e) {
      field.setLength(0);
      field.trimToSize();
      throw new FileRefusedException(
          Fault.variant(
              RejectReason.BERKAS_RUSAK,
              "baris_terlalu_panjang",
              null,
              null,
              berkas,
              Long.toString(recordNumber + 1),
              String.format(Locale.ROOT, "%,d", MAX_RECORD_CHARS).replace(',', '.')),
          e);
    } catch (IOException e) {
      throw FileRefusedException.broken(berkas, e);
    } catch (UncheckedIOException e) {
      throw FileRefusedException.broken(berkas, e.getCause());
    }
  }

  private static boolean isBlank(StringBuilder b) {
    for (int i = 0; i < b.length(); i++) {
      if (!Character.isWhitespace(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // Nothing to save: the file was only read.
    }
  }

  /** Ends a record at line end {@code c} (CR LF counts as one) and returns its fields. */
  private List<String> endRecord(List<String> fields, int c) throws IOException {
    checkRecordLength();
    if (c == '\r') {
      int n = read();
      if (n != '\n') {
        pushedBack = n;
      }
    }
    recordNumber++;
    width = Math.max(width, fields.size());
    return fields;
  }
}
