package id.go.lan.bangkom.samples.generator;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * "Roster after bangkom" (issue 15.1): for the first {@link GeneratorOptions#rosterTerlambat}
 * instansi (by master-list order) that send the last period in separate files with a readable
 * bangkom file, the period's {@code pegawai} file is moved from {@code <kode>/<periode>/} to {@code
 * .roster-terlambat/<kode>/<periode>/}. Ingesting the inbox refuses that bangkom file's rows as
 * {@code NIP_TIDAK_TERDAFTAR}; moving the rosters in and ingesting again takes them in, so the
 * manifest's true figures (computed as if every file arrived) hold after the second run. The bytes
 * are those written without the option: only where the file lies changes.
 */
final class RosterTerlambat {
  /** The folder, inside the output, holding the rosters sent late. */
  static final String FOLDER = ".roster-terlambat";

  /** One roster held back: its instansi, period and the path under the output folder. */
  record Moved(String kode, String periode, String berkas) {}

  private RosterTerlambat() {}

  static List<Moved> holdBack(Nation nation, Path out) throws IOException {
    List<Moved> moved = new ArrayList<>();
    int wanted = nation.options.rosterTerlambat();
    int year = nation.lastYear;
    int k = nation.lastK(year);
    int y = nation.yearIndex(year);
    String periode = year + "-CW" + k;
    for (InstansiPlan p : nation.plans) {
      if (moved.size() >= wanted) {
        break;
      }
      if (!p.bangkomAccepted(y, k) || p.formats[y][k - 1].container == Format.Container.XLSX_BOOK) {
        continue;
      }
      Path folder = out.resolve(p.instansi.kode()).resolve(periode);
      Path pegawai = find(folder, "pegawai.");
      if (pegawai == null || find(folder, "bangkom.") == null) {
        continue;
      }
      Path target = out.resolve(FOLDER).resolve(p.instansi.kode()).resolve(periode);
      Files.createDirectories(target);
      Path file = target.resolve(pegawai.getFileName());
      Files.move(pegawai, file);
      moved.add(new Moved(p.instansi.kode(), periode, out.relativize(file).toString()));
    }
    return moved;
  }

  private static Path find(Path folder, String prefix) throws IOException {
    if (!Files.isDirectory(folder)) {
      return null;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
      for (Path f : s) {
        if (f.getFileName().toString().startsWith(prefix)) {
          return f;
        }
      }
    }
    return null;
  }
}
