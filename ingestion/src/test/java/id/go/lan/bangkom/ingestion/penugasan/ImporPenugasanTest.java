package id.go.lan.bangkom.ingestion.penugasan;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.BerkasPenugasan;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import of an admin's assignment file, against a master list of four instansi. */
class ImporPenugasanTest {
  /** 18:30 UTC on 3 December is 01:30 WIB on 4 December. */
  private static final Clock JAM =
      Clock.fixed(Instant.parse("2026-12-03T18:30:00Z"), ZoneOffset.UTC);

  private static final String HEADER =
      "kode_instansi,kode_satker,nama_satker,nama_analis,email_analis\n";

  @TempDir Path dir;
  private Workspace ws;
  private InstansiMaster master;
  private ImporPenugasan impor;

  @BeforeEach
  void setUp() throws Exception {
    Path m = dir.resolve("instansi.csv");
    Files.writeString(
        m,
        "kode_instansi,nama_instansi,jenis_instansi,kode_provinsi,nama_provinsi,nama_pic,email_pic\n"
            + "11,Pemerintah Provinsi Aceh,PROVINSI,11,Aceh,PIC A,a@instansi.example\n"
            + "11.10,Pemerintah Kabupaten Aceh Singkil,KABUPATEN,11,Aceh,PIC B,b@instansi.example\n"
            + "32.04,Pemerintah Kabupaten Bandung,KABUPATEN,32,Jawa Barat,PIC C,c@instansi.example\n"
            + "P001,Kementerian Contoh,KEMENTERIAN,,,PIC D,d@instansi.example\n",
        StandardCharsets.UTF_8);
    master = InstansiMaster.load(Optional.of(m));
    ws = new Workspace(dir.resolve("ws"));
    impor = new ImporPenugasan(master, ws, JAM);
  }

  private Path csv(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static final String BAIK =
      HEADER
          + "11,PL-ACEH,Puslatbang KHAN Aceh,Cut Nyak Contoh,Cut.Contoh@LAN.example\n"
          + "p001,PB-01,\"Pusbangkom ASN, Jakarta\",Ani Lestari,ani@lan.example\n"
          + "32.04,PB-01,\"Pusbangkom ASN, Jakarta\",Ani Lestari,ani@lan.example\n";

  @Test
  void aValidFileIsStoredAsVersionOneFromTodayInJakarta() throws Exception {
    HasilImpor h = impor.impor(csv("penugasan.csv", BAIK), Optional.empty());

    assertThat(h.masalah()).isEmpty();
    assertThat(h.status()).isEqualTo(HasilImpor.Status.DISIMPAN);
    assertThat(h.versi()).isEqualTo(1);
    assertThat(h.berlakuMulai()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(h.jumlahBaris()).isEqualTo(3);
    // 11.10 has no row: a warning, in master-list order.
    assertThat(h.tanpaPenugasan()).containsExactly("11.10");
    BerkasPenugasan.Versi v = BerkasPenugasan.terakhir(ws).orElseThrow();
    // Kode upper-cased as in the master list, e-mail lower-cased, quotes and commas kept.
    assertThat(v.baris())
        .containsExactly(
            new BerkasPenugasan.Baris(
                "11",
                "PL-ACEH",
                "Puslatbang KHAN Aceh",
                "Cut Nyak Contoh",
                "cut.contoh@lan.example"),
            new BerkasPenugasan.Baris(
                "P001", "PB-01", "Pusbangkom ASN, Jakarta", "Ani Lestari", "ani@lan.example"),
            new BerkasPenugasan.Baris(
                "32.04", "PB-01", "Pusbangkom ASN, Jakarta", "Ani Lestari", "ani@lan.example"));
    assertThat(v.keterangan().diimporPada())
        .isEqualTo(OffsetDateTime.parse("2026-12-04T01:30:00+07:00"));
    assertThat(v.keterangan().berkasAsal()).isEqualTo("penugasan.csv");
    assertThat(v.keterangan().sha256()).hasSize(64);
  }

  @Test
  void aSemicolonCsvWithHeaderInOtherCaseAndAnExtraColumnReadsTheSame() throws Exception {
    Path f =
        csv(
            "penugasan-titikkoma.csv",
            "Kode Instansi;KODE_SATKER;nama_satker;catatan;nama_analis;email_analis\n"
                + "11;PL-ACEH;Puslatbang KHAN Aceh;baru;Cut Nyak Contoh;cut.contoh@lan.example\n"
                + ";;;;;\n"
                + "P001;PB-01;Pusbangkom ASN, Jakarta;;Ani Lestari;ani@lan.example\n");

    HasilImpor h = impor.impor(f, Optional.of(LocalDate.of(2026, 1, 2)));

    assertThat(h.masalah()).isEmpty();
    assertThat(BerkasPenugasan.terakhir(ws).orElseThrow().baris())
        .extracting(BerkasPenugasan.Baris::kodeInstansi, BerkasPenugasan.Baris::namaSatker)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("11", "Puslatbang KHAN Aceh"),
            org.assertj.core.groups.Tuple.tuple("P001", "Pusbangkom ASN, Jakarta"));
  }

  @Test
  void theFirstSheetOfAnXlsxIsReadAndANumberCellKodeIsExplained() throws Exception {
    Path f = dir.resolve("penugasan.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(f)) {
      Sheet s = wb.createSheet("Penugasan");
      wb.createSheet("Catatan").createRow(0).createCell(0).setCellValue("bukan data");
      String[][] rows = {
        {"kode_instansi", "kode_satker", "nama_satker", "nama_analis", "email_analis"},
        {"32.04", "PB-01", "Pusbangkom ASN", "Ani Lestari", "ani@lan.example"},
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      Row angka = s.createRow(2);
      angka.createCell(0).setCellValue(11.10); // Excel keeps 11.1
      angka.createCell(1).setCellValue("PL-ACEH");
      angka.createCell(2).setCellValue("Puslatbang KHAN Aceh");
      angka.createCell(3).setCellValue("Cut Nyak Contoh");
      angka.createCell(4).setCellValue("cut@lan.example");
      wb.write(out);
    }

    HasilImpor h = impor.impor(f, Optional.empty());

    assertThat(h.status()).isEqualTo(HasilImpor.Status.DITOLAK);
    assertThat(h.masalah())
        .containsExactly(
            "Berkas \"penugasan.xlsx\", baris 3, kolom kode_instansi, nilai \"11.1\": kode instansi"
                + " ini tersimpan sebagai angka dan tidak ada dalam daftar induk instansi (Excel"
                + " membuang angka 0 di akhir, misalnya 11.10 menjadi 11.1); format sel kolom"
                + " kode_instansi sebagai Teks lalu ketik ulang kodenya.");
    assertThat(ws.root().resolve("penugasan")).doesNotExist();
  }

  @Test
  void anXlsxWithTextCellsIsStored() throws Exception {
    Path f = dir.resolve("penugasan.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(f)) {
      Sheet s = wb.createSheet("Lembar1");
      String[][] rows = {
        {"kode_instansi", "kode_satker", "nama_satker", "nama_analis", "email_analis"},
        {"11.10", "PL-ACEH", "Puslatbang KHAN Aceh", "Cut Nyak Contoh", "cut@lan.example"},
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }

    HasilImpor h = impor.impor(f, Optional.empty());

    assertThat(h.masalah()).isEmpty();
    assertThat(BerkasPenugasan.terakhir(ws).orElseThrow().baris())
        .containsExactly(
            new BerkasPenugasan.Baris(
                "11.10", "PL-ACEH", "Puslatbang KHAN Aceh", "Cut Nyak Contoh", "cut@lan.example"));
  }

  @Test
  void everyRefusedRowIsNamedWithRowColumnAndValueAndNothingIsStored() throws Exception {
    Path f =
        csv(
            "salah.csv",
            HEADER
                + "11,PL-ACEH,Puslatbang KHAN Aceh,Cut Nyak Contoh,cut@lan.example\n" // 2: fine
                + "99.99,PB-01,Pusbangkom ASN,Ani Lestari,ani@lan.example\n" // 3: unknown kode
                + "11,PB-01,Pusbangkom ASN,Ani Lestari,ani@lan.example\n" // 4: duplicate of 2
                + "32.04,PB-01,Pusbangkom ASN,,ani@lan.example\n" // 5: no analis name
                + "P001,PB-01,Pusbangkom ASN,Ani Lestari,ani(at)lan.example\n" // 6: bad e-mail
                + "11.10,PB-02,,Budi,budi@lan.example\n"); // 7: no satker name

    HasilImpor h = impor.impor(f, Optional.empty());

    assertThat(h.status()).isEqualTo(HasilImpor.Status.DITOLAK);
    assertThat(h.masalah())
        .containsExactly(
            "Berkas \"salah.csv\", baris 3, kolom kode_instansi, nilai \"99.99\": kode instansi ini"
                + " tidak ada dalam daftar induk instansi (4 instansi); periksa kodenya, misalnya"
                + " 32.04 atau P001.",
            "Berkas \"salah.csv\", baris 4, kolom kode_instansi, nilai \"11\": instansi ini sudah"
                + " ditugaskan pada baris 2; satu instansi hanya boleh satu baris.",
            "Berkas \"salah.csv\", baris 5, kolom nama_analis, nilai \"\": kolom wajib ini kosong;"
                + " isi kolom ini.",
            "Berkas \"salah.csv\", baris 6, kolom email_analis, nilai \"ani(at)lan.example\": bukan"
                + " alamat surel yang sah (bentuk nama@domain, misalnya analis@lan.go.id).",
            "Berkas \"salah.csv\", baris 7, kolom nama_satker, nilai \"\": kolom wajib ini kosong;"
                + " isi kolom ini.");
    assertThat(h.versi()).isZero();
    assertThat(BerkasPenugasan.semua(ws)).isEmpty();
    assertThat(ws.root().resolve("penugasan")).doesNotExist();
  }

  @Test
  void oneAnalisHasOneNameAndOneSatkerOneNameAndSwappedColumnsAreSeen() throws Exception {
    Path f =
        csv(
            "tidak-konsisten.csv",
            HEADER
                + "11,PB-01,Pusbangkom ASN,Ani Lestari,ani@lan.example\n"
                + "32.04,PB-01,Pusbangkom ASN Jakarta,Ani Lestary,ANI@lan.example\n"
                + "P001,PB-02,Puslatbang,budi@lan.example,Budi\n");

    HasilImpor h = impor.impor(f, Optional.empty());

    assertThat(h.masalah())
        .containsExactly(
            "Berkas \"tidak-konsisten.csv\", baris 3, kolom nama_analis, nilai \"Ani Lestary\":"
                + " alamat surel ani@lan.example sudah tercantum dengan nama analis \"Ani Lestari\""
                + " pada baris 2; satu alamat surel hanya untuk satu analis dengan satu nama.",
            "Berkas \"tidak-konsisten.csv\", baris 3, kolom nama_satker, nilai \"Pusbangkom ASN"
                + " Jakarta\": kode satker PB-01 sudah tercantum dengan nama satker \"Pusbangkom"
                + " ASN\" pada baris 2; satu kode satker hanya satu nama.",
            "Berkas \"tidak-konsisten.csv\", baris 4, kolom email_analis, nilai \"Budi\": bukan"
                + " alamat surel yang sah (bentuk nama@domain, misalnya analis@lan.go.id).",
            "Berkas \"tidak-konsisten.csv\", baris 4, kolom nama_analis, nilai"
                + " \"budi@lan.example\": nama analis memuat tanda @ seperti alamat surel; mungkin"
                + " isi kolom nama_analis dan email_analis tertukar.");
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsRequired() throws Exception {
    Path f = csv("kurang.csv", "kode_instansi,nama_satker,nama_analis,email\n11,a,b,c@d.e\n");

    assertThat(impor.impor(f, Optional.empty()).masalah())
        .containsExactly(
            "Berkas \"kurang.csv\": kolom wajib \"kode_satker\" tidak ada pada baris judul. Baris"
                + " judul harus memuat kolom: kode_instansi, kode_satker, nama_satker, nama_analis,"
                + " email_analis.",
            "Berkas \"kurang.csv\": kolom wajib \"email_analis\" tidak ada pada baris judul. Baris"
                + " judul harus memuat kolom: kode_instansi, kode_satker, nama_satker, nama_analis,"
                + " email_analis.");
  }

  @Test
  void aFileOfAnotherKindOrAnEmptyFileIsRefusedInIndonesian() throws Exception {
    assertThat(impor.impor(csv("penugasan.txt", BAIK), Optional.empty()).masalah())
        .singleElement()
        .asString()
        .startsWith("Berkas \"penugasan.txt\" bukan .csv atau .xlsx");
    assertThat(impor.impor(csv("kosong.csv", ""), Optional.empty()).status())
        .isEqualTo(HasilImpor.Status.DITOLAK);
    assertThat(impor.impor(csv("judul-saja.csv", HEADER), Optional.empty()).masalah())
        .containsExactly(
            "Berkas \"judul-saja.csv\": tidak ada baris penugasan di bawah baris judul.");
  }

  @Test
  void theSameFileImportedTwiceAddsNoVersion() throws Exception {
    Path f = csv("penugasan.csv", BAIK);
    impor.impor(f, Optional.of(LocalDate.of(2026, 1, 2)));

    HasilImpor again = impor.impor(f, Optional.of(LocalDate.of(2026, 6, 1)));

    assertThat(again.status()).isEqualTo(HasilImpor.Status.SAMA);
    assertThat(again.versi()).isEqualTo(1);
    assertThat(again.berlakuMulai()).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(BerkasPenugasan.semua(ws)).hasSize(1);
  }

  @Test
  void aChangedFileIsTheNextVersionAndEndsThePreviousTheDayBefore() throws Exception {
    impor.impor(csv("penugasan.csv", BAIK), Optional.of(LocalDate.of(2026, 1, 2)));
    Path changed =
        csv(
            "penugasan-mei.csv",
            BAIK.replace("Cut Nyak Contoh", "Teuku Contoh").replace("Cut.Contoh@LAN", "teuku@lan"));

    HasilImpor h = impor.impor(changed, Optional.of(LocalDate.of(2026, 5, 1)));

    assertThat(h.status()).isEqualTo(HasilImpor.Status.DISIMPAN);
    assertThat(h.versi()).isEqualTo(2);
    List<BerkasPenugasan.Versi> all = BerkasPenugasan.semua(ws);
    assertThat(all.get(0).berlakuSampai()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(all.get(1).berlakuSampai()).isNull();
    assertThat(all.get(1).baris().get(0).emailAnalis()).isEqualTo("teuku@lan.example");
  }

  @Test
  void aVersionMayNotStartBeforeTheOneInForce() throws Exception {
    impor.impor(csv("penugasan.csv", BAIK), Optional.of(LocalDate.of(2026, 5, 1)));
    Path changed = csv("penugasan-2.csv", BAIK.replace("Ani Lestari", "Ani L."));

    HasilImpor h = impor.impor(changed, Optional.of(LocalDate.of(2026, 4, 1)));

    assertThat(h.masalah())
        .containsExactly(
            "Tanggal berlaku mulai 2026-04-01 lebih awal dari penugasan versi 1 yang berlaku sejak"
                + " 2026-05-01; versi baru harus berlaku mulai 2026-05-01 atau sesudahnya (opsi"
                + " --berlaku-mulai).");
    assertThat(BerkasPenugasan.semua(ws)).hasSize(1);
  }

  @Test
  void theShippedExampleImportsCleanlyAgainstTheBundledMasterList() {
    Path file = id.go.lan.bangkom.samples.SampleData.copyPenugasan(dir.resolve("contoh"));
    ImporPenugasan bundled = new ImporPenugasan(InstansiMaster.load(Optional.empty()), ws, JAM);

    HasilImpor h = bundled.impor(file, Optional.empty());

    assertThat(h.masalah()).isEmpty();
    assertThat(h.jumlahBaris()).isEqualTo(606);
    assertThat(h.tanpaPenugasan()).isEmpty();
  }
}
