package id.go.lan.bangkom.ingestion;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The rows of one worksheet's XML read straight with a StAX cursor, for the common shapes of a
 * sheet: the values {@link XlsxWorkbook#convert} gives for the streaming reader's cells, without
 * building a cell object, a rich-text object per string or a formatted number per cell (most of the
 * cost of an XLSX row). Anything it was not written for (a row or cell without its reference, cells
 * out of order, a date-typed or valueless formula cell, an unknown cell type, a parse error) is
 * reported as {@link Unusual} before that row is returned, so the caller can hand the rest of the
 * sheet to the streaming reader, which then decides (and fails) as it always did.
 */
final class SheetXmlReader implements AutoCloseable {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** A shape this reader does not take; the streaming reader reads from that row on. */
  static final class Unusual extends Exception {
    private static final long serialVersionUID = 1L;

    Unusual(String what) {
      super(what, null, false, false);
    }
  }

  private final InputStream in;
  private final XMLStreamReader xml;
  private final SharedStrings sst;
  private final String[] sstCache;
  private final StylesTable styles;
  private final boolean date1904;
  private byte[] dateStyle = new byte[16];
  private final StringBuilder content = new StringBuilder();

  SheetXmlReader(InputStream in, SharedStrings sst, StylesTable styles, boolean date1904)
      throws XMLStreamException {
    this.in = in;
    // A factory per sheet: POI's, with external entities and DTDs off.
    XMLInputFactory factory = XMLHelper.newXMLInputFactory();
    this.xml = factory.createXMLStreamReader(in);
    this.sst = sst;
    this.sstCache = sst == null ? null : new String[Math.max(0, sst.getUniqueCount())];
    this.styles = styles;
    this.date1904 = date1904;
  }

  /** The next row element as (row number, cells by column), or null at the end of the sheet. */
  RawRow next() throws Unusual {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (!MAIN.equals(xml.getNamespaceURI())) {
            if (xml.getLocalName().equals("worksheet")) {
              throw new Unusual("worksheet namespace " + xml.getNamespaceURI());
            }
            continue;
          }
          if (xml.getLocalName().equals("row")) {
            return row();
          }
        }
      }
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      throw new Unusual(e.toString());
    }
  }

  private RawRow row() throws XMLStreamException, Unusual {
    String r = xml.getAttributeValue(null, "r");
    if (r == null) {
      throw new Unusual("row without r");
    }
    long number = Integer.parseInt(r.trim());
    List<RawCell> cells = new ArrayList<>();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (MAIN.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("c")) {
          int column = column(xml.getAttributeValue(null, "r"));
          if (column < cells.size()) {
            throw new Unusual("cells out of order");
          }
          RawCell cell = cell();
          while (cells.size() < column) {
            cells.add(RawCell.EMPTY);
          }
          cells.add(cell);
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return new RawRow(number, cells);
  }

  /** The 0-based column of a cell reference such as {@code AB12}. */
  private static int column(String ref) throws Unusual {
    if (ref == null) {
      throw new Unusual("cell without r");
    }
    int column = 0;
    int i = 0;
    for (; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        column = column * 26 + (c - 'A' + 1);
      } else {
        break;
      }
    }
    if (i == 0 || i == ref.length() || column > 16384) {
      throw new Unusual("cell reference " + ref);
    }
    for (int j = i; j < ref.length(); j++) {
      if (ref.charAt(j) < '0' || ref.charAt(j) > '9') {
        throw new Unusual("cell reference " + ref);
      }
    }
    return column - 1;
  }

  /** Reads one {@code c} element to its end. */
  private RawCell cell() throws XMLStreamException, Unusual {
    String type = xml.getAttributeValue(null, "t");
    String style = xml.getAttributeValue(null, "s");
    content.setLength(0);
    boolean value = false;
    boolean formula = false;
    boolean text = false;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          String name = xml.getLocalName();
          boolean main = MAIN.equals(xml.getNamespaceURI());
          text = main && (name.equals("v") || name.equals("t"));
          value |= text;
          formula |= main && name.equals("f");
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          text = false;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (text) {
            content.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          }
        }
        default -> {}
      }
    }
    if (!value) {
      if (formula) {
        throw new Unusual("formula without a cached value");
      }
      return RawCell.EMPTY;
    }
    String v = content.toString();
    if (type == null || type.equals("n")) {
      return number(v, style);
    }
    return switch (type) {
      case "s" -> RawCell.text(shared(v));
      case "inlineStr" -> RawCell.text(decode(v));
      case "str" -> RawCell.text(v);
      case "b" ->
          switch (v.trim()) {
            case "1" -> RawCell.text("TRUE");
            case "0" -> RawCell.text("FALSE");
            default -> throw new Unusual("boolean " + v);
          };
      case "e" -> RawCell.text("#ERROR");
      default -> throw new Unusual("cell type " + type);
    };
  }

  private RawCell number(String v, String style) throws Unusual {
    if (v.isBlank()) {
      throw new Unusual("empty number");
    }
    double d = Double.parseDouble(v.trim());
    if (!Double.isFinite(d)) {
      // NaN, Infinity, or a number beyond a double (1e400): its own text, refused as a number by
      // the row rules (JP_FORMAT...), not as a broken file.
      return RawCell.number(v.trim());
    }
    if (DateUtil.isValidExcelDate(d) && isDateStyle(style)) {
      return RawCell.date(DateUtil.getLocalDateTime(d, date1904).toLocalDate());
    }
    return RawCell.number(XlsxWorkbook.numberText(d));
  }

  /** Whether the cell style (index 0 when absent) has a date format, as DateUtil decides. */
  private boolean isDateStyle(String style) {
    if (styles == null) {
      return false;
    }
    int index;
    try {
      index = style == null ? 0 : Integer.parseInt(style);
    } catch (NumberFormatException e) {
      return false;
    }
    if (index < 0) {
      return false;
    }
    if (index >= dateStyle.length) {
      dateStyle = java.util.Arrays.copyOf(dateStyle, Math.max(index + 1, dateStyle.length * 2));
    }
    if (dateStyle[index] == 0) {
      XSSFCellStyle s = styles.getStyleAt(index);
      boolean date =
          s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
      dateStyle[index] = (byte) (date ? 1 : 2);
    }
    return dateStyle[index] == 1;
  }

  private String shared(String v) throws Unusual {
    if (sst == null) {
      throw new Unusual("shared string without a table");
    }
    int index = Integer.parseInt(v.trim());
    if (index >= 0 && index < sstCache.length) {
      String s = sstCache[index];
      if (s == null) {
        s = sst.getItemAt(index).getString();
        sstCache[index] = s;
      }
      return s;
    }
    return sst.getItemAt(index).getString();
  }

  /** An inline string as the rich-text object decodes it ({@code _xHHHH_} escapes). */
  private static String decode(String v) {
    return v.contains("_x") ? new XSSFRichTextString(v).getString() : v;
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // Read only.
    }
    try {
      in.close();
    } catch (java.io.IOException e) {
      // Read only.
    }
  }
}
