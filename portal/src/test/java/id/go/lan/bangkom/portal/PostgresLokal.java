package id.go.lan.bangkom.portal;

import id.go.lan.bangkom.core.BangkomConfig;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throw-away PostgreSQL cluster from Debian's binaries ({@code
 * /usr/lib/postgresql/<version>/bin}, the newest installed version), for the tests of the portal's
 * PostgreSQL path: a real server, not a mock. Register it on a static field, one cluster per test
 * class:
 *
 * <pre>{@code
 * @RegisterExtension static final PostgresLokal PG = new PostgresLokal();
 * ...
 * PengaturanPortal p = PG.pengaturan(Map.of("portal.sesi_menit", "5")); // a fresh database
 * }</pre>
 *
 * <p>The cluster lives in a temporary folder, listens on 127.0.0.1 at a free port (and a Unix
 * socket in that folder, never {@code /var/run/postgresql}), runs with {@code fsync} off, and
 * requires a password (SCRAM): superuser {@value #PENGGUNA} with a random password that the
 * settings pass the way production does, through the environment variable named by {@code
 * portal.variabel_sandi_jdbc} ({@link #lingkungan()}). It is stopped ({@code -m immediate}) and its
 * folder deleted after the class, also when a test failed; a JVM shutdown hook does the same if the
 * JVM ends before. It never touches the Debian package's own cluster ({@code main}, port 5432).
 *
 * <p>{@code initdb} refuses to run as root: as root (CI), every PostgreSQL program runs as the
 * Debian package's user {@code postgres} (or {@code nobody} without it) through {@code runuser},
 * and the folder is owned by that user. Missing binaries fail the tests with a message naming the
 * Debian package: they are never skipped.
 *
 * <p>Outside JUnit: {@link #mulai()} then {@link #close()}.
 */
final class PostgresLokal implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(PostgresLokal.class.getName());

  /** The cluster's superuser, the one the portal connects as. */
  static final String PENGGUNA = "bangkom";

  /** The environment variable the settings of {@link #pengaturan} read the password from. */
  static final String VARIABEL_SANDI = "BANGKOM_UJI_PG_SANDI";

  private static final Path AKAR_DEBIAN = Path.of("/usr/lib/postgresql");
  private static final Duration BATAS_PERINTAH = Duration.ofSeconds(60);
  private static final int PERCOBAAN_PORT = 3;
  private static final SecureRandom ACAK = new SecureRandom();

  private final AtomicInteger nomorDatabase = new AtomicInteger();
  private Path bin;
  private Path folder;
  private Optional<String> penggunaOs = Optional.empty();
  private String sandi;
  private int port;
  private boolean berjalan;
  private Thread pengaman;
  private Duration waktuMulai = Duration.ZERO;
  private Duration waktuBerhenti = Duration.ZERO;

  @Override
  public void beforeAll(ExtensionContext context) {
    mulai();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /**
   * Creates and starts the cluster (nothing when it runs already). Fails with the Debian package to
   * install when PostgreSQL's binaries are missing.
   */
  synchronized PostgresLokal mulai() {
    if (berjalan) {
      return this;
    }
    long t0 = System.nanoTime();
    bin = cariBin();
    try {
      folder = Files.createTempDirectory("bangkom-pg");
      siapkanFolder();
      pengaman = new Thread(this::berhentiDiam, "postgres-lokal-berhenti");
      Runtime.getRuntime().addShutdownHook(pengaman);
      initdb();
      jalankanServer();
    } catch (IOException e) {
      bersihkanSetelahGagal();
      throw new UncheckedIOException("Cannot start a local PostgreSQL from " + bin, e);
    } catch (RuntimeException e) {
      bersihkanSetelahGagal();
      throw e;
    }
    waktuMulai = Duration.ofNanos(System.nanoTime() - t0);
    LOG.info(
        () ->
            "PostgreSQL from "
                + bin
                + " on 127.0.0.1:"
                + port
                + " started in "
                + waktuMulai.toMillis()
                + " ms");
    return this;
  }

  /** Stops the cluster and deletes its folder. */
  @Override
  public synchronized void close() {
    long t0 = System.nanoTime();
    berhentiDiam();
    lepasPengaman();
    waktuBerhenti = Duration.ofNanos(System.nanoTime() - t0);
    LOG.info(() -> "PostgreSQL stopped and deleted in " + waktuBerhenti.toMillis() + " ms");
  }

  /** How long {@link #mulai} took (initdb, start, ready). */
  Duration waktuMulai() {
    return waktuMulai;
  }

  /** How long the last {@link #close} took (stop, delete). */
  Duration waktuBerhenti() {
    return waktuBerhenti;
  }

  int port() {
    periksaBerjalan();
    return port;
  }

  /** The superuser's password (random per cluster). */
  String sandi() {
    periksaBerjalan();
    return sandi;
  }

  /** The JDBC URL of {@code database} on this cluster. */
  String jdbcUrl(String database) {
    periksaBerjalan();
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Creates a new empty database (named {@code uji_<n>}) and returns its name. */
  String databaseBaru() {
    String nama = "uji_" + nomorDatabase.incrementAndGet();
    try (Connection c = sambung("postgres");
        Statement st = c.createStatement()) {
      // FILE_COPY (PostgreSQL 15+): a copy of the small template, quicker than WAL_LOG's log of
      // every page.
      boolean salin = c.getMetaData().getDatabaseMajorVersion() >= 15;
      st.execute("CREATE DATABASE " + nama + (salin ? " STRATEGY = FILE_COPY" : ""));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + nama + ": " + e.getMessage(), e);
    }
    return nama;
  }

  /** A connection to {@code database} as the superuser, with the password. */
  Connection sambung(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), PENGGUNA, sandi());
  }

  /**
   * The configuration keys that point the portal at {@code database}: URL, user and the name of the
   * environment variable with the password (never the password itself).
   */
  Map<String, String> konfigurasi(String database) {
    return Map.of(
        "portal.jdbc_url", jdbcUrl(database),
        "portal.jdbc_pengguna", PENGGUNA,
        "portal.variabel_sandi_jdbc", VARIABEL_SANDI);
  }

  /** The process environment the settings see: only {@link #VARIABEL_SANDI}, the password. */
  Function<String, String> lingkungan() {
    String s = sandi();
    return nama -> VARIABEL_SANDI.equals(nama) ? s : null;
  }

  /**
   * The portal's settings on a fresh database of this cluster, with {@code lain} as further
   * overrides, read through {@link PengaturanPortal#from(BangkomConfig, Function)} as production
   * reads them.
   */
  PengaturanPortal pengaturan(Map<String, String> lain) {
    Map<String, String> semua = new HashMap<>(lain);
    semua.putAll(konfigurasi(databaseBaru()));
    return PengaturanPortal.from(BangkomConfig.withOverrides(semua), lingkungan());
  }

  private void periksaBerjalan() {
    if (!berjalan) {
      throw new IllegalStateException(
          "PostgresLokal is not running: register it with @RegisterExtension on a static field,"
              + " or call mulai()");
    }
  }

  /** The {@code bin} folder of the newest PostgreSQL under /usr/lib/postgresql with an initdb. */
  static Path cariBin() {
    return cariBin(AKAR_DEBIAN);
  }

  /** As {@link #cariBin()} under {@code akar} (tests of this class). */
  static Path cariBin(Path akar) {
    List<Path> versi = new ArrayList<>();
    if (Files.isDirectory(akar)) {
      try (Stream<Path> s = Files.list(akar)) {
        s.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
            .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
            .filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
            .forEach(versi::add);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + akar, e);
      }
    }
    return versi.stream()
        .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())))
        .map(v -> v.resolve("bin"))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Cannot test the portal on PostgreSQL, no initdb and pg_ctl under "
                        + akar
                        + "/<version>/bin: install the Debian package postgresql"
                        + " (apt-get install postgresql; .ci/run installs it)"));
  }

  /** As root: the folder belongs to the user the server runs as; initdb refuses root. */
  private void siapkanFolder() throws IOException {
    int uid = (Integer) Files.getAttribute(folder, "unix:uid");
    if (uid != 0) {
      return;
    }
    var cari = folder.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal pemilik;
    try {
      pemilik = cari.lookupPrincipalByName("postgres");
    } catch (IOException e) {
      pemilik = cari.lookupPrincipalByName("nobody");
    }
    penggunaOs = Optional.of(pemilik.getName());
    Files.setOwner(folder, pemilik);
  }

  private void initdb() throws IOException {
    sandi = HexFormat.of().formatHex(acak(16));
    Path berkasSandi = folder.resolve("sandi");
    Files.writeString(berkasSandi, sandi + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(berkasSandi, PosixFilePermissions.fromString("rw-------"));
    milikPengguna(berkasSandi);
    try {
      jalankan(
          "initdb",
          bin.resolve("initdb").toString(),
          "-D",
          folder.resolve("data").toString(),
          "-U",
          PENGGUNA,
          "--pwfile=" + berkasSandi,
          "-A",
          "scram-sha-256",
          "-E",
          "UTF8",
          "--locale=C",
          "--no-sync");
    } finally {
      Files.deleteIfExists(berkasSandi);
    }
  }

  private void jalankanServer() throws IOException {
    Path soket = folder.resolve("soket");
    Files.createDirectory(soket);
    milikPengguna(soket);
    for (int coba = 1; ; coba++) {
      port = portBebas();
      Path log = folder.resolve("server.log");
      try {
        jalankan(
            "pg_ctl start",
            bin.resolve("pg_ctl").toString(),
            "-D",
            folder.resolve("data").toString(),
            "-l",
            log.toString(),
            "-w",
            "-t",
            "30",
            "-o",
            "-F -k " + soket + " -h 127.0.0.1 -p " + port + " -c max_connections=60",
            "start");
        berjalan = true;
        return;
      } catch (IllegalStateException e) {
        String isi = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        if (coba >= PERCOBAAN_PORT || !isi.contains("could not bind")) {
          throw new IllegalStateException(e.getMessage() + "\n--- server.log ---\n" + isi, e);
        }
        // Another process took the port between the probe and the start: try another one.
        Files.delete(log);
      }
    }
  }

  /** Stops the server (if it runs) and deletes the folder, never throwing: used on every path. */
  private synchronized void berhentiDiam() {
    if (folder == null) {
      return;
    }
    if (Files.isRegularFile(folder.resolve("data/postmaster.pid"))) {
      try {
        jalankan(
            "pg_ctl stop",
            bin.resolve("pg_ctl").toString(),
            "-D",
            folder.resolve("data").toString(),
            "-m",
            "immediate",
            "-w",
            "-t",
            "30",
            "stop");
      } catch (IOException | RuntimeException e) {
        LOG.warning("Cannot stop the local PostgreSQL in " + folder + ": " + e.getMessage());
      }
    }
    try {
      hapus(folder);
    } catch (IOException | RuntimeException e) {
      LOG.warning("Cannot delete " + folder + ": " + e.getMessage());
    }
    berjalan = false;
    folder = null;
  }

  private void bersihkanSetelahGagal() {
    berhentiDiam();
    lepasPengaman();
  }

  private void lepasPengaman() {
    if (pengaman == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(pengaman);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook runs or ran, nothing to remove.
    }
    pengaman = null;
  }

  /**
   * Runs a PostgreSQL program (as {@link #penggunaOs} when root), output to {@code perintah.log} in
   * the folder, never to a pipe: the server pg_ctl leaves running would keep a pipe open.
   */
  private void jalankan(String apa, String... perintah) throws IOException {
    List<String> cmd = new ArrayList<>();
    penggunaOs.ifPresent(u -> cmd.addAll(List.of("runuser", "-u", u, "--")));
    cmd.addAll(List.of(perintah));
    Path log = folder.resolve("perintah.log");
    long awal = Files.isRegularFile(log) ? Files.size(log) : 0;
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(log.toFile()))
            .redirectInput(Redirect.from(new File("/dev/null")));
    pb.environment().put("LC_ALL", "C");
    pb.environment().remove("PGDATA");
    Process p = pb.start();
    boolean selesai;
    try {
      selesai = p.waitFor(BATAS_PERINTAH.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + apa, e);
    }
    if (!selesai) {
      p.destroyForcibly();
    }
    if (!selesai || p.exitValue() != 0) {
      String keluaran = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      throw new IllegalStateException(
          "Cannot run "
              + apa
              + (selesai ? ", exit code " + p.exitValue() : ", no end after " + BATAS_PERINTAH)
              + ": "
              + String.join(" ", cmd)
              + "\n"
              + keluaran.substring((int) Math.min(awal, keluaran.length())));
    }
  }

  private void milikPengguna(Path p) throws IOException {
    if (penggunaOs.isPresent()) {
      Files.setOwner(p, Files.getOwner(folder));
    }
  }

  private static int portBebas() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static byte[] acak(int n) {
    byte[] b = new byte[n];
    ACAK.nextBytes(b);
    return b;
  }

  private static void hapus(Path akar) throws IOException {
    if (!Files.exists(akar)) {
      return;
    }
    Files.walkFileTree(
        akar,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
            Files.deleteIfExists(f);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.deleteIfExists(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
