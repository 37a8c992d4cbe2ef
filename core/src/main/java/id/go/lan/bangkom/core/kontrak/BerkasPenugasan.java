package id.go.lan.bangkom.core.kontrak;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.CsvPenulis;
import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.SelCsv;
import id.go.lan.bangkom.core.Workspace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The stored assignment of instansi to LAN satker and Analis Bangkom: one folder per imported
 * version, {@code <workspace>/penugasan/v<N>/} holding {@code penugasan.csv} (the rows, normalised:
 * UTF-8, comma, header {@link Kolom} in order, one row per instansi) and {@code versi.properties}
 * ({@code berlaku_mulai}, {@code diimpor_pada}, {@code berkas_asal}, {@code sha256}). Versions are
 * never changed: a new import adds {@code v<N+1>}, written in a temporary folder and renamed in
 * whole, so a reader sees a version complete or not at all.
 *
 * <p>Owned here, in one place: ingestion's import writes through {@link #simpan}, the warehouse
 * reads every version through {@link #semua} into {@code dim_penugasan}, and neither depends on the
 * other. The files hold names and e-mail addresses of LAN staff, so they are private to the
 * workspace's account ({@link BerkasPribadi}).
 */
public final class BerkasPenugasan {
  /** The folder of the versions under the workspace. */
  public static final String FOLDER = "penugasan";

  /** The rows of a version. */
  public static final String BERKAS = "penugasan.csv";

  /** The facts of a version. */
  public static final String VERSI = "versi.properties";

  /** The zone of {@code berlaku_mulai}'s default (today) and of {@code diimpor_pada}. */
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private static final Pesan PESAN = Pesan.modul("core");
  private static final Pattern NAMA_VERSI = Pattern.compile("v([1-9][0-9]{0,8})");

  /** A column of the assignment, in file order; the admin's file uses the same header names. */
  public enum Kolom {
    KODE_INSTANSI,
    KODE_SATKER,
    NAMA_SATKER,
    NAMA_ANALIS,
    EMAIL_ANALIS;

    /** The header name. */
    public String nama() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One instansi's assignment; every field required (validated by the import). */
  public record Baris(
      String kodeInstansi,
      String kodeSatker,
      String namaSatker,
      String namaAnalis,
      String emailAnalis) {
    public Baris {
      requireNonNull(kodeInstansi, "kodeInstansi is null");
      requireNonNull(kodeSatker, "kodeSatker is null");
      requireNonNull(namaSatker, "namaSatker is null");
      requireNonNull(namaAnalis, "namaAnalis is null");
      requireNonNull(emailAnalis, "emailAnalis is null");
    }

    /** The fields in {@link Kolom} order. */
    public List<String> nilai() {
      return List.of(kodeInstansi, kodeSatker, namaSatker, namaAnalis, emailAnalis);
    }
  }

  /**
   * The facts of a version: from which day it is in force, when it was imported (WIB, seconds), the
   * admin's file name and the SHA-256 (hex) of its bytes.
   */
  public record Keterangan(
      LocalDate berlakuMulai, OffsetDateTime diimporPada, String berkasAsal, String sha256) {
    public Keterangan {
      requireNonNull(berlakuMulai, "berlakuMulai is null");
      requireNonNull(diimporPada, "diimporPada is null");
      requireNonNull(berkasAsal, "berkasAsal is null");
      requireNonNull(sha256, "sha256 is null");
    }
  }

  /**
   * One stored version. {@code berlakuSampai} is null for the last version (in force) and otherwise
   * the day before the next version's {@code berlakuMulai} (before {@code berlakuMulai} itself when
   * the next version starts the same day: it was never in force). The rows are copied.
   */
  public record Versi(
      int nomor, Keterangan keterangan, LocalDate berlakuSampai, List<Baris> baris) {
    public Versi {
      requireNonNull(keterangan, "keterangan is null");
      baris = List.copyOf(baris);
    }
  }

  private BerkasPenugasan() {}

  /** {@code <workspace>/penugasan}. */
  public static Path folder(Workspace workspace) {
    return workspace.root().resolve(FOLDER);
  }

  /** {@code <workspace>/penugasan/v<nomor>}. */
  public static Path folderVersi(Workspace workspace, int nomor) {
    return folder(workspace).resolve("v" + nomor);
  }

  /** The header of {@link #BERKAS}: the column names in order. */
  public static List<String> header() {
    return Stream.of(Kolom.values()).map(Kolom::nama).toList();
  }

  /**
   * Every stored version, oldest first, with its {@code berlakuSampai}; empty when none was
   * imported. Folders that are not {@code v<N>} (a temporary folder of an import in progress) are
   * not versions.
   *
   * @throws IllegalStateException (Indonesian message naming the file) when a stored file is
   *     damaged
   */
  public static List<Versi> semua(Workspace workspace) {
    List<Integer> nomor = nomorVersi(workspace);
    List<Keterangan> keterangan = new ArrayList<>();
    for (int n : nomor) {
      keterangan.add(bacaKeterangan(folderVersi(workspace, n).resolve(VERSI)));
    }
    List<Versi> out = new ArrayList<>();
    for (int i = 0; i < nomor.size(); i++) {
      LocalDate sampai =
          i + 1 < nomor.size() ? keterangan.get(i + 1).berlakuMulai().minusDays(1) : null;
      out.add(
          new Versi(
              nomor.get(i),
              keterangan.get(i),
              sampai,
              bacaBaris(folderVersi(workspace, nomor.get(i)).resolve(BERKAS))));
    }
    return List.copyOf(out);
  }

  /** The version in force (the last one), if any was imported. */
  public static Optional<Versi> terakhir(Workspace workspace) {
    List<Versi> all = semua(workspace);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Stores {@code baris} as the next version and returns its number. The caller validated the rows
   * (one per instansi, every field filled, no line breaks).
   *
   * @throws IOException when the folder cannot be written, or another import stored the same number
   *     meanwhile (nothing of this version is left behind)
   */
  public static int simpan(Workspace workspace, Keterangan keterangan, List<Baris> baris)
      throws IOException {
    Path folder = BerkasPribadi.folder(folder(workspace));
    List<Integer> nomor = nomorVersi(workspace);
    int next = nomor.isEmpty() ? 1 : nomor.get(nomor.size() - 1) + 1;
    Path tmp = BerkasPribadi.folder(folder.resolve(".baru-" + UUID.randomUUID()));
    try {
      try (Writer w =
          Files.newBufferedWriter(
              BerkasPribadi.newFile(tmp.resolve(BERKAS)), StandardCharsets.UTF_8)) {
        // Values as they are (nilai, not teks): this file is the record read back exactly; the
        // import refuses line breaks and control characters in every field.
        CsvPenulis csv = new CsvPenulis(w, ',', "\n");
        for (String h : header()) {
          csv.nilai(h);
        }
        csv.akhiriBaris();
        for (Baris b : baris) {
          for (String v : b.nilai()) {
            csv.nilai(v);
          }
          csv.akhiriBaris();
        }
      }
      try (Writer w =
          Files.newBufferedWriter(
              BerkasPribadi.newFile(tmp.resolve(VERSI)), StandardCharsets.UTF_8)) {
        w.write(teksKeterangan(keterangan));
      }
      Files.move(tmp, folderVersi(workspace, next), StandardCopyOption.ATOMIC_MOVE);
      return next;
    } finally {
      hapus(tmp);
    }
  }

  private static String teksKeterangan(Keterangan k) throws IOException {
    Properties p = new Properties();
    p.setProperty("berlaku_mulai", k.berlakuMulai().toString());
    p.setProperty("diimpor_pada", k.diimporPada().toString());
    p.setProperty("berkas_asal", k.berkasAsal());
    p.setProperty("sha256", k.sha256());
    java.io.StringWriter w = new java.io.StringWriter();
    p.store(w, null);
    // Properties writes a date comment first: left out, and the keys sorted, so the file says only
    // what the version is.
    return w.toString()
        .lines()
        .filter(l -> !l.startsWith("#"))
        .sorted()
        .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append)
        .toString();
  }

  private static List<Integer> nomorVersi(Workspace workspace) {
    Path folder = folder(workspace);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isDirectory)
          .map(p -> NAMA_VERSI.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> Integer.parseInt(m.group(1)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("penugasan.tidak.terbaca", folder.toString()), e);
    }
  }

  private static Keterangan bacaKeterangan(Path file) {
    Properties p = new Properties();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("penugasan.tidak.terbaca", file.toString()), e);
    }
    try {
      return new Keterangan(
          LocalDate.parse(wajib(p, "berlaku_mulai", file)),
          OffsetDateTime.parse(wajib(p, "diimpor_pada", file)),
          wajib(p, "berkas_asal", file),
          wajib(p, "sha256", file));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          PESAN.f("penugasan.rusak", file.toString(), e.getParsedString()), e);
    }
  }

  private static String wajib(Properties p, String kunci, Path file) {
    String v = p.getProperty(kunci);
    if (v == null) {
      throw new IllegalStateException(PESAN.f("penugasan.rusak", file.toString(), kunci));
    }
    return v;
  }

  private static List<Baris> bacaBaris(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("penugasan.tidak.terbaca", file.toString()), e);
    }
    List<Baris> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new StringReader(text))) {
      String header = r.readLine();
      if (header == null || !split(header).equals(header())) {
        throw new IllegalStateException(
            PESAN.f("penugasan.rusak", file.toString(), String.valueOf(header)));
      }
      String line;
      while ((line = r.readLine()) != null) {
        List<String> f = split(line);
        if (f.size() != Kolom.values().length) {
          throw new IllegalStateException(PESAN.f("penugasan.rusak", file.toString(), line));
        }
        out.add(new Baris(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** One line of the normalised CSV: fields quoted when they hold a comma or a quote. */
  static List<String> split(String line) {
    return SelCsv.baris(line);
  }

  private static void hapus(Path tmp) throws IOException {
    if (!Files.exists(tmp)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(tmp)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
