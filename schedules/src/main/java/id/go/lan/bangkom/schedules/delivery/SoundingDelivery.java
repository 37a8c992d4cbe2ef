package id.go.lan.bangkom.schedules.delivery;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.PengaturanTidakSah;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.LogPengiriman;
import id.go.lan.bangkom.schedules.ModuleSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the letters of a period by e-mail, each (instansi, period, level, stage) once: the facade
 * of the delivery (SPEC §9), which puts the parts together: {@link SendRun} sends over one {@link
 * SmtpConnection}, {@link OutboxWriter} writes the dry run, {@link BroadcastFile} the chat texts,
 * {@link MessageComposer} the messages. Notices come from the warehouse table {@code sounding}
 * (every SOUNDING level but HIJAU, and every ESKALASI and TERIMA_KASIH row of the escalation
 * ladder), letters from the reports folder ({@link LetterFiles}), addressees from the master list:
 * the PIC, or for an ESKALASI the pimpinan ({@code email_pimpinan}) with the PIC in Cc. One SMTP
 * connection serves the whole run. Every attempt is written to the {@link DeliveryLog} before the
 * message goes out and again with its outcome, so a run cut short is resumed by the next one
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
    this(config, master, workspace, smtpSettings(config), Clock.system(JAKARTA));
  }

  /** The {@code pengiriman.*} settings; a refused value is a bad setting (exit 2 in the CLI). */
  private static SmtpSettings smtpSettings(BangkomConfig config) {
    try {
      return SmtpSettings.from(ModuleSettings.of(config));
    } catch (PengaturanTidakSah e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new PengaturanTidakSah(e.getMessage(), e);
    }
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
    this.composer =
        new MessageComposer(config.calendar(), config.teksSuratLanjut().jabatanBawaan());
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** Whether an SMTP server is configured (else only {@link #dryRun} can run). */
  public boolean configured() {
    return smtp.configured();
  }

  /** The folder of the delivery log: {@code <workspace>/pengiriman}. */
  public static Path logFolder(Workspace workspace) {
    return LogPengiriman.folder(workspace);
  }

  /** The outbox of a period: {@code <workspace>/outbox/<P>}. */
  public static Path outbox(Workspace workspace, Periode periode) {
    return workspace.root().resolve("outbox").resolve(periode.id());
  }

  /**
   * Every notice of the period: the SOUNDING of every instansi whose level is not HIJAU and every
   * later stage, in kode order, then stage order.
   */
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
    return send(periode, resend, Kemajuan.DIAM);
  }

  /**
   * As {@link #send(Periode, boolean)}, reporting each instansi done (n of N) to {@code kemajuan}.
   */
  public DeliveryResult send(Periode periode, boolean resend, Kemajuan kemajuan) {
    requireNonNull(kemajuan, "kemajuan is null");
    if (!smtp.configured()) {
      throw new IllegalStateException(PESAN.f("kirim.belum.diatur"));
    }
    List<Notice> notices = notices(periode);
    Path outbox = outbox(workspace, periode);
    Path broadcast = BroadcastFile.write(outbox, notices, composer);
    DeliveryResult result =
        new SendRun(workspace, periode, smtp, composer, clock, resend)
            .run(notices, outbox, broadcast, kemajuan);
    for (DeliveryResult.PerTahap t : result.perTahap()) {
      if (t.notices() > 0) {
        LOG.info(
            "Delivery {} {}: {} sent, {} already sent, {} failed, {} not attempted",
            periode.id(),
            t.tahap(),
            t.sent(),
            t.alreadySent(),
            t.failures(),
            t.notAttempted());
      }
    }
    return result;
  }

  /**
   * Writes every message of {@code periode} as {@code .eml} into the outbox and sends nothing; the
   * delivery log is not touched.
   */
  public DeliveryResult dryRun(Periode periode) {
    return dryRun(periode, Kemajuan.DIAM);
  }

  /** As {@link #dryRun(Periode)}, reporting each instansi done (n of N) to {@code kemajuan}. */
  public DeliveryResult dryRun(Periode periode, Kemajuan kemajuan) {
    requireNonNull(kemajuan, "kemajuan is null");
    List<Notice> notices = notices(periode);
    Path outbox = outbox(workspace, periode);
    Path broadcast = BroadcastFile.write(outbox, notices, composer);
    return new OutboxWriter(workspace, smtp, composer, clock)
        .write(periode, notices, outbox, broadcast, kemajuan);
  }
}
