package id.go.lan.bangkom.schedules.delivery;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;

import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.CsvPenulis;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code outbox/<P>/siaran.csv}: one short text per PIC for chat groups, which an operator opens in
 * a spreadsheet (RFC 4180, UTF-8 without BOM; every field free text, so no live formula). Only the
 * SOUNDING notices: an escalation goes to the pimpinan by letter, not to a chat group.
 */
final class BroadcastFile {
  private BroadcastFile() {}

  static Path write(Path outbox, List<Notice> notices, MessageComposer composer) {
    Path file = outbox.resolve("siaran.csv");
    try {
      BerkasPribadi.folder(outbox);
      Path tmp = BerkasPribadi.temporaryFile(outbox, "siaran", ".tmp");
      try (CsvPenulis csv =
          new CsvPenulis(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), ',', "\r\n")) {
        csv.baris("kode_instansi", "nama_instansi", "level", "nama_pic", "email_pic", "teks");
        for (Notice n : notices) {
          if (n.tahap() != TahapSounding.SOUNDING) {
            continue;
          }
          csv.baris(
              n.kodeInstansi(),
              n.namaInstansi(),
              n.level(),
              n.namaPic().orElse(""),
              n.emailPic().orElse(""),
              composer.broadcast(n));
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("siaran.tidak.tertulis", file), e);
    }
    return file;
  }
}
