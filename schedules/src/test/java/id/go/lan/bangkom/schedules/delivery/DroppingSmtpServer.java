package id.go.lan.bangkom.schedules.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A minimal SMTP server on 127.0.0.1 that accepts {@code acceptBeforeDrop} messages and then drops
 * the connection in the middle of the next one (after its data, before the reply), as a relay that
 * crashes or a network that fails would.
 */
final class DroppingSmtpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final int acceptBeforeDrop;
  private final List<String> recipients = Collections.synchronizedList(new ArrayList<>());
  private final Thread thread;

  DroppingSmtpServer(int acceptBeforeDrop) throws IOException {
    this.acceptBeforeDrop = acceptBeforeDrop;
    this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::serve, "dropping-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** The recipient of each accepted message, in order. */
  List<String> accepted() {
    synchronized (recipients) {
      return List.copyOf(recipients);
    }
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException e) {
        // closed: the test is over, or a client went away
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = client.getOutputStream();
    reply(out, "220 127.0.0.1 ESMTP test");
    String recipient = null;
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("EHLO") || command.startsWith("HELO")) {
        reply(out, "250 127.0.0.1");
      } else if (command.startsWith("MAIL FROM")) {
        reply(out, "250 OK");
      } else if (command.startsWith("RCPT TO")) {
        recipient = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
        reply(out, "250 OK");
      } else if (command.equals("DATA")) {
        reply(out, "354 End data with <CR><LF>.<CR><LF>");
        String data;
        while ((data = in.readLine()) != null && !data.equals(".")) {
          // the message body is not needed here
        }
        if (accepted().size() >= acceptBeforeDrop) {
          client.close(); // the drop: no reply to this message
          return;
        }
        recipients.add(recipient);
        reply(out, "250 OK queued");
      } else if (command.startsWith("QUIT")) {
        reply(out, "221 Bye");
        return;
      } else {
        reply(out, "250 OK");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
