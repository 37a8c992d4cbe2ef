package id.go.lan.bangkom.samples.generator;

import java.util.SplittableRandom;

/** How one instansi writes one submission: container, encoding, separators, dates, headers. */
final class Format {
  enum Container {
    CSV,
    JSON,
    XLSX,
    XLSX_BOOK
  }

  static final int DATE_ISO = 0;
  static final int DATE_DMY_DASH = 1;
  static final int DATE_DMY_SLASH = 2;
  static final int DATE_DM_SHORT = 3;
  static final int DATE_NAMED = 4;
  static final int DATE_NAMED_SHORT = 5;
  static final int DATE_DMY_DOT = 6;

  static final int UTF8 = 0;
  static final int UTF8_BOM = 1;
  static final int CP1252 = 2;

  Container container = Container.CSV;
  char separator = ',';
  int charset = UTF8;
  boolean decimalComma;
  String lineEnd = "\r\n";
  int[] dateStyles = {DATE_ISO};
  double dateCells;
  int headerStyle;
  double nipSpaced;
  boolean nipApostrophe;
  double jenisDiklatName;
  boolean jalurColumn = true;
  double durasi;
  double jpText;
  boolean reorder;
  boolean titleCaseEnums;
  boolean jsonIntegerNip;

  boolean spreadsheet() {
    return container == Container.XLSX || container == Container.XLSX_BOOK;
  }

  boolean textOnly() {
    return container == Container.CSV;
  }

  String extension() {
    return switch (container) {
      case CSV -> "csv";
      case JSON -> "json";
      default -> "xlsx";
    };
  }

  String describe() {
    StringBuilder b = new StringBuilder(container.name());
    if (container == Container.CSV) {
      b.append(" sep=").append(separator == '\t' ? "TAB" : String.valueOf(separator));
      b.append(charset == UTF8 ? " UTF-8" : charset == UTF8_BOM ? " UTF-8+BOM" : " Windows-1252");
      if (decimalComma) {
        b.append(" desimal=,");
      }
    }
    b.append(" header=").append(Headers.STYLE_NAMES[headerStyle]);
    return b.toString();
  }

  /**
   * A format for an instansi of {@code persons} people. Large instansi export CSV (as real HR
   * systems do); workbooks are for small ones since a workbook's sheets are assembled in memory.
   */
  static Format random(SplittableRandom r, int persons) {
    Format f = new Format();
    double x = r.nextDouble();
    if (persons <= 1500 && x < 0.07) {
      f.container = Container.XLSX_BOOK;
    } else if (persons <= 12000 && x < 0.16) {
      f.container = Container.XLSX;
    } else if (x < 0.28) {
      f.container = Container.JSON;
    } else {
      f.container = Container.CSV;
    }
    if (r.nextDouble() < 0.45) {
      f.separator = ';';
      f.decimalComma = r.nextDouble() < 0.7;
    } else if (r.nextDouble() < 0.05) {
      f.separator = '\t';
    }
    double c = r.nextDouble();
    f.charset = c < 0.6 ? UTF8 : c < 0.85 ? UTF8_BOM : CP1252;
    f.lineEnd = r.nextBoolean() ? "\r\n" : "\n";
    int[][] styles = {
      {DATE_ISO},
      {DATE_DMY_DASH},
      {DATE_DMY_SLASH},
      {DATE_DMY_SLASH, DATE_DM_SHORT},
      {DATE_ISO, DATE_ISO, DATE_NAMED},
      {DATE_NAMED},
      {DATE_NAMED_SHORT, DATE_DMY_SLASH},
      {DATE_DMY_DOT}
    };
    f.dateStyles = styles[Rng.pick(r, Rng.cumulative(30, 15, 20, 8, 10, 6, 4, 3))];
    f.dateCells = f.spreadsheet() ? (r.nextBoolean() ? 1.0 : 0.6) : 0;
    f.headerStyle = Rng.pick(r, Rng.cumulative(35, 20, 12, 10, 10, 13));
    f.nipSpaced = r.nextDouble() < 0.25 ? 0.1 + 0.3 * r.nextDouble() : 0;
    f.nipApostrophe = f.container == Container.CSV && r.nextDouble() < 0.08;
    f.jenisDiklatName = r.nextDouble() < 0.3 ? 0.05 + 0.2 * r.nextDouble() : 0;
    f.jalurColumn = r.nextDouble() < 0.7;
    f.durasi = r.nextDouble() < 0.15 ? 0.2 + 0.5 * r.nextDouble() : 0;
    f.jpText = f.container == Container.CSV ? 0 : r.nextDouble() < 0.2 ? 0.3 : 0;
    f.reorder = r.nextDouble() < 0.2;
    f.titleCaseEnums = r.nextDouble() < 0.15;
    f.jsonIntegerNip = f.container == Container.JSON && r.nextDouble() < 0.2;
    return f;
  }
}
