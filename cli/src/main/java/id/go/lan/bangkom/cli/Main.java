package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;

import id.go.lan.bangkom.core.PengaturanTidakSah;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./bangkom}: the command line of Sounding Bangkom (SPEC §10). */
@Command(
    name = "bangkom",
    mixinStandardHelpOptions = true,
    // Inherited: every command takes --help, which the refusal of a bad command line points to.
    scope = CommandLine.ScopeType.INHERIT,
    // picocli's own texts (usage headings, --help and --version) in Indonesian; subcommands inherit
    // it. Descriptions of commands and options stay next to them, in the annotations.
    resourceBundle = "bangkom.pesan.cli-bantuan",
    version = "Sounding Bangkom 0.1.0",
    description = "Pemantauan pengembangan kompetensi ASN per caturwulan (LAN, P3K Bangkom).",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      CheckCommand.class,
      TransformCommand.class,
      PublishCommand.class,
      ReportCommand.class,
      RunCommand.class,
      GenerateCommand.class,
      SqlCommand.class,
      SoundingCommand.class,
      SchedulerCommand.class,
      PortalCommand.class,
      TindakLanjutCommand.class
    })
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Before anything touches java.util.logging: JUL becomes a front of Log4j (issue 18.1).
    Logging.routeJavaUtilLogging();
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code: 0 ok, 1 failure, 2 bad usage. */
  public static int execute(String... args) {
    Locale.setDefault(Locale.forLanguageTag("id-ID"));
    Logging.start(java.util.List.of(args));
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new java.io.PrintWriter(Console.OUT, true));
    cl.setErr(new java.io.PrintWriter(Console.ERR, true));
    cl.setParameterExceptionHandler(Main::badCommandLine);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // The whole story (stack trace) goes to the log, which --verbose also shows on stderr.
          Logging.failure(e);
          String message =
              e.getMessage() == null
                  ? PESAN.f("galat.tak.terduga", e.getClass().getSimpleName())
                  : e.getMessage();
          message =
              DiskPenuh.message(
                      e, Steps.current(commandLine.getCommandName()), workspace(parseResult))
                  .orElse(message);
          Console.ERR.println(PESAN.f("galat", message.lines().findFirst().orElse(message)));
          return exitCode(e);
        });
    return cl.execute(args);
  }

  /**
   * 2 (bad usage) when what the operator wrote is wrong: the command line ({@link UsageException},
   * thrown where an option is read) or a setting ({@link PengaturanTidakSah}, also when a layer
   * wrapped it); 1 for every other failure. An {@link IllegalArgumentException} thrown deep inside
   * (a corrupt number in a workspace file, say) is a failure of the run, not bad usage.
   */
  static int exitCode(Throwable e) {
    if (e instanceof UsageException || e instanceof CommandLine.ParameterException) {
      return 2;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PengaturanTidakSah) {
        return 2;
      }
    }
    return 1;
  }

  /** picocli refused the command line: one Indonesian line and where to read more; exit 2. */
  private static int badCommandLine(CommandLine.ParameterException e, String[] args) {
    Console.ERR.println(PESAN.f("galat", describe(e)));
    Console.ERR.println(
        PESAN.f("galat.lihat.bantuan", e.getCommandLine().getCommandSpec().qualifiedName()));
    return 2;
  }

  /** picocli's English message told in Indonesian, by the kind of refusal. */
  static String describe(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      return PESAN.f("galat.opsi.tidak.dikenal", String.join(" ", u.getUnmatched()));
    }
    if (e instanceof CommandLine.MissingParameterException m) {
      return PESAN.f(
          "galat.opsi.wajib", String.join(", ", m.getMissing().stream().map(Main::name).toList()));
    }
    if (e instanceof CommandLine.OverwrittenOptionException o) {
      return PESAN.f("galat.opsi.berulang", name(o.getOverwritten()));
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      return PESAN.f("galat.nilai.opsi", name(e.getArgSpec()), e.getValue());
    }
    return PESAN.f("galat.pemakaian");
  }

  private static String name(CommandLine.Model.ArgSpec arg) {
    return arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  /** The workspace the failed command worked on ({@code --workspace}, or its default). */
  private static java.nio.file.Path workspace(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult sub = parseResult;
    while (sub.subcommand() != null) {
      sub = sub.subcommand();
    }
    java.nio.file.Path ws =
        sub.matchedOptionValue("--workspace", java.nio.file.Path.of("bangkom-data"));
    return ws.toAbsolutePath().normalize();
  }
}
