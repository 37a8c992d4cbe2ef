package id.go.lan.bangkom.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./bangkom}: the command line of Sounding Bangkom (SPEC §10). */
@Command(
    name = "bangkom",
    mixinStandardHelpOptions = true,
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
      SchedulerCommand.class
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
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // The whole story (stack trace) goes to the log, which --verbose also shows on stderr.
          Logging.failure(e);
          String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
          message =
              DiskPenuh.message(
                      e, Steps.current(commandLine.getCommandName()), workspace(parseResult))
                  .orElse(message);
          Console.ERR.println("Galat: " + message.lines().findFirst().orElse(message));
          return e instanceof UsageException || e instanceof IllegalArgumentException ? 2 : 1;
        });
    return cl.execute(args);
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
