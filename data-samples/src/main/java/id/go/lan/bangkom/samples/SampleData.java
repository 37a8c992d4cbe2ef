package id.go.lan.bangkom.samples;

import static id.go.lan.bangkom.samples.PesanGenerator.PESAN;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The shipped sample: an inbox for one year and its independently computed expectations. */
public final class SampleData {
  /** Classpath folder of the sample inbox. */
  public static final String INBOX = "/bangkom/samples/inbox";

  /** Classpath folder of the expected figures. */
  public static final String EXPECTED = "/bangkom/samples/expected";

  /**
   * Classpath location of the example assignment of all 606 instansi to fictitious LAN satker and
   * Analis Bangkom (e-mails under {@code lan.example}), written by {@code
   * scripts/make_penugasan.py}; kept outside {@code samples/}, which {@code make_sample.py}
   * rewrites whole.
   */
  public static final String PENUGASAN = "/bangkom/penugasan/penugasan-contoh.csv";

  private SampleData() {}

  /**
   * Copies the example assignment into the folder {@code target} (replacing a file of the same
   * name) and returns the copy, ready for {@code ./bangkom tindak-lanjut penugasan}.
   */
  public static Path copyPenugasan(Path target) {
    try (InputStream in = SampleData.class.getResourceAsStream(PENUGASAN)) {
      if (in == null) {
        throw new IllegalStateException(PESAN.f("contoh.tidak.ada", PENUGASAN));
      }
      Files.createDirectories(target);
      Path file = target.resolve("penugasan-contoh.csv");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("contoh.gagal.salin", target), e);
    }
  }

  /** Copies the sample inbox into {@code target} (replacing files of the same name). */
  public static int copyInbox(Path target) {
    return copy(INBOX, target);
  }

  /** Copies the expected figures into {@code target}. */
  public static int copyExpected(Path target) {
    return copy(EXPECTED, target);
  }

  private static int copy(String resource, Path target) {
    URL url = SampleData.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException(PESAN.f("contoh.tidak.ada", resource));
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return copyTree(fs.getPath(resource), target);
        }
      }
      return copyTree(Path.of(uri), target);
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("contoh.gagal.salin", target), e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(PESAN.f("contoh.tidak.terbaca", url), e);
    }
  }

  private static int copyTree(Path source, Path target) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      Path relative = source.relativize(file);
      Path destination = target;
      for (Path part : relative) {
        destination = destination.resolve(part.toString());
      }
      Files.createDirectories(destination.getParent());
      Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
    }
    return files.size();
  }
}
