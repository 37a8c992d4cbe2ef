package id.go.lan.bangkom.schedules.scheduler;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;
import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jobrunr.dashboard.JobRunrApiHandler;
import org.jobrunr.dashboard.JobRunrSseHandler;
import org.jobrunr.dashboard.JobRunrStaticFileHandler;
import org.jobrunr.dashboard.server.HttpExchangeHandler;
import org.jobrunr.dashboard.server.http.RedirectHttpHandler;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;

/**
 * JobRunr's dashboard on a JDK HttpServer bound to 127.0.0.1 only (JobRunr's own server listens on
 * every interface), every path behind HTTP Basic authentication. Anonymous usage data is off.
 */
final class Dashboard implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<HttpExchangeHandler> handlers;

  private Dashboard(
      HttpServer server, ExecutorService executor, List<HttpExchangeHandler> handlers) {
    this.server = server;
    this.executor = executor;
    this.handlers = handlers;
  }

  static Dashboard start(
      StorageProvider storage, JsonMapper json, int port, String user, String password) {
    requireNonNull(user, "user is null");
    requireNonNull(password, "password is null");
    if (password.isEmpty()) {
      throw new IllegalArgumentException(PESAN.f("dasbor.tanpa.sandi"));
    }
    List<HttpExchangeHandler> handlers =
        List.of(
            new RedirectHttpHandler("/", "/dashboard"),
            new JobRunrStaticFileHandler(),
            new JobRunrApiHandler(storage, json, false),
            new JobRunrSseHandler(storage, json));
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      Authenticator authenticator = new Authenticator(user, password);
      for (HttpExchangeHandler handler : handlers) {
        server.createContext(handler.getContextPath(), handler).setAuthenticator(authenticator);
      }
      ExecutorService executor =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "bangkom-dasbor");
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(executor);
      server.start();
      return new Dashboard(server, executor, handlers);
    } catch (IOException e) {
      throw new UncheckedIOException(
          PESAN.f("dasbor.gagal", port, String.valueOf(e.getMessage())), e);
    }
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.forEach(HttpExchangeHandler::close);
    executor.shutdownNow();
  }

  private static final class Authenticator extends BasicAuthenticator {
    private final byte[] user;
    private final byte[] password;

    Authenticator(String user, String password) {
      super("Sounding Bangkom", StandardCharsets.UTF_8);
      this.user = user.getBytes(StandardCharsets.UTF_8);
      this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean checkCredentials(String username, String pass) {
      boolean userOk =
          MessageDigest.isEqual(user, String.valueOf(username).getBytes(StandardCharsets.UTF_8));
      boolean passwordOk =
          MessageDigest.isEqual(password, String.valueOf(pass).getBytes(StandardCharsets.UTF_8));
      return userOk & passwordOk;
    }
  }
}
