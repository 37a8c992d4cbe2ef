package id.go.lan.bangkom.core;

import static java.util.Objects.requireNonNull;

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
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one lock of a workspace's computation: the steps that write {@code lake/computed/} or read
 * all of it ({@code transform}, {@code publish}, and {@code run}, {@code demo} and the scheduler
 * through them) hold it, so a publish never reads a period a transform is rewriting. It is an OS
 * file lock on {@code <workspace>/.pengolahan.lock} (released by the OS when the process dies, even
 * by {@code kill -9}) plus a JVM-wide owner: the thread that holds it may take it again (a command
 * holding it around several steps), any other thread or process is refused at once with who holds
 * it, since waiting behind a national transform helps no one at a terminal and the scheduler
 * retries a refused job.
 *
 * <p>{@code ingest} does not take it: a submission version appears in the lake by one atomic
 * rename, and the portal/inbox must keep taking files while a cycle runs.
 */
public final class WorkspaceLock implements AutoCloseable {
  static final String FILE = ".pengolahan.lock";
  private static final DateTimeFormatter WAKTU =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss 'WIB'", Locale.ROOT)
          .withZone(ZoneId.of("Asia/Jakarta"));

  /** Held locks of this JVM, by lock file. */
  private static final Map<Path, Held> HELD = new HashMap<>();

  private static final class Held {
    final Thread owner;
    final FileChannel channel;
    final FileLock lock;
    final String holder;
    int count = 1;

    Held(Thread owner, FileChannel channel, FileLock lock, String holder) {
      this.owner = owner;
      this.channel = channel;
      this.lock = lock;
      this.holder = holder;
    }
  }

  private final Path file;
  private boolean closed;

  private WorkspaceLock(Path file) {
    this.file = file;
  }

  /**
   * Takes the lock of {@code workspace} for {@code langkah} (the command, as the user typed it), or
   * throws {@link Sibuk} naming who holds it.
   */
  public static WorkspaceLock acquire(Workspace workspace, String langkah) {
    requireNonNull(workspace, "workspace is null");
    requireNonNull(langkah, "langkah is null");
    Path file = workspace.root().resolve(FILE);
    synchronized (HELD) {
      Held held = HELD.get(file);
      if (held != null) {
        if (held.owner == Thread.currentThread()) {
          held.count++;
          return new WorkspaceLock(file);
        }
        throw new Sibuk(workspace, langkah, held.holder);
      }
      try {
        Files.createDirectories(workspace.root());
        FileChannel channel =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null; // cannot happen while HELD is consistent; treated as busy all the same
        }
        if (lock == null) {
          String holder = read(channel);
          channel.close();
          throw new Sibuk(workspace, langkah, holder);
        }
        String holder =
            Pesan.CORE.f(
                "kunci.pemegang",
                langkah,
                Long.toString(ProcessHandle.current().pid()),
                WAKTU.format(Instant.now()));
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        HELD.put(file, new Held(Thread.currentThread(), channel, lock, holder));
        return new WorkspaceLock(file);
      } catch (IOException e) {
        throw new UncheckedIOException(Pesan.CORE.f("kunci.gagal", workspace.root(), file), e);
      }
    }
  }

  /** Whether some process (this one included) holds the lock of {@code workspace} now. */
  public static boolean isHeld(Workspace workspace) {
    Path file = workspace.root().resolve(FILE);
    synchronized (HELD) {
      if (HELD.containsKey(file)) {
        return true;
      }
      if (!Files.exists(file)) {
        return false;
      }
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
          FileLock lock = channel.tryLock()) {
        return lock == null;
      } catch (IOException e) {
        throw new UncheckedIOException(Pesan.CORE.f("kunci.tidak.terperiksa", file), e);
      }
    }
  }

  private static String read(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(512);
    int n = channel.read(buffer, 0);
    String s = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).strip();
    return s.isEmpty() ? "proses lain" : s;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    synchronized (HELD) {
      Held held = HELD.get(file);
      if (held == null || --held.count > 0) {
        return;
      }
      HELD.remove(file);
      try {
        held.channel.truncate(0);
        held.lock.release();
        held.channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException(Pesan.CORE.f("kunci.tidak.terlepas", file), e);
      }
    }
  }

  /**
   * The workspace is being computed by another command. Not a usage error: the same command works
   * once the other one is done, so a scheduler may retry it.
   */
  public static final class Sibuk extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    Sibuk(Workspace workspace, String langkah, String holder) {
      super(Pesan.CORE.f("kunci.sibuk", workspace.root(), holder, langkah));
    }
  }
}
