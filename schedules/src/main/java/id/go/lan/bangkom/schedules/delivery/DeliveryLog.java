package id.go.lan.bangkom.schedules.delivery;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.LogPengiriman;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable delivery log, owned by the sender: {@code <workspace>/pengiriman/pengiriman.jsonl},
 * one JSON object per line in the format of {@link LogPengiriman} (read by the warehouse),
 * append-only, each line synced to disk before the next step. One sender at a time holds {@code
 * pengiriman.lock}; a second one is refused at once. A line torn by a crash (the last one, without
 * its newline) is ignored.
 */
public final class DeliveryLog implements AutoCloseable {
  public static final String FILE_NAME = LogPengiriman.BERKAS;

  private final Path file;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final FileChannel channel;
  private final List<LogEntry> entries;
  private final Map<DeliveryKey, LogEntry> latest = new HashMap<>();
  private final Map<DeliveryKey, Integer> sentCount = new HashMap<>();

  private DeliveryLog(Path folder) throws IOException {
    Files.createDirectories(folder);
    this.file = folder.resolve(FILE_NAME);
    this.lockChannel =
        FileChannel.open(
            folder.resolve("pengiriman.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock acquired;
    try {
      acquired = lockChannel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      acquired = null; // held by another sender in this JVM
    } catch (IOException | RuntimeException e) {
      lockChannel.close();
      throw e;
    }
    if (acquired == null) {
      lockChannel.close();
      throw new IllegalStateException(
          "Pengiriman lain sedang berjalan (kunci " + folder.resolve("pengiriman.lock") + ")");
    }
    this.lock = acquired;
    this.entries = readAll(file);
    entries.forEach(this::index);
    this.channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    channel.position(channel.size());
    terminateTornLine();
  }

  /** Opens (and locks) the log in {@code folder}, creating it when needed. */
  public static DeliveryLog open(Path folder) {
    try {
      return new DeliveryLog(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the delivery log in " + folder, e);
    }
  }

  /** Reads a log without locking it (for reports and tests); a torn last line is skipped. */
  public static List<LogEntry> read(Path folder) {
    try {
      return readAll(folder.resolve(FILE_NAME));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the delivery log in " + folder, e);
    }
  }

  public Path file() {
    return file;
  }

  /** Whether the server accepted a message for {@code key} at least once. */
  public boolean sent(DeliveryKey key) {
    return sentCount.getOrDefault(key, 0) > 0;
  }

  /** How many times a message for {@code key} was accepted (re-sends included). */
  public int timesSent(DeliveryKey key) {
    return sentCount.getOrDefault(key, 0);
  }

  public Optional<LogEntry> latest(DeliveryKey key) {
    return Optional.ofNullable(latest.get(key));
  }

  public List<LogEntry> entries() {
    return List.copyOf(entries);
  }

  /** Appends one line and syncs it to disk before returning. */
  public void append(LogEntry entry) {
    byte[] line = (toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the delivery log " + file, e);
    }
    entries.add(entry);
    index(entry);
  }

  private void index(LogEntry entry) {
    latest.put(entry.key(), entry);
    if (entry.status() == LogEntry.Status.TERKIRIM) {
      sentCount.merge(entry.key(), 1, Integer::sum);
    }
  }

  private void terminateTornLine() throws IOException {
    long size = channel.size();
    if (size == 0) {
      return;
    }
    ByteBuffer last = ByteBuffer.allocate(1);
    channel.read(last, size - 1);
    if (last.get(0) != '\n') {
      channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
      channel.force(false);
    }
  }

  private static List<LogEntry> readAll(Path file) throws IOException {
    List<LogEntry> result = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return result;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        result.add(fromJson(line));
      } catch (IOException | RuntimeException e) {
        // A line cut short by a crash: its attempt never reached the server's reply, so the
        // key counts as not sent and the next run sends it.
        continue;
      }
    }
    return result;
  }

  static String toJson(LogEntry e) {
    return new LogPengiriman.Baris(
            e.key().periode().tahun(),
            e.key().periode().caturwulan(),
            e.key().periode().id(),
            e.key().kodeInstansi(),
            e.key().level(),
            e.key().tahap().name(),
            e.status().name(),
            e.kodeAlasan().map(Enum::name).orElse(null),
            e.alasan().orElse(null),
            e.emailPic(),
            e.messageId(),
            e.lampiran(),
            e.arsip().orElse(null),
            e.sha256(),
            e.ulang(),
            e.idProses(),
            e.dicatatPada())
        .json();
  }

  static LogEntry fromJson(String line) throws IOException {
    LogPengiriman.Baris b = LogPengiriman.Baris.parse(line);
    return new LogEntry(
        new DeliveryKey(
            b.kodeInstansi(),
            new Periode(b.tahun(), b.caturwulan()),
            b.level(),
            TahapSounding.dari(b.tahap())),
        LogEntry.Status.valueOf(b.status()),
        Optional.ofNullable(b.kodeAlasan()).map(ReasonCode::valueOf),
        Optional.ofNullable(b.alasan()),
        b.emailPic(),
        b.messageId(),
        b.lampiran(),
        Optional.ofNullable(b.arsip()),
        b.sha256(),
        b.ulang(),
        b.idProses(),
        b.dicatatPada());
  }

  @Override
  public void close() {
    try {
      channel.close();
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the delivery log " + file, e);
    }
  }
}
