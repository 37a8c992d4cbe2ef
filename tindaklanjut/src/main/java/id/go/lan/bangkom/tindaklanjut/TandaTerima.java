package id.go.lan.bangkom.tindaklanjut;

import static id.go.lan.bangkom.tindaklanjut.TindakLanjut.PESAN;

import id.go.lan.bangkom.core.CsvPenulis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The receipt of one import, {@code <workspace>/tindak-lanjut/tanda-terima/<waktu>-<berkas>.csv}
 * (UTF-8 with BOM, for Excel): one line per row of the worklist that has something in it, with its
 * status; a refused row has one line per reason, naming the column and the value. Never
 * overwritten: a second import in the same second gets {@code -2}.
 */
final class TandaTerima {
  private static final DateTimeFormatter WAKTU =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

  private TandaTerima() {}

  static Path tulis(
      Path folder,
      String berkas,
      LocalDateTime waktu,
      List<BarisImpor> baris,
      List<Integer> kosong) {
    try {
      Files.createDirectories(folder);
      Path tujuan = baru(folder, WAKTU.format(waktu) + "-" + dasar(berkas));
      try (Writer w = Files.newBufferedWriter(tujuan, StandardCharsets.UTF_8);
          CsvPenulis csv = new CsvPenulis(w, ',', "\r\n")) {
        w.write('\uFEFF');
        csv.baris(
            "berkas",
            "baris",
            "status",
            "periode",
            "kode_instansi",
            "kolom",
            "nilai",
            "alasan",
            "id");
        for (BarisImpor b : baris) {
          if (b.penolakan().isEmpty()) {
            baris(csv, berkas, b, status(b.status()), "", "", keterangan(b.status()), b.id());
          }
          for (Penolakan p : b.penolakan()) {
            baris(csv, berkas, b, status(b.status()), p.kolom(), p.nilai(), p.alasan(), "");
          }
        }
        for (int nomor : kosong) {
          csv.teks(berkas).nilai(nomor).teks(PESAN.f("tt.status.kosong"));
          csv.teks("").teks("").teks("").teks("").teks(PESAN.f("tt.alasan.kosong")).teks("");
          csv.akhiriBaris();
        }
      }
      return tujuan;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the follow-up receipt in " + folder, e);
    }
  }

  private static void baris(
      CsvPenulis csv,
      String berkas,
      BarisImpor b,
      String status,
      String kolom,
      String nilai,
      String alasan,
      String id)
      throws IOException {
    csv.teks(berkas).nilai(b.nomor()).teks(status).teks(b.periode()).teks(b.kodeInstansi());
    csv.teks(kolom).teks(nilai).teks(alasan).nilai(id == null ? "" : id).akhiriBaris();
  }

  private static String status(StatusBaris s) {
    return switch (s) {
      case DITERIMA -> PESAN.f("tt.status.diterima");
      case SUDAH_TERCATAT -> PESAN.f("tt.status.sudah.tercatat");
      case DITOLAK -> PESAN.f("tt.status.ditolak");
    };
  }

  private static String keterangan(StatusBaris s) {
    return s == StatusBaris.SUDAH_TERCATAT ? PESAN.f("tt.alasan.sudah.tercatat") : "";
  }

  /** The file name without its extension, safe in a file name. */
  private static String dasar(String berkas) {
    String d = berkas.replaceFirst("(?i)\\.xlsx$", "");
    return d.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
  }

  private static Path baru(Path folder, String dasar) throws IOException {
    for (int n = 1; ; n++) {
      Path p = folder.resolve(n == 1 ? dasar + ".csv" : dasar + "-" + n + ".csv");
      try {
        return Files.createFile(p);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
    }
  }
}
