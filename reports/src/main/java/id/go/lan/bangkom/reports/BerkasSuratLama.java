package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;

import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes, before the letters of a cut-off are written again, the files of an earlier run that this
 * run no longer writes: the letter of a stage an instansi no longer reached (a re-run after new
 * data), the list of an instansi now HIJAU. Only the files the letters write are touched (names
 * starting with a stage's {@link TahapSounding#awalanBerkas()} or {@code daftar-pegawai-}); the
 * folder of an instansi with no letter in this run is removed once empty.
 */
final class BerkasSuratLama {
  private static final String DAFTAR_PEGAWAI = "daftar-pegawai-";

  private BerkasSuratLama() {}

  static void hapus(Path root, List<SuratInstansi> surat) {
    if (!Files.isDirectory(root)) {
      return;
    }
    Set<Path> tetap = new HashSet<>();
    for (SuratInstansi s : surat) {
      tetap.add(s.pdf().toAbsolutePath().normalize());
      s.daftarCsv().ifPresent(p -> tetap.add(p.toAbsolutePath().normalize()));
      s.daftarXlsx().ifPresent(p -> tetap.add(p.toAbsolutePath().normalize()));
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
      for (Path dir : dirs) {
        hapusDi(dir, tetap);
      }
    } catch (IOException e) {
      throw Gagal.tulis(teks("galat.surat_lama", root.toString()), e);
    }
  }

  private static void hapusDi(Path dir, Set<Path> tetap) throws IOException {
    List<Path> lama = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        if (milikSurat(f.getFileName().toString())
            && !tetap.contains(f.toAbsolutePath().normalize())) {
          lama.add(f);
        }
      }
    }
    for (Path f : lama) {
      Files.delete(f);
    }
    if (tetap.stream().anyMatch(p -> p.getParent().equals(dir.toAbsolutePath().normalize()))) {
      return;
    }
    try (DirectoryStream<Path> rest = Files.newDirectoryStream(dir)) {
      if (!rest.iterator().hasNext()) {
        Files.delete(dir);
      }
    }
  }

  private static boolean milikSurat(String nama) {
    if (nama.startsWith(DAFTAR_PEGAWAI)) {
      return true;
    }
    for (TahapSounding tahap : TahapSounding.values()) {
      if (nama.startsWith(tahap.awalanBerkas() + "-")) {
        return true;
      }
    }
    return false;
  }
}
