package id.go.lan.bangkom.ingestion;

import com.github.pjfanning.xlsx.StreamingReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * An XLSX file read with the streaming reader (bounded memory). POI's zip-bomb guard and every
 * other library failure become a whole-file refusal ({@link RejectReason#BERKAS_RUSAK}).
 */
final class XlsxWorkbook implements AutoCloseable {
  private final Workbook workbook;
  private final String berkas;

  private XlsxWorkbook(Workbook workbook, String berkas) {
    this.workbook = workbook;
    this.berkas = berkas;
  }

  static XlsxWorkbook open(Path file, String berkas) throws FileRefusedException {
    try {
      Workbook wb =
          StreamingReader.builder().rowCacheSize(200).bufferSize(1 << 14).open(file.toFile());
      return new XlsxWorkbook(wb, berkas);
    } catch (Exception | LinkageError e) {
      throw FileRefusedException.broken(berkas, e);
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
    try {
      Sheet sheet = workbook.getSheet(sheetName);
      return new SheetSource(sheet.rowIterator(), sheetBerkas);
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
        double d = cell.getNumericCellValue();
        return RawCell.number(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
      case BOOLEAN:
        return RawCell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
      case ERROR:
        return RawCell.text("#ERROR");
      default:
        return RawCell.EMPTY;
    }
  }

  private static final class SheetSource implements RowSource {
    private final Iterator<Row> rows;
    private final String berkas;

    SheetSource(Iterator<Row> rows, String berkas) {
      this.rows = rows;
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

    @Override
    public void close() {}
  }
}
