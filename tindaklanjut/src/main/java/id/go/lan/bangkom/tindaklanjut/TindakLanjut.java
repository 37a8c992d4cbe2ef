package id.go.lan.bangkom.tindaklanjut;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.LogTindakLanjut;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Recording the Analis Bangkom's follow-ups (issue 16.3): {@link #catat} one entry, {@link #impor}
 * a filled worklist. Each entry is checked, then appended to the follow-up log ({@link
 * LogTindakLanjut}) unless the same content is there already, with who recorded it and when.
 */
public final class TindakLanjut {
  /** This module's messages: {@code bangkom/pesan/tindaklanjut.properties}. */
  static final Pesan PESAN = Pesan.modul("tindaklanjut");

  /** The product's clock zone: "today" and dicatat_pada are WIB. */
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** The receipts' folder under the log's folder. */
  static final String FOLDER_TANDA_TERIMA = "tanda-terima";

  private final Workspace workspace;
  private final Pemeriksa pemeriksa;
  private final Clock clock;

  public TindakLanjut(InstansiMaster master, Workspace workspace, Clock clock) {
    this.pemeriksa = new Pemeriksa(master);
    this.workspace = requireNonNull(workspace, "workspace is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** {@code <workspace>/tindak-lanjut/tanda-terima}. */
  public static Path folderTandaTerima(Workspace workspace) {
    return LogTindakLanjut.folder(workspace).resolve(FOLDER_TANDA_TERIMA);
  }

  /** Checks and records one follow-up typed on the command line, by {@code oleh}. */
  public HasilCatat catat(Masukan masukan, String oleh) {
    requireOleh(oleh);
    Pemeriksa.Hasil hasil = pemeriksa.periksa(masukan, hariIni());
    Path log = LogTindakLanjut.berkas(workspace);
    if (hasil.isi() == null) {
      return new HasilCatat(StatusBaris.DITOLAK, null, hasil.penolakan(), List.of(), log);
    }
    try (LogTindakLanjut.Penulis penulis = LogTindakLanjut.Penulis.buka(workspace)) {
      LogTindakLanjut.Entri entri = entri(hasil.isi(), oleh, LogTindakLanjut.SUMBER_CATAT);
      boolean baru = penulis.tambah(entri);
      return new HasilCatat(
          baru ? StatusBaris.DITERIMA : StatusBaris.SUDAH_TERCATAT,
          entri.id(),
          List.of(),
          peringatan(penulis),
          log);
    }
  }

  /**
   * Imports the analis's filled worklist {@code xlsx}: every filled row checked and recorded (or
   * refused, or found already recorded), rows with an empty fill-in part skipped, a receipt
   * written. A file that cannot be read as a worklist is refused whole ({@link DaftarDitolak}).
   */
  public HasilImpor impor(Path xlsx, String oleh) {
    requireOleh(oleh);
    String nama = xlsx.getFileName().toString();
    BerkasDaftar.Isi daftar = BerkasDaftar.baca(xlsx);
    LocalDate hariIni = hariIni();
    List<BarisImpor> baris = new ArrayList<>();
    List<String> peringatan;
    try (LogTindakLanjut.Penulis penulis = LogTindakLanjut.Penulis.buka(workspace)) {
      peringatan = peringatan(penulis);
      for (BerkasDaftar.Baris b : daftar.terisi()) {
        Masukan m = b.masukan();
        Pemeriksa.Hasil hasil = pemeriksa.periksa(m, hariIni);
        if (hasil.isi() == null) {
          baris.add(
              new BarisImpor(
                  b.nomor(),
                  m.periode(),
                  m.kodeInstansi(),
                  StatusBaris.DITOLAK,
                  null,
                  hasil.penolakan()));
          continue;
        }
        LogTindakLanjut.Entri entri =
            entri(hasil.isi(), oleh, LogTindakLanjut.sumberBerkas(nama, b.nomor()));
        boolean baru = penulis.tambah(entri);
        baris.add(
            new BarisImpor(
                b.nomor(),
                m.periode(),
                m.kodeInstansi(),
                baru ? StatusBaris.DITERIMA : StatusBaris.SUDAH_TERCATAT,
                entri.id(),
                List.of()));
      }
    }
    Path tandaTerima =
        TandaTerima.tulis(
            folderTandaTerima(workspace),
            nama,
            OffsetDateTime.now(clock.withZone(WIB)).toLocalDateTime(),
            baris,
            daftar.kosong());
    return new HasilImpor(
        nama, baris, daftar.kosong(), tandaTerima, LogTindakLanjut.berkas(workspace), peringatan);
  }

  private LogTindakLanjut.Entri entri(Pemeriksa.Isi isi, String oleh, String sumber) {
    return LogTindakLanjut.Entri.baru(
        isi.periode().tahun(),
        isi.periode().caturwulan(),
        isi.kodeInstansi(),
        isi.tanggal(),
        isi.saluran(),
        isi.kontak(),
        isi.hasil(),
        isi.janjiTindakan(),
        isi.janjiTanggal(),
        oleh.strip(),
        OffsetDateTime.now(clock.withZone(WIB)),
        sumber);
  }

  private LocalDate hariIni() {
    return LocalDate.now(clock.withZone(WIB));
  }

  private static List<String> peringatan(LogTindakLanjut.Penulis penulis) {
    List<String> lines = new ArrayList<>();
    penulis
        .potonganDibuang()
        .ifPresent(
            t ->
                lines.add(
                    PESAN.f("log.terpotong", penulis.berkas(), Integer.toString(t.length()))));
    for (int nomor : penulis.isiAwal().barisRusak()) {
      lines.add(PESAN.f("log.baris.rusak", penulis.berkas(), Integer.toString(nomor)));
    }
    return lines;
  }

  private static void requireOleh(String oleh) {
    if (oleh == null || oleh.isBlank()) {
      throw new IllegalArgumentException(PESAN.f("oleh.kosong"));
    }
  }
}
