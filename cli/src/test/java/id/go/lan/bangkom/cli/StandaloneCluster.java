package id.go.lan.bangkom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A Spark standalone Master and one Worker on 127.0.0.1, started as child JVMs from the test
 * classpath (../shared/STACK.md): {@code SPARK_HOME} is a folder whose {@code jars/} links to the
 * third-party jars of that classpath. The project's own classes are deliberately left out of it, so
 * a job only works when it ships them with {@code spark.jars}, as on a real cluster. Stopped by
 * PID.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path home;
  private final int port;
  private final int masterUiPort;
  private final Path workDir;
  private final List<Process> processes = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private StandaloneCluster(Path home) throws IOException {
    this.home = home;
    this.port = freePort();
    this.masterUiPort = freePort();
    this.workDir = home.resolve("work");
  }

  /** Starts Master and Worker under {@code home} and waits until the worker is registered. */
  static StandaloneCluster start(Path home, Duration timeout)
      throws IOException, InterruptedException {
    Files.createDirectories(home.resolve("jars"));
    Files.createDirectories(home.resolve("logs"));
    Files.createDirectories(home.resolve("conf"));
    // INFO on stderr for the daemons and, as conf/ leads the executors' classpath, the executors
    // (the CLI's own log4j2.properties says WARN): their logs explain a failure.
    Files.writeString(
        home.resolve("conf/log4j2.properties"),
        String.join(
            "\n",
            "rootLogger.level = info",
            "rootLogger.appenderRef.console.ref = console",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.target = SYSTEM_ERR",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = %d{HH:mm:ss} %-5p %c{1}: %m%n",
            ""),
        StandardCharsets.UTF_8);
    StandaloneCluster cluster = new StandaloneCluster(home);
    try {
      for (Path jar : thirdPartyJars()) {
        Path link = home.resolve("jars").resolve(jar.getFileName());
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createSymbolicLink(link, jar);
        }
      }
      cluster.launch(
          "master",
          "org.apache.spark.deploy.master.Master",
          "--host",
          "127.0.0.1",
          "--port",
          Integer.toString(cluster.port),
          "--webui-port",
          Integer.toString(cluster.masterUiPort));
      cluster.await(
          "the Master's web UI at " + cluster.masterUiUrl(),
          timeout,
          json -> json.path("status").asText().equals("ALIVE"));
      cluster.launch(
          "worker",
          "org.apache.spark.deploy.worker.Worker",
          cluster.url(),
          "--host",
          "127.0.0.1",
          "--webui-port",
          Integer.toString(freePort()),
          "--cores",
          "1",
          "--memory",
          "1g",
          "--work-dir",
          cluster.workDir.toString());
      cluster.await("a registered worker", timeout, json -> json.path("aliveworkers").asInt() >= 1);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  /** {@code spark://127.0.0.1:<port>}. */
  String url() {
    return "spark://127.0.0.1:" + port;
  }

  String masterUiUrl() {
    return "http://127.0.0.1:" + masterUiPort + "/json/";
  }

  /** The worker's work dir: {@code app-*}{@code /<executor>/stderr} per application. */
  Path workDir() {
    return workDir;
  }

  /** The Master's {@code /json} state. */
  JsonNode state() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(masterUiUrl())).timeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from " + masterUiUrl());
    }
    return JSON.readTree(response.body());
  }

  /** Polls {@link #state()} until {@code condition} holds; fails with the logs' tails. */
  JsonNode await(String what, Duration timeout, Predicate<JsonNode> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      for (Process p : processes) {
        if (!p.isAlive()) {
          throw new IllegalStateException(
              "A Spark daemon exited (code "
                  + p.exitValue()
                  + ") while waiting for "
                  + what
                  + logs());
        }
      }
      try {
        JsonNode json = state();
        if (condition.test(json)) {
          return json;
        }
        last = json.toString();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "Timed out after " + timeout + " waiting for " + what + "; last state: " + last + logs());
  }

  /** The last lines of the Master's and Worker's output, for failure messages. */
  String logs() {
    StringBuilder out = new StringBuilder();
    for (String name : List.of("master", "worker")) {
      Path log = home.resolve("logs").resolve(name + ".log");
      out.append("\n--- tail of ").append(log).append(" ---\n").append(tail(log, 40));
    }
    return out.toString();
  }

  static String tail(Path file, int lines) {
    try {
      if (!Files.exists(file)) {
        return "(missing)\n";
      }
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
    } catch (IOException e) {
      return "(unreadable: " + e + ")\n";
    }
  }

  /**
   * Destroys the Worker, then the Master, by PID (forcibly after 10 s), and removes the links of
   * {@code jars/} (their targets stay).
   */
  @Override
  public void close() {
    stopDaemons();
    try (Stream<Path> links = Files.list(home.resolve("jars"))) {
      for (Path link : links.filter(Files::isSymbolicLink).toList()) {
        Files.deleteIfExists(link);
      }
    } catch (IOException e) {
      // Left for the temp folder's own clean-up.
    }
  }

  private void stopDaemons() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.destroy();
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    processes.clear();
  }

  /** PIDs of the daemons still running (for the test's own check). */
  List<Long> pids() {
    return processes.stream().map(Process::pid).toList();
  }

  private void launch(String name, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(sparkFlags());
    command.addAll(
        List.of(
            "-Xmx512m",
            "-Dlog4j2.configurationFile=" + home.resolve("conf/log4j2.properties").toUri(),
            "-cp",
            classpath(),
            mainClass));
    command.addAll(List.of(args));
    Path log = home.resolve("logs").resolve(name + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_HOME", home.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_LOCAL_HOSTNAME", "127.0.0.1");
    env.put("SPARK_LOG_DIR", home.resolve("logs").toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    processes.add(pb.start());
  }

  /**
   * The JVM flags surefire passes to the tests for the JVMs they start: Spark's Java 17 module
   * flags (as ./bangkom uses them) and the tests' JIT and collector flags (pom.xml, {@code
   * test.jvm.flags}).
   */
  static List<String> sparkFlags() {
    String flags = System.getProperty("test.spark.jvm.flags", "");
    return Arrays.stream(flags.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  static String classpath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static List<Path> classpathEntries() {
    return Arrays.stream(classpath().split(java.io.File.pathSeparator))
        .filter(s -> !s.isBlank())
        .map(s -> Path.of(s).toAbsolutePath())
        .toList();
  }

  private static boolean isProjectEntry(Path p) {
    String name = p.getFileName().toString();
    return (name.startsWith("bangkom-") && name.endsWith(".jar"))
        || (Files.isDirectory(p) && p.endsWith(Path.of("target", "classes")));
  }

  private static List<Path> thirdPartyJars() {
    return classpathEntries().stream()
        .filter(p -> p.getFileName().toString().endsWith(".jar"))
        .filter(p -> !isProjectEntry(p))
        .filter(Files::isRegularFile)
        .toList();
  }

  /**
   * The project's own jars for {@code spark.jars}, frozen into {@code into}: each {@code
   * bangkom-*.jar} of the classpath is copied, each module seen as {@code target/classes} (a
   * reactor build before {@code package}) is jarred. Runs on the frozen copies cannot see a jar
   * rebuilt meanwhile.
   */
  static List<Path> projectJars(Path into) throws IOException {
    List<Path> out = new ArrayList<>();
    Files.createDirectories(into);
    for (Path p : classpathEntries()) {
      if (!isProjectEntry(p)) {
        continue;
      }
      if (Files.isRegularFile(p)) {
        Path copy = into.resolve(p.getFileName());
        Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
        out.add(copy);
      } else if (Files.isDirectory(p)) {
        String module = p.getParent().getParent().getFileName().toString();
        Path jar = into.resolve("bangkom-" + module + "-classes.jar");
        jarFolder(p, jar);
        out.add(jar);
      }
    }
    return out;
  }

  /** The test classpath with the project's entries replaced by {@code projectJars}. */
  static String classpathWith(List<Path> projectJars) {
    List<String> out = new ArrayList<>();
    projectJars.forEach(j -> out.add(j.toString()));
    for (Path p : classpathEntries()) {
      if (!isProjectEntry(p)) {
        out.add(p.toString());
      }
    }
    return String.join(java.io.File.pathSeparator, out);
  }

  private static void jarFolder(Path folder, Path jar) throws IOException {
    try (OutputStream os = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(os);
        Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(folder.relativize(f).toString().replace('\\', '/')));
        try {
          Files.copy(f, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        out.closeEntry();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }
}
