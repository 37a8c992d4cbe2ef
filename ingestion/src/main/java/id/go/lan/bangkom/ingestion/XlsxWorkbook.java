package id.go.lan.bangkom.ingestion;

import com.github.pjfanning.xlsx.StreamingReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;

/**
 * An XLSX file read with the streaming reader (bounded memory). POI's zip-bomb guard and every
 * other library failure become a whole-file refusal ({@link RejectReason#BERKAS_RUSAK}).
 *
 * <p>Rows are read by {@link SheetXmlReader} straight from the sheet's XML (the same package,
 * shared strings and styles the streaming reader uses) while the sheet has the usual shape; from
 * the first row it does not take, the streaming reader reads the rest of the sheet, so an unusual
 * or broken sheet gives the same values and the same refusal as before.
 */
final class XlsxWorkbook implements AutoCloseable {
  private final Workbook workbook;
  private final String berkas;
  private final Path file;
  private OPCPackage pkg;
  private XSSFReader reader;
  private SharedStrings sharedStrings;
  private StylesTable styles;

  private XlsxWorkbook(Workbook workbook, String berkas, Path file) {
    this.workbook = workbook;
    this.berkas = berkas;
    this.file = file;
  }

  static XlsxWorkbook open(Path file, String berkas) throws FileRefusedException {
    try {
      Workbook wb =
          StreamingReader.builder().rowCacheSize(200).bufferSize(1 << 14).open(file.toFile());
      return new XlsxWorkbook(wb, berkas, file);
    } catch (Exception | LinkageError e) {
      throw FileRefusedException.broken(berkas, e);
    }
  }

  /** The fast reader of a sheet, or null when the package does not give one (then: streaming). */
  private SheetXmlReader fastRows(String sheetName) {
    java.io.InputStream sheet = null;
    try {
      if (reader == null) {
        pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        reader = new XSSFReader(pkg);
        // As the streaming reader: POI's read-only table, phonetic runs left out.
        List<org.apache.poi.openxml4j.opc.PackagePart> parts =
            pkg.getPartsByContentType(
                org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType());
        sharedStrings =
            parts.isEmpty() ? null : new ReadOnlySharedStringsTable(parts.get(0), false);
        styles = reader.getStylesTable();
      }
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        java.io.InputStream s = sheets.next();
        if (sheet == null && sheets.getSheetName().equals(sheetName)) {
          sheet = s;
        } else {
          s.close();
        }
      }
      if (sheet == null) {
        return null;
      }
      boolean date1904 = workbook instanceof Date1904Support d && d.isDate1904();
      return new SheetXmlReader(sheet, sharedStrings, styles, date1904);
    } catch (Exception | LinkageError e) {
      if (sheet != null) {
        try {
          sheet.close();
        } catch (java.io.IOException ignored) {
          // Read only.
        }
      }
      return null;
    }
  }

  List<String> sheetNames() throws FileRefusedException {
    try {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        names.add(workbook.getSheetName(i));
      }
      return names;
    } catch (RuntimeException e) {
      throw FileRefusedException.broken(berkas, e);
    }
  }

  /** The sheet with this name, compared like a dataset name. */
  Optional<String> findSheet(Dataset dataset) throws FileRefusedException {
    for (String name : sheetNames()) {
      if (Dataset.fromName(name).orElse(null) == dataset) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  RowSource rows(String sheetName, String sheetBerkas) throws FileRefusedException {
    SheetXmlReader fast = fastRows(sheetName);
    if (fast != null) {
      return new SheetSource(fast, null, sheetName, sheetBerkas);
    }
    return new SheetSource(null, streamingRows(sheetName, sheetBerkas), sheetName, sheetBerkas);
  }

  /** The rows of a sheet through the streaming reader only (the reference for the fast reader). */
  RowSource streamingRowsOnly(String sheetName, String sheetBerkas) throws FileRefusedException {
    return new SheetSource(null, streamingRows(sheetName, sheetBerkas), sheetName, sheetBerkas);
  }

  private Iterator<Row> streamingRows(String sheetName, String sheetBerkas)
      throws FileRefusedException {
    try {
      Sheet sheet = workbook.getSheet(sheetName);
      return sheet.rowIterator();
    } catch (RuntimeException e) {
      throw FileRefusedException.broken(sheetBerkas, e);
    }
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (Exception e) {
      // Read only: nothing to save.
    }
    if (pkg != null) {
      pkg.revert();
    }
  }

  /**
   * A numeric cell's value as text: its shortest decimal form, no exponent; {@code NaN} or {@code
   * Infinity} for a value that is no finite number (BigDecimal refuses those, in English).
   */
  static String numberText(double d) {
    if (!Double.isFinite(d)) {
      return Double.toString(d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  static RawCell convert(Cell cell) {
    if (cell == null) {
      return RawCell.EMPTY;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        return RawCell.text(cell.getStringCellValue());
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return RawCell.date(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return RawCell.number(numberText(cell.getNumericCellValue()));
      case BOOLEAN:
        return RawCell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
      case ERROR:
        return RawCell.text("#ERROR");
      default:
        return RawCell.EMPTY;
    }
  }

  final class SheetSource implements RowSource {
    private SheetXmlReader fast;
    private Iterator<Row> rows;
    private final String sheetName;
    private final String berkas;
    private long fastRows;

    SheetSource(SheetXmlReader fast, Iterator<Row> rows, String sheetName, String berkas) {
      this.fast = fast;
      this.rows = rows;
      this.sheetName = sheetName;
      this.berkas = berkas;
    }

    @Override
    public List<String> header() throws FileRefusedException {
      RawRow row;
      while ((row = next()) != null) {
        if (!row.isBlank()) {
          List<String> header = new ArrayList<>();
          for (RawCell c : row.cells()) {
            header.add(c.text());
          }
          return header;
        }
      }
      return List.of();
    }

    @Override
    public RawRow next() throws FileRefusedException {
      if (fast != null) {
        try {
          RawRow row = fast.next();
          if (row != null) {
            fastRows++;
          }
          return row;
        } catch (SheetXmlReader.Unusual e) {
          // The streaming reader takes over from this row: skip the rows already given.
          fast.close();
          fast = null;
          rows = streamingRows(sheetName, berkas);
          try {
            for (long i = 0; i < fastRows && rows.hasNext(); i++) {
              rows.next();
            }
          } catch (RuntimeException broken) {
            throw FileRefusedException.broken(berkas, broken);
          }
        }
      }
      try {
        if (!rows.hasNext()) {
          return null;
        }
        Row row = rows.next();
        List<RawCell> cells = new ArrayList<>();
        for (Cell cell : row) {
          int index = cell.getColumnIndex();
          while (cells.size() < index) {
            cells.add(RawCell.EMPTY);
          }
          cells.add(convert(cell));
        }
        return new RawRow(row.getRowNum() + 1L, cells);
      } catch (RuntimeException e) {
        throw FileRefusedException.broken(berkas, e);
      }
    }

    /** Whether every row so far came from the fast reader. */
    boolean fast() {
      return fast != null;
    }

    @Override
    public void close() {
      if (fast != null) {
        fast.close();
      }
    }
  }
}
