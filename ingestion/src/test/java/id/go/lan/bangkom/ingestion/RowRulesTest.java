package id.go.lan.bangkom.ingestion;

import static id.go.lan.bangkom.ingestion.Fixture.BANGKOM_HEADER;
import static id.go.lan.bangkom.ingestion.Fixture.KODE;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_A;
import static id.go.lan.bangkom.ingestion.Fixture.NIP_B;
import static id.go.lan.bangkom.ingestion.Fixture.PEGAWAI_HEADER;
import static id.go.lan.bangkom.ingestion.Fixture.PERIODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.go.lan.bangkom.core.BangkomConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per row reason code, on tiny CSV files checked with {@link Ingestion#check}. Period
 * 2026-CW1 ends on 30 April 2026; NIP birth years 1940..2009 are valid.
 */
class RowRulesTest {
  @TempDir Path tmp;
  private Fixture fx;

  @BeforeEach
  void setUp() {
    fx = new Fixture(tmp);
  }

  private Receipt pegawai(String... rows) {
    return fx.checkOne(
        fx.write(KODE, PERIODE, "pegawai.csv", PEGAWAI_HEADER + "\n" + String.join("\n", rows)));
  }

  /** Checks a bangkom file beside the three-person roster. */
  private Receipt bangkom(String... rows) {
    fx.roster(KODE, PERIODE);
    fx.write(KODE, PERIODE, "bangkom.csv", BANGKOM_HEADER + "\n" + String.join("\n", rows));
    Receipt r = fx.checkOne(fx.folder(KODE, PERIODE));
    assertThat(r.datasets().get("pegawai").barisDitolak()).isZero();
    return r;
  }

  private static String pegawaiRow(String nip) {
    return nip + ",Andi,PNS,FUNGSIONAL,Analis,Biro Umum,III/c,2015-05-01,AKTIF";
  }

  @Test
  void emptyRequiredColumnsAreEachReported() {
    Receipt r = pegawai(NIP_A + ",,PNS,FUNGSIONAL,Analis,Biro Umum,III/c,2015-05-01,");
    assertThat(r.penolakan())
        .extracting(Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::kolom)
        .containsExactly(
            tuple(2L, RejectReason.KOLOM_WAJIB_KOSONG, "nama"),
            tuple(2L, RejectReason.KOLOM_WAJIB_KOSONG, "status"));
    assertThat(r.penolakan().get(0).pesan()).contains("\"nama\"");
    assertThat(r.datasets().get("pegawai").barisDitolak()).isEqualTo(1);
  }

  @Test
  void bangkomWithoutJpNorDurationIsMissingJp() {
    Receipt r = bangkom(NIP_A + ",Latsar,3,,2026-02-01,2026-02-03,,BPSDM,");
    assertThat(r.penolakan())
        .extracting(Penolakan::kodeAlasan, Penolakan::kolom)
        .containsExactly(tuple(RejectReason.KOLOM_WAJIB_KOSONG, "jp"));
  }

  @Test
  void nipThatIsNot18DigitsIsNipFormat() {
    Receipt r = pegawai(pegawaiRow("1986 0926 2015"));
    assertThat(r.penolakan())
        .extracting(
            Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai)
        .containsExactly(tuple(2L, RejectReason.NIP_FORMAT, "nip", "1986 0926 2015"));
    assertThat(r.penolakan().get(0).pesan()).contains("1986 0926 2015").contains("18");
  }

  @Test
  void nipWithSpacesAndDotsIsAccepted() {
    Receipt r = pegawai(pegawaiRow("19860926 201505 1 001"), pegawaiRow("19900115.201903.2.002"));
    assertThat(r.penolakan()).isEmpty();
    assertThat(r.datasets().get("pegawai").barisDiterima()).isEqualTo(2);
  }

  @Test
  void nipInScientificNotationIsNipFormatAskingForText() {
    Receipt r = pegawai(pegawaiRow("1.98609E+17"));
    assertThat(r.penolakan())
        .extracting(Penolakan::kodeAlasan, Penolakan::nilai)
        .containsExactly(tuple(RejectReason.NIP_FORMAT, "1.98609E+17"));
    assertThat(r.penolakan().get(0).saran()).contains("teks");
  }

  @Test
  void nipWhoseFirstEightDigitsAreNoBirthDateIsNipTanggalLahir() {
    // Month 13; and born 2015, younger than 17 in 2026 (latest year 2009).
    Receipt r = pegawai(pegawaiRow("198613262015051001"), pegawaiRow("201501012015051001"));
    assertThat(r.penolakan())
        .extracting(Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::nilai)
        .containsExactly(
            tuple(2L, RejectReason.NIP_TANGGAL_LAHIR, "198613262015051001"),
            tuple(3L, RejectReason.NIP_TANGGAL_LAHIR, "201501012015051001"));
    assertThat(r.penolakan().get(1).pesan()).contains("2009");
  }

  @Test
  void nipWhoseFifteenthDigitIsNotOneOrTwoIsNipJenisKelamin() {
    Receipt r = pegawai(pegawaiRow("198609262015053001"));
    assertThat(r.penolakan())
        .extracting(Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai)
        .containsExactly(tuple(RejectReason.NIP_JENIS_KELAMIN, "nip", "198609262015053001"));
    assertThat(r.penolakan().get(0).pesan()).contains("\"3\"");
  }

  @Test
  void secondRowOfOneNipIsNipGanda() {
    Receipt r =
        pegawai(
            pegawaiRow(NIP_A),
            NIP_A + ",Andi Lain,PNS,PELAKSANA,Staf,Biro Umum,III/a,2015-05-01,AKTIF",
            pegawaiRow(NIP_B),
            NIP_A + ",Andi Tiga,PNS,PELAKSANA,Staf,Biro Umum,III/a,2015-05-01,AKTIF");
    assertThat(r.penolakan())
        .extracting(Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::nilai)
        .containsExactly(
            tuple(3L, RejectReason.NIP_GANDA, NIP_A), tuple(5L, RejectReason.NIP_GANDA, NIP_A));
    assertThat(r.penolakan().get(0).pesan()).contains("baris 2");
    assertThat(r.datasets().get("pegawai").barisDiterima()).isEqualTo(2);
  }

  @Test
  void bangkomNipOutsideTheRosterIsNipTidakTerdaftar() {
    Receipt r =
        bangkom(
            NIP_A + ",Latsar,3,,2026-02-01,2026-02-03,24,BPSDM,",
            "198001012005011004,Latsar,3,,2026-02-01,2026-02-03,24,BPSDM,");
    assertThat(r.penolakan())
        .extracting(
            Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai)
        .containsExactly(tuple(3L, RejectReason.NIP_TIDAK_TERDAFTAR, "nip", "198001012005011004"));
  }

  @Test
  void withoutAnyRosterEveryBangkomRowIsNipTidakTerdaftar() {
    Path f =
        fx.write(
            KODE,
            PERIODE,
            "bangkom.csv",
            BANGKOM_HEADER
                + "\n"
                + NIP_A
                + ",Latsar,3,,2026-02-01,2026-02-03,24,BPSDM,\n"
                + NIP_B
                + ",Coaching,14,,2026-03-01,2026-03-01,2,BPSDM,\n");
    Receipt r = fx.checkOne(f);
    assertThat(r.penolakan())
        .extracting(Penolakan::nomorBaris, Penolakan::kodeAlasan)
        .containsExactly(
            tuple(2L, RejectReason.NIP_TIDAK_TERDAFTAR),
            tuple(3L, RejectReason.NIP_TIDAK_TERDAFTAR));
    assertThat(r.penolakan().get(0).pesan()).contains("belum ada daftar pegawai");
  }

  @Test
  void unreadableDateIsTanggalFormat() {
    Receipt r =
        bangkom(
            NIP_A + ",Latsar,3,,31/02/2026,2026-03-03,24,BPSDM,",
            NIP_B + ",Latsar,3,,2026-03-01,kemarin,24,BPSDM,");
    assertThat(r.penolakan())
        .extracting(
            Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai)
        .containsExactly(
            tuple(2L, RejectReason.TANGGAL_FORMAT, "tanggal_mulai", "31/02/2026"),
            tuple(3L, RejectReason.TANGGAL_FORMAT, "tanggal_selesai", "kemarin"));
  }

  @Test
  void endBeforeStartIsTanggalUrutan() {
    Receipt r = bangkom(NIP_A + ",Latsar,3,,10/03/2026,01/03/2026,24,BPSDM,");
    assertThat(r.penolakan())
        .extracting(
            Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai)
        .containsExactly(tuple(2L, RejectReason.TANGGAL_URUTAN, "tanggal_selesai", "01/03/2026"));
  }

  @Test
  void endAfterThePeriodOrBeforeLastYearIsTanggalDiLuarPeriode() {
    Receipt r =
        bangkom(
            NIP_A + ",Latsar,3,,2026-04-28,2026-05-02,24,BPSDM,",
            NIP_A + ",Kursus,11,,2024-12-20,2024-12-31,10,BPSDM,",
            NIP_A + ",Kursus Lama,11,,2025-01-01,2025-01-01,10,BPSDM,",
            NIP_A + ",Akhir Periode,11,,2026-04-30,2026-04-30,10,BPSDM,");
    assertThat(r.penolakan())
        .extracting(
            Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai)
        .containsExactly(
            tuple(2L, RejectReason.TANGGAL_DI_LUAR_PERIODE, "tanggal_selesai", "2026-05-02"),
            tuple(3L, RejectReason.TANGGAL_DI_LUAR_PERIODE, "tanggal_selesai", "2024-12-31"));
    assertThat(r.penolakan().get(0).pesan()).contains("2026-04-30");
    assertThat(r.penolakan().get(1).pesan()).contains("2025-01-01");
  }

  @Test
  void tmtAfterThePeriodIsTanggalDiLuarPeriode() {
    Receipt r = pegawai(NIP_A + ",Andi,CPNS,PELAKSANA,Staf,Biro Umum,II/a,01/05/2026,AKTIF");
    assertThat(r.penolakan())
        .extracting(Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai)
        .containsExactly(tuple(RejectReason.TANGGAL_DI_LUAR_PERIODE, "tmt_asn", "01/05/2026"));
  }

  @Test
  void jpThatIsNotANumberIsJpFormat() {
    Receipt r = bangkom(NIP_A + ",Latsar,3,,2026-02-01,2026-02-03,24 JP,BPSDM,");
    assertThat(r.penolakan())
        .extracting(Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai)
        .containsExactly(tuple(RejectReason.JP_FORMAT, "jp", "24 JP"));
  }

  @Test
  void jpZeroNegativeOrAboveTheMaximumIsJpTidakWajar() {
    Receipt r =
        bangkom(
            NIP_A + ",Latsar,3,,2026-02-01,2026-02-03,0,BPSDM,",
            NIP_A + ",Latsar 2,3,,2026-02-01,2026-02-03,-3,BPSDM,",
            NIP_A + ",Latsar 3,3,,2026-02-01,2026-02-03,1000.01,BPSDM,",
            NIP_A + ",Latsar 4,3,,2026-02-01,2026-02-03,1000,BPSDM,");
    assertThat(r.penolakan())
        .extracting(Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::nilai)
        .containsExactly(
            tuple(2L, RejectReason.JP_TIDAK_WAJAR, "0"),
            tuple(3L, RejectReason.JP_TIDAK_WAJAR, "-3"),
            tuple(4L, RejectReason.JP_TIDAK_WAJAR, "1000.01"));
    assertThat(r.penolakan().get(2).pesan()).contains("1000");
  }

  @Test
  void unknownEnumerationValuesAreNilaiTidakDikenal() {
    Receipt r = pegawai(NIP_A + ",Andi,HONORER,FUNGSIONAL,Analis,Biro Umum,III/c,2015-05-01,cuti");
    assertThat(r.penolakan())
        .extracting(Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai)
        .containsExactly(
            tuple(RejectReason.NILAI_TIDAK_DIKENAL, "jenis_pegawai", "HONORER"),
            tuple(RejectReason.NILAI_TIDAK_DIKENAL, "status", "cuti"));
    assertThat(r.penolakan().get(0).pesan()).contains("PNS, CPNS, PPPK");
  }

  @Test
  void unknownJenisDiklatOrJalurIsNilaiTidakDikenal() {
    Receipt r =
        bangkom(
            NIP_A + ",Latsar,Piknik,,2026-02-01,2026-02-03,24,BPSDM,",
            NIP_A + ",Latsar,26,,2026-02-01,2026-02-03,24,BPSDM,",
            NIP_A + ",Latsar,3,DARING,2026-02-01,2026-02-03,24,BPSDM,");
    assertThat(r.penolakan())
        .extracting(
            Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai)
        .containsExactly(
            tuple(2L, RejectReason.NILAI_TIDAK_DIKENAL, "jenis_diklat", "Piknik"),
            tuple(3L, RejectReason.NILAI_TIDAK_DIKENAL, "jenis_diklat", "26"),
            tuple(4L, RejectReason.NILAI_TIDAK_DIKENAL, "jalur", "DARING"));
  }

  @Test
  void trainingRateChecksIndicatorInstrumentAndScore() {
    Path f =
        fx.write(
            KODE,
            PERIODE,
            "training_rate.csv",
            "instrumen,indikator,nilai,bukti\n"
                + "PERENCANAAN,PR1,80,https://contoh.instansi.example/a\n"
                + "PELAKSANAAN,PL1,90,\n"
                + "MONEV,XX9,70,\n"
                + "MONEV,PR2,70,\n"
                + "PERENCANAAN,PR3,120,\n"
                + "PERENCANAAN,PR2,baik,\n"
                + "monev,mo1,\"82,5\",\n");
    Receipt r = fx.checkOne(f);
    assertThat(r.penolakan())
        .extracting(
            Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::kolom, Penolakan::nilai)
        .containsExactly(
            tuple(3L, RejectReason.NILAI_TIDAK_DIKENAL, "indikator", "PL1"),
            tuple(4L, RejectReason.NILAI_TIDAK_DIKENAL, "indikator", "XX9"),
            tuple(5L, RejectReason.NILAI_TIDAK_DIKENAL, "indikator", "PR2"),
            tuple(6L, RejectReason.NILAI_TIDAK_DIKENAL, "nilai", "120"),
            tuple(7L, RejectReason.NILAI_TIDAK_DIKENAL, "nilai", "baik"));
    assertThat(r.penolakan().get(0).pesan()).contains("dihitung");
    assertThat(r.datasets().get("training_rate").barisDiterima()).isEqualTo(2);
  }

  @Test
  void theAcceptedIndicatorsFollowTheConfiguredInstrument() {
    // LAN's own instrument: PR4 added, PL2 now computed like PL1 (configuration only).
    BangkomConfig lan =
        BangkomConfig.withOverrides(
            java.util.Map.of(
                "training_rate.instrumen",
                "PERENCANAAN:30:PR1|PR4,PELAKSANAAN:40:PL1|PL2,MONEV:30:MO1",
                "training_rate.indikator_dihitung",
                "PL1,PL2"));
    Path f =
        fx.write(
            KODE,
            PERIODE,
            "training_rate.csv",
            "instrumen,indikator,nilai\n"
                + "PERENCANAAN,PR4,80\n"
                + "PELAKSANAAN,PL2,90\n"
                + "PERENCANAAN,PR2,70\n");
    java.util.List<Receipt> receipts = new Ingestion(lan, fx.master, fx.workspace).check(f);
    Receipt r = receipts.get(0);
    assertThat(r.penolakan())
        .extracting(Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::nilai)
        .containsExactly(
            tuple(3L, RejectReason.NILAI_TIDAK_DIKENAL, "PL2"),
            tuple(4L, RejectReason.NILAI_TIDAK_DIKENAL, "PR2"));
    assertThat(r.penolakan().get(0).saran()).contains("PR1, PR4, MO1");
    assertThat(r.datasets().get("training_rate").barisDiterima()).isEqualTo(1);
  }

  @Test
  void rowIdenticalAfterNormalisationIsBarisGanda() {
    Receipt r =
        bangkom(
            NIP_A + ",Pelatihan  Dasar,3,,2026-02-01,2026-02-03,24,BPSDM,",
            NIP_B + ",Pelatihan Dasar,3,,2026-02-01,2026-02-03,24,BPSDM,",
            "19860926 201505 1 001, pelatihan dasar ,Diklat Teknis,,01/02/2026,3 Februari 2026,24.0,bpsdm,");
    assertThat(r.penolakan())
        .extracting(Penolakan::nomorBaris, Penolakan::kodeAlasan, Penolakan::kolom)
        .containsExactly(tuple(4L, RejectReason.BARIS_GANDA, null));
    assertThat(r.penolakan().get(0).pesan()).contains("baris 2");
  }

  @Test
  void aNumberWrittenTwoWaysMakesTheSameRow() {
    // 1000 takes the plain-number key, "1.000,00" (thousands and decimal separators) the general
    // one: both are 1000 JP, so the second row is the first again.
    Receipt r =
        bangkom(
            NIP_A + ",Pelatihan Dasar,3,,2026-02-01,2026-02-03,1000,BPSDM,",
            NIP_A + ",Pelatihan Dasar,3,,2026-02-01,2026-02-03,\"1.000,00\",BPSDM,");
    assertThat(r.penolakan())
        .extracting(Penolakan::nomorBaris, Penolakan::kodeAlasan)
        .containsExactly(tuple(3L, RejectReason.BARIS_GANDA));
  }

  @Test
  void everyFaultOfARowIsReportedButTheRowCountsOnce() {
    Receipt r =
        bangkom(
            "12345,,Piknik,,2026-13-01,2026-03-01,abc,BPSDM,",
            NIP_A + ",Latsar,3,,2026-02-01,2026-02-03,24,BPSDM,");
    assertThat(r.penolakan())
        .extracting(Penolakan::kodeAlasan, Penolakan::kolom)
        .containsExactlyInAnyOrder(
            tuple(RejectReason.KOLOM_WAJIB_KOSONG, "nama_kegiatan"),
            tuple(RejectReason.NIP_FORMAT, "nip"),
            tuple(RejectReason.NILAI_TIDAK_DIKENAL, "jenis_diklat"),
            tuple(RejectReason.TANGGAL_FORMAT, "tanggal_mulai"),
            tuple(RejectReason.JP_FORMAT, "jp"));
    DatasetInfo d = r.datasets().get("bangkom");
    assertThat(d.barisDibaca()).isEqualTo(2);
    assertThat(d.barisDiterima()).isEqualTo(1);
    assertThat(d.barisDitolak()).isEqualTo(1);
  }
}
