package id.go.lan.bangkom.ingestion;

import static id.go.lan.bangkom.ingestion.Fixture.KODE;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_A;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_B;
import static id.go.lan.bangkom.ingestion.Fixture.PEGAWAI_HEADER;
import static id.go.lan.bangkom.ingestion.Fixture.PERIODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file forms PICs send: CSV dialects and encodings, XLSX cells, JSON, header aliases. */
class ReadersTest {
  @TempDir Path tmp;
  private Fixture fx;

  @BeforeEach
  void setUp() {
    fx = new Fixture(tmp);
  }

  /** Ingests the inbox and returns the rows of one in-force dataset, ordered by row number. */
  private List<List<Object>> ingestAndRead(String dataset, String columns) throws Exception {
    IngestResult result = fx.ingestion().ingest(fx.inbox(), IngestListener.none());
    assertThat(result.diterima()).isNotEmpty();
    return lakeRows(dataset, columns);
  }

  /** The rows of one in-force dataset already ingested, ordered by row number. */
  private List<List<Object>> lakeRows(String dataset, String columns) throws Exception {
    List<Path> files = Lake.open(fx.workspace).inForce(dataset);
    assertThat(files).hasSize(1);
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT "
                    + columns
                    + " FROM read_parquet('"
                    + files.get(0)
                    + "') ORDER BY nomor_baris")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.add(v instanceof java.sql.Date d ? d.toLocalDate() : v);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void aliasHeadersSemicolonsCommaDecimalsAndDateForms() throws Exception {
    fx.roster(KODE, PERIODE);
    fx.write(
        KODE,
        PERIODE,
        "bangkom.csv",
        "NIP Baru;Nama Pelatihan;JENIS_DIKLAT;Tgl Mulai;Tanggal Selesai;Jumlah JP;Penyelenggara;No."
            + " Sertifikat;Keterangan\n"
            + "19860926 201505 1 001;Bimtek Arsip;Bimbingan Teknis;5 Maret 2026;07-03-2026;2,5;ANRI;"
            + "S-1;bebas\n"
            + NIP_B
            + ";Kelas Daring;e-learning;5/3/2026;06/03/2026;3;LAN;;\n"
            + NIP_A
            + ";Coaching Kinerja;COACHING;2026-03-09;9 agustus 2025;1.5;Biro;;\n");
    assertThat(fx.ingestion().check(fx.inbox().resolve(KODE).resolve(PERIODE)).get(0).penolakan())
        .extracting(Penolakan::nomorBaris, Penolakan::kodeAlasan)
        .containsExactly(tuple(4L, RejectReason.TANGGAL_URUTAN));
    List<List<Object>> rows =
        ingestAndRead(
            "bangkom",
            "nomor_baris, nip, jenis_diklat, jalur, tanggal_mulai, tanggal_selesai, jp,"
                + " nomor_sertifikat");
    assertThat(rows)
        .containsExactly(
            List.of(
                2L,
                NIP_A,
                8,
                "KLASIKAL",
                LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 7),
                new BigDecimal("2.50"),
                "S-1"),
            java.util.Arrays.asList(
                3L,
                NIP_B,
                16,
                "NONKLASIKAL",
                LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 6),
                new BigDecimal("3.00"),
                null));
  }

  @Test
  void durationInMinutesBecomesJpRoundedHalfUp() throws Exception {
    fx.roster(KODE, PERIODE);
    fx.write(
        KODE,
        PERIODE,
        "bangkom.csv",
        "nip,nama_kegiatan,jenis_diklat,tanggal_mulai,tanggal_selesai,Durasi (menit)\n"
            + NIP_A
            + ",Mentoring,15,2026-03-01,2026-03-01,100\n");
    // 100 / 45 = 2.222... -> 2.22
    assertThat(ingestAndRead("bangkom", "jp, jalur"))
        .containsExactly(List.of(new BigDecimal("2.22"), "NONKLASIKAL"));
  }

  @Test
  void windows1252CsvIsDecoded() throws Exception {
    fx.write(
        KODE,
        PERIODE,
        "pegawai.csv",
        PEGAWAI_HEADER
            + "\n"
            + NIP_A
            + ",José Sitompul,PNS,FUNGSIONAL,Analis,Bagian Umum – Tata Usaha,III/c,2015-05-01,AKTIF\n",
        java.nio.charset.Charset.forName("windows-1252"));
    assertThat(ingestAndRead("pegawai", "nama, unit_kerja"))
        .containsExactly(List.of("José Sitompul", "Bagian Umum – Tata Usaha"));
  }

  @Test
  void utf8CsvWithBomAndCrLfIsRead() throws Exception {
    fx.write(
        KODE,
        PERIODE,
        "pegawai.csv",
        "\uFEFFNIP;Nama Lengkap;Jenis ASN;Jenis Jabatan;Satuan Kerja;TMT PNS;Kedudukan\r\n"
            + NIP_A
            + ";Ñoman Wèni;pppk;pelaksana;Dinas Pendidikan;1 Januari 2024;Tugas Belajar\r\n");
    assertThat(ingestAndRead("pegawai", "nip, nama, jenis_pegawai, status, tmt_asn"))
        .containsExactly(
            List.of(NIP_A, "Ñoman Wèni", "PPPK", "TUGAS_BELAJAR", LocalDate.of(2024, 1, 1)));
  }

  @Test
  void quotedFieldWithLineBreakKeepsRowNumbering() {
    Path f =
        fx.write(
            KODE,
            PERIODE,
            "pegawai.csv",
            PEGAWAI_HEADER
                + "\n"
                + NIP_A
                + ",\"Andi \"\"Ucok\"\"\nSetiawan, S.E.\",PNS,FUNGSIONAL,Analis,Biro Umum,III/c,2015-05-01,AKTIF\n"
                + "\n"
                + NIP_B
                + ",Budi,PNS,PELAKSANA,Staf,Biro Umum,II/a,2019-03-01,LIBUR\n");
    Receipt r = fx.checkOne(f);
    // Record 1 header, 2 Andi (two physical lines), 3 blank (skipped), 4 Budi.
    assertThat(r.penolakan())
        .extracting(Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::nilai)
        .containsExactly(tuple(4L, RejectReason.NILAI_TIDAK_DIKENAL, "LIBUR"));
    assertThat(r.datasets().get("pegawai").barisDibaca()).isEqualTo(2);
  }

  @Test
  void xlsxWithTypedCellsDateCellsAndANumericNip() throws Exception {
    Path file = fx.folder(KODE, PERIODE).resolve("pegawai.xlsx");
    Fixture.xlsx(
        file,
        wb -> {
          CellStyle dateStyle = Fixture.dateStyle(wb, "dd/mm/yyyy");
          Sheet s =
              Fixture.sheet(
                  wb,
                  "Data Pegawai",
                  "NIP Baru",
                  "Nama",
                  "Jenis Pegawai",
                  "Jenis Jabatan",
                  "Unit Kerja",
                  "TMT CPNS",
                  "Status");
          Row r1 =
              Fixture.row(
                  s,
                  1,
                  NIP_A,
                  "Andi",
                  "PNS",
                  "FUNGSIONAL",
                  "Biro Umum",
                  LocalDate.of(2015, 5, 1),
                  "AKTIF");
          r1.getCell(5).setCellStyle(dateStyle);
          Fixture.row(
              s,
              2,
              199001152019032002d,
              "Budi",
              "PNS",
              "PELAKSANA",
              "Biro Umum",
              "01/03/2019",
              "AKTIF");
          Fixture.row(
              s, 3, NIP_B, "Budi", "PNS", "PELAKSANA", "Biro Umum", "1 Maret 2019", "AKTIF");
        });
    Receipt r = fx.checkOne(file);
    assertThat(r.penolakan())
        .extracting(Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::kolom)
        .containsExactly(tuple(3L, RejectReason.NIP_FORMAT, "nip"));
    // The double cannot hold 18 digits: the value shows what was left of the NIP.
    assertThat(r.penolakan().get(0).nilai()).startsWith("19900115201903").hasSize(18);
    assertThat(r.penolakan().get(0).pesan()).contains("sebagai angka");
    assertThat(r.penolakan().get(0).saran()).contains("teks");
    assertThat(ingestAndRead("pegawai", "nip, tmt_asn"))
        .containsExactly(
            List.of(NIP_A, LocalDate.of(2015, 5, 1)), List.of(NIP_B, LocalDate.of(2019, 3, 1)));
  }

  /**
   * A submission saved by Excel with the 1904 date system: its date cells count days from
   * 1904-01-01. Serials counted by hand: 1904-01-01 to 2015-01-01 is 111 * 365 days plus 28 leap
   * days (1904 ... 2012) = 40543, and 2015-05-01 is 31 + 28 + 31 + 30 = 120 days later, 40663;
   * 1904-01-01 to 2026-01-01 is 122 * 365 + 31 leap days (1904 ... 2024) = 44561, so 2026-03-05 is
   * 44561 + 63 = 44624 and 2026-03-07 is 44626. Read from the 1900 epoch instead they would be
   * 2011-04-30, 2022-03-04 and 2022-03-06, and the training would fall outside the period.
   */
  @Test
  void xlsxIn1904DateSystemKeepsItsCalendarDates() throws Exception {
    Path pegawai = fx.folder(KODE, PERIODE).resolve("pegawai.xlsx");
    Fixture.xlsx(
        pegawai,
        wb -> {
          Fixture.date1904(wb);
          CellStyle dateStyle = Fixture.dateStyle(wb, "dd/mm/yyyy");
          Sheet s =
              Fixture.sheet(
                  wb,
                  "pegawai",
                  "NIP",
                  "Nama",
                  "Jenis Pegawai",
                  "Jenis Jabatan",
                  "Unit Kerja",
                  "TMT CPNS",
                  "Status");
          Row r =
              Fixture.row(s, 1, NIP_A, "Andi", "PNS", "FUNGSIONAL", "Biro Umum", 40663d, "AKTIF");
          r.getCell(5).setCellStyle(dateStyle);
        });
    Path bangkom = fx.folder(KODE, PERIODE).resolve("bangkom.xlsx");
    Fixture.xlsx(
        bangkom,
        wb -> {
          Fixture.date1904(wb);
          CellStyle dateStyle = Fixture.dateStyle(wb, "d mmmm yyyy");
          Sheet s =
              Fixture.sheet(
                  wb, "bangkom", "NIP", "Nama Diklat", "Jenis Diklat", "Mulai", "Selesai", "JP");
          Row r = Fixture.row(s, 1, NIP_A, "Bimtek Arsip", "Bimbingan Teknis", 44624d, 44626d, 12);
          r.getCell(3).setCellStyle(dateStyle);
          r.getCell(4).setCellStyle(dateStyle);
        });
    List<Receipt> receipts = fx.ingestion().check(fx.inbox().resolve(KODE).resolve(PERIODE));
    assertThat(receipts).hasSize(1);
    assertThat(receipts.get(0).penolakan()).isEmpty();
    IngestResult result = fx.ingestion().ingest(fx.inbox(), IngestListener.none());
    assertThat(result.diterima()).isNotEmpty();
    assertThat(lakeRows("pegawai", "nip, tmt_asn"))
        .containsExactly(List.of(NIP_A, LocalDate.of(2015, 5, 1)));
    assertThat(lakeRows("bangkom", "nip, tanggal_mulai, tanggal_selesai, jp"))
        .containsExactly(
            List.of(
                NIP_A,
                LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 7),
                new BigDecimal("12.00")));
  }

  @Test
  void xlsxNumericJpAndJenisDiklatCellsAreNumbers() throws Exception {
    fx.roster(KODE, PERIODE);
    Path file = fx.folder(KODE, PERIODE).resolve("bangkom.xlsx");
    Fixture.xlsx(
        file,
        wb -> {
          Sheet s =
              Fixture.sheet(
                  wb,
                  "bangkom",
                  "NIP",
                  "Nama Diklat",
                  "Jenis Diklat",
                  "Mulai",
                  "Selesai",
                  "Jam Pelajaran");
          Fixture.row(s, 1, NIP_A, "Workshop Data", 4, "2026-04-01", "2026-04-02", 12.5);
        });
    assertThat(ingestAndRead("bangkom", "jenis_diklat, jalur, jp"))
        .containsExactly(List.of(4, "KLASIKAL", new BigDecimal("12.50")));
  }

  @Test
  void jsonArrayOfObjectsWithStringsAndNumbers() throws Exception {
    fx.roster(KODE, PERIODE);
    fx.write(
        KODE,
        PERIODE,
        "bangkom.json",
        "[{\"nip\": \""
            + NIP_A
            + "\", \"nama_kegiatan\": \"Seminar\", \"jenis_diklat\": 9, \"tanggal_mulai\":"
            + " \"2026-02-02\", \"tanggal_selesai\": \"2026-02-02\", \"jp\": 4.5},\n"
            + " {\"nip\": "
            + NIP_B
            + ", \"nama_kegiatan\": \"Mentoring\", \"jenis_diklat\": \"Mentoring\","
            + " \"tanggal_mulai\": \"02-02-2026\", \"tanggal_selesai\": \"02/02/2026\", \"jp\":"
            + " \"x\"}]");
    Receipt r = fx.checkOne(fx.folder(KODE, PERIODE));
    assertThat(r.penolakan())
        .extracting(Penolakan::berkas, Penolakan::nomorBaris, Penolakan::kodeAlasan)
        .containsExactly(tuple("bangkom.json", 2L, RejectReason.JP_FORMAT));
    assertThat(ingestAndRead("bangkom", "nomor_baris, nip, jenis_diklat, jp"))
        .containsExactly(List.of(1L, NIP_A, 9, new BigDecimal("4.50")));
  }

  @Test
  void headerMatchingIgnoresCaseSpacesUnderscoresAndPunctuation() {
    int[] index =
        Headers.map(
            Dataset.BANGKOM,
            List.of("No.", "NIP", "nip_baru", "NAMA-KEGIATAN", "Jenis  Diklat", "Durasi (Menit)"));
    List<Column> columns = Dataset.BANGKOM.columns();
    // "NIP Baru" comes before "NIP" among the aliases, so it wins.
    assertThat(index[columns.indexOf(Column.NIP)]).isEqualTo(2);
    assertThat(index[columns.indexOf(Column.NAMA_KEGIATAN)]).isEqualTo(3);
    assertThat(index[columns.indexOf(Column.JENIS_DIKLAT)]).isEqualTo(4);
    assertThat(index[columns.indexOf(Column.DURASI_MENIT)]).isEqualTo(5);
    assertThat(index[columns.indexOf(Column.JP)]).isEqualTo(-1);
  }

  @Test
  void valueForms() {
    assertThat(Values.date(RawCell.text("31 Desember 2025"))).contains(LocalDate.of(2025, 12, 31));
    assertThat(Values.date(RawCell.text("1 agt 2025"))).contains(LocalDate.of(2025, 8, 1));
    assertThat(Values.date(RawCell.text("2025-02-29"))).isEmpty();
    assertThat(Values.date(RawCell.text("2024-02-29"))).contains(LocalDate.of(2024, 2, 29));
    assertThat(Values.decimal(RawCell.text("1.234,5"))).contains(new BigDecimal("1234.5"));
    assertThat(Values.decimal(RawCell.text("0,75"))).contains(new BigDecimal("0.75"));
    assertThat(Values.decimal(RawCell.text("2 JP"))).isEmpty();
    assertThat(JenisDiklat.parse("Pelatihan Teknis")).hasValue(3);
    assertThat(JenisDiklat.parse("Bimbingan di Tempat Kerja")).hasValue(24);
    assertThat(JenisDiklat.parse("E - Learning")).hasValue(16);
    assertThat(JenisDiklat.parse("16.0")).hasValue(16);
    assertThat(StandardCharsets.UTF_8.name()).isEqualTo("UTF-8");
  }
}
