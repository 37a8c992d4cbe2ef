package id.go.lan.bangkom.schedules.delivery;

import static id.go.lan.bangkom.schedules.PesanModul.PESAN;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.CaturwulanCalendar;
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
import java.util.Properties;

/** Builds the e-mail and the broadcast text of a notice, in Bahasa Indonesia. */
final class MessageComposer {
  static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
  private static final String TEXTS = "/bangkom/pengiriman-pesan.properties";
  private static final DateTimeFormatter TANGGAL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIA);

  private final Properties texts;
  private final CaturwulanCalendar calendar;

  MessageComposer(CaturwulanCalendar calendar) {
    this.calendar = requireNonNull(calendar, "calendar is null");
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
   * on a resumed run, so a letter sent twice after a crash is recognised by the mail program.
   */
  static String messageId(DeliveryKey key, int timesSentBefore, InternetAddress sender) {
    String address = sender.getAddress();
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

  /** The PIC's address, strictly checked; fails with {@link AddressException} naming it. */
  static InternetAddress recipient(Notice notice) throws AddressException {
    String email =
        notice
            .emailPic()
            .orElseThrow(
                () -> new AddressException(PESAN.f("alamat.tidak.ada", notice.kodeInstansi())));
    InternetAddress address = new InternetAddress(email.trim(), true);
    address.validate();
    if (!address.getAddress().contains("@")) {
      throw new AddressException(PESAN.f("alamat.tidak.lengkap"), email);
    }
    try {
      return new InternetAddress(
          address.getAddress(), notice.namaPic().orElse(null), StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  String subject(Notice notice) {
    return fill(texts.getProperty("subjek"), values(notice));
  }

  String body(Notice notice, LetterFiles letter) {
    Map<String, String> v = values(notice);
    v.put("penjelasan", levelText("penjelasan", notice.level(), v));
    StringBuilder lampiran = new StringBuilder();
    for (Path p : letter.attachments()) {
      String name = p.getFileName().toString();
      String kind = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      if (lampiran.length() > 0) {
        lampiran.append('\n');
      }
      lampiran.append(fill(texts.getProperty("lampiran." + kind), Map.of("nama", name)));
    }
    v.put("lampiran", lampiran.toString());
    return fill(texts.getProperty("isi"), v);
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
