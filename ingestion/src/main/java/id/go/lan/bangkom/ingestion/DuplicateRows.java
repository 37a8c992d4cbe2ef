package id.go.lan.bangkom.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code BARIS_GANDA}: the rows of one file seen so far, each by a 128-bit key of its values after
 * normalisation, so a row identical to an earlier one (once read as the lake reads it) is found
 * without keeping the rows.
 */
final class DuplicateRows {
  private final Dataset dataset;
  private final RowCells cells;
  private final RowNumberMap rowsSeen = new RowNumberMap();
  private final RowHash hash = new RowHash();

  DuplicateRows(Dataset dataset, RowCells cells) {
    this.dataset = dataset;
    this.cells = cells;
  }

  /**
   * The row's values after normalisation, hashed to 128 bits (two independent 64-bit hashes, so a
   * false match within one file is out of reach): equal keys mean identical rows. Records the row.
   *
   * @return the number of an earlier identical row, or -1
   */
  long earlier(RawRow row) {
    RowHash h = hash;
    h.reset();
    for (Column column : dataset.columns()) {
      normalized(h, cells.cell(row, column), column);
      h.add('\u0001');
    }
    return rowsSeen.putIfAbsent(h.high(), h.low(), row.nomorBaris());
  }

  private void normalized(RowHash h, RawCell c, Column column) {
    if (c.isBlank()) {
      return;
    }
    String text = c.text();
    switch (column) {
      case NIP:
        for (int i = 0; i < text.length(); i++) {
          char ch = text.charAt(i);
          if (ch != '.'
              && ch != '\''
              && !Character.isWhitespace(ch)
              && !Character.isSpaceChar(ch)) {
            h.add(ch);
          }
        }
        return;
      case TMT_ASN:
      case TANGGAL_MULAI:
      case TANGGAL_SELESAI:
        // The date this row's check read already, else read it here.
        LocalDate date =
            cells.dateRead(column) ? cells.dateOf(column) : Values.date(c).orElse(null);
        if (date != null) {
          h.add('D');
          h.add(date.toEpochDay());
          return;
        }
        break;
      case JP:
      case DURASI_MENIT:
      case NILAI:
        if (plainDecimalKey(h, text)) {
          return;
        }
        Optional<BigDecimal> v = Values.decimal(c);
        if (v.isPresent()) {
          // One form per number: trailing fraction zeros dropped, the scale never below 0.
          BigDecimal stripped = v.get().stripTrailingZeros();
          if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
          }
          addNumberKey(
              h,
              stripped.scale(),
              stripped.unscaledValue().longValue(),
              stripped.unscaledValue().bitLength());
          return;
        }
        break;
      case JENIS_DIKLAT:
        OptionalInt code = JenisDiklat.parse(text);
        if (code.isPresent()) {
          h.add('J');
          h.add(code.getAsInt());
          return;
        }
        break;
      case JENIS_PEGAWAI:
      case JENIS_JABATAN:
      case STATUS:
      case JALUR:
      case INSTRUMEN:
      case INDIKATOR:
        for (int i = 0; i < text.length(); i++) {
          char ch = text.charAt(i);
          if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
            h.add(ch);
          } else if (ch >= 'A' && ch <= 'Z') {
            h.add((char) (ch + ('a' - 'A')));
          } else if (ch >= 0x80 && Character.isLetterOrDigit(ch)) {
            h.add(Character.toLowerCase(ch));
          }
        }
        return;
      default:
        break;
    }
    // Text: trimmed, inner whitespace collapsed, lower case (Values.collapse, without the copy).
    h.add('T');
    boolean space = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      // ASCII by hand (most text), the rest as Character decides.
      boolean whitespace =
          ch < 0x80
              ? ch == ' ' || (ch >= 0x09 && ch <= 0x0D) || (ch >= 0x1C && ch <= 0x1F)
              : Character.isWhitespace(ch);
      if (whitespace) {
        space = any;
      } else {
        if (space) {
          h.add(' ');
          space = false;
        }
        h.add(
            ch < 0x80
                ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch)
                : Character.toLowerCase(ch));
        any = true;
      }
    }
  }

  /**
   * The decimal key of a plain number (up to 15 digits, at most one {@code .} or {@code ,} between
   * digits: the usual JP), without a BigDecimal; the same key as the general form below. False when
   * the text has another form.
   */
  private static boolean plainDecimalKey(RowHash h, String s) {
    long packed = Values.plainDecimalPacked(s);
    if (packed < 0) {
      return false;
    }
    long unscaled = packed >>> 4;
    int scale = (int) (packed & 0xF);
    while (scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    if (unscaled == 0) {
      scale = 0;
    }
    addNumberKey(h, scale, unscaled, 64 - Long.numberOfLeadingZeros(unscaled));
    return true;
  }

  /** A number's part of the row key: its normalised scale, unscaled value and bit length. */
  private static void addNumberKey(RowHash h, int scale, long unscaled, int bitLength) {
    h.add('N');
    h.add(scale);
    h.add(unscaled);
    h.add(bitLength);
  }

  /** Two 64-bit multiply-xorshift hashes over the same input, with different constants. */
  private static final class RowHash {
    private long a;
    private long b;

    void reset() {
      a = 0x9E3779B97F4A7C15L;
      b = 0xC2B2AE3D27D4EB4FL;
    }

    void add(char c) {
      a = (a ^ c) * 0x100000001B3L;
      b = Long.rotateLeft(b ^ c, 31) * 0x94D049BB133111EBL;
    }

    void add(long v) {
      for (int i = 0; i < 4; i++) {
        add((char) (v >>> (16 * i)));
      }
    }

    long high() {
      return mix(a ^ Long.rotateLeft(b, 17));
    }

    long low() {
      return mix(b + 0x2545F4914F6CDD1DL * a);
    }

    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }
  }
}
