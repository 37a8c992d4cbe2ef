package id.go.lan.bangkom.schedules.delivery;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@link SoundingDelivery#send}: each notice not yet accepted (every one with {@code
 * resend}) written to the {@link DeliveryLog} as MENGIRIM before its letter goes out, and again
 * with its outcome; once the connection breaks, the rest is left for the next run.
 */
final class SendRun {
  private static final Logger LOG = LoggerFactory.getLogger(SendRun.class);

  private final Workspace workspace;
  private final Periode periode;
  private final SmtpSettings smtp;
  private final MessageComposer composer;
  private final Clock clock;
  private final boolean resend;
  private final String runId = UUID.randomUUID().toString();
  private final List<DeliveryKey> sent = new ArrayList<>();
  private final List<DeliveryKey> alreadySent = new ArrayList<>();
  private final List<DeliveryResult.Failure> failures = new ArrayList<>();
  private final List<DeliveryKey> notAttempted = new ArrayList<>();

  SendRun(
      Workspace workspace,
      Periode periode,
      SmtpSettings smtp,
      MessageComposer composer,
      Clock clock,
      boolean resend) {
    this.workspace = requireNonNull(workspace, "workspace is null");
    this.periode = requireNonNull(periode, "periode is null");
    this.smtp = requireNonNull(smtp, "smtp is null");
    this.composer = requireNonNull(composer, "composer is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.resend = resend;
  }

  DeliveryResult run(List<Notice> notices, Path outbox, Path broadcast, Kemajuan kemajuan) {
    kemajuan.mulai(PESAN.f("kemajuan.kirim", periode.id()), notices.size());
    try (SmtpConnection connection = new SmtpConnection(smtp);
        DeliveryLog log = DeliveryLog.open(SoundingDelivery.logFolder(workspace))) {
      boolean broken = false;
      int done = 0;
      for (Notice notice : notices) {
        DeliveryKey key = notice.key();
        if (!resend && log.sent(key)) {
          alreadySent.add(key);
        } else if (broken) {
          notAttempted.add(key);
        } else {
          broken = !deliver(connection, log, notice);
        }
        kemajuan.maju(++done, notice.kodeInstansi());
      }
    } finally {
      kemajuan.selesai();
    }
    return new DeliveryResult(
        notices.size(), sent, alreadySent, failures, notAttempted, outbox, broadcast, false);
  }

  /** Sends the letter of {@code notice}; returns false when the connection broke. */
  private boolean deliver(SmtpConnection connection, DeliveryLog log, Notice notice) {
    DeliveryKey key = notice.key();
    String email = notice.emailTujuan().orElse("");
    Optional<LetterFiles> letter =
        LetterFiles.find(workspace, periode, notice.kodeInstansi(), notice.tahap());
    if (letter.isEmpty()) {
      Path pdf = LetterFiles.pdfPath(workspace, periode, notice.kodeInstansi(), notice.tahap());
      fail(
          log,
          notice,
          ReasonCode.SURAT_TIDAK_ADA,
          LetterFiles.missing(notice.tahap(), pdf),
          "",
          Attached.unarchived(List.of()));
      return true;
    }
    Attached attachments = Attached.unarchived(names(letter.get()));
    try {
      MessageComposer.recipient(notice);
    } catch (AddressException e) {
      // Nothing is sent; the key stays unsent, so a run after the master list is fixed sends it.
      fail(
          log,
          notice,
          ReasonCode.ALAMAT_TIDAK_SAH,
          MessageComposer.addressFailure(notice, e),
          "",
          attachments);
      return true;
    }
    if (notice.toPimpinan() && MessageComposer.copyTo(notice).isEmpty()) {
      LOG.warn("Letter {} goes without Cc: no valid PIC address in the master list", key);
    }
    String messageId = MessageComposer.messageId(key, log.timesSent(key), smtp.sender());
    MimeMessage message;
    Attached sending;
    try {
      connection.connect();
      // What goes out is the archived copy, never the working file a re-render may replace.
      SentArchive archive =
          SentArchive.keep(
              workspace, key, log.timesSent(key) + 1, letter.get(), OffsetDateTime.now(clock));
      sending =
          new Attached(
              attachments.names(), Optional.of(archive.relativeTo(workspace)), archive.sha256());
      message =
          composer.message(
              connection.session(), smtp, notice, archive.letter(), messageId, clock.instant());
    } catch (MessagingException e) {
      throw new IllegalStateException(
          PESAN.f("smtp.tidak.tersambung", connection.server(), SmtpConnection.describe(e)), e);
    }
    log.append(entry(notice, LogEntry.Status.MENGIRIM, Optional.empty(), messageId, sending));
    try {
      connection.send(message);
      log.append(entry(notice, LogEntry.Status.TERKIRIM, Optional.empty(), messageId, sending));
      sent.add(key);
      pause();
      return true;
    } catch (SendFailedException e) {
      boolean addressRefused =
          e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
      ReasonCode code = addressRefused ? ReasonCode.ALAMAT_DITOLAK_SERVER : ReasonCode.SMTP_GAGAL;
      String reason =
          addressRefused
              ? PESAN.f("alamat.ditolak.server", refused(e, email), SmtpConnection.describe(e))
              : PESAN.f("smtp.menolak", SmtpConnection.describe(e));
      fail(log, notice, code, reason, messageId, sending);
      return connection.connected();
    } catch (MessagingException e) {
      fail(
          log,
          notice,
          ReasonCode.SMTP_GAGAL,
          PESAN.f("smtp.gagal", SmtpConnection.describe(e)),
          messageId,
          sending);
      return connection.connected();
    }
  }

  /** The addresses the server refused, or {@code email} when it did not say. */
  private static String refused(SendFailedException e, String email) {
    List<String> refused = new ArrayList<>();
    for (jakarta.mail.Address a : e.getInvalidAddresses()) {
      refused.add(a instanceof InternetAddress ia ? ia.getAddress() : a.toString());
    }
    return refused.isEmpty() ? email : String.join(", ", refused);
  }

  private void pause() {
    long millis = smtp.pauseBetweenLetters().toMillis();
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(PESAN.f("kirim.dihentikan"), e);
      }
    }
  }

  private void fail(
      DeliveryLog log,
      Notice notice,
      ReasonCode code,
      String reason,
      String messageId,
      Attached attachments) {
    log.append(
        entry(
            notice,
            LogEntry.Status.GAGAL,
            Optional.of(new Reason(code, reason)),
            messageId,
            attachments));
    LOG.warn("Letter {} not sent: {} {}", notice.key(), code, reason);
    failures.add(
        new DeliveryResult.Failure(notice.key(), notice.emailTujuan().orElse(""), code, reason));
  }

  private LogEntry entry(
      Notice notice,
      LogEntry.Status status,
      Optional<Reason> reason,
      String messageId,
      Attached attachments) {
    return new LogEntry(
        notice.key(),
        status,
        reason.map(Reason::code),
        reason.map(Reason::text),
        notice.emailTujuan().orElse(""),
        messageId,
        attachments.names(),
        attachments.arsip(),
        attachments.sha256(),
        resend,
        runId,
        OffsetDateTime.now(clock));
  }

  private static List<String> names(LetterFiles letter) {
    return letter.attachments().stream().map(p -> p.getFileName().toString()).toList();
  }

  /** Why a letter failed: its stable code and the Indonesian text. */
  private record Reason(ReasonCode code, String text) {}

  /** What an attempt attaches: the file names and, once archived, where and their SHA-256. */
  private record Attached(List<String> names, Optional<String> arsip, List<String> sha256) {
    static Attached unarchived(List<String> names) {
      return new Attached(names, Optional.empty(), List.of());
    }
  }
}
