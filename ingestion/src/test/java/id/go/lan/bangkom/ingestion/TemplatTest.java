package id.go.lan.bangkom.ingestion;

import static id.go.lan.bangkom.ingestion.Fixture.KODE;
import static id.go.lan.bangkom.ingestion.Fixture.PERIODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.PesanPeriksa;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The submission templates: their headers are the validator's columns, their example row passes
 * {@link Ingestion#check} in CSV and in XLSX, and the XLSX guide lists each column's rules.
 */
class TemplatTest {
  private static final Periode CW1 = Periode.parse(PERIODE);
  private static final BangkomConfig CONFIG = BangkomConfig.defaults();
  private static final String BOM = "\uFEFF";

  @TempDir Path tmp;

  @Test
  void theDatasetsAreTheThreeOfASubmissionInOrder() {
    assertThat(Templat.dataset()).containsExactly("pegawai", "bangkom", "training_rate");
  }

  @Test
  void theCsvHeaderIsTheValidatorsColumnList() {
    for (Dataset d : Dataset.values()) {
      List<String> lines = lines(Templat.csv(d.id(), CW1, CONFIG));
      assertThat(Arrays.asList(lines.get(0).split(",")))
          .as(d.id())
          .isEqualTo(d.columns().stream().map(Column::id).toList());
    }
    // The same, written out by hand, so a column renamed in Column shows up here too.
    assertThat(lines(Templat.csv("pegawai", CW1, CONFIG)).get(0))
        .isEqualTo(
            "nip,nama,jenis_pegawai,jenis_jabatan,jabatan,unit_kerja,golongan,tmt_asn,status");
    assertThat(lines(Templat.csv("bangkom", CW1, CONFIG)).get(0))
        .isEqualTo(
            "nip,nama_kegiatan,jenis_diklat,jalur,tanggal_mulai,tanggal_selesai,jp,durasi_menit,"
                + "penyelenggara,nomor_sertifikat");
    assertThat(lines(Templat.csv("training_rate", CW1, CONFIG)).get(0))
        .isEqualTo("instrumen,indikator,nilai,bukti");
  }

  @Test
  void theCsvIsUtf8WithABomHeaderAndOneExampleRowWithCrlf() {
    String text = new String(Templat.csv("pegawai", CW1, CONFIG), StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo(
            BOM
                + "nip,nama,jenis_pegawai,jenis_jabatan,jabatan,unit_kerja,golongan,tmt_asn,status\r\n"
                + "199001012020011000,Siti Contoh (hapus baris contoh ini),PNS,FUNGSIONAL,"
                + "Analis Sumber Daya Manusia Aparatur Ahli Pertama,Biro Sumber Daya Manusia,III/a,"
                + "2020-01-01,AKTIF\r\n");
    // CW1 2026 starts on 1 January: the course runs on the 14th to the 16th.
    assertThat(new String(Templat.csv("bangkom", CW1, CONFIG), StandardCharsets.UTF_8))
        .endsWith(
            "\r\n199001012020011000,Pelatihan Contoh (hapus baris contoh ini),Diklat Teknis,"
                + "KLASIKAL,2026-01-14,2026-01-16,24,,Lembaga Administrasi Negara,"
                + "CONTOH-2026-0001\r\n");
    assertThat(new String(Templat.csv("training_rate", CW1, CONFIG), StandardCharsets.UTF_8))
        .endsWith("\r\nPERENCANAAN,PR1,75,https://instansi.example/bukti/pr1.pdf\r\n");
  }

  @Test
  void theExampleRowsAreAcceptedByCheckInCsvAndInXlsx() {
    for (String format : List.of("csv", "xlsx")) {
      Fixture fx = new Fixture(folder(format));
      for (String d : Templat.dataset()) {
        byte[] bytes =
            format.equals("csv") ? Templat.csv(d, CW1, CONFIG) : Templat.xlsx(d, CW1, CONFIG);
        fx.writeBytes(KODE, PERIODE, d + "." + format, bytes);
      }
      assertAllAccepted(fx.checkOne(fx.folder(KODE, PERIODE)), format);
      // One file at a time too: bangkom against the roster file beside it.
      for (String d : Templat.dataset()) {
        Receipt one = fx.checkOne(fx.folder(KODE, PERIODE).resolve(d + "." + format));
        assertThat(one.datasets().get(d).barisDiterima()).as(d + "." + format).isEqualTo(1);
        assertThat(one.penolakan()).as(d + "." + format).isEmpty();
      }
    }
  }

  @Test
  void theTemplatesOfTodayAreAcceptedInThisYearsLastPeriod() {
    int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    Fixture fx = new Fixture(tmp);
    String periode = year + "-CW3";
    for (String d : Templat.dataset()) {
      fx.writeBytes(KODE, periode, d + ".csv", Templat.csv(d));
    }
    Fixture xlsx = new Fixture(folder("xlsx"));
    for (String d : Templat.dataset()) {
      xlsx.writeBytes(KODE, periode, d + ".xlsx", Templat.xlsx(d));
    }
    assertAllAccepted(fx.checkOne(fx.folder(KODE, periode)), "csv");
    assertAllAccepted(xlsx.checkOne(xlsx.folder(KODE, periode)), "xlsx");
  }

  private static void assertAllAccepted(Receipt r, String format) {
    assertThat(r.berkasDitolak()).as(format).isEmpty();
    assertThat(r.penolakan()).as(format).isEmpty();
    assertThat(r.datasets().keySet()).containsExactly("pegawai", "bangkom", "training_rate");
    for (DatasetInfo d : r.datasets().values()) {
      assertThat(d.barisDibaca()).as(format + " " + d.berkas()).isEqualTo(1);
      assertThat(d.barisDiterima()).as(format + " " + d.berkas()).isEqualTo(1);
    }
  }

  @Test
  void theXlsxHasTheDataSheetAndTheGuideReadByTheModulesOwnReader() throws Exception {
    Path file = Files.write(tmp.resolve("bangkom.xlsx"), Templat.xlsx("bangkom", CW1, CONFIG));
    try (XlsxWorkbook wb = XlsxWorkbook.open(file, "bangkom.xlsx")) {
      assertThat(wb.sheetNames()).containsExactly("bangkom", "Petunjuk");
      List<List<RawCell>> data = read(wb, "bangkom");
      assertThat(data).hasSize(2);
      assertThat(data.get(0).stream().map(RawCell::text))
          .containsExactly(
              "nip",
              "nama_kegiatan",
              "jenis_diklat",
              "jalur",
              "tanggal_mulai",
              "tanggal_selesai",
              "jp",
              "durasi_menit",
              "penyelenggara",
              "nomor_sertifikat");
      List<RawCell> example = data.get(1);
      // The NIP is a text cell (a number cell would lose digits), the dates are date cells.
      assertThat(example.get(0)).isEqualTo(RawCell.text("199001012020011000"));
      assertThat(example.get(4).kind()).isEqualTo(RawCell.Kind.DATE);
      assertThat(example.get(4).date()).isEqualTo(LocalDate.of(2026, 1, 14));
      assertThat(example.get(5).date()).isEqualTo(LocalDate.of(2026, 1, 16));
      assertThat(example.get(6).kind()).isEqualTo(RawCell.Kind.NUMBER);
      assertThat(example.get(6).text()).isEqualTo("24");

      List<List<String>> guide = texts(read(wb, "Petunjuk"));
      assertThat(guide.get(0)).containsExactly("Petunjuk pengisian templat bangkom");
      assertThat(guide.get(1).get(0)).startsWith("Baris kedua lembar bangkom adalah contoh: hapus");
      int header = indexOfRowStartingWith(guide, "Kolom");
      assertThat(guide.get(header))
          .containsExactly(
              "Kolom",
              "Wajib diisi",
              "Bentuk isian",
              "Nilai yang sah dan batasan",
              "Judul kolom lain yang dikenali",
              "Contoh");
      List<String> jenisDiklat = guide.get(indexOfRowStartingWith(guide, "jenis_diklat"));
      assertThat(jenisDiklat.get(1)).isEqualTo("Ya");
      assertThat(jenisDiklat.get(3))
          .startsWith("Kode SIASN 1 sampai 25 atau namanya: 1 = Diklat Struktural; 2 = ")
          .contains("; 25 = Nonklasikal Lainnya.");
      assertThat(jenisDiklat.get(4)).isEqualTo("Jenis Pelatihan, Jenis Bangkom");
      List<String> jp = guide.get(indexOfRowStartingWith(guide, "jp"));
      assertThat(jp.get(1)).isEqualTo("Ya, salah satu dari jp atau durasi_menit");
      assertThat(jp.get(3)).isEqualTo("Lebih dari 0 dan paling banyak 1000 JP.");
      assertThat(jp.get(5)).isEqualTo("24");
      List<String> selesai = guide.get(indexOfRowStartingWith(guide, "tanggal_selesai"));
      assertThat(selesai.get(3))
          .isEqualTo(
              "Tidak lebih awal dari tanggal_mulai; dari 2025-01-01 sampai 2026-04-30 (akhir"
                  + " periode 2026-CW1).");
      List<String> penyelenggara = guide.get(indexOfRowStartingWith(guide, "penyelenggara"));
      assertThat(penyelenggara.get(1)).isEqualTo("Tidak");
    }
  }

  @Test
  void theXlsxKeepsTypedNipsAsTextAndOffersTheAllowedValuesAsAList() throws Exception {
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(Templat.xlsx("pegawai", CW1, CONFIG)))) {
      XSSFSheet s = wb.getSheet("pegawai");
      assertThat(s.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
      assertThat(s.getColumnStyle(7).getDataFormatString()).isEqualTo("yyyy-mm-dd");
      // jenis_pegawai, jenis_jabatan, status: columns C, D, I.
      assertThat(s.getDataValidations())
          .extracting(
              v -> v.getRegions().getCellRangeAddress(0).formatAsString(),
              v -> List.of(v.getValidationConstraint().getExplicitListValues()))
          .containsExactlyInAnyOrder(
              tuple("C2:C1048576", List.of("PNS", "CPNS", "PPPK")),
              tuple(
                  "D2:D1048576",
                  List.of("JPT", "ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL", "PELAKSANA")),
              tuple(
                  "I2:I1048576",
                  List.of(
                      "AKTIF", "CLTN", "TUGAS_BELAJAR", "PENSIUN", "BERHENTI", "MUTASI_KELUAR")));
    }
  }

  @Test
  void theGuideOfPegawaiTakesRequiredFlagsAndValuesFromTheValidator() {
    List<Templat.Kolom> guide = Templat.petunjuk("pegawai", CW1, CONFIG);
    assertThat(guide.stream().filter(Templat.Kolom::wajib).map(Templat.Kolom::nama))
        .containsExactly(
            "nip", "nama", "jenis_pegawai", "jenis_jabatan", "unit_kerja", "tmt_asn", "status");
    assertThat(byName(guide, "jenis_pegawai").nilaiSah()).isEqualTo("PNS, CPNS, PPPK");
    assertThat(byName(guide, "jenis_jabatan").nilaiSah())
        .isEqualTo("JPT, ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA");
    assertThat(byName(guide, "status").nilaiSah())
        .startsWith("AKTIF, CLTN, TUGAS_BELAJAR, PENSIUN, BERHENTI, MUTASI_KELUAR. Hanya AKTIF");
    assertThat(byName(guide, "tmt_asn").nilaiSah())
        .isEqualTo("Paling lambat 2026-04-30 (akhir periode 2026-CW1).");
    assertThat(byName(guide, "nip").nilaiSah())
        .startsWith("8 digit pertama adalah tanggal lahir (tahun 1940 sampai 2009)");
    assertThat(byName(guide, "nip").judulLain())
        .containsExactly("NIP Baru", "NI PPPK", "NIP/NI PPPK");
    for (Dataset d : Dataset.values()) {
      assertThat(Templat.petunjuk(d.id(), CW1, CONFIG).stream().filter(Templat.Kolom::wajib))
          .extracting(Templat.Kolom::nama)
          .isEqualTo(d.required().stream().map(Column::id).toList());
    }
  }

  @Test
  void theTrainingRateTemplateFollowsTheConfiguredInstrument() {
    BangkomConfig config =
        BangkomConfig.withOverrides(
            Map.of(
                "training_rate.instrumen", "RENCANA:50:R1|R2,EVALUASI:50:E1",
                "training_rate.indikator_dihitung", "R1"));
    assertThat(new String(Templat.csv("training_rate", CW1, config), StandardCharsets.UTF_8))
        .endsWith("\r\nRENCANA,R2,75,https://instansi.example/bukti/r2.pdf\r\n");
    List<Templat.Kolom> guide = Templat.petunjuk("training_rate", CW1, config);
    assertThat(byName(guide, "instrumen").nilaiSah()).isEqualTo("RENCANA, EVALUASI");
    assertThat(byName(guide, "indikator").nilaiSah())
        .isEqualTo(
            "Indikator yang dilaporkan: R2 (RENCANA); E1 (EVALUASI). Indikator R1 dihitung oleh"
                + " sistem dan tidak diisi.");
    assertThat(byName(guide, "nilai").nilaiSah()).isEqualTo("Angka 0 sampai 100.");
  }

  @Test
  void anUnknownDatasetIsRefusedInIndonesianNamingTheChoices() {
    for (Runnable call :
        List.<Runnable>of(
            () -> Templat.csv("gaji"), () -> Templat.xlsx("gaji"), () -> Templat.csv("Pegawai"))) {
      assertThatThrownBy(call::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageMatching(
              "Dataset \"(gaji|Pegawai)\" tidak dikenal; templat tersedia untuk: pegawai, bangkom,"
                  + " training_rate\\.");
    }
  }

  @Test
  void theRunningPeriodIsTheCaturwulanOfTheDay() {
    CaturwulanCalendar c = CaturwulanCalendar.DEFAULT;
    assertThat(Templat.periodeBerjalan(LocalDate.of(2026, 1, 1), c).id()).isEqualTo("2026-CW1");
    assertThat(Templat.periodeBerjalan(LocalDate.of(2026, 4, 30), c).id()).isEqualTo("2026-CW1");
    assertThat(Templat.periodeBerjalan(LocalDate.of(2026, 5, 1), c).id()).isEqualTo("2026-CW2");
    assertThat(Templat.periodeBerjalan(LocalDate.of(2026, 12, 5), c).id()).isEqualTo("2026-CW3");
  }

  @Test
  void theTemplateTextsAreIndonesian() {
    Properties bundle = PesanPeriksa.bundel("bangkom/pesan/ingestion.properties");
    Properties templat = new Properties();
    bundle.stringPropertyNames().stream()
        .filter(k -> k.startsWith("templat.") || k.startsWith("ekspor."))
        .forEach(k -> templat.setProperty(k, bundle.getProperty(k)));
    assertThat(templat).hasSizeGreaterThan(30);
    assertThat(PesanPeriksa.nilaiBerbahasaInggris(templat)).isEmpty();
    assertThat(PesanPeriksa.polaRusak(templat)).isEmpty();
  }

  private Path folder(String name) {
    try {
      return Files.createDirectories(tmp.resolve(name));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Templat.Kolom byName(List<Templat.Kolom> guide, String name) {
    return guide.stream().filter(k -> k.nama().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> lines(byte[] csv) {
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith(BOM);
    return List.of(text.substring(1).split("\r\n"));
  }

  /** Every row of a sheet, its first row included, as the module's reader gives it. */
  static List<List<RawCell>> read(XlsxWorkbook wb, String sheet) throws Exception {
    List<List<RawCell>> rows = new ArrayList<>();
    try (RowSource s = wb.rows(sheet, sheet)) {
      rows.add(s.header().stream().map(RawCell::text).toList());
      for (RawRow r = s.next(); r != null; r = s.next()) {
        rows.add(r.cells());
      }
    }
    return rows;
  }

  static List<List<String>> texts(List<List<RawCell>> rows) {
    return rows.stream().map(r -> r.stream().map(RawCell::text).toList()).toList();
  }

  private static int indexOfRowStartingWith(List<List<String>> rows, String first) {
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(first)) {
        return i;
      }
    }
    throw new AssertionError("No row starting with " + first + ": " + rows);
  }
}
