package id.go.lan.bangkom.core.kontrak;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The format of the follow-up log, {@code <workspace>/tindak-lanjut/tindak_lanjut.jsonl}: one JSON
 * object per line (fields of {@link Kolom}), append-only, each line synced to disk before the
 * writer returns. Written by the tindaklanjut module ({@code tindak-lanjut catat} and {@code
 * impor}) through {@link Penulis}; read by the warehouse into its {@code tindak_lanjut} table
 * through {@link #baca}. No other class names the file or its fields.
 *
 * <p>An entry's {@code id} is the SHA-256 of its content fields ({@link Entri#idIsi}): who recorded
 * it, when and from where are not content, so the same contact recorded twice (by {@code catat} and
 * again by importing a worklist, or by importing one file twice) is one entry.
 *
 * <p>A crash in the middle of an append leaves a last line without its newline. {@link #baca} skips
 * every line that is not a complete entry and names it ({@link Isi#barisRusak}); the next {@link
 * Penulis} cuts the torn tail off before it appends ({@link Penulis#potonganDibuang}), since no
 * command ever reported that entry as recorded; a last line that is a whole entry short of its
 * newline only gets the newline (the reader counts it, so the writer keeps it).
 */
public final class LogTindakLanjut {
  /** The log's folder under the workspace. */
  public static final String FOLDER = "tindak-lanjut";

  /** The log's file name in {@link #FOLDER}. */
  public static final String BERKAS = "tindak_lanjut.jsonl";

  /** The lock file one writer holds while it appends. */
  static final String KUNCI = "tindak_lanjut.lock";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A field of a line, in the order written. */
  public enum Kolom {
    ID,
    TAHUN,
    CATURWULAN,
    KODE_INSTANSI,
    TANGGAL,
    SALURAN,
    KONTAK,
    HASIL,
    JANJI_TINDAKAN,
    JANJI_TANGGAL,
    DICATAT_OLEH,
    DICATAT_PADA,
    SUMBER;

    /** The JSON field name. */
    public String nama() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The {@code sumber} of an entry recorded with {@code tindak-lanjut catat}. */
  public static final String SUMBER_CATAT = "CATAT";

  private LogTindakLanjut() {}

  /** {@code <workspace>/tindak-lanjut}. */
  public static Path folder(Workspace workspace) {
    return workspace.root().resolve(FOLDER);
  }

  /** {@code <workspace>/tindak-lanjut/tindak_lanjut.jsonl}. */
  public static Path berkas(Workspace workspace) {
    return folder(workspace).resolve(BERKAS);
  }

  /** The {@code sumber} of an entry imported from row {@code baris} of {@code namaBerkas}. */
  public static String sumberBerkas(String namaBerkas, int baris) {
    return namaBerkas + "#" + baris;
  }

  /**
   * One recorded follow-up: a contact with an instansi about a period's sounding. {@code kontak}
   * and {@code janjiTindakan} may be empty, {@code janjiTanggal} null; every other field is
   * required.
   */
  public record Entri(
      String id,
      int tahun,
      int caturwulan,
      String kodeInstansi,
      LocalDate tanggal,
      String saluran,
      String kontak,
      String hasil,
      String janjiTindakan,
      LocalDate janjiTanggal,
      String dicatatOleh,
      OffsetDateTime dicatatPada,
      String sumber) {
    public Entri {
      requireNonNull(id, "id is null");
      requireNonNull(kodeInstansi, "kodeInstansi is null");
      requireNonNull(tanggal, "tanggal is null");
      requireNonNull(saluran, "saluran is null");
      requireNonNull(kontak, "kontak is null");
      requireNonNull(hasil, "hasil is null");
      requireNonNull(janjiTindakan, "janjiTindakan is null");
      requireNonNull(dicatatOleh, "dicatatOleh is null");
      requireNonNull(dicatatPada, "dicatatPada is null");
      requireNonNull(sumber, "sumber is null");
    }

    /** A new entry, its {@code id} computed from its content by {@link #idIsi}. */
    public static Entri baru(
        int tahun,
        int caturwulan,
        String kodeInstansi,
        LocalDate tanggal,
        String saluran,
        String kontak,
        String hasil,
        String janjiTindakan,
        LocalDate janjiTanggal,
        String dicatatOleh,
        OffsetDateTime dicatatPada,
        String sumber) {
      return new Entri(
          idIsi(
              tahun,
              caturwulan,
              kodeInstansi,
              tanggal,
              saluran,
              kontak,
              hasil,
              janjiTindakan,
              janjiTanggal),
          tahun,
          caturwulan,
          kodeInstansi,
          tanggal,
          saluran,
          kontak,
          hasil,
          janjiTindakan,
          janjiTanggal,
          dicatatOleh,
          dicatatPada,
          sumber);
    }

    /**
     * The id of an entry: lower-case hex SHA-256 of its content fields (tahun, caturwulan,
     * kode_instansi, tanggal, saluran, kontak, hasil, janji_tindakan, janji_tanggal), UTF-8,
     * separated by U+001F, a null date as empty text. Not dicatat_oleh, dicatat_pada nor sumber.
     */
    public static String idIsi(
        int tahun,
        int caturwulan,
        String kodeInstansi,
        LocalDate tanggal,
        String saluran,
        String kontak,
        String hasil,
        String janjiTindakan,
        LocalDate janjiTanggal) {
      String isi =
          String.join(
              "\u001f",
              Integer.toString(tahun),
              Integer.toString(caturwulan),
              kodeInstansi,
              tanggal.toString(),
              saluran,
              kontak,
              hasil,
              janjiTindakan,
              janjiTanggal == null ? "" : janjiTanggal.toString());
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(sha.digest(isi.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
    }

    /** The line as written (without its newline), fields in {@link Kolom} order. */
    public String json() {
      ObjectNode o = JSON.createObjectNode();
      o.put(Kolom.ID.nama(), id);
      o.put(Kolom.TAHUN.nama(), tahun);
      o.put(Kolom.CATURWULAN.nama(), caturwulan);
      o.put(Kolom.KODE_INSTANSI.nama(), kodeInstansi);
      o.put(Kolom.TANGGAL.nama(), tanggal.toString());
      o.put(Kolom.SALURAN.nama(), saluran);
      o.put(Kolom.KONTAK.nama(), kontak);
      o.put(Kolom.HASIL.nama(), hasil);
      o.put(Kolom.JANJI_TINDAKAN.nama(), janjiTindakan);
      o.put(Kolom.JANJI_TANGGAL.nama(), janjiTanggal == null ? null : janjiTanggal.toString());
      o.put(Kolom.DICATAT_OLEH.nama(), dicatatOleh);
      o.put(Kolom.DICATAT_PADA.nama(), dicatatPada.toString());
      o.put(Kolom.SUMBER.nama(), sumber);
      return o.toString();
    }

    /** A line read back; throws on a line that is not a complete entry (e.g. torn by a crash). */
    public static Entri parse(String line) throws IOException {
      JsonNode o = JSON.readTree(line);
      if (o == null || !o.isObject()) {
        throw new IOException("Not a JSON object: " + line);
      }
      String janji = text(o, Kolom.JANJI_TANGGAL);
      return new Entri(
          required(o, Kolom.ID),
          Integer.parseInt(required(o, Kolom.TAHUN)),
          Integer.parseInt(required(o, Kolom.CATURWULAN)),
          required(o, Kolom.KODE_INSTANSI),
          LocalDate.parse(required(o, Kolom.TANGGAL)),
          required(o, Kolom.SALURAN),
          required(o, Kolom.KONTAK),
          required(o, Kolom.HASIL),
          required(o, Kolom.JANJI_TINDAKAN),
          janji == null ? null : LocalDate.parse(janji),
          required(o, Kolom.DICATAT_OLEH),
          OffsetDateTime.parse(required(o, Kolom.DICATAT_PADA)),
          required(o, Kolom.SUMBER));
    }

    private static String text(JsonNode o, Kolom k) {
      JsonNode n = o.get(k.nama());
      return n == null || n.isNull() ? null : n.asText();
    }

    private static String required(JsonNode o, Kolom k) throws IOException {
      String t = text(o, k);
      if (t == null) {
        throw new IOException("No field " + k.nama());
      }
      return t;
    }
  }

  /**
   * What a read of the log found: the complete entries in the order written, and the line numbers
   * (1-based) of lines that are not a complete entry and were skipped.
   */
  public record Isi(List<Entri> entri, List<Integer> barisRusak) {
    public Isi {
      entri = List.copyOf(entri);
      barisRusak = List.copyOf(barisRusak);
    }

    /** The ids of the entries, in the order written. */
    public Set<String> ids() {
      Set<String> ids = new LinkedHashSet<>();
      entri.forEach(e -> ids.add(e.id()));
      return ids;
    }
  }

  /** Reads the whole log at {@code berkas}; a missing file is an empty log. */
  public static Isi baca(Path berkas) {
    List<Entri> entri = new ArrayList<>();
    List<Integer> rusak = new ArrayList<>();
    if (!Files.isRegularFile(berkas)) {
      return new Isi(entri, rusak);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(berkas, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the follow-up log " + berkas, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        entri.add(Entri.parse(line));
      } catch (IOException | RuntimeException e) {
        rusak.add(i + 1);
      }
    }
    return new Isi(entri, rusak);
  }

  /**
   * The one writer of the log: holds {@code tindak_lanjut.lock} (a second writer waits), cuts off a
   * torn last line, and appends entries whose id is not in the log yet, each synced to disk.
   */
  public static final class Penulis implements AutoCloseable {
    private final Path berkas;
    private final FileChannel kunciChannel;
    private final FileLock kunci;
    private final FileChannel channel;
    private final String potonganDibuang;
    private final Isi isiAwal;
    private final Set<String> ids;

    private Penulis(Path folder) throws IOException {
      Files.createDirectories(folder);
      this.berkas = folder.resolve(BERKAS);
      this.kunciChannel =
          FileChannel.open(
              folder.resolve(KUNCI), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        this.kunci = kunciChannel.lock();
      } catch (IOException | OverlappingFileLockException e) {
        kunciChannel.close();
        throw new IllegalStateException("The follow-up log is already open in this JVM", e);
      }
      try {
        this.channel =
            FileChannel.open(
                berkas,
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        this.potonganDibuang = EkorJsonl.perbaiki(channel, Penulis::lengkap);
        this.isiAwal = baca(berkas);
        this.ids = isiAwal.ids();
        channel.position(channel.size());
      } catch (IOException | RuntimeException e) {
        kunci.release();
        kunciChannel.close();
        throw e;
      }
    }

    /** Opens (and locks) the log in {@code <workspace>/tindak-lanjut}, creating it when needed. */
    public static Penulis buka(Workspace workspace) {
      Path folder = folder(workspace);
      try {
        return new Penulis(folder);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot open the follow-up log in " + folder, e);
      }
    }

    /** The log file. */
    public Path berkas() {
      return berkas;
    }

    /** The log as it was when opened (after cutting off a torn line). */
    public Isi isiAwal() {
      return isiAwal;
    }

    /** The torn last line this writer cut off when it opened the log, if there was one. */
    public Optional<String> potonganDibuang() {
      return Optional.ofNullable(potonganDibuang);
    }

    /** Whether an entry with {@code id} is in the log. */
    public boolean ada(String id) {
      return ids.contains(id);
    }

    /**
     * Appends {@code entri} and syncs it to disk before returning; false (nothing written) when an
     * entry with its id is already in the log.
     */
    public boolean tambah(Entri entri) {
      if (ids.contains(entri.id())) {
        return false;
      }
      byte[] line = (entri.json() + "\n").getBytes(StandardCharsets.UTF_8);
      try {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(false);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the follow-up log " + berkas, e);
      }
      ids.add(entri.id());
      return true;
    }

    private static boolean lengkap(String line) {
      try {
        Entri.parse(line);
        return true;
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }

    @Override
    public void close() {
      try {
        channel.close();
        kunci.release();
        kunciChannel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot close the follow-up log " + berkas, e);
      }
    }
  }
}
