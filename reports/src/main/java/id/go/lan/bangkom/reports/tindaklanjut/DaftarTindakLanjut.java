package id.go.lan.bangkom.reports.tindaklanjut;

import static id.go.lan.bangkom.reports.tindaklanjut.Teks.teks;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.reports.PengaturanSurat;
import id.go.lan.bangkom.reports.ReportRenderException;
import id.go.lan.bangkom.reports.Terbitan;
import id.go.lan.bangkom.reports.WarehouseReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRException;

/**
 * The follow-up worklists of a cut-off (issue 16.2): for every Analis Bangkom, the instansi
 * assigned to them ({@code dim_penugasan} in force on the report date) ordered by urgency, as
 * {@code daftar-<slug of e-mail>.xlsx} (sheet {@code Daftar}, the agreed columns with a block to
 * fill in, read back by {@code tindak-lanjut impor}; sheet {@code Efektivitas} with the comparison
 * "does sounding work?" over their instansi) and a PDF to read; instansi not assigned go to {@code
 * daftar-belum-ditugaskan.xlsx} so none is lost. Reads the warehouse read-only; worklists of analis
 * no longer assigned are removed from the folder.
 */
public final class DaftarTindakLanjut {
  /** The folder under {@code reports/<P>/}. */
  public static final String FOLDER = "tindak-lanjut";

  /** The name part of the list of instansi not assigned. */
  public static final String BELUM_DITUGASKAN = "belum-ditugaskan";

  private static final DateTimeFormatter TANGGAL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  /** The file names this class writes: {@code daftar-<slug>.xlsx|.pdf}. */
  private static final Pattern NAMA_BUATAN =
      Pattern.compile("daftar-[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:xlsx|pdf)");

  private final PengaturanSurat pengaturan;

  public DaftarTindakLanjut(PengaturanSurat pengaturan) {
    this.pengaturan = requireNonNull(pengaturan, "pengaturan is null");
  }

  /**
   * Writes the worklists of {@code periode} into {@code folder} (typically {@code
   * <workspace>/reports/<P>/tindak-lanjut}).
   *
   * @param tanggalLaporan the report date: picks the assignment in force, and is the start of the
   *     reply deadline when no letter was sent
   * @throws ReportRenderException when the warehouse cannot be read, has no sounding for the
   *     period, or a file cannot be written
   */
  public HasilDaftar tulis(
      Path warehouse, Periode periode, Path folder, LocalDate tanggalLaporan, Kemajuan kemajuan) {
    requireNonNull(warehouse, "warehouse is null");
    requireNonNull(periode, "periode is null");
    requireNonNull(folder, "folder is null");
    requireNonNull(tanggalLaporan, "tanggalLaporan is null");
    requireNonNull(kemajuan, "kemajuan is null");
    String dokumen = teks("tindak_lanjut.dokumen", periode.id());
    List<BarisDaftar> baris;
    List<String> catatan;
    List<PerubahanInstansi> perubahan;
    try (Connection connection = open(warehouse)) {
      KueriDaftar kueri =
          new KueriDaftar(connection, periode, tanggalLaporan, pengaturan.tenggatHari());
      baris = kueri.baca();
      catatan = kueri.catatan();
      perubahan = KueriEfektivitas.baca(connection, periode);
    } catch (SQLException e) {
      boolean locked = e.getMessage() != null && e.getMessage().contains("lock");
      throw new ReportRenderException(
          teks("galat.baca_gudang", dokumen, warehouse.toString()), locked, e);
    }
    if (baris.isEmpty()) {
      throw new ReportRenderException(
          teks("tindak_lanjut.galat.periode_kosong", periode.id()), false, null);
    }
    Map<String, List<BarisDaftar>> perBerkas = kelompokkan(baris);
    Path root = folder.toAbsolutePath().normalize();
    List<BerkasDaftar> hasil = new ArrayList<>();
    kemajuan.mulai(teks("tindak_lanjut.kemajuan", periode.id()), perBerkas.size());
    try {
      for (Map.Entry<String, List<BarisDaftar>> e : perBerkas.entrySet()) {
        List<BarisDaftar> daftar = e.getValue();
        Optional<BarisDaftar.Analis> analis = daftar.get(0).analis();
        BerkasDaftar berkas =
            new BerkasDaftar(
                analis.map(BarisDaftar.Analis::nama),
                analis.map(BarisDaftar.Analis::email),
                daftar.size(),
                root.resolve("daftar-" + e.getKey() + ".xlsx"),
                root.resolve("daftar-" + e.getKey() + ".pdf"));
        Set<String> milik = new HashSet<>();
        daftar.forEach(b -> milik.add(b.kodeInstansi()));
        BukuKerjaDaftar.tulis(
            berkas.xlsx(),
            daftar,
            LembarEfektivitas.xml(
                perubahan.stream().filter(p -> milik.contains(p.kodeInstansi())).toList(),
                KueriEfektivitas.tahun(periode),
                pengaturan.selMinimum()));
        // One document per analis: the file's name part keeps their codes apart.
        Terbitan terbitan =
            Terbitan.nasional("daftar-" + FOLDER + "-" + e.getKey(), periode.id(), tanggalLaporan);
        PdfDaftar.tulis(
            berkas.pdf(),
            teks("tindak_lanjut.pdf.judul", periode.id()),
            analis
                .map(
                    a ->
                        teks(
                            "tindak_lanjut.pdf.subjudul",
                            a.nama(),
                            a.email(),
                            daftar.size(),
                            TANGGAL.format(tanggalLaporan)))
                .orElse(
                    teks(
                        "tindak_lanjut.pdf.subjudul_belum",
                        daftar.size(),
                        TANGGAL.format(tanggalLaporan))),
            teks(
                "tindak_lanjut.pdf.kaki",
                periode.id(),
                analis.map(BarisDaftar.Analis::email).orElse(BELUM_DITUGASKAN),
                String.valueOf(pengaturan.tenggatHari())),
            daftar,
            terbitan.cap(pengaturan));
        terbitan.catat(pengaturan, berkas.pdf());
        hasil.add(berkas);
        kemajuan.maju(hasil.size(), berkas.xlsx().getFileName().toString());
      }
      hapusYangLama(root, hasil);
    } catch (IOException e) {
      throw new ReportRenderException(teks("galat.tulis_berkas", dokumen), true, e);
    } catch (JRException e) {
      throw new ReportRenderException(teks("galat.tulis_templat", dokumen), false, e);
    } finally {
      kemajuan.selesai();
    }
    return new HasilDaftar(periode, hasil, catatan);
  }

  /**
   * The rows per file name part, analis by slug of their e-mail, then the instansi not assigned;
   * each list keeps the urgency order.
   */
  private static Map<String, List<BarisDaftar>> kelompokkan(List<BarisDaftar> baris) {
    Map<String, List<BarisDaftar>> perAnalis = new TreeMap<>();
    Map<String, String> emailPerSlug = new TreeMap<>();
    List<BarisDaftar> belum = new ArrayList<>();
    for (BarisDaftar b : baris) {
      if (b.analis().isEmpty()) {
        belum.add(b);
        continue;
      }
      String email = b.analis().get().email();
      String slug = slug(email);
      String lain = emailPerSlug.putIfAbsent(slug, email);
      if (lain != null && !lain.equalsIgnoreCase(email)) {
        // Two addresses, one file name: writing both would lose one analis's list.
        throw new ReportRenderException(
            teks("tindak_lanjut.galat.slug_sama", lain, email, slug), false, null);
      }
      perAnalis.computeIfAbsent(slug, k -> new ArrayList<>()).add(b);
    }
    Map<String, List<BarisDaftar>> out = new LinkedHashMap<>(perAnalis);
    if (!belum.isEmpty()) {
      out.put(BELUM_DITUGASKAN, belum);
    }
    return out;
  }

  /**
   * The file name part of an analis's e-mail: lower case, each run of other characters than a-z and
   * 0-9 one hyphen ({@code Sari.Dewi@lan.example} -> {@code sari-dewi-lan-example}).
   */
  static String slug(String email) {
    String slug =
        email.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "analis" : slug;
  }

  /**
   * Removes worklists of a previous run that this run did not write (an analis reassigned): only
   * names this class makes, so a copy the analis saved beside them under another name ("daftar-x
   * (diisi).xlsx") stays.
   */
  private static void hapusYangLama(Path root, List<BerkasDaftar> hasil) throws IOException {
    Set<Path> baru = new HashSet<>();
    for (BerkasDaftar b : hasil) {
      baru.add(b.xlsx());
      baru.add(b.pdf());
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "daftar-*.{xlsx,pdf}")) {
      for (Path f : files) {
        if (!baru.contains(f) && NAMA_BUATAN.matcher(f.getFileName().toString()).matches()) {
          Files.delete(f);
        }
      }
    }
  }

  /**
   * An in-memory DuckDB with the warehouse attached read-only as {@code w} (as the other reports
   * read it: a long-lived JVM never keeps an instance the publisher has replaced).
   */
  private Connection open(Path warehouse) throws SQLException {
    return WarehouseReader.open(warehouse, pengaturan);
  }
}
