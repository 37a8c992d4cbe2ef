package id.go.lan.bangkom.ingestion;

import static id.go.lan.bangkom.ingestion.RejectReason.JP_FORMAT;
import static id.go.lan.bangkom.ingestion.RejectReason.JP_TIDAK_WAJAR;
import static id.go.lan.bangkom.ingestion.RejectReason.KOLOM_WAJIB_KOSONG;
import static id.go.lan.bangkom.ingestion.RejectReason.NILAI_TIDAK_DIKENAL;
import static id.go.lan.bangkom.ingestion.RejectReason.NIP_FORMAT;
import static id.go.lan.bangkom.ingestion.RejectReason.NIP_JENIS_KELAMIN;
import static id.go.lan.bangkom.ingestion.RejectReason.NIP_TANGGAL_LAHIR;
import static id.go.lan.bangkom.ingestion.RejectReason.TANGGAL_FORMAT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The cells of one file's rows by column, read as the lake's values (NIP, enumerations, dates,
 * text), each reading adding its faults. Keeps the dates the current row's checks read, so the
 * duplicate-row key does not parse them again.
 */
final class RowCells {
  static final int TAHUN_LAHIR_MINIMUM = 1940;
  static final int USIA_MINIMUM = 17;

  private final Rules rules;
  private final int[] byColumn = new int[Column.values().length];

  /** The dates of the current row as {@link #date} read them (null: blank or unreadable). */
  private final LocalDate[] dates = new LocalDate[Column.values().length];

  private final boolean[] dateRead = new boolean[Column.values().length];

  /**
   * @param index for each column of the dataset, its position in the record or -1
   */
  RowCells(Dataset dataset, int[] index, Rules rules) {
    this.rules = rules;
    java.util.Arrays.fill(byColumn, -1);
    List<Column> columns = dataset.columns();
    for (int c = 0; c < columns.size(); c++) {
      byColumn[columns.get(c).ordinal()] = index[c];
    }
  }

  /** Forgets the dates of the previous row. */
  void startRow() {
    java.util.Arrays.fill(dateRead, false);
  }

  RawCell cell(RawRow row, Column column) {
    int at = byColumn[column.ordinal()];
    return at < 0 ? RawCell.EMPTY : row.cell(at);
  }

  /** Whether {@link #date} read {@code column} of the current row. */
  boolean dateRead(Column column) {
    return dateRead[column.ordinal()];
  }

  /** The date {@link #date} read from {@code column} of the current row (null: unreadable). */
  LocalDate dateOf(Column column) {
    return dates[column.ordinal()];
  }

  /** The cleaned NIP when it has 18 digits (further NIP faults are added), else null. */
  String nip(RawRow row, List<Fault> faults) {
    RawCell c = cell(row, Column.NIP);
    if (c.isBlank()) {
      return null;
    }
    if (c.kind() == RawCell.Kind.NUMBER || Values.isScientific(c.text())) {
      faults.add(Fault.variant(NIP_FORMAT, "angka", Column.NIP.id(), c.trimmed()));
      return null;
    }
    String nip = Values.cleanNip(c.text());
    if (!Values.is18Digits(nip)) {
      faults.add(
          Fault.of(NIP_FORMAT, Column.NIP.id(), c.trimmed(), Integer.toString(nip.length())));
      return null;
    }
    if (!validBirthDate(nip.substring(0, 8))) {
      faults.add(
          Fault.of(
              NIP_TANGGAL_LAHIR,
              Column.NIP.id(),
              c.trimmed(),
              nip.substring(0, 8),
              Integer.toString(TAHUN_LAHIR_MINIMUM),
              Integer.toString(rules.periode().tahun() - USIA_MINIMUM)));
    }
    char gender = nip.charAt(14);
    if (gender != '1' && gender != '2') {
      faults.add(Fault.of(NIP_JENIS_KELAMIN, Column.NIP.id(), c.trimmed(), String.valueOf(gender)));
    }
    return nip;
  }

  private boolean validBirthDate(String yyyymmdd) {
    int year = Integer.parseInt(yyyymmdd.substring(0, 4));
    if (year < TAHUN_LAHIR_MINIMUM || year > rules.periode().tahun() - USIA_MINIMUM) {
      return false;
    }
    try {
      LocalDate.of(
          year,
          Integer.parseInt(yyyymmdd.substring(4, 6)),
          Integer.parseInt(yyyymmdd.substring(6)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  String enumeration(RawRow row, Column column, List<String> allowed, List<Fault> faults) {
    RawCell c = cell(row, column);
    if (c.isBlank()) {
      return null;
    }
    String v = Values.enumValue(c.text());
    if (allowed.contains(v)) {
      return v;
    }
    faults.add(Fault.of(NILAI_TIDAK_DIKENAL, column.id(), c.trimmed(), String.join(", ", allowed)));
    return null;
  }

  LocalDate date(RawRow row, Column column, List<Fault> faults) {
    RawCell c = cell(row, column);
    if (c.isBlank()) {
      return null;
    }
    Optional<LocalDate> d = Values.date(c);
    dateRead[column.ordinal()] = true;
    dates[column.ordinal()] = d.orElse(null);
    if (d.isEmpty()) {
      faults.add(Fault.of(TANGGAL_FORMAT, column.id(), c.trimmed()));
      return null;
    }
    return d.get();
  }

  String text(RawRow row, Column column) {
    String s = cell(row, column).trimmed();
    return s.isEmpty() ? null : s;
  }

  /** The JP of a bangkom row, from jp or else durasi_menit; null with a fault when unusable. */
  BigDecimal jp(RawRow row, List<Fault> faults) {
    RawCell jpCell = cell(row, Column.JP);
    RawCell durasi = cell(row, Column.DURASI_MENIT);
    Column source;
    BigDecimal jp;
    if (!jpCell.isBlank()) {
      source = Column.JP;
      Optional<BigDecimal> v = Values.decimal(jpCell);
      if (v.isEmpty()) {
        faults.add(Fault.of(JP_FORMAT, Column.JP.id(), jpCell.trimmed()));
        return null;
      }
      jp = v.get().setScale(2, RoundingMode.HALF_UP);
    } else if (!durasi.isBlank()) {
      source = Column.DURASI_MENIT;
      Optional<BigDecimal> v = Values.decimal(durasi);
      if (v.isEmpty()) {
        faults.add(Fault.of(JP_FORMAT, Column.DURASI_MENIT.id(), durasi.trimmed()));
        return null;
      }
      jp = v.get().divide(BigDecimal.valueOf(rules.menitPerJp()), 2, RoundingMode.HALF_UP);
    } else {
      faults.add(Fault.variant(KOLOM_WAJIB_KOSONG, "jp", Column.JP.id(), ""));
      return null;
    }
    if (jp.signum() <= 0 || jp.compareTo(rules.jpMaksimum()) > 0) {
      RawCell raw = source == Column.JP ? jpCell : durasi;
      faults.add(
          Fault.of(
              JP_TIDAK_WAJAR,
              source.id(),
              raw.trimmed(),
              jp.toPlainString(),
              rules.jpMaksimum().toPlainString()));
      return null;
    }
    return jp;
  }

  static String tanggal(LocalDate date) {
    return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }
}
