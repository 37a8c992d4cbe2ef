package id.go.lan.bangkom.samples.generator;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The files of one submission (instansi, period): renders model rows in the instansi's format,
 * inserts fault rows (one fault each) at rate {@code galat}, and adds the broken files planned.
 */
final class SubmissionWriter implements Closeable {
  /** What one file received, for the manifest. */
  record FileStats(String berkas, String dataset, long rows, int[] faults, boolean refusedWhole) {}

  /** A file refused whole, for the manifest. */
  record BrokenFile(String berkas, String kodeAlasan) {}

  private final Nation nation;
  private final InstansiPlan plan;
  private final int year;
  private final int k;
  private final Format f;
  private final SplittableRandom r;
  private final double galat;
  private final Path folder;
  private final Path workbook;
  private final String periode;
  private final TableWriter pegawai;
  private final TableWriter bangkom;
  private final TableWriter trainingRate;
  private final int[] pegawaiFaults = new int[Faults.CODES.length];
  private final int[] bangkomFaults = new int[Faults.CODES.length];
  private final int[] trainingRateFaults = new int[Faults.CODES.length];
  private final Row pRow = new Row(Headers.PEGAWAI.length);
  private final Row pFault = new Row(Headers.PEGAWAI.length);
  private final Row bRow = new Row(Headers.BANGKOM.length);
  private final Row bFault = new Row(Headers.BANGKOM.length);
  private final Row tRow = new Row(Headers.TRAINING_RATE.length);
  private final Map<Long, String> dates = new HashMap<>();
  private final List<BrokenFile> brokenFiles = new ArrayList<>();
  private final List<FileStats> files = new ArrayList<>();
  private final boolean bangkomBroken;

  SubmissionWriter(Nation nation, InstansiPlan plan, int year, int k, Path out) throws IOException {
    this.nation = nation;
    this.plan = plan;
    this.year = year;
    this.k = k;
    int y = nation.yearIndex(year);
    this.f = plan.formats[y][k - 1];
    this.r = Rng.of(nation.options.seed(), 3, plan.ordinal, Nation.g(year, k));
    this.galat = nation.options.galat();
    this.periode = year + "-CW" + k;
    Path kodeDir = out.resolve(plan.instansi.kode());
    this.folder = kodeDir.resolve(periode);
    this.bangkomBroken = (plan.broken[y][k - 1] & InstansiPlan.BROKEN_BANGKOM) != 0;
    int[] pCols =
        f.reorder ? new int[] {1, 0, 2, 3, 4, 5, 6, 7, 8} : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8};
    List<Integer> b = new ArrayList<>(List.of(0, 1, 2));
    if (f.jalurColumn) {
      b.add(3);
    }
    if (f.reorder) {
      b.add(5);
      b.add(4);
    } else {
      b.add(4);
      b.add(5);
    }
    b.add(6);
    if (f.durasi > 0) {
      b.add(7);
    }
    b.add(8);
    b.add(9);
    if (bangkomBroken && f.container == Format.Container.CSV) {
      b.remove(Integer.valueOf(4)); // required tanggal_mulai missing: KOLOM_WAJIB_TIDAK_ADA
    }
    int[] bCols = b.stream().mapToInt(Integer::intValue).toArray();
    int[] tCols = {0, 1, 2, 3};
    String[] pHead = header(Headers.PEGAWAI, pCols);
    String[] bHead = header(Headers.BANGKOM, bCols);
    String[] tHead = header(Headers.TRAINING_RATE, tCols);
    boolean tr = plan.trainingRate;
    switch (f.container) {
      case XLSX_BOOK -> {
        this.workbook = kodeDir.resolve(periode + ".xlsx");
        Files.createDirectories(kodeDir);
        String name = periode + ".xlsx";
        pegawai = new XlsxSheetWriter(name, "pegawai", pCols, pHead);
        bangkom = new XlsxSheetWriter(name, "bangkom", bCols, bHead);
        trainingRate = tr ? new XlsxSheetWriter(name, "training_rate", tCols, tHead) : null;
      }
      case XLSX -> {
        this.workbook = null;
        Files.createDirectories(folder);
        pegawai = new XlsxSheetWriter(folder.resolve("pegawai.xlsx"), "pegawai", pCols, pHead);
        bangkom = new XlsxSheetWriter(folder.resolve("bangkom.xlsx"), "bangkom", bCols, bHead);
        trainingRate = tr ? trainingRateFile(tCols, tHead) : null;
      }
      case JSON -> {
        this.workbook = null;
        Files.createDirectories(folder);
        pegawai = new JsonTableWriter(folder.resolve("pegawai.json"), pCols, pHead, false);
        bangkom = new JsonTableWriter(folder.resolve("bangkom.json"), bCols, bHead, bangkomBroken);
        trainingRate = tr ? trainingRateFile(tCols, tHead) : null;
      }
      default -> {
        this.workbook = null;
        Files.createDirectories(folder);
        pegawai = new CsvTableWriter(folder.resolve("pegawai.csv"), f, pCols, pHead);
        bangkom = new CsvTableWriter(folder.resolve("bangkom.csv"), f, bCols, bHead);
        trainingRate = tr ? trainingRateFile(tCols, tHead) : null;
      }
    }
    if (bangkomBroken) {
      brokenFiles.add(
          new BrokenFile(
              bangkom.berkas(),
              f.container == Format.Container.CSV ? "KOLOM_WAJIB_TIDAK_ADA" : "BERKAS_RUSAK"));
    }
  }

  private TableWriter trainingRateFile(int[] cols, String[] head) throws IOException {
    if ((plan.broken[nation.yearIndex(year)][k - 1] & InstansiPlan.BROKEN_TRAINING_RATE) != 0) {
      return null; // written broken in close()
    }
    return switch (f.container) {
      case XLSX ->
          new XlsxSheetWriter(folder.resolve("training_rate.xlsx"), "training_rate", cols, head);
      case JSON -> new JsonTableWriter(folder.resolve("training_rate.json"), cols, head, false);
      default -> new CsvTableWriter(folder.resolve("training_rate.csv"), f, cols, head);
    };
  }

  private String[] header(String[] canonical, int[] cols) {
    String[] h = new String[cols.length];
    for (int i = 0; i < cols.length; i++) {
      h[i] = Headers.header(f.headerStyle, canonical[cols[i]]);
    }
    return h;
  }

  private String[] styled(String[] canonical) {
    String[] h = new String[canonical.length];
    for (int i = 0; i < h.length; i++) {
      h[i] = Headers.header(f.headerStyle, canonical[i]);
    }
    return h;
  }

  // ------------------------------------------------------------------------------------------
  // Rendering
  // ------------------------------------------------------------------------------------------

  private void nip(Row row, int c, long nip) {
    String s = Long.toString(nip);
    if (f.jsonIntegerNip) {
      row.number(c, s);
      return;
    }
    if (f.nipSpaced > 0 && r.nextDouble() < f.nipSpaced) {
      char sep = r.nextBoolean() ? ' ' : '.';
      boolean pppk = s.startsWith("21", 12) || s.startsWith("24", 12);
      StringBuilder b = new StringBuilder(22).append(s, 0, 8).append(sep);
      if (pppk) {
        b.append(s, 8, 12).append(sep).append(s, 12, 14);
      } else {
        b.append(s, 8, 14);
      }
      s = b.append(sep).append(s, 14, 15).append(sep).append(s, 15, 18).toString();
    } else if (f.nipApostrophe && r.nextDouble() < 0.3) {
      s = "'" + s;
    }
    row.text(c, s);
  }

  private void date(Row row, int c, LocalDate d) {
    if (f.dateCells > 0 && r.nextDouble() < f.dateCells) {
      row.value[c] = "d";
      row.kind[c] = Row.DATE;
      row.day[c] = d.toEpochDay();
      return;
    }
    int style =
        f.dateStyles.length == 1 ? f.dateStyles[0] : f.dateStyles[r.nextInt(f.dateStyles.length)];
    long key = d.toEpochDay() * 8 + style;
    String s = dates.get(key);
    if (s == null) {
      s = formatDate(d, style);
      dates.put(key, s);
    }
    row.text(c, s);
  }

  static String formatDate(LocalDate d, int style) {
    int y = d.getYear();
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    return switch (style) {
      case Format.DATE_DMY_DASH -> two(day) + "-" + two(m) + "-" + y;
      case Format.DATE_DMY_SLASH -> two(day) + "/" + two(m) + "/" + y;
      case Format.DATE_DM_SHORT -> day + "/" + m + "/" + y;
      case Format.DATE_NAMED -> day + " " + Vocabulary.BULAN[m - 1] + " " + y;
      case Format.DATE_NAMED_SHORT -> day + " " + Vocabulary.BULAN_PENDEK[m - 1] + " " + y;
      case Format.DATE_DMY_DOT -> two(day) + "." + two(m) + "." + y;
      default -> y + "-" + two(m) + "-" + two(day);
    };
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  static String jp(long hundredths) {
    if (hundredths % 100 == 0) {
      return Long.toString(hundredths / 100);
    }
    String frac =
        hundredths % 10 == 0 ? Long.toString(hundredths % 100 / 10) : two((int) (hundredths % 100));
    return (hundredths / 100) + "." + frac;
  }

  private void decimal(Row row, int c, String v) {
    if (!f.textOnly() && f.jpText > 0 && r.nextDouble() < f.jpText) {
      row.text(c, v.replace('.', ','));
    } else {
      row.number(c, v);
    }
  }

  private String enumeration(String v) {
    if (!f.titleCaseEnums) {
      return v;
    }
    StringBuilder b = new StringBuilder(v.length());
    boolean start = true;
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch == '_') {
        b.append(' ');
        start = true;
      } else {
        b.append(start ? ch : Character.toLowerCase(ch));
        start = false;
      }
    }
    return b.toString();
  }

  // ------------------------------------------------------------------------------------------
  // Roster
  // ------------------------------------------------------------------------------------------

  void pegawai(Person p, String status) throws IOException {
    Row row = pRow;
    row.clear();
    nip(row, Headers.P_NIP, p.nip);
    row.text(Headers.P_NAMA, p.nama());
    row.text(Headers.P_JENIS_PEGAWAI, enumeration(p.jenisPegawai(year, k)));
    row.text(Headers.P_JENIS_JABATAN, enumeration(Person.JENIS_JABATAN[p.jenisJabatan]));
    row.text(Headers.P_JABATAN, p.jabatan());
    row.text(Headers.P_UNIT_KERJA, p.unitKerja());
    row.text(Headers.P_GOLONGAN, p.golongan(year));
    date(row, Headers.P_TMT, p.tmt);
    row.text(Headers.P_STATUS, enumeration(status));
    pegawai.write(row);
    if (galat > 0 && r.nextDouble() < galat) {
      pegawaiFault(p);
    }
  }

  private void pegawaiFault(Person p) throws IOException {
    int code = Rng.pick(r, Faults.PEGAWAI);
    Row row = pFault;
    if (code == Faults.NIP_GANDA) {
      row.copyFrom(pRow);
      String jab = Rng.choose(r, Vocabulary.PELAKSANA);
      row.text(Headers.P_JABATAN, jab.equals(p.jabatan()) ? "Plt. " + jab : jab);
      pegawai.write(row);
      pegawaiFaults[code]++;
      return;
    }
    row.clear();
    boolean male = r.nextBoolean();
    LocalDate birth = LocalDate.ofYearDay(1968 + r.nextInt(30), 1 + r.nextInt(365));
    LocalDate tmt =
        LocalDate.of(Math.min(year - 1, birth.getYear() + 22 + r.nextInt(8)), 1 + r.nextInt(12), 1);
    long nip = Person.nip(birth, tmt, false, male, 900 + r.nextInt(100), r);
    nip(row, Headers.P_NIP, nip);
    row.text(
        Headers.P_NAMA,
        Rng.choose(r, male ? Vocabulary.MALE : Vocabulary.FEMALE)
            + " "
            + Rng.choose(r, Vocabulary.LAST));
    row.text(Headers.P_JENIS_PEGAWAI, "PNS");
    row.text(Headers.P_JENIS_JABATAN, "PELAKSANA");
    row.text(Headers.P_JABATAN, Rng.choose(r, Vocabulary.PELAKSANA));
    row.text(Headers.P_UNIT_KERJA, p.unitKerja());
    row.text(Headers.P_GOLONGAN, "II/c");
    date(row, Headers.P_TMT, tmt);
    row.text(Headers.P_STATUS, "AKTIF");
    String s = Long.toString(nip);
    switch (code) {
      case Faults.KOLOM_WAJIB_KOSONG ->
          row.text(r.nextBoolean() ? Headers.P_UNIT_KERJA : Headers.P_NAMA, "");
      case Faults.NIP_FORMAT -> {
        int how = r.nextInt(3);
        if (how == 0) {
          row.text(Headers.P_NIP, s.substring(0, 17));
        } else if (how == 1) {
          row.text(Headers.P_NIP, s.substring(0, 10) + "O" + s.substring(11));
        } else if (f.textOnly()) {
          row.text(
              Headers.P_NIP, String.format(Locale.ROOT, "%.5E", (double) nip).replace('.', ','));
        } else {
          row.value[Headers.P_NIP] = Double.toString((double) nip);
          row.kind[Headers.P_NIP] = Row.NIP_NUMBER;
        }
      }
      case Faults.NIP_TANGGAL_LAHIR -> {
        int how = r.nextInt(3);
        String bad =
            how == 0
                ? s.substring(0, 4) + "13" + s.substring(6)
                : how == 1 ? s.substring(0, 4) + "0231" + s.substring(8) : "1930" + s.substring(4);
        row.text(Headers.P_NIP, bad);
      }
      case Faults.NIP_JENIS_KELAMIN ->
          row.text(
              Headers.P_NIP, s.substring(0, 14) + (r.nextBoolean() ? "3" : "0") + s.substring(15));
      case Faults.TANGGAL_FORMAT ->
          row.text(
              Headers.P_TMT,
              new String[] {"31/02/" + tmt.getYear(), tmt.getYear() + "-13-01", "awal tahun"}
                  [r.nextInt(3)]);
      case Faults.TANGGAL_DI_LUAR_PERIODE -> {
        row.text(Headers.P_JENIS_PEGAWAI, "CPNS");
        date(
            row, Headers.P_TMT, Nation.end(year, k).plusMonths(1 + r.nextInt(2)).withDayOfMonth(1));
      }
      default -> {
        int how = r.nextInt(3);
        if (how == 0) {
          row.text(Headers.P_JENIS_PEGAWAI, "HONORER");
        } else if (how == 1) {
          row.text(Headers.P_STATUS, "NONAKTIF");
        } else {
          row.text(Headers.P_JENIS_JABATAN, "STAF");
        }
        code = Faults.NILAI_TIDAK_DIKENAL;
      }
    }
    pegawai.write(row);
    pegawaiFaults[code]++;
  }

  // ------------------------------------------------------------------------------------------
  // Training records
  // ------------------------------------------------------------------------------------------

  void bangkom(Person p, Training.Rec rec, int send) throws IOException {
    Row row = bRow;
    row.clear();
    nip(row, Headers.B_NIP, p.nip);
    String name = rec.name;
    if (send > 0 && rec.nameVariant != 0) {
      name =
          switch (rec.nameVariant) {
            case 1 -> name.toUpperCase(Locale.ROOT);
            case 2 -> name.toLowerCase(Locale.ROOT);
            default -> name.replace(" ", "  ") + " ";
          };
    } else if (rec.multiline && f.textOnly()) {
      int sp = name.indexOf(' ', name.indexOf(' ') + 1);
      if (sp > 0) {
        name = name.substring(0, sp) + "\n" + name.substring(sp + 1);
      }
    }
    row.text(Headers.B_NAMA, name);
    if (f.jenisDiklatName > 0 && r.nextDouble() < f.jenisDiklatName) {
      row.text(Headers.B_JENIS, Vocabulary.JENIS_DIKLAT_NAME[rec.code]);
    } else {
      row.number(Headers.B_JENIS, Integer.toString(rec.code));
    }
    if (f.jalurColumn && r.nextDouble() < 0.7) {
      boolean klasikal = rec.code <= 13;
      row.text(
          Headers.B_JALUR,
          klasikal ? "KLASIKAL" : r.nextDouble() < 0.1 ? "Non Klasikal" : "NONKLASIKAL");
    }
    date(row, Headers.B_MULAI, rec.mulai);
    date(row, Headers.B_SELESAI, rec.selesai);
    int jpH = rec.sentJpH[send];
    if (rec.durasi > 0 && jpH == rec.jpH && f.durasi > 0) {
      row.number(Headers.B_DURASI, Integer.toString(rec.durasi));
    } else {
      decimal(row, Headers.B_JP, jp(jpH));
    }
    row.text(Headers.B_PENYELENGGARA, rec.penyelenggara);
    row.text(Headers.B_SERTIFIKAT, rec.sertifikat);
    bangkom.write(row);
    if (galat > 0 && r.nextDouble() < galat) {
      bangkomFault(p);
    }
  }

  private void bangkomFault(Person p) throws IOException {
    int code = Rng.pick(r, Faults.BANGKOM);
    Row row = bFault;
    if (code == Faults.BARIS_GANDA) {
      row.copyFrom(bRow);
      bangkom.write(row);
      bangkomFaults[code]++;
      return;
    }
    row.clear();
    nip(row, Headers.B_NIP, p.nip);
    String[] teknis = Vocabulary.KEGIATAN[3];
    row.text(Headers.B_NAMA, teknis[r.nextInt(teknis.length)] + " Gelombang " + (1 + r.nextInt(9)));
    row.number(Headers.B_JENIS, "3");
    LocalDate start = Nation.start(year, k);
    LocalDate end = Nation.end(year, k);
    LocalDate selesai =
        start.plusDays(1 + r.nextInt((int) (end.toEpochDay() - start.toEpochDay())));
    date(row, Headers.B_MULAI, selesai.minusDays(1));
    date(row, Headers.B_SELESAI, selesai);
    row.number(Headers.B_JP, "8");
    row.text(Headers.B_PENYELENGGARA, "BPSDM Provinsi");
    // Unique per file, so that no two fault rows are identical (one fault per row).
    row.text(Headers.B_SERTIFIKAT, "TAMBAHAN/" + (bangkom.rows + 1));
    String s = Long.toString(p.nip);
    switch (code) {
      case Faults.KOLOM_WAJIB_KOSONG ->
          row.text(r.nextBoolean() ? Headers.B_NAMA : Headers.B_JENIS, "");
      case Faults.NIP_FORMAT ->
          row.text(Headers.B_NIP, r.nextBoolean() ? s.substring(0, 17) : s + "0");
      case Faults.NIP_TIDAK_TERDAFTAR -> {
        LocalDate birth = LocalDate.ofYearDay(1970 + r.nextInt(30), 1 + r.nextInt(365));
        LocalDate tmt = LocalDate.of(Math.min(year - 1, birth.getYear() + 23), 3, 1);
        nip(
            row,
            Headers.B_NIP,
            Person.nip(birth, tmt, false, r.nextBoolean(), 900 + r.nextInt(100), r));
      }
      case Faults.TANGGAL_FORMAT ->
          row.text(Headers.B_SELESAI, r.nextBoolean() ? "31/02/" + year : "kemarin");
      case Faults.TANGGAL_URUTAN -> date(row, Headers.B_MULAI, selesai.plusDays(3));
      case Faults.TANGGAL_DI_LUAR_PERIODE -> {
        LocalDate d =
            r.nextBoolean() ? end.plusDays(5 + r.nextInt(50)) : LocalDate.of(year - 2, 11, 20);
        date(row, Headers.B_MULAI, d.minusDays(1));
        date(row, Headers.B_SELESAI, d);
      }
      case Faults.JP_FORMAT -> row.text(Headers.B_JP, r.nextBoolean() ? "dua" : "4 jam");
      case Faults.JP_TIDAK_WAJAR ->
          row.number(Headers.B_JP, new String[] {"0", "1500", "-2"}[r.nextInt(3)]);
      default -> {
        if (f.jalurColumn && r.nextBoolean()) {
          row.text(Headers.B_JALUR, "CAMPURAN");
        } else {
          row.text(Headers.B_JENIS, r.nextBoolean() ? "27" : "Pelatihan Memasak");
        }
        code = Faults.NILAI_TIDAK_DIKENAL;
      }
    }
    bangkom.write(row);
    bangkomFaults[code]++;
  }

  // ------------------------------------------------------------------------------------------
  // Training rate, broken files, closing
  // ------------------------------------------------------------------------------------------

  private static final String[][] INDIKATOR = {
    {"PERENCANAAN", "PR1"},
    {"PERENCANAAN", "PR2"},
    {"PERENCANAAN", "PR3"},
    {"PELAKSANAAN", "PL2"},
    {"MONEV", "MO1"},
    {"MONEV", "MO2"}
  };

  private void trainingRateRows() throws IOException {
    SplittableRandom base = Rng.of(nation.options.seed(), 4, plan.ordinal, year);
    int level = 35 + (int) (plan.quality * 50) + base.nextInt(15);
    for (String[] ind : INDIKATOR) {
      Row row = tRow;
      row.clear();
      row.text(0, ind[0]);
      row.text(1, ind[1]);
      int v = Math.max(0, Math.min(100, level + 3 * k + r.nextInt(41) - 25));
      String nilai = v < 100 && r.nextDouble() < 0.3 ? v + ".5" : Integer.toString(v);
      decimal(row, 2, nilai);
      if (r.nextDouble() < 0.5) {
        row.text(
            3,
            r.nextBoolean()
                ? "Dokumen AKP " + year
                : "https://bukti.instansi.example/"
                    + plan.instansi.kode().replace('.', '-')
                    + "/"
                    + ind[1]);
      }
      trainingRate.write(row);
      if (galat > 0 && r.nextDouble() < Math.min(0.5, galat * 5)) {
        int code = Rng.pick(r, Faults.TRAINING_RATE);
        if (code == Faults.BARIS_GANDA) {
          trainingRate.write(row);
        } else {
          row.clear();
          row.text(3, "Baris tambahan " + (trainingRate.rows + 1));
          if (code == Faults.KOLOM_WAJIB_KOSONG) {
            row.text(0, ind[0]);
            row.text(1, ind[1]);
          } else {
            int how = r.nextInt(4);
            row.text(0, how == 3 ? "PERENCANAAN" : "PELAKSANAAN");
            row.text(1, how == 0 ? "PX9" : how == 1 ? "PL1" : how == 3 ? "MO1" : "PL2");
            row.number(2, how == 2 ? "120" : "70");
          }
          trainingRate.write(row);
        }
        trainingRateFaults[code]++;
      }
    }
  }

  /** Whether the roster file has rows (else it is left out and the period is not reported). */
  boolean melapor() {
    return pegawai.rows > 0;
  }

  List<FileStats> files() {
    return files;
  }

  List<BrokenFile> brokenFiles() {
    return brokenFiles;
  }

  String periode() {
    return periode;
  }

  @Override
  public void close() throws IOException {
    if (trainingRate != null && pegawai.rows > 0) {
      trainingRateRows();
    }
    List<XlsxSheetWriter> sheets = new ArrayList<>();
    close(pegawai, "pegawai", pegawaiFaults, sheets);
    close(bangkom, "bangkom", bangkomFaults, sheets);
    if (trainingRate != null) {
      close(trainingRate, "training_rate", trainingRateFaults, sheets);
    }
    if (workbook != null && !sheets.isEmpty()) {
      XlsxSheetWriter.writeBook(workbook, sheets);
    }
    int flags = plan.broken[nation.yearIndex(year)][k - 1];
    if (plan.trainingRate && (flags & InstansiPlan.BROKEN_TRAINING_RATE) != 0 && pegawai.rows > 0) {
      Files.createDirectories(folder);
      switch (f.container) {
        case XLSX -> {
          Files.write(
              folder.resolve("training_rate.xlsx"),
              "PK\u0003\u0004 berkas rusak".getBytes(StandardCharsets.ISO_8859_1));
          brokenFiles.add(new BrokenFile("training_rate.xlsx", "BERKAS_RUSAK"));
        }
        case JSON -> {
          Files.writeString(
              folder.resolve("training_rate.json"),
              "{\"instrumen\": \"PERENCANAAN\"}\n",
              StandardCharsets.UTF_8);
          brokenFiles.add(new BrokenFile("training_rate.json", "BERKAS_RUSAK"));
        }
        default -> {
          Files.writeString(
              folder.resolve("training_rate.csv"),
              String.join(String.valueOf(f.separator), styled(Headers.TRAINING_RATE)) + f.lineEnd,
              StandardCharsets.UTF_8);
          brokenFiles.add(new BrokenFile("training_rate.csv", "BERKAS_KOSONG"));
        }
      }
    }
    if ((flags & InstansiPlan.BROKEN_UNKNOWN_FILE) != 0 && pegawai.rows > 0) {
      Files.createDirectories(folder);
      if (r.nextBoolean()) {
        Files.write(
            folder.resolve("foto_kegiatan.png"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        brokenFiles.add(new BrokenFile("foto_kegiatan.png", "BERKAS_TIDAK_DIKENAL"));
      } else {
        Files.writeString(folder.resolve("pegawai_lama.xls"), "bukan xlsx", StandardCharsets.UTF_8);
        brokenFiles.add(new BrokenFile("pegawai_lama.xls", "BERKAS_TIDAK_DIKENAL"));
      }
    }
    if (bangkomBroken && bangkom.rows == 0) {
      brokenFiles.removeIf(b -> b.berkas().equals(bangkom.berkas()));
    }
    if (Files.isDirectory(folder)) {
      try (var entries = Files.list(folder)) {
        if (entries.findAny().isEmpty()) {
          Files.delete(folder);
        }
      }
    }
  }

  private void close(TableWriter w, String dataset, int[] faults, List<XlsxSheetWriter> sheets)
      throws IOException {
    w.close();
    if (w.rows == 0) {
      if (workbook == null) {
        Files.deleteIfExists(folder.resolve(w.berkas()));
      }
      return;
    }
    if (w instanceof XlsxSheetWriter x && workbook != null) {
      sheets.add(x);
    }
    boolean refused = w == bangkom && bangkomBroken;
    files.add(new FileStats(w.berkas(), dataset, w.rows, faults.clone(), refused));
  }
}
