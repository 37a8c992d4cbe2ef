package id.go.lan.bangkom.schedules.delivery;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.SelCsv;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.schedules.ModuleSettings;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the sounding letters of a period by e-mail, each (instansi, period, level) once: the facade
 * of the delivery (SPEC §9). Notices come from the warehouse table {@code sounding} (every level
 * but HIJAU), letters from the reports folder ({@link LetterFiles}), PICs from the master list. One
 * SMTP connection serves the whole run. Every attempt is written to the {@link DeliveryLog} before
 * the message goes out and again with its outcome, so a run cut short is resumed by the next one
 * without sending an accepted letter again.
 *
 * <p>The one window SMTP cannot close: a crash after the server accepted a message and before its
 * outcome line was synced. The next run sends that letter again with the same Message-ID, so the
 * recipient's mail program can recognise it.
 */
public final class SoundingDelivery {
  private static final Logger LOG = LoggerFactory.getLogger(SoundingDelivery.class);
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private final BangkomConfig config;
  private final Workspace workspace;
  private final InstansiMaster master;
  private final SmtpSettings smtp;
  private final MessageComposer composer;
  private final Clock clock;

  public SoundingDelivery(BangkomConfig config, InstansiMaster master, Workspace workspace) {
    this(
        config,
        master,
        workspace,
        SmtpSettings.from(ModuleSettings.of(config)),
        Clock.system(JAKARTA));
  }

  public SoundingDelivery(
      BangkomConfig config,
      InstansiMaster master,
      Workspace workspace,
      SmtpSettings smtp,
      Clock clock) {
    this.workspace = requireNonNull(workspace, "workspace is null");
    this.master = requireNonNull(master, "master is null");
    this.smtp = requireNonNull(smtp, "smtp is null");
    this.config = requireNonNull(config, "config is null");
    this.composer = new MessageComposer(config.calendar());
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** Whether an SMTP server is configured (else only {@link #dryRun} can run). */
  public boolean configured() {
    return smtp.configured();
  }

  /** The folder of the delivery log: {@code <workspace>/pengiriman}. */
  public static Path logFolder(Workspace workspace) {
    return workspace.root().resolve("pengiriman");
  }

  /** The outbox of a period: {@code <workspace>/outbox/<P>}. */
  public static Path outbox(Workspace workspace, Periode periode) {
    return workspace.root().resolve("outbox").resolve(periode.id());
  }

  /** Every notice of the period: instansi whose level is not HIJAU, in kode order. */
  public List<Notice> notices(Periode periode) {
    return NoticeReader.read(workspace.warehouse(), periode, master, config);
  }

  /**
   * Sends every notice of {@code periode} whose letter has not been accepted yet; with {@code
   * resend}, every notice again, on purpose.
   *
   * @throws IllegalStateException when no server is configured, another sender holds the log, or
   *     the server cannot be reached (nothing was sent then; a retry can help)
   */
  public DeliveryResult send(Periode periode, boolean resend) {
    return send(periode, resend, key -> {});
  }

  /** As {@link #send(Periode, boolean)}, calling {@code onSent} after each accepted letter. */
  public DeliveryResult send(Periode periode, boolean resend, Consumer<DeliveryKey> onSent) {
    if (!smtp.configured()) {
      throw new IllegalStateException(
          "Pengiriman surel belum diatur: isi pengiriman.smtp.host (atau gunakan --dry-run)");
    }
    List<Notice> notices = notices(periode);
    Path broadcast = writeBroadcast(periode, notices);
    String runId = UUID.randomUUID().toString();
    List<DeliveryKey> sent = new ArrayList<>();
    List<DeliveryKey> alreadySent = new ArrayList<>();
    List<DeliveryResult.Failure> failures = new ArrayList<>();
    List<DeliveryKey> notAttempted = new ArrayList<>();
    Session session = Session.getInstance(sessionProperties());
    Transport transport = null;
    boolean broken = false;
    try (DeliveryLog log = DeliveryLog.open(logFolder(workspace))) {
      for (Notice notice : notices) {
        DeliveryKey key = notice.key();
        if (!resend && log.sent(key)) {
          alreadySent.add(key);
          continue;
        }
        if (broken) {
          notAttempted.add(key);
          continue;
        }
        String email = notice.emailPic().orElse("");
        Optional<LetterFiles> letter = LetterFiles.find(workspace, periode, notice.kodeInstansi());
        if (letter.isEmpty()) {
          Path pdf = LetterFiles.pdfPath(workspace, periode, notice.kodeInstansi());
          failures.add(
              fail(
                  log,
                  notice,
                  runId,
                  resend,
                  ReasonCode.SURAT_TIDAK_ADA,
                  "Surat sounding tidak ditemukan: " + pdf,
                  Attached.unarchived(List.of())));
          continue;
        }
        Attached attachments = Attached.unarchived(names(letter.get()));
        InternetAddress to;
        try {
          to = MessageComposer.recipient(notice);
        } catch (AddressException e) {
          failures.add(
              fail(
                  log,
                  notice,
                  runId,
                  resend,
                  ReasonCode.ALAMAT_TIDAK_SAH,
                  "Alamat surel PIC tidak sah: '" + email + "' (" + e.getMessage() + ")",
                  attachments));
          continue;
        }
        String messageId = messageId(key, log.timesSent(key));
        MimeMessage message;
        Attached sending;
        try {
          if (transport == null) {
            transport = connect(session);
          }
          // What goes out is the archived copy, never the working file a re-render may replace.
          SentArchive archive =
              SentArchive.keep(
                  workspace, key, log.timesSent(key) + 1, letter.get(), OffsetDateTime.now(clock));
          sending =
              new Attached(
                  attachments.names(),
                  Optional.of(archive.relativeTo(workspace)),
                  archive.sha256());
          message =
              composer.message(session, smtp, notice, archive.letter(), messageId, clock.instant());
        } catch (MessagingException e) {
          throw new IllegalStateException(
              "Tidak dapat menyiapkan atau menyambung pengiriman ke "
                  + server()
                  + ": "
                  + describe(e),
              e);
        }
        log.append(
            entry(
                notice,
                LogEntry.Status.MENGIRIM,
                Optional.empty(),
                Optional.empty(),
                messageId,
                sending,
                resend,
                runId));
        try {
          transport.sendMessage(message, new Address[] {to});
          log.append(
              entry(
                  notice,
                  LogEntry.Status.TERKIRIM,
                  Optional.empty(),
                  Optional.empty(),
                  messageId,
                  sending,
                  resend,
                  runId));
          sent.add(key);
          onSent.accept(key);
          pause();
        } catch (SendFailedException e) {
          boolean addressRefused =
              e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
          ReasonCode code =
              addressRefused ? ReasonCode.ALAMAT_DITOLAK_SERVER : ReasonCode.SMTP_GAGAL;
          String reason =
              addressRefused
                  ? "Server menolak alamat '" + email + "': " + describe(e)
                  : "Server SMTP menolak surel: " + describe(e);
          failures.add(failAttempt(log, notice, runId, resend, code, reason, messageId, sending));
          broken = !transport.isConnected();
        } catch (MessagingException e) {
          failures.add(
              failAttempt(
                  log,
                  notice,
                  runId,
                  resend,
                  ReasonCode.SMTP_GAGAL,
                  "Pengiriman ke server SMTP gagal: " + describe(e),
                  messageId,
                  sending));
          broken = !transport.isConnected();
        }
      }
    } finally {
      close(transport);
    }
    DeliveryResult result =
        new DeliveryResult(
            notices.size(),
            sent,
            alreadySent,
            failures,
            notAttempted,
            outbox(workspace, periode),
            broadcast,
            false);
    LOG.info(
        "Delivery {}: {} sent, {} already sent, {} failed, {} not attempted",
        periode.id(),
        sent.size(),
        alreadySent.size(),
        failures.size(),
        notAttempted.size());
    return result;
  }

  /**
   * Writes every message of {@code periode} as {@code .eml} into the outbox and sends nothing; the
   * delivery log is not touched.
   */
  public DeliveryResult dryRun(Periode periode) {
    List<Notice> notices = notices(periode);
    Path outbox = outbox(workspace, periode);
    Path broadcast = writeBroadcast(periode, notices);
    Session session = Session.getInstance(sessionProperties());
    List<DeliveryKey> written = new ArrayList<>();
    List<DeliveryResult.Failure> failures = new ArrayList<>();
    try {
      try (DirectoryStream<Path> old = Files.newDirectoryStream(outbox, "*.eml")) {
        for (Path p : old) {
          Files.delete(p);
        }
      }
      for (Notice notice : notices) {
        String email = notice.emailPic().orElse("");
        Optional<LetterFiles> letter = LetterFiles.find(workspace, periode, notice.kodeInstansi());
        if (letter.isEmpty()) {
          failures.add(
              new DeliveryResult.Failure(
                  notice.key(),
                  email,
                  ReasonCode.SURAT_TIDAK_ADA,
                  "Surat sounding tidak ditemukan: "
                      + LetterFiles.pdfPath(workspace, periode, notice.kodeInstansi())));
          continue;
        }
        try {
          MessageComposer.recipient(notice);
        } catch (AddressException e) {
          failures.add(
              new DeliveryResult.Failure(
                  notice.key(),
                  email,
                  ReasonCode.ALAMAT_TIDAK_SAH,
                  "Alamat surel PIC tidak sah: '" + email + "' (" + e.getMessage() + ")"));
          continue;
        }
        MimeMessage message =
            composer.message(
                session, smtp, notice, letter.get(), messageId(notice.key(), 0), clock.instant());
        Path eml = outbox.resolve("surel-" + notice.kodeInstansi() + "-" + periode.id() + ".eml");
        // The message carries the list with names and NIPs: 600 from its first byte, then moved.
        Path tmp = BerkasPribadi.temporaryFile(outbox, "surel", ".tmp");
        try {
          try (OutputStream out = Files.newOutputStream(tmp)) {
            message.writeTo(out);
          }
          Files.move(tmp, eml, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
        written.add(notice.key());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the outbox " + outbox, e);
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot build a message for the outbox: " + describe(e), e);
    }
    return new DeliveryResult(
        notices.size(), written, List.of(), failures, List.of(), outbox, broadcast, true);
  }

  /** {@code outbox/<P>/siaran.csv}: one short text per PIC for chat groups. */
  private Path writeBroadcast(Periode periode, List<Notice> notices) {
    Path outbox = outbox(workspace, periode);
    Path file = outbox.resolve("siaran.csv");
    try {
      BerkasPribadi.folder(outbox);
      Path tmp = BerkasPribadi.temporaryFile(outbox, "siaran", ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write("kode_instansi,nama_instansi,level,nama_pic,email_pic,teks\r\n");
        for (Notice n : notices) {
          w.write(
              String.join(
                  ",",
                  csv(n.kodeInstansi()),
                  csv(n.namaInstansi()),
                  csv(n.level()),
                  csv(n.namaPic().orElse("")),
                  csv(n.emailPic().orElse("")),
                  csv(composer.broadcast(n))));
          w.write("\r\n");
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the broadcast texts " + file, e);
    }
    return file;
  }

  private Properties sessionProperties() {
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

  private Transport connect(Session session) throws MessagingException {
    Transport transport = session.getTransport();
    Optional<String> password = smtp.passwordForUser();
    transport.connect(
        smtp.host().orElseThrow(), smtp.port(), smtp.user().orElse(null), password.orElse(null));
    LOG.info("Connected to SMTP server {}", server());
    return transport;
  }

  private String server() {
    return smtp.host().orElse("?") + ":" + smtp.port();
  }

  private void pause() {
    long millis = smtp.pauseBetweenLetters().toMillis();
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Pengiriman dihentikan", e);
      }
    }
  }

  private String messageId(DeliveryKey key, int timesSentBefore) {
    String address = smtp.sender().getAddress();
    String domain = address.substring(address.indexOf('@') + 1);
    return "<sounding."
        + key.periode().id()
        + "."
        + key.kodeInstansi()
        + "."
        + key.level()
        + "."
        + timesSentBefore
        + "@"
        + domain
        + ">";
  }

  private DeliveryResult.Failure fail(
      DeliveryLog log,
      Notice notice,
      String runId,
      boolean resend,
      ReasonCode code,
      String reason,
      Attached attachments) {
    return failAttempt(log, notice, runId, resend, code, reason, "", attachments);
  }

  private DeliveryResult.Failure failAttempt(
      DeliveryLog log,
      Notice notice,
      String runId,
      boolean resend,
      ReasonCode code,
      String reason,
      String messageId,
      Attached attachments) {
    log.append(
        entry(
            notice,
            LogEntry.Status.GAGAL,
            Optional.of(code),
            Optional.of(reason),
            messageId,
            attachments,
            resend,
            runId));
    LOG.warn("Letter {} not sent: {} {}", notice.key(), code, reason);
    return new DeliveryResult.Failure(notice.key(), notice.emailPic().orElse(""), code, reason);
  }

  private LogEntry entry(
      Notice notice,
      LogEntry.Status status,
      Optional<ReasonCode> code,
      Optional<String> reason,
      String messageId,
      Attached attachments,
      boolean resend,
      String runId) {
    return new LogEntry(
        notice.key(),
        status,
        code,
        reason,
        notice.emailPic().orElse(""),
        messageId,
        attachments.names(),
        attachments.arsip(),
        attachments.sha256(),
        resend,
        runId,
        OffsetDateTime.now(clock));
  }

  /** What an attempt attaches: the file names and, once archived, where and their SHA-256. */
  private record Attached(List<String> names, Optional<String> arsip, List<String> sha256) {
    static Attached unarchived(List<String> names) {
      return new Attached(names, Optional.empty(), List.of());
    }
  }

  private static List<String> names(LetterFiles letter) {
    return letter.attachments().stream().map(p -> p.getFileName().toString()).toList();
  }

  private static String describe(MessagingException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Exception next = e.getNextException();
    if (next != null && next.getMessage() != null && !message.contains(next.getMessage())) {
      message = message + " (" + next.getMessage() + ")";
    }
    return message.replace('\n', ' ').replace('\r', ' ').trim();
  }

  private static void close(Transport transport) {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.debug("Closing the SMTP connection failed", e);
      }
    }
  }

  /** A field of siaran.csv, which an operator opens in a spreadsheet: formulas become text. */
  private static String csv(String value) {
    return SelCsv.field(value, ',');
  }
}
