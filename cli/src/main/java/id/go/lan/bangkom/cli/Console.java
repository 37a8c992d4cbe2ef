package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.core.Pesan;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The only place that writes to the terminal: results to stdout, progress to stderr. */
final class Console {
  /** The command line's messages: {@code bangkom/pesan/cli.properties}. */
  static final Pesan PESAN = Pesan.modul("cli");

  static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);

  private Console() {}

  static void info(String line) {
    OUT.println(line);
  }

  /** The message {@code kunci} of the cli bundle, formatted, on stdout. */
  static void pesan(String kunci, Object... argumen) {
    OUT.println(PESAN.f(kunci, argumen));
  }

  static void progress(String line) {
    ERR.println(line);
  }

  /** Whether progress may redraw a bar (a terminal, not CI). */
  static boolean interactive() {
    return System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI"));
  }
}
