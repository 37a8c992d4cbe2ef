package id.go.lan.bangkom.core.kontrak;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.Workspace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The format of the portal's audit log, {@code <workspace>/portal/audit_portal.jsonl}: one JSON
 * object per line (fields of {@link Kolom}, in that order), append-only, every append synced to
 * disk before {@link #tambah} returns. The portal records each event in its own database and
 * exports them here in order, ids ascending ({@link #idTerakhir} says where to go on after a
 * restart); the warehouse reads the file into its {@code audit_portal} table through {@link
 * #telusuri}. No other class names the file or its fields.
 *
 * <p><b>What may be in it.</b> Never a password (nor a password hash, an invitation or session
 * token, or any other secret) and never a raw NIP: {@code objek} names what the action was about by
 * a file name, a submission id or a document name (for {@link Aksi#UNDANG} and {@link
 * Aksi#AKUN_UBAH} the e-mail of the account acted on), never by a person's NIP; {@code akun} is the
 * e-mail of the account that acted. As a last guard, an {@link Entri} replaces every NIP-shaped
 * value (18 digits, optionally grouped by single spaces or dots, see {@link #samarkan}) in {@code
 * akun}, {@code objek} and {@code hasil} by {@code [disamarkan]}, so a file name such as {@code
 * pegawai_199001012015011001.csv} is logged without the NIP. A password cannot be recognised: the
 * portal must never pass one.
 *
 * <p><b>Crashes.</b> A crash in the middle of an append leaves a last line without its newline.
 * {@link #baca} skips every line that is not a complete entry; the next {@link #tambah} cuts the
 * torn tail off before it appends (it was never reported as written), and a last line that is a
 * whole entry short of its newline only gets the newline (the reader counts it, so the writer keeps
 * it). An id written twice (a re-export after a crash between the sync and the portal noting it) is
 * read once, the first time it appears.
 *
 * <p><b>Writers.</b> One append at a time per file: threads of one JVM take turns on an in-process
 * lock, processes on an operating-system lock on {@code portal/audit_portal.lock}; the file and its
 * folder are private to the workspace's account ({@link BerkasPribadi}: e-mail and IP addresses).
 */
public final class AuditPortal {
  /** The log's folder under the workspace. */
  public static final String FOLDER = "portal";

  /** The log's file name in {@link #FOLDER}. */
  public static final String BERKAS = "audit_portal.jsonl";

  /** The lock file one writer holds while it appends. */
  static final String KUNCI = "audit_portal.lock";

  /** {@code hasil} of an action that was carried out. */
  public static final String OK = "OK";

  /** {@code hasil} of an action that was refused (wrong password, no right, invalid file...). */
  public static final String DITOLAK = "DITOLAK";

  /** {@code peran} of an account holder of an instansi. */
  public static final String PERAN_PIC = "PIC";

  /** {@code peran} of an Analis Bangkom of LAN. */
  public static final String PERAN_ANALIS = "ANALIS";

  /** {@code peran} of an Admin P3K Bangkom of LAN. */
  public static final String PERAN_ADMIN = "ADMIN";

  /** {@code peran} when nobody is logged in (e.g. a failed login of an unknown address). */
  public static final String PERAN_TANPA = "";

  /** Every allowed {@code peran}. */
  public static final Set<String> PERAN = Set.of(PERAN_PIC, PERAN_ANALIS, PERAN_ADMIN, PERAN_TANPA);

  /** What replaces a NIP-shaped value in {@code akun}, {@code objek} and {@code hasil}. */
  public static final String SAMARAN = "[disamarkan]";

  /**
   * A NIP-shaped value: 18 digits, any of them followed by one space or dot, with no letter or
   * digit right before or after (the warehouse's {@code WarehousePrivacy.NIP_SHAPED}, in Java
   * syntax).
   */
  private static final Pattern NIP =
      Pattern.compile("(?<![0-9A-Za-z])[0-9](?:[ .]?[0-9]){17}(?![0-9A-Za-z])");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One in-process lock per log file: a FileLock is held by the JVM, not by a thread. */
  private static final ConcurrentMap<Path, ReentrantLock> PENULIS = new ConcurrentHashMap<>();

  /** What the action was ({@code aksi}). */
  public enum Aksi {
    /** A successful login. */
    MASUK,
    /** A login refused (unknown address, wrong password, account locked or not yet activated). */
    MASUK_GAGAL,
    /** An account locked after repeated failed logins. */
    TERKUNCI,
    /** A logout (or a session ended by the user). */
    KELUAR,
    /** An invitation sent (objek: the invited account's e-mail). */
    UNDANG,
    /** A password set or changed through an invitation or reset link (never the password). */
    ATUR_SANDI,
    /** An upload of a submission (objek: file name or submission id). */
    UNGGAH,
    /** A download (objek: document or file name). */
    UNDUH,
    /** A save of the training-rate instrument form (objek: submission id). */
    TRAINING_RATE,
    /**
     * A change to an account: role, instansi, activation, deactivation, unlock (objek: the changed
     * account's e-mail; hasil may say what changed).
     */
    AKUN_UBAH,
    /** A follow-up recorded by an analis on the portal (objek: instansi and period). */
    TINDAK_LANJUT
  }

  /** A field of a line, in the order written. */
  public enum Kolom {
    ID,
    WAKTU,
    AKUN,
    PERAN,
    KODE_INSTANSI,
    AKSI,
    OBJEK,
    HASIL,
    ALAMAT_IP;

    /** The JSON field name. */
    public String nama() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private AuditPortal() {}

  /**
   * One audited event. {@code id} is the portal's sequence number of the event, positive; {@code
   * waktu} the instant it happened; {@code akun} the account's e-mail, {@code ""} when anonymous;
   * {@code peran} one of {@link #PERAN}; {@code kodeInstansi} the account's (or the acted-on)
   * instansi, {@code ""} when none; {@code aksi} the name of an {@link Aksi}; {@code objek} what
   * the action was about (a file name, submission id or document name; {@code ""} when nothing);
   * {@code hasil} {@link #OK}, {@link #DITOLAK} or a short text, not empty; {@code alamatIp} the
   * client's address, {@code ""} when unknown. NIP-shaped values in {@code akun}, {@code objek} and
   * {@code hasil} are replaced by {@link #SAMARAN}.
   */
  public record Entri(
      long id,
      Instant waktu,
      String akun,
      String peran,
      String kodeInstansi,
      String aksi,
      String objek,
      String hasil,
      String alamatIp) {
    public Entri {
      if (id <= 0) {
        throw new IllegalArgumentException("Cannot make an audit entry, id is not positive: " + id);
      }
      requireNonNull(waktu, "waktu is null");
      akun = samarkan(requireNonNull(akun, "akun is null"));
      requireNonNull(peran, "peran is null");
      if (!PERAN.contains(peran)) {
        throw new IllegalArgumentException(
            "Cannot make an audit entry, peran is not PIC, ANALIS, ADMIN or empty: " + peran);
      }
      requireNonNull(kodeInstansi, "kodeInstansi is null");
      requireNonNull(aksi, "aksi is null");
      try {
        Aksi.valueOf(aksi);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Cannot make an audit entry, aksi is not one of AuditPortal.Aksi: " + aksi, e);
      }
      objek = samarkan(requireNonNull(objek, "objek is null"));
      hasil = samarkan(requireNonNull(hasil, "hasil is null"));
      if (hasil.isBlank()) {
        throw new IllegalArgumentException("Cannot make an audit entry, hasil is empty");
      }
      requireNonNull(alamatIp, "alamatIp is null");
    }

    /** The line as written (without its newline), fields in {@link Kolom} order. */
    public String json() {
      ObjectNode o = JSON.createObjectNode();
      o.put(Kolom.ID.nama(), id);
      o.put(Kolom.WAKTU.nama(), waktu.toString());
      o.put(Kolom.AKUN.nama(), akun);
      o.put(Kolom.PERAN.nama(), peran);
      o.put(Kolom.KODE_INSTANSI.nama(), kodeInstansi);
      o.put(Kolom.AKSI.nama(), aksi);
      o.put(Kolom.OBJEK.nama(), objek);
      o.put(Kolom.HASIL.nama(), hasil);
      o.put(Kolom.ALAMAT_IP.nama(), alamatIp);
      return o.toString();
    }

    /** A line read back; throws on a line that is not a complete entry (e.g. torn by a crash). */
    public static Entri parse(String line) throws IOException {
      JsonNode o = JSON.readTree(line);
      if (o == null || !o.isObject()) {
        throw new IOException("Not a JSON object: " + line);
      }
      JsonNode id = o.get(Kolom.ID.nama());
      if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()) {
        throw new IOException("No whole-number field " + Kolom.ID.nama());
      }
      return new Entri(
          id.asLong(),
          Instant.parse(required(o, Kolom.WAKTU)),
          required(o, Kolom.AKUN),
          required(o, Kolom.PERAN),
          required(o, Kolom.KODE_INSTANSI),
          required(o, Kolom.AKSI),
          required(o, Kolom.OBJEK),
          required(o, Kolom.HASIL),
          required(o, Kolom.ALAMAT_IP));
    }

    private static String required(JsonNode o, Kolom k) throws IOException {
      JsonNode n = o.get(k.nama());
      if (n == null || !n.isTextual()) {
        throw new IOException("No text field " + k.nama());
      }
      return n.asText();
    }
  }

  /** {@code <workspace>/portal}. */
  public static Path folder(Workspace ws) {
    return ws.root().resolve(FOLDER);
  }

  /** {@code <workspace>/portal/audit_portal.jsonl}. */
  public static Path berkas(Workspace ws) {
    return folder(ws).resolve(BERKAS);
  }

  /** {@code teks} with every NIP-shaped value replaced by {@link #SAMARAN}. */
  public static String samarkan(String teks) {
    return NIP.matcher(teks).replaceAll(SAMARAN);
  }

  /**
   * Appends {@code entri} in the given order and syncs them to disk before returning. Safe between
   * threads and processes: one writer at a time per file. A torn last line left by a crash is cut
   * off first. Writes nothing (and creates nothing) for an empty list. Ids are not checked against
   * the file: the portal exports ids above {@link #idTerakhir}, and {@link #baca} keeps the first
   * line of an id written twice.
   */
  public static void tambah(Workspace ws, List<Entri> entri) {
    if (entri.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    for (Entri e : entri) {
      lines.append(e.json()).append('\n');
    }
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    Path berkas = berkas(ws);
    ReentrantLock kunci = PENULIS.computeIfAbsent(berkas, p -> new ReentrantLock());
    kunci.lock();
    try {
      tulis(berkas, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to the portal's audit log " + berkas, e);
    } finally {
      kunci.unlock();
    }
  }

  /** The append under the lock file; the caller holds this JVM's lock of {@code berkas}. */
  private static void tulis(Path berkas, byte[] bytes) throws IOException {
    Path folder = BerkasPribadi.folder(berkas.getParent());
    try (FileChannel kunciChannel =
            FileChannel.open(
                folder.resolve(KUNCI), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock kunci = kunciChannel.lock()) {
      boolean baru = !Files.exists(berkas);
      if (baru) {
        BerkasPribadi.newFile(berkas);
      }
      try (FileChannel channel =
          FileChannel.open(berkas, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        EkorJsonl.perbaiki(channel, AuditPortal::lengkap);
        long posisi = channel.size();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          posisi += channel.write(buffer, posisi);
        }
        channel.force(false);
      }
      if (baru) {
        syncFolder(folder);
      }
    }
  }

  /**
   * Makes a new file's name durable with its content: without syncing the folder, a power cut right
   * after the first append could lose the file although its lines were synced.
   */
  private static void syncFolder(Path folder) {
    try (FileChannel f = FileChannel.open(folder, StandardOpenOption.READ)) {
      f.force(true);
    } catch (IOException e) {
      // Not every platform can open a folder (Windows): the file's own sync is what is possible.
    }
  }

  private static boolean lengkap(String line) {
    try {
      Entri.parse(line);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Every complete entry of the log in the order written, an id written twice only the first time;
   * lines that are not a complete entry (torn by a crash) are skipped. A missing file is an empty
   * log.
   */
  public static List<Entri> baca(Workspace ws) {
    List<Entri> out = new ArrayList<>();
    telusuri(ws, out::add);
    return List.copyOf(out);
  }

  /** The largest id in the log, 0 when it holds no complete entry (or does not exist). */
  public static long idTerakhir(Workspace ws) {
    long[] max = {0};
    telusuri(ws, e -> max[0] = Math.max(max[0], e.id()));
    return max[0];
  }

  /**
   * Gives {@code tiap} the entries {@link #baca} would return, one at a time, without holding the
   * whole log in memory (the warehouse reads years of events this way).
   */
  public static void telusuri(Workspace ws, Consumer<Entri> tiap) {
    Path berkas = berkas(ws);
    if (!Files.isRegularFile(berkas)) {
      return;
    }
    Set<Long> ids = new HashSet<>();
    // An InputStreamReader replaces malformed bytes (a line torn inside a character) instead of
    // failing the whole read, as Files.newBufferedReader would.
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(berkas), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        Entri e;
        try {
          e = Entri.parse(line);
        } catch (IOException | RuntimeException torn) {
          continue;
        }
        if (ids.add(e.id())) {
          tiap.accept(e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the portal's audit log " + berkas, e);
    }
  }
}
