package id.go.lan.bangkom.core;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * The one CSV writer of the product (off-track lists, siaran.csv, {@code sql --format csv}): a
 * separator, a line ending, and two kinds of field. {@link #teks} is free text, which may come from
 * a submission and is never written as a live formula ({@link SelCsv}); {@link #nilai} is a value
 * the product formats itself (numbers, negative too, dates, NIPs), written as it is and quoted only
 * when it holds the separator, a quote or a line break.
 */
public final class CsvPenulis implements Closeable, Flushable {
  private final Writer out;
  private final char pemisah;
  private final String akhirBaris;
  private boolean awalBaris = true;

  /**
   * @param out where the text goes (the caller chooses the charset and whether to write a BOM)
   * @param pemisah the separator, {@code ,} or {@code ;} (Indonesian spreadsheets with decimal
   *     commas)
   * @param akhirBaris {@code "\r\n"} (RFC 4180) or {@code "\n"}
   */
  public CsvPenulis(Writer out, char pemisah, String akhirBaris) {
    this.out = requireNonNull(out, "out is null");
    this.pemisah = pemisah;
    this.akhirBaris = requireNonNull(akhirBaris, "akhirBaris is null");
  }

  /** A free-text field; {@code null} is empty. */
  public CsvPenulis teks(String value) throws IOException {
    return field(SelCsv.field(value, pemisah));
  }

  /** A field the product formatted itself (a number, a date); {@code null} is empty. */
  public CsvPenulis nilai(Object value) throws IOException {
    String text = value == null ? "" : value.toString();
    if (text.indexOf(pemisah) >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      text = '"' + text.replace("\"", "\"\"") + '"';
    }
    return field(text);
  }

  /** A whole row of free-text fields (a header, for example). */
  public CsvPenulis baris(String... teks) throws IOException {
    for (String t : teks) {
      teks(t);
    }
    return akhiriBaris();
  }

  /** Ends the current row. */
  public CsvPenulis akhiriBaris() throws IOException {
    out.write(akhirBaris);
    awalBaris = true;
    return this;
  }

  private CsvPenulis field(String text) throws IOException {
    if (!awalBaris) {
      out.write(pemisah);
    }
    out.write(text);
    awalBaris = false;
    return this;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
