package id.go.lan.bangkom.ingestion;

import static id.go.lan.bangkom.ingestion.RejectReason.JP_FORMAT;
import static id.go.lan.bangkom.ingestion.RejectReason.JP_TIDAK_WAJAR;
import static id.go.lan.bangkom.ingestion.RejectReason.KOLOM_WAJIB_KOSONG;
import static id.go.lan.bangkom.ingestion.RejectReason.NILAI_TIDAK_DIKENAL;
import static id.go.lan.bangkom.ingestion.RejectReason.NIP_FORMAT;
import static id.go.lan.bangkom.ingestion.RejectReason.NIP_GANDA;
import static id.go.lan.bangkom.ingestion.RejectReason.NIP_JENIS_KELAMIN;
import static id.go.lan.bangkom.ingestion.RejectReason.NIP_TANGGAL_LAHIR;
import static id.go.lan.bangkom.ingestion.RejectReason.NIP_TIDAK_TERDAFTAR;
import static id.go.lan.bangkom.ingestion.RejectReason.TANGGAL_DI_LUAR_PERIODE;
import static id.go.lan.bangkom.ingestion.RejectReason.TANGGAL_FORMAT;
import static id.go.lan.bangkom.ingestion.RejectReason.TANGGAL_URUTAN;

import id.go.lan.bangkom.core.BangkomConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Checks the rows of one file of one dataset (SPEC §5). Every fault of a row is reported, one
 * {@link Fault} per reason and column. Holds the per-file state for {@code NIP_GANDA} and {@code
 * BARIS_GANDA}.
 */
final class RowValidator {
  static final List<String> JENIS_JABATAN =
      List.of("JPT", "ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL", "PELAKSANA");
  static final List<String> STATUS =
      List.of("AKTIF", "CLTN", "TUGAS_BELAJAR", "PENSIUN", "BERHENTI", "MUTASI_KELUAR");
  private static final int TAHUN_LAHIR_MINIMUM = 1940;
  private static final int USIA_MINIMUM = 17;
  private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

  /** A row checked: its lake values (after lineage) when accepted, else its faults. */
  record Result(Object[] values, List<Fault> faults) {
    boolean accepted() {
      return faults.isEmpty();
    }
  }

  private final Dataset dataset;
  private final int[] index;
  private final Rules rules;
  private final Set<String> roster;
  private final RowNumberMap nipSeen = new RowNumberMap();
  private final RowNumberMap rowsSeen = new RowNumberMap();

  /** The dates of the current row as {@link #date} read them (null: blank or unreadable). */
  private final LocalDate[] dates = new LocalDate[Column.values().length];

  private final boolean[] dateRead = new boolean[Column.values().length];
  private final int[] byColumn = new int[Column.values().length];
  private final List<Fault> faults = new ArrayList<>();
  private final RowHash hash = new RowHash();

  /**
   * @param index for each column of the dataset, its position in the record or -1
   * @param roster NIPs of the roster in force (bangkom only); null when there is none
   */
  RowValidator(Dataset dataset, int[] index, Rules rules, Set<String> roster) {
    this.dataset = dataset;
    this.index = index;
    this.rules = rules;
    this.roster = roster;
    java.util.Arrays.fill(byColumn, -1);
    List<Column> columns = dataset.columns();
    for (int c = 0; c < columns.size(); c++) {
      byColumn[columns.get(c).ordinal()] = index[c];
    }
  }

  RawCell cell(RawRow row, Column column) {
    int at = byColumn[column.ordinal()];
    return at < 0 ? RawCell.EMPTY : row.cell(at);
  }

  Result check(RawRow row) {
    faults.clear();
    java.util.Arrays.fill(dateRead, false);
    faults.addAll(row.faults());
    if (controlCharacters(row, faults)) {
      // The other rules would quote the value with its invisible characters; this fault shows
      // them and is the one to fix first.
      return new Result(null, List.copyOf(faults));
    }
    for (Column required : dataset.required()) {
      if (cell(row, required).isBlank()) {
        faults.add(Fault.of(KOLOM_WAJIB_KOSONG, required.id(), ""));
      }
    }
    Object[] values =
        switch (dataset) {
          case PEGAWAI -> pegawai(row, faults);
          case BANGKOM -> bangkom(row, faults);
          case TRAINING_RATE -> trainingRate(row, faults);
        };
    long earlier = key(row);
    if (earlier >= 0) {
      faults.add(Fault.of(RejectReason.BARIS_GANDA, null, null, Long.toString(earlier)));
    }
    return faults.isEmpty() ? new Result(values, List.of()) : new Result(null, List.copyOf(faults));
  }

  /**
   * Adds a {@code KARAKTER_TIDAK_SAH} fault for each column of the dataset whose value holds a
   * control character; true when there was one.
   */
  private boolean controlCharacters(RawRow row, List<Fault> faults) {
    boolean any = false;
    for (Column column : dataset.columns()) {
      String text = cell(row, column).text();
      int at = firstControl(text);
      if (at >= 0) {
        any = true;
        faults.add(
            Fault.of(
                RejectReason.KARAKTER_TIDAK_SAH,
                column.id(),
                visible(text),
                codePoint(text.charAt(at))));
      }
    }
    return any;
  }

  /**
   * Whether {@code c} is a control character no value may hold: C0 controls but tab, line feed and
   * carriage return (a quoted CSV field may hold a line break), DEL, and the C1 controls U+0080 to
   * U+009F (what Windows-1252 bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D decode to).
   */
  static boolean isControl(char c) {
    return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
  }

  /** The index of the first {@link #isControl} character of {@code text}, or -1. */
  static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** {@code text} with each control character shown as {@code [U+XXXX]}, so none is stored. */
  static String visible(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        b.append('[').append(codePoint(c)).append(']');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String codePoint(char c) {
    return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
  }

  private Object[] pegawai(RawRow row, List<Fault> faults) {
    String nip = nip(row, faults);
    if (nip != null) {
      // 18 digits: the NIP is its own 64-bit key.
      long first = nipSeen.putIfAbsent(Long.parseLong(nip), 0, row.nomorBaris());
      if (first >= 0) {
        faults.add(Fault.of(NIP_GANDA, Column.NIP.id(), nip, Long.toString(first)));
      }
    }
    String jenisPegawai =
        enumeration(row, Column.JENIS_PEGAWAI, BangkomConfig.JENIS_PEGAWAI, faults);
    String jenisJabatan = enumeration(row, Column.JENIS_JABATAN, JENIS_JABATAN, faults);
    String status = enumeration(row, Column.STATUS, STATUS, faults);
    LocalDate tmt = date(row, Column.TMT_ASN, faults);
    if (tmt != null && tmt.isAfter(rules.akhirPeriode())) {
      faults.add(
          Fault.variant(
              TANGGAL_DI_LUAR_PERIODE,
              "setelah",
              Column.TMT_ASN.id(),
              cell(row, Column.TMT_ASN).text(),
              tanggal(rules.akhirPeriode()),
              rules.periode().id()));
    }
    return new Object[] {
      nip,
      text(row, Column.NAMA),
      jenisPegawai,
      jenisJabatan,
      text(row, Column.JABATAN),
      text(row, Column.UNIT_KERJA),
      text(row, Column.GOLONGAN),
      tmt,
      status
    };
  }

  private Object[] bangkom(RawRow row, List<Fault> faults) {
    String nip = nip(row, faults);
    if (nip != null && (roster == null || !roster.contains(nip))) {
      faults.add(
          Fault.variant(
              NIP_TIDAK_TERDAFTAR,
              roster == null ? "tanpa_daftar" : null,
              Column.NIP.id(),
              cell(row, Column.NIP).trimmed(),
              rules.periode().id()));
    }
    Integer jenisDiklat = null;
    RawCell jd = cell(row, Column.JENIS_DIKLAT);
    if (!jd.isBlank()) {
      OptionalInt code = JenisDiklat.parse(jd.text());
      if (code.isPresent()) {
        jenisDiklat = code.getAsInt();
      } else {
        faults.add(
            Fault.variant(
                NILAI_TIDAK_DIKENAL, "jenis_diklat", Column.JENIS_DIKLAT.id(), jd.trimmed()));
      }
    }
    String jalur = null;
    RawCell j = cell(row, Column.JALUR);
    if (!j.isBlank()) {
      jalur = JenisDiklat.jalurOf(j.text());
      if (jalur == null) {
        faults.add(
            Fault.of(
                NILAI_TIDAK_DIKENAL,
                Column.JALUR.id(),
                j.trimmed(),
                String.join(", ", List.of("KLASIKAL", "NONKLASIKAL"))));
      }
    } else if (jenisDiklat != null) {
      jalur = JenisDiklat.jalur(jenisDiklat);
    }
    LocalDate mulai = date(row, Column.TANGGAL_MULAI, faults);
    LocalDate selesai = date(row, Column.TANGGAL_SELESAI, faults);
    if (mulai != null && selesai != null && selesai.isBefore(mulai)) {
      faults.add(
          Fault.of(
              TANGGAL_URUTAN,
              Column.TANGGAL_SELESAI.id(),
              cell(row, Column.TANGGAL_SELESAI).text(),
              cell(row, Column.TANGGAL_MULAI).text()));
    }
    if (selesai != null) {
      LocalDate earliest = LocalDate.of(rules.periode().tahun() - 1, 1, 1);
      if (selesai.isAfter(rules.akhirPeriode())) {
        faults.add(
            Fault.variant(
                TANGGAL_DI_LUAR_PERIODE,
                "setelah",
                Column.TANGGAL_SELESAI.id(),
                cell(row, Column.TANGGAL_SELESAI).text(),
                tanggal(rules.akhirPeriode()),
                rules.periode().id()));
      } else if (selesai.isBefore(earliest)) {
        faults.add(
            Fault.variant(
                TANGGAL_DI_LUAR_PERIODE,
                "sebelum",
                Column.TANGGAL_SELESAI.id(),
                cell(row, Column.TANGGAL_SELESAI).text(),
                tanggal(earliest)));
      }
    }
    BigDecimal jp = jp(row, faults);
    return new Object[] {
      nip,
      text(row, Column.NAMA_KEGIATAN),
      jenisDiklat,
      jalur,
      mulai,
      selesai,
      jp,
      text(row, Column.PENYELENGGARA),
      text(row, Column.NOMOR_SERTIFIKAT)
    };
  }

  private BigDecimal jp(RawRow row, List<Fault> faults) {
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

  private Object[] trainingRate(RawRow row, List<Fault> faults) {
    String instrumen = null;
    RawCell i = cell(row, Column.INSTRUMEN);
    if (!i.isBlank()) {
      String v = Values.enumValue(i.text());
      if (v.equals("MONITORING_EVALUASI")
          || v.equals("MONITORING_DAN_EVALUASI")
          || v.equals("MONITORING_EVALUASI_(MONEV)")) {
        v = "MONEV";
      }
      if (rules.instrumen().namaInstrumen().contains(v)) {
        instrumen = v;
      } else {
        faults.add(
            Fault.of(
                NILAI_TIDAK_DIKENAL,
                Column.INSTRUMEN.id(),
                i.trimmed(),
                String.join(", ", rules.instrumen().namaInstrumen())));
      }
    }
    String indikator = null;
    RawCell k = cell(row, Column.INDIKATOR);
    if (!k.isBlank()) {
      String v = Headers.normalize(k.text()).toUpperCase(java.util.Locale.ROOT);
      String dilaporkan = String.join(", ", rules.instrumen().indikatorDilaporkan());
      java.util.Optional<String> milik = rules.instrumen().instrumenOf(v);
      if (rules.instrumen().dihitung().contains(v)) {
        faults.add(
            Fault.variant(
                NILAI_TIDAK_DIKENAL, "pl1", Column.INDIKATOR.id(), k.trimmed(), dilaporkan));
      } else if (milik.isEmpty()) {
        faults.add(
            Fault.variant(
                NILAI_TIDAK_DIKENAL, "indikator", Column.INDIKATOR.id(), k.trimmed(), dilaporkan));
      } else if (instrumen != null && !milik.get().equals(instrumen)) {
        faults.add(
            Fault.variant(
                NILAI_TIDAK_DIKENAL,
                "instrumen_indikator",
                Column.INDIKATOR.id(),
                k.trimmed(),
                milik.get(),
                instrumen));
      } else {
        indikator = v;
      }
    }
    BigDecimal nilai = null;
    RawCell n = cell(row, Column.NILAI);
    if (!n.isBlank()) {
      Optional<BigDecimal> v = Values.decimal(n);
      if (v.isEmpty()) {
        faults.add(Fault.variant(NILAI_TIDAK_DIKENAL, "angka", Column.NILAI.id(), n.trimmed()));
      } else if (v.get().signum() < 0 || v.get().compareTo(SERATUS) > 0) {
        faults.add(Fault.variant(NILAI_TIDAK_DIKENAL, "rentang", Column.NILAI.id(), n.trimmed()));
      } else {
        nilai = v.get().setScale(2, RoundingMode.HALF_UP);
      }
    }
    return new Object[] {instrumen, indikator, nilai, text(row, Column.BUKTI)};
  }

  /** The cleaned NIP when it has 18 digits (further NIP faults are added), else null. */
  private String nip(RawRow row, List<Fault> faults) {
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

  private String enumeration(RawRow row, Column column, List<String> allowed, List<Fault> faults) {
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

  private LocalDate date(RawRow row, Column column, List<Fault> faults) {
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

  private String text(RawRow row, Column column) {
    String s = cell(row, column).trimmed();
    return s.isEmpty() ? null : s;
  }

  private static String tanggal(LocalDate date) {
    return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /**
   * The row's values after normalisation, hashed to 128 bits (two independent 64-bit hashes, so a
   * false match within one file is out of reach): equal keys mean identical rows. Records the row.
   *
   * @return the number of an earlier identical row, or -1
   */
  private long key(RawRow row) {
    RowHash h = hash;
    h.reset();
    for (Column column : dataset.columns()) {
      normalized(h, cell(row, column), column);
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
            dateRead[column.ordinal()] ? dates[column.ordinal()] : Values.date(c).orElse(null);
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
