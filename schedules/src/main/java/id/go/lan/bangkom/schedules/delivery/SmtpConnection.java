package id.go.lan.bangkom.schedules.delivery;

import static java.util.Objects.requireNonNull;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one SMTP connection of a delivery run: a mail session from the {@code pengiriman.smtp.*}
 * settings (timeouts, TLS with server identity checked, TCP_NODELAY sockets), connected on the
 * first letter and reused for every other one.
 */
final class SmtpConnection implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SmtpConnection.class);

  private final SmtpSettings smtp;
  private final Session session;
  private Transport transport;

  SmtpConnection(SmtpSettings smtp) {
    this.smtp = requireNonNull(smtp, "smtp is null");
    this.session = session(smtp);
  }

  /** A mail session for {@code smtp}, also for writing messages that are never sent. */
  static Session session(SmtpSettings smtp) {
    return Session.getInstance(properties(smtp));
  }

  Session session() {
    return session;
  }

  /** Connects unless connected already. */
  void connect() throws MessagingException {
    if (transport != null) {
      return;
    }
    Transport t = session.getTransport();
    Optional<String> password = smtp.passwordForUser();
    t.connect(
        smtp.host().orElseThrow(), smtp.port(), smtp.user().orElse(null), password.orElse(null));
    transport = t;
    LOG.info("Connected to SMTP server {}", server());
  }

  /** Sends {@code message} to every address of its To and Cc headers. */
  void send(MimeMessage message) throws MessagingException {
    transport.sendMessage(message, message.getAllRecipients());
  }

  /** Whether the server still holds the connection after a failed letter. */
  boolean connected() {
    return transport != null && transport.isConnected();
  }

  /** {@code host:port}, for messages. */
  String server() {
    return smtp.host().orElse("?") + ":" + smtp.port();
  }

  /** The server's answer in one line, with the cause JavaMail keeps apart. */
  static String describe(MessagingException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Exception next = e.getNextException();
    if (next != null && next.getMessage() != null && !message.contains(next.getMessage())) {
      message = message + " (" + next.getMessage() + ")";
    }
    return message.replace('\n', ' ').replace('\r', ' ').trim();
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.debug("Closing the SMTP connection failed", e);
      }
    }
  }

  private static Properties properties(SmtpSettings smtp) {
    String protocol = smtp.security() == Security.SSL ? "smtps" : "smtp";
    String p = "mail." + protocol + ".";
    Properties props = new Properties();
    props.put("mail.transport.protocol", protocol);
    props.put(p + "host", smtp.host().orElse("localhost"));
    props.put(p + "port", Integer.toString(smtp.port()));
    props.put(p + "connectiontimeout", Long.toString(smtp.connectTimeout().toMillis()));
    props.put(p + "timeout", Long.toString(smtp.readTimeout().toMillis()));
    props.put(p + "writetimeout", Long.toString(smtp.writeTimeout().toMillis()));
    props.put(p + "from", smtp.sender().getAddress());
    props.put(p + "auth", Boolean.toString(smtp.user().isPresent()));
    switch (smtp.security()) {
      case STARTTLS -> {
        props.put(p + "starttls.enable", "true");
        props.put(p + "starttls.required", "true");
        props.put(p + "ssl.checkserveridentity", "true");
        props.put(p + "socketFactory", new NoDelaySocketFactory(SocketFactory.getDefault()));
      }
      case SSL -> {
        props.put(p + "ssl.enable", "true");
        props.put(p + "ssl.checkserveridentity", "true");
        props.put(
            p + "ssl.socketFactory",
            new NoDelaySslSocketFactory((SSLSocketFactory) SSLSocketFactory.getDefault()));
      }
      case NONE ->
          props.put(p + "socketFactory", new NoDelaySocketFactory(SocketFactory.getDefault()));
    }
    return props;
  }
}
