package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.PengaturanTidakSah;
import id.go.lan.bangkom.core.PesanPeriksa;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line's texts without starting it: its bundles and every usage help are Indonesian,
 * every key the code asks for exists, picocli's refusals are told in Indonesian, and only the
 * command line and the settings are bad usage.
 */
class PesanCliTest {
  private static final Properties BUNDEL = PesanPeriksa.bundel("bangkom/pesan/cli.properties");

  @Test
  void noMessageHoldsACommonEnglishWord() {
    assertThat(PesanPeriksa.nilaiBerbahasaInggris(BUNDEL)).isEmpty();
    assertThat(PesanPeriksa.polaRusak(BUNDEL)).isEmpty();
    assertThat(
            PesanPeriksa.nilaiBerbahasaInggris(
                PesanPeriksa.bundel("bangkom/pesan/cli-bantuan.properties")))
        .isEmpty();
  }

  @Test
  void everyKeyTheCodeUsesExistsAndEveryKeyIsUsed() {
    var used = PesanPeriksa.kunciDipakai(Path.of("src/main/java"));
    assertThat(BUNDEL.stringPropertyNames()).containsAll(used);
    assertThat(used).containsAll(BUNDEL.stringPropertyNames());
  }

  @Test
  void theHelpOfEveryCommandIsIndonesian() {
    List<String> english = new ArrayList<>();
    collect(new CommandLine(Main.class), english);
    assertThat(english).isEmpty();
  }

  private static void collect(CommandLine command, List<String> english) {
    String usage = withoutOptionNames(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
    List<String> words = PesanPeriksa.kataInggris(usage);
    if (!words.isEmpty()) {
      english.add(command.getCommandSpec().qualifiedName() + ": " + words + "\n" + usage);
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, english));
  }

  /** Option names (--help, --version, --dry-run) are the interface, not prose. */
  private static String withoutOptionNames(String usage) {
    return usage.replaceAll("(?<![\\p{L}])--?[\\p{L}][\\p{L}-]*", "");
  }

  /** A refused command line ends with "Lihat 'bangkom <perintah> --help'": it must work there. */
  @Test
  void everyCommandTakesHelp() {
    List<String> refused = new ArrayList<>();
    helpOf(new CommandLine(Main.class), new ArrayList<>(), refused);
    assertThat(refused).isEmpty();
  }

  private static void helpOf(CommandLine command, List<String> path, List<String> refused) {
    List<String> args = new ArrayList<>(path);
    args.add("--help");
    try {
      CommandLine cl = new CommandLine(Main.class);
      List<CommandLine> parsed = cl.parseArgs(args.toArray(String[]::new)).asCommandLineList();
      if (!parsed.get(parsed.size() - 1).isUsageHelpRequested()) {
        refused.add(String.join(" ", args) + ": no help");
      }
    } catch (CommandLine.ParameterException e) {
      refused.add(String.join(" ", args) + ": " + e.getMessage());
    }
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              List<String> next = new ArrayList<>(path);
              next.add(name);
              helpOf(sub, next, refused);
            });
  }

  @Test
  void picocliRefusalsAreToldInIndonesianNamingWhatWasWrong() {
    assertThat(refusal("sql", "--tidak-ada"))
        .isEqualTo("opsi atau argumen tidak dikenal: --tidak-ada");
    assertThat(refusal("generate", "--tahun", "dua", "--out", "x"))
        .isEqualTo("nilai tidak sah untuk --tahun: \"dua\"");
    assertThat(refusal("generate", "--out", "x")).isEqualTo("opsi wajib belum diisi: --tahun");
  }

  private static String refusal(String... args) {
    try {
      new CommandLine(Main.class).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      String message = Main.describe(e);
      assertThat(PesanPeriksa.kataInggris(message)).as(message).isEmpty();
      return message;
    }
    throw new AssertionError("accepted: " + String.join(" ", args));
  }

  @Test
  void onlyTheCommandLineAndTheSettingsAreBadUsage() {
    assertThat(Main.exitCode(new UsageException("--periode"))).isEqualTo(2);
    assertThat(Main.exitCode(new PengaturanTidakSah("duckdb.threads"))).isEqualTo(2);
    assertThat(Main.exitCode(new IllegalStateException("wrapped", new PengaturanTidakSah("x"))))
        .isEqualTo(2);
    // Thrown deep inside (a corrupt number in a workspace file): a failure, not bad usage.
    assertThat(Main.exitCode(new NumberFormatException("For input string: \"1O\""))).isEqualTo(1);
    assertThat(Main.exitCode(new IllegalArgumentException("Daftar instansi tidak sah")))
        .isEqualTo(1);
    assertThat(Main.exitCode(new IllegalStateException("x"))).isEqualTo(1);
  }
}
