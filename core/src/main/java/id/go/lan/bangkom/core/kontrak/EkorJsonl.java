package id.go.lan.bangkom.core.kontrak;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * The tail repair the append-only JSONL logs of this package share before they append: a crash in
 * the middle of an append leaves a last line without its newline.
 */
final class EkorJsonl {
  private EkorJsonl() {}

  /**
   * Cuts a torn last line off, or, when that line is a whole entry ({@code lengkap}) short of its
   * newline only, adds the newline (the readers count such an entry, so the writer keeps it).
   * Synced to disk when it changed anything.
   *
   * @return the text cut off, or null when nothing was cut
   */
  static String perbaiki(FileChannel channel, Predicate<String> lengkap) throws IOException {
    long size = channel.size();
    if (size == 0) {
      return null;
    }
    ByteBuffer one = ByteBuffer.allocate(1);
    channel.read(one, size - 1);
    if (one.get(0) == '\n') {
      return null;
    }
    long awal = size - 1;
    while (awal > 0) {
      one.clear();
      channel.read(one, awal - 1);
      if (one.get(0) == '\n') {
        break;
      }
      awal--;
    }
    ByteBuffer torn = ByteBuffer.allocate((int) Math.min(size - awal, Integer.MAX_VALUE));
    channel.read(torn, awal);
    String tail = new String(torn.array(), 0, torn.position(), StandardCharsets.UTF_8);
    if (lengkap.test(tail)) {
      channel.write(ByteBuffer.wrap(new byte[] {'\n'}), size);
      channel.force(true);
      return null;
    }
    channel.truncate(awal);
    channel.force(true);
    return tail;
  }
}
