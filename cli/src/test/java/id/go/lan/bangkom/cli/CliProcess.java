package id.go.lan.bangkom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the CLI in its own JVM, as ./bangkom does: same main class, same Spark flags. */
final class CliProcess {
  record Result(int exitCode, String out, String err) {}

  private CliProcess() {}

  static Result run(Path workDir, String... args) throws IOException, InterruptedException {
    return run(
        workDir,
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        List.of(),
        args);
  }

  /**
   * As {@link #run(Path, String...)}, on {@code classpath} and with extra JVM arguments (e.g.
   * {@code -Dspark.jars=...}).
   */
  static Result run(Path workDir, String classpath, List<String> jvmArgs, String... args)
      throws IOException, InterruptedException {
    return start(workDir, classpath, jvmArgs, args).await();
  }

  /**
   * The start of a command line that runs a JVM as the tests' CLI processes run: this JVM's java,
   * the build's flags for them ({@code test.spark.jvm.flags}: Spark's module flags and the tests'
   * JVM flags), {@code -Xmx<heap>}, headless, UTF-8. Mutable, for the caller to append to.
   */
  static List<String> java(String heap) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(StandaloneCluster.sparkFlags());
    command.addAll(List.of("-Xmx" + heap, "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
    return command;
  }

  /** Starts the CLI without waiting for it; {@link Running#await} collects its result. */
  static Running start(Path workDir, String... args) throws IOException {
    return start(
        workDir,
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        List.of(),
        args);
  }

  static Running start(Path workDir, String classpath, List<String> jvmArgs, String... args)
      throws IOException {
    List<String> command = java("2g");
    command.addAll(jvmArgs);
    command.addAll(List.of("-cp", classpath, Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("bangkom-out", ".txt");
    Path err = Files.createTempFile("bangkom-err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("CI", "true");
    return new Running(pb.start(), out, err, List.of(args));
  }

  /** A CLI process started by {@link #start}. */
  record Running(Process process, Path out, Path err, List<String> args) {
    Result await() throws IOException, InterruptedException {
      if (!process.waitFor(8, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("CLI did not finish in 8 minutes: " + args);
      }
      Result r =
          new Result(
              process.exitValue(),
              Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8));
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      return r;
    }
  }
}
