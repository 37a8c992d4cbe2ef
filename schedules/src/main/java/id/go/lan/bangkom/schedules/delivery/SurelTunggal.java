package id.go.lan.bangkom.schedules.delivery;

import static java.util.Objects.requireNonNull;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * One plain-text e-mail through the {@code pengiriman.smtp.*} server, outside a delivery run: the
 * portal's invitations. Same connection settings (timeouts, TLS checks) as the soundings.
 */
public final class SurelTunggal {
  private SurelTunggal() {}

  /**
   * Sends {@code isi} to {@code kepada}.
   *
   * @throws MessagingException when the server refuses or cannot be reached (the message names the
   *     server)
   */
  public static void kirim(SmtpSettings smtp, String kepada, String subjek, String isi)
      throws MessagingException {
    requireNonNull(smtp, "smtp is null");
    try (SmtpConnection connection = new SmtpConnection(smtp)) {
      MimeMessage m = new MimeMessage(connection.session());
      m.setFrom(smtp.sender());
      smtp.replyTo().ifPresent(r -> setReplyTo(m, r));
      m.setRecipient(Message.RecipientType.TO, new InternetAddress(kepada, true));
      m.setSubject(subjek, StandardCharsets.UTF_8.name());
      m.setText(isi, StandardCharsets.UTF_8.name());
      m.setSentDate(new Date());
      connection.connect();
      connection.send(m);
    } catch (MessagingException e) {
      throw new MessagingException(SmtpConnection.describe(e), e);
    }
  }

  private static void setReplyTo(MimeMessage m, InternetAddress r) {
    try {
      m.setReplyTo(new InternetAddress[] {r});
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
