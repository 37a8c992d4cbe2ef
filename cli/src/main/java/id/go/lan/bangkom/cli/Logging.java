package id.go.lan.bangkom.cli;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.jul.Log4jBridgeHandler;

/**
 * The CLI's logging (issue 18.1): one backend, Log4j 2 (Spark brings it), writing to {@code
 * <workspace>/log/bangkom-<yyyy-MM-dd>.log}; the console only with {@code --verbose}.
 * java.util.logging reaches it through log4j-jul's LogManager ({@link #routeJavaUtilLogging},
 * before any JUL use), SLF4J through log4j-slf4j2-impl. The configuration is {@value
 * #CONFIGURATION}; an operator's own {@code -Dlog4j2.configurationFile} wins over it.
 */
final class Logging {
  static final String CONFIGURATION = "log4j2-bangkom.properties";

  /** Where the log file goes: {@code <workspace>/log}. */
  static final String DIRECTORY_PROPERTY = "bangkom.log.dir";

  /** The console appender's level: {@code all} with {@code --verbose}, else {@code off}. */
  static final String CONSOLE_PROPERTY = "bangkom.log.console";

  private static final String JUL_MANAGER_PROPERTY = "java.util.logging.manager";
  private static final String JUL_MANAGER = "org.apache.logging.log4j.jul.LogManager";
  private static final String DEFAULT_WORKSPACE = "bangkom-data";

  private Logging() {}

  /**
   * Makes java.util.logging a front of Log4j. Effective only before the first use of JUL in this
   * JVM (the launcher also passes the property); {@link #start} bridges JUL otherwise.
   */
  static void routeJavaUtilLogging() {
    if (System.getProperty(JUL_MANAGER_PROPERTY) == null) {
      System.setProperty(JUL_MANAGER_PROPERTY, JUL_MANAGER);
    }
  }

  /**
   * (Re)configures Log4j for a command line: the log folder of its {@code --workspace} (default
   * {@code bangkom-data}), the console only with {@code --verbose}. Called before the command runs,
   * so even its first line lands in the right file.
   */
  static void start(List<String> args) {
    routeJavaUtilLogging();
    System.setProperty(
        DIRECTORY_PROPERTY,
        writableOr(
                workspace(args).resolve("log").toAbsolutePath().normalize(),
                Path.of(System.getProperty("java.io.tmpdir"), "bangkom-log"))
            .toString());
    System.setProperty(CONSOLE_PROPERTY, args.contains("--verbose") ? "all" : "off");
    if (System.getProperty("log4j2.configurationFile") == null) {
      URL configuration = Logging.class.getClassLoader().getResource(CONFIGURATION);
      if (configuration == null) {
        throw new IllegalStateException("Cannot find the logging configuration " + CONFIGURATION);
      }
      try {
        Configurator.reconfigure(configuration.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(
            "Cannot read the logging configuration " + configuration, e);
      }
    }
    if (!(java.util.logging.LogManager.getLogManager()
        instanceof org.apache.logging.log4j.jul.LogManager)) {
      // JUL was in use before Main (a test calling Main.execute in its own JVM): bridge its root.
      Log4jBridgeHandler.install(true, null, true);
    }
    logger().info("bangkom {}", String.join(" ", args));
  }

  /** Writes a failed command's exception, with its stack trace, to the log. */
  static void failure(Throwable e) {
    logger().error("Command failed", e);
  }

  private static Logger logger() {
    return LogManager.getLogger(Main.class);
  }

  /**
   * {@code folder} when it is, or can be created, writable; else {@code fallback}. A workspace the
   * user may only read (an analyst's {@code sql} on a shared copy) must not make Log4j print its
   * own errors on the console. Nothing is created here: the file appears with the first line.
   */
  static Path writableOr(Path folder, Path fallback) {
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null && Files.isDirectory(existing) && Files.isWritable(existing)
        ? folder
        : fallback;
  }

  /** The value of {@code --workspace DIR} or {@code --workspace=DIR}, else the default. */
  static Path workspace(List<String> args) {
    String value = DEFAULT_WORKSPACE;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--workspace") && i + 1 < args.size()) {
        value = args.get(i + 1);
      } else if (a.startsWith("--workspace=")) {
        value = a.substring("--workspace=".length());
      }
    }
    try {
      return Path.of(value);
    } catch (java.nio.file.InvalidPathException e) {
      // The command itself refuses the option; the log goes to the default workspace meanwhile.
      return Path.of(DEFAULT_WORKSPACE);
    }
  }
}
