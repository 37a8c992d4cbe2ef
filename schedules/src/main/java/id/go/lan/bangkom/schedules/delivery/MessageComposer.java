package id.go.lan.bangkom.schedules.delivery;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Builds the e-mail and the broadcast text of a notice, in Bahasa Indonesia, from the templates of
 * {@code bangkom/pengiriman-pesan.properties}: {@code subjek}, {@code isi} and {@code lampiran.pdf}
 * for the SOUNDING letter, the same keys ending in {@code .ESKALASI} or {@code .TERIMA_KASIH} for
 * the later stages.
 */
final class MessageComposer {
  static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
  private static final String TEXTS = "/bangkom/pengiriman-pesan.properties";
  private static final DateTimeFormatter TANGGAL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIA);

  private final Properties texts;
  private final CaturwulanCalendar calendar;
  private final String jabatanBawaan;

  /** Messages with the default wording of the escalation letter's addressee. */
  MessageComposer(CaturwulanCalendar calendar) {
    this(calendar, BangkomConfig.defaults().teksSuratLanjut().jabatanBawaan());
  }

  /**
   * @param jabatanBawaan the escalation addressee's title when the master list has none ({@code
   *     eskalasi.jabatan_bawaan}, the same the letter uses), followed by the instansi's name
   */
  MessageComposer(CaturwulanCalendar calendar, String jabatanBawaan) {
    this.calendar = requireNonNull(calendar, "calendar is null");
    this.jabatanBawaan = requireNonNull(jabatanBawaan, "jabatanBawaan is null");
    this.texts = new Properties();
    try (InputStream in = MessageComposer.class.getResourceAsStream(TEXTS)) {
      if (in == null) {
        throw new IllegalStateException(PESAN.f("teks.surel.tidak.ada", TEXTS));
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("teks.surel.tidak.terbaca", TEXTS), e);
    }
  }

  /**
   * The Message-ID of the letter of {@code key} sent {@code timesSentBefore} times before: the same
   * on a resumed run, so a letter sent twice after a crash is recognised by the mail program; each
   * stage its own ({@code <sounding.…>}, {@code <eskalasi.…>}, {@code <terima-kasih.…>}).
   */
  static String messageId(DeliveryKey key, int timesSentBefore, InternetAddress sender) {
    String address = sender.getAddress();
    String domain = address.substring(address.indexOf('@') + 1);
    return "<"
        + idPrefix(key.tahap())
        + "."
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

  private static String idPrefix(TahapSounding tahap) {
    return switch (tahap) {
      case SOUNDING -> "sounding";
      case ESKALASI -> "eskalasi";
      case TERIMA_KASIH -> "terima-kasih";
    };
  }

  /**
   * The address the letter goes to (To), strictly checked: the PIC's, or for an ESKALASI the
   * pimpinan's (master list column {@code email_pimpinan}); fails with {@link AddressException}
   * (see {@link #addressFailure} for the reason to log).
   */
  static InternetAddress recipient(Notice notice) throws AddressException {
    String email =
        notice
            .emailTujuan()
            .orElseThrow(
                () ->
                    new AddressException(
                        notice.toPimpinan()
                            ? PESAN.f("alamat.pimpinan.kosong")
                            : PESAN.f("alamat.tidak.ada", notice.kodeInstansi())));
    Optional<String> name = notice.toPimpinan() ? notice.jabatanPimpinan() : notice.namaPic();
    return address(email, name);
  }

  /**
   * The copy (Cc) of the letter: the PIC of an ESKALASI letter, when the master list gives a valid
   * address; empty for the other stages.
   */
  static Optional<InternetAddress> copyTo(Notice notice) {
    if (!notice.toPimpinan() || notice.emailPic().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(address(notice.emailPic().get(), notice.namaPic()));
    } catch (AddressException e) {
      return Optional.empty();
    }
  }

  /**
   * The reason, in Indonesian, why the letter of {@code notice} has no valid addressee ({@code e}
   * from {@link #recipient}): for an ESKALASI it names the master list column {@code
   * email_pimpinan} and the instansi, so the operator knows what to fix before the next run.
   */
  static String addressFailure(Notice notice, AddressException e) {
    String email = notice.emailTujuan().orElse("");
    if (!notice.toPimpinan()) {
      return PESAN.f("alamat.tidak.sah", email, String.valueOf(e.getMessage()));
    }
    if (email.isEmpty()) {
      return PESAN.f("alamat.pimpinan.tidak.ada", notice.kodeInstansi(), notice.namaInstansi());
    }
    return PESAN.f(
        "alamat.pimpinan.tidak.sah",
        email,
        notice.kodeInstansi(),
        notice.namaInstansi(),
        String.valueOf(e.getMessage()));
  }

  private static InternetAddress address(String email, Optional<String> name)
      throws AddressException {
    InternetAddress address = new InternetAddress(email.trim(), true);
    address.validate();
    if (!address.getAddress().contains("@")) {
      throw new AddressException(PESAN.f("alamat.tidak.lengkap"), email);
    }
    try {
      return new InternetAddress(
          address.getAddress(), name.orElse(null), StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  String subject(Notice notice) {
    return fill(text("subjek", notice.tahap()), values(notice));
  }

  String body(Notice notice, LetterFiles letter) {
    Map<String, String> v = values(notice);
    v.put("penjelasan", levelText("penjelasan", notice.level(), v));
    v.put("penjelasan_pemicu", pemicuText(notice, v));
    StringBuilder lampiran = new StringBuilder();
    for (Path p : letter.attachments()) {
      String name = p.getFileName().toString();
      String kind = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      if (lampiran.length() > 0) {
        lampiran.append('\n');
      }
      String template =
          kind.equals("pdf")
              ? text("lampiran.pdf", notice.tahap())
              : texts.getProperty("lampiran." + kind);
      lampiran.append(fill(template, Map.of("nama", name)));
    }
    v.put("lampiran", lampiran.toString());
    return fill(text("isi", notice.tahap()), v);
  }

  /**
   * The template {@code key} of a stage: {@code key} itself for SOUNDING (the texts as they were
   * before the escalation ladder), {@code key.<TAHAP>} for a later stage.
   */
  private String text(String key, TahapSounding tahap) {
    String full = tahap == TahapSounding.SOUNDING ? key : key + "." + tahap.name();
    String template = texts.getProperty(full);
    if (template == null) {
      throw new IllegalStateException(PESAN.f("teks.surel.kunci", full, TEXTS));
    }
    return template;
  }

  private String pemicuText(Notice notice, Map<String, String> values) {
    String pemicu = notice.pemicu().orElse("lain");
    return fill(texts.getProperty("pemicu." + pemicu, texts.getProperty("pemicu.lain")), values);
  }

  /** One short line for chat groups. */
  String broadcast(Notice notice) {
    return levelText("siaran", notice.level(), values(notice));
  }

  MimeMessage message(
      Session session,
      SmtpSettings settings,
      Notice notice,
      LetterFiles letter,
      String messageId,
      Instant now)
      throws MessagingException {
    MimeMessage message = new FixedIdMessage(session, messageId);
    message.setFrom(settings.sender());
    if (settings.replyTo().isPresent()) {
      message.setReplyTo(new InternetAddress[] {settings.replyTo().get()});
    }
    message.setRecipient(Message.RecipientType.TO, recipient(notice));
    Optional<InternetAddress> cc = copyTo(notice);
    if (cc.isPresent()) {
      message.setRecipient(Message.RecipientType.CC, cc.get());
    }
    message.setSubject(subject(notice), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(now));
    MimeMultipart multipart = new MimeMultipart();
    MimeBodyPart text = new MimeBodyPart();
    text.setText(body(notice, letter), StandardCharsets.UTF_8.name());
    multipart.addBodyPart(text);
    for (Path p : letter.attachments()) {
      MimeBodyPart part = new MimeBodyPart();
      try {
        // base64 for every attachment: a text part (the CSV) would otherwise have its line ends
        // rewritten to CRLF on the wire, and the PIC would not receive the archived bytes.
        part.attachFile(p.toFile(), contentType(p), "base64");
      } catch (IOException e) {
        throw new UncheckedIOException(PESAN.f("lampiran.gagal", p), e);
      }
      multipart.addBodyPart(part);
    }
    message.setContent(multipart);
    message.saveChanges();
    return message;
  }

  private static String contentType(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (name.endsWith(".csv")) {
      return "text/csv; charset=UTF-8";
    }
    if (name.endsWith(".xlsx")) {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    return "application/octet-stream";
  }

  private String levelText(String prefix, String level, Map<String, String> values) {
    String template = texts.getProperty(prefix + "." + level, texts.getProperty(prefix + ".lain"));
    return fill(template, values);
  }

  private Map<String, String> values(Notice notice) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("romawi", notice.periode().romawi());
    v.put("tahun", Integer.toString(notice.periode().tahun()));
    v.put("level", notice.level());
    v.put("nama_instansi", notice.namaInstansi());
    v.put("kode_instansi", notice.kodeInstansi());
    v.put("nama_pic", notice.namaPic().orElse("PIC " + notice.namaInstansi()));
    v.put("sapaan_pic", Sapaan.untuk(v.get("nama_pic")));
    v.put("email_pic", notice.emailPic().orElse("-"));
    v.put("alasan", notice.alasan().isBlank() ? "-" : notice.alasan());
    v.put("awal", TANGGAL.format(calendar.awal(notice.periode())));
    v.put("akhir", TANGGAL.format(calendar.akhir(notice.periode())));
    v.put("persen", notice.persenOnTrack().map(MessageComposer::percent).orElse("sebagian"));
    v.put(
        "jabatan_pimpinan",
        notice.jabatanPimpinan().orElse(jabatanBawaan + " " + notice.namaInstansi()));
    v.put("email_pimpinan", notice.emailPimpinan().orElse("-"));
    return v;
  }

  static String percent(BigDecimal value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(INDONESIA));
    return format.format(value) + "%";
  }

  private static String fill(String template, Map<String, String> values) {
    String result = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      result = result.replace("{" + e.getKey() + "}", e.getValue());
    }
    return result;
  }

  /** Keeps the Message-ID it was given: a re-sent attempt carries the same one. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
