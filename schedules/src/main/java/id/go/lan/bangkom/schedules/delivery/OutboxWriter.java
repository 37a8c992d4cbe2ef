package id.go.lan.bangkom.schedules.delivery;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dry run: every message of a period, of every stage, written as {@code .eml} into its outbox
 * (the old ones removed first), nothing sent and the delivery log not touched.
 */
final class OutboxWriter {
  private final Workspace workspace;
  private final SmtpSettings smtp;
  private final MessageComposer composer;
  private final Clock clock;

  OutboxWriter(Workspace workspace, SmtpSettings smtp, MessageComposer composer, Clock clock) {
    this.workspace = requireNonNull(workspace, "workspace is null");
    this.smtp = requireNonNull(smtp, "smtp is null");
    this.composer = requireNonNull(composer, "composer is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** Writes the messages of {@code notices}; returns the written ones and the refused ones. */
  DeliveryResult write(
      Periode periode, List<Notice> notices, Path outbox, Path broadcast, Kemajuan kemajuan) {
    Session session = SmtpConnection.session(smtp);
    List<DeliveryKey> written = new ArrayList<>();
    List<DeliveryResult.Failure> failures = new ArrayList<>();
    kemajuan.mulai(PESAN.f("kemajuan.outbox", periode.id()), notices.size());
    try {
      try (DirectoryStream<Path> old = Files.newDirectoryStream(outbox, "*.eml")) {
        for (Path p : old) {
          Files.delete(p);
        }
      }
      int done = 0;
      for (Notice notice : notices) {
        Optional<DeliveryResult.Failure> refused = refusal(periode, notice);
        if (refused.isPresent()) {
          failures.add(refused.get());
        } else {
          writeOne(session, periode, notice, outbox);
          written.add(notice.key());
        }
        kemajuan.maju(++done, notice.kodeInstansi());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("outbox.tidak.tertulis", outbox), e);
    } catch (MessagingException e) {
      throw new IllegalStateException(PESAN.f("outbox.surel.gagal", SmtpConnection.describe(e)), e);
    } finally {
      kemajuan.selesai();
    }
    return new DeliveryResult(
        notices.size(), written, List.of(), failures, List.of(), outbox, broadcast, true);
  }

  /** Why no message can be written for {@code notice}: no letter, or no valid address. */
  private Optional<DeliveryResult.Failure> refusal(Periode periode, Notice notice) {
    String email = notice.emailTujuan().orElse("");
    if (LetterFiles.find(workspace, periode, notice.kodeInstansi(), notice.tahap()).isEmpty()) {
      return Optional.of(
          new DeliveryResult.Failure(
              notice.key(),
              email,
              ReasonCode.SURAT_TIDAK_ADA,
              LetterFiles.missing(
                  notice.tahap(),
                  LetterFiles.pdfPath(workspace, periode, notice.kodeInstansi(), notice.tahap()))));
    }
    try {
      MessageComposer.recipient(notice);
    } catch (AddressException e) {
      return Optional.of(
          new DeliveryResult.Failure(
              notice.key(),
              email,
              ReasonCode.ALAMAT_TIDAK_SAH,
              MessageComposer.addressFailure(notice, e)));
    }
    return Optional.empty();
  }

  /**
   * {@code surel-<kode>-<P>.eml} for the SOUNDING letter (as before the escalation ladder), {@code
   * surel-eskalasi-<kode>-<P>.eml} and {@code surel-terima-kasih-<kode>-<P>.eml} for the others.
   */
  static String emlName(Notice notice) {
    String stage =
        notice.tahap() == TahapSounding.SOUNDING
            ? ""
            : notice.tahap().awalanBerkas().substring("surat-".length()) + "-";
    return "surel-" + stage + notice.kodeInstansi() + "-" + notice.periode().id() + ".eml";
  }

  private void writeOne(Session session, Periode periode, Notice notice, Path outbox)
      throws IOException, MessagingException {
    LetterFiles letter =
        LetterFiles.find(workspace, periode, notice.kodeInstansi(), notice.tahap()).orElseThrow();
    MimeMessage message =
        composer.message(
            session,
            smtp,
            notice,
            letter,
            MessageComposer.messageId(notice.key(), 0, smtp.sender()),
            clock.instant());
    Path eml = outbox.resolve(emlName(notice));
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
  }
}
