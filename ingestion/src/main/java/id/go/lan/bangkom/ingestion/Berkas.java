package id.go.lan.bangkom.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Opening a submitted file without following a symbolic link (issue 19, point 3). {@link Inbox}
 * already refuses links; opening with {@code NOFOLLOW_LINKS} closes the gap of a file swapped for a
 * link between the scan and the read.
 */
final class Berkas {
  private Berkas() {}

  /** The file's bytes; fails (no link followed) when the file itself is a symbolic link. */
  static InputStream open(Path file) throws IOException {
    return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
  }

  static boolean isLink(Path path) {
    return Files.isSymbolicLink(path);
  }

  /**
   * A stable fingerprint of a link, from where it points, never from the bytes it points to: the
   * same link in the next run is the same refused "file", so it does not make a new version again.
   */
  static String linkSha256(Path link) {
    String target;
    try {
      target = Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      target = "?";
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("tautan:" + target).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot find SHA-256", e);
    }
  }
}
