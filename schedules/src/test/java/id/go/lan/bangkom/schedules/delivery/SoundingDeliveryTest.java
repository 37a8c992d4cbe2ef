package id.go.lan.bangkom.schedules.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundingDeliveryTest {
  @TempDir Path root;
  private GreenMail greenMail;

  @BeforeEach
  void startServer() {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  @AfterEach
  void stopServer() {
    greenMail.stop();
  }

  private DeliveryFixture fixture(List<DeliveryFixture.Row> rows) throws Exception {
    return new DeliveryFixture(root, rows, DeliveryFixture.smtp(greenMail.getSmtp().getPort()));
  }

  @Test
  void sendsEachPicOfANoticeTheLetterAndTheListsWithIndonesianSubjectAndBody() throws Exception {
    DeliveryFixture f = fixture(DeliveryFixture.STANDARD);

    DeliveryResult result = f.delivery().send(DeliveryFixture.PERIODE, false);

    assertThat(result.complete()).isTrue();
    assertThat(result.sent())
        .extracting(DeliveryKey::kodeInstansi)
        .containsExactly("11", "12", "13");
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(3);
    MimeMessage merah = to(received, "pic11@instansi.example");
    assertThat(merah.getSubject())
        .isEqualTo("Sounding Bangkom Caturwulan I Tahun 2026 (MERAH): Provinsi Uji 11");
    assertThat(((InternetAddress) merah.getFrom()[0]).getAddress())
        .isEqualTo("sounding-bangkom@lan.example");
    assertThat(attachments(merah))
        .containsExactly(
            "surat-sounding-11-2026-CW1.pdf",
            "daftar-pegawai-11-2026-CW1.csv",
            "daftar-pegawai-11-2026-CW1.xlsx");
    String body = body(merah);
    assertThat(body)
        // The master list names the PIC "Pak PIC 11": greeted as Bapak, not "Bapak/Ibu Pak".
        .contains("Yth. Bapak PIC 11")
        .doesNotContain("Bapak/Ibu Pak")
        .contains("Caturwulan I Tahun 2026 (periode 1 Januari 2026 s.d. 30 April 2026)")
        .contains("Level sounding: MERAH")
        .contains("Keterangan: Alasan uji MERAH")
        .contains("- surat-sounding-11-2026-CW1.pdf: surat sounding");
    assertThat(merah.getMessageID()).isEqualTo("<sounding.2026-CW1.11.MERAH.0@lan.example>");
    // A DATA letter has no list: only the PDF goes.
    assertThat(attachments(to(received, "pic13@instansi.example")))
        .containsExactly("surat-sounding-13-2026-CW1.pdf");
    assertThat(body(to(received, "pic13@instansi.example"))).contains("Mohon kirimkan data");
    // The attachment is the file itself.
    Part pdf = (Part) ((Multipart) merah.getContent()).getBodyPart(1);
    assertThat(pdf.getInputStream().readAllBytes())
        .isEqualTo(
            Files.readAllBytes(LetterFiles.pdfPath(f.workspace, DeliveryFixture.PERIODE, "11")));
  }

  @Test
  void aSecondRunSendsNothingNewAndUlangSendsAgainOnPurpose() throws Exception {
    DeliveryFixture f = fixture(DeliveryFixture.STANDARD);
    f.delivery().send(DeliveryFixture.PERIODE, false);

    DeliveryResult again = f.delivery().send(DeliveryFixture.PERIODE, false);

    assertThat(again.sent()).isEmpty();
    assertThat(again.alreadySent()).hasSize(3);
    assertThat(greenMail.getReceivedMessages()).hasSize(3);

    DeliveryResult ulang = f.delivery().send(DeliveryFixture.PERIODE, true);

    assertThat(ulang.sent()).hasSize(3);
    assertThat(greenMail.getReceivedMessages()).hasSize(6);
    assertThat(to(greenMail.getReceivedMessages(), "pic11@instansi.example", 1).getMessageID())
        .isEqualTo("<sounding.2026-CW1.11.MERAH.1@lan.example>");
    List<LogEntry> log = DeliveryLog.read(SoundingDelivery.logFolder(f.workspace));
    assertThat(log.stream().filter(e -> e.status() == LogEntry.Status.TERKIRIM))
        .hasSize(6)
        .filteredOn(LogEntry::ulang)
        .hasSize(3);
  }

  @Test
  void aNewLevelForTheSamePeriodIsANewLetter() throws Exception {
    DeliveryFixture f = fixture(DeliveryFixture.STANDARD);
    f.delivery().send(DeliveryFixture.PERIODE, false);
    DeliveryFixture.writeWarehouse(
        f.workspace.warehouse(),
        List.of(
            new DeliveryFixture.Row("11", "KUNING", "71", null),
            new DeliveryFixture.Row("12", "KUNING", "75.25", null)));

    DeliveryResult result = f.delivery().send(DeliveryFixture.PERIODE, false);

    assertThat(result.sent())
        .containsExactly(new DeliveryKey("11", DeliveryFixture.PERIODE, "KUNING"));
    assertThat(result.alreadySent()).extracting(DeliveryKey::kodeInstansi).containsExactly("12");
  }

  @Test
  void aMissingLetterAndAnInvalidAddressFailWithTheirReasonAndTheOthersGo() throws Exception {
    DeliveryFixture f =
        fixture(
            List.of(
                new DeliveryFixture.Row("11", "MERAH", "41.5", null),
                new DeliveryFixture.Row("12", "KUNING", "75", "bukan alamat"),
                new DeliveryFixture.Row("13", "MERAH", "10", null)));
    Files.delete(LetterFiles.pdfPath(f.workspace, DeliveryFixture.PERIODE, "13"));

    DeliveryResult result = f.delivery().send(DeliveryFixture.PERIODE, false);

    assertThat(result.sent()).extracting(DeliveryKey::kodeInstansi).containsExactly("11");
    assertThat(result.failures())
        .extracting(x -> x.key().kodeInstansi(), DeliveryResult.Failure::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("12", ReasonCode.ALAMAT_TIDAK_SAH),
            org.assertj.core.groups.Tuple.tuple("13", ReasonCode.SURAT_TIDAK_ADA));
    assertThat(result.failures().get(0).reason()).contains("'bukan alamat'");
    assertThat(result.failures().get(1).reason()).contains("surat-sounding-13-2026-CW1.pdf");
    assertThat(result.retryable()).isFalse();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(DeliveryLog.read(SoundingDelivery.logFolder(f.workspace)))
        .filteredOn(e -> e.status() == LogEntry.Status.GAGAL)
        .extracting(e -> e.kodeAlasan().orElseThrow())
        .containsExactly(ReasonCode.ALAMAT_TIDAK_SAH, ReasonCode.SURAT_TIDAK_ADA);
  }

  @Test
  void aSendCutShortByTheServerIsResumedByTheNextRunWithoutDuplicates() throws Exception {
    List<DeliveryFixture.Row> rows = new ArrayList<>();
    for (int i = 11; i <= 16; i++) {
      rows.add(new DeliveryFixture.Row(Integer.toString(i), "MERAH", "20", null));
    }
    DeliveryResult first;
    DeliveryFixture f;
    List<String> acceptedByFirst;
    try (DroppingSmtpServer dropping = new DroppingSmtpServer(2)) {
      f = new DeliveryFixture(root, rows, DeliveryFixture.smtp(dropping.port()));
      first = f.delivery().send(DeliveryFixture.PERIODE, false);
      acceptedByFirst = dropping.accepted();
    }
    assertThat(acceptedByFirst).containsExactly("pic11@instansi.example", "pic12@instansi.example");
    assertThat(first.sent()).extracting(DeliveryKey::kodeInstansi).containsExactly("11", "12");
    assertThat(first.failures())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.key().kodeInstansi()).isEqualTo("13");
              assertThat(x.code()).isEqualTo(ReasonCode.SMTP_GAGAL);
            });
    assertThat(first.notAttempted())
        .extracting(DeliveryKey::kodeInstansi)
        .containsExactly("14", "15", "16");
    assertThat(first.retryable()).isTrue();

    // The next run, against a working server, sends what was not accepted, and only that.
    DeliveryFixture resumed =
        new DeliveryFixture(
            root.resolve("x").getParent(),
            rows,
            DeliveryFixture.smtp(greenMail.getSmtp().getPort()));
    DeliveryResult second = resumed.delivery().send(DeliveryFixture.PERIODE, false);

    assertThat(second.sent())
        .extracting(DeliveryKey::kodeInstansi)
        .containsExactly("13", "14", "15", "16");
    assertThat(second.alreadySent())
        .extracting(DeliveryKey::kodeInstansi)
        .containsExactly("11", "12");
    List<String> all = new ArrayList<>(acceptedByFirst);
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      all.add(((InternetAddress) m.getAllRecipients()[0]).getAddress());
    }
    assertThat(all).hasSize(6).doesNotHaveDuplicates();
  }

  @Test
  void aSecondSenderIsRefusedWhileTheFirstHoldsTheLog() throws Exception {
    DeliveryFixture f = fixture(DeliveryFixture.STANDARD);
    try (DeliveryLog held = DeliveryLog.open(SoundingDelivery.logFolder(f.workspace))) {
      assertThatThrownBy(() -> f.delivery().send(DeliveryFixture.PERIODE, false))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Pengiriman lain sedang berjalan");
    }
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void aSendReportsEveryInstansiDoneOneOfNToItsProgress() throws Exception {
    DeliveryFixture f = fixture(DeliveryFixture.STANDARD);
    f.delivery().send(DeliveryFixture.PERIODE, false);
    RecordedProgress progress = new RecordedProgress();

    // Again: every notice is already sent, and each still counts as done.
    f.delivery().send(DeliveryFixture.PERIODE, false, progress);

    assertThat(progress.lines)
        .containsExactly(
            "mulai Pengiriman sounding 2026-CW1 (3)",
            "maju 1 11",
            "maju 2 12",
            "maju 3 13",
            "selesai");
  }

  @Test
  void aDryRunReportsItsProgressToo() throws Exception {
    DeliveryFixture f = fixture(DeliveryFixture.STANDARD);
    RecordedProgress progress = new RecordedProgress();

    f.delivery().dryRun(DeliveryFixture.PERIODE, progress);

    assertThat(progress.lines)
        .startsWith("mulai Surel sounding 2026-CW1 ke outbox (3)")
        .endsWith("maju 3 13", "selesai");
  }

  /** A hand-written Kemajuan that keeps what it was told. */
  private static final class RecordedProgress implements id.go.lan.bangkom.core.Kemajuan {
    final List<String> lines = new ArrayList<>();

    @Override
    public void mulai(String langkah, long total) {
      lines.add("mulai " + langkah + " (" + total + ")");
    }

    @Override
    public void maju(long selesai, String keterangan) {
      lines.add("maju " + selesai + " " + keterangan);
    }

    @Override
    public void selesai() {
      lines.add("selesai");
    }
  }

  @Test
  void aDryRunWritesEmlFilesAndBroadcastTextsAndSendsNothing() throws Exception {
    DeliveryFixture f = fixture(DeliveryFixture.STANDARD);

    DeliveryResult result = f.delivery().dryRun(DeliveryFixture.PERIODE);

    assertThat(result.dryRun()).isTrue();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(DeliveryLog.read(SoundingDelivery.logFolder(f.workspace))).isEmpty();
    Path outbox = f.workspace.root().resolve("outbox").resolve("2026-CW1");
    assertThat(outbox.resolve("surel-11-2026-CW1.eml")).exists();
    assertThat(outbox.resolve("surel-14-2026-CW1.eml")).doesNotExist();
    MimeMessage eml;
    try (var in = Files.newInputStream(outbox.resolve("surel-12-2026-CW1.eml"))) {
      eml = new MimeMessage(null, in);
    }
    assertThat(eml.getSubject()).contains("(KUNING): Provinsi Uji 12");
    assertThat(attachments(eml)).hasSize(3);
    List<String> siaran = Files.readAllLines(outbox.resolve("siaran.csv"), StandardCharsets.UTF_8);
    assertThat(siaran.get(0))
        .isEqualTo("kode_instansi,nama_instansi,level,nama_pic,email_pic,teks");
    assertThat(siaran).hasSize(4);
    assertThat(siaran.get(2))
        .startsWith("12,Provinsi Uji 12,KUNING,Pak PIC 12,pic12@instansi.example,")
        .contains("level KUNING, 75,25% pegawai sesuai target");
  }

  @Test
  void logsInWithThePasswordFromTheEnvironmentVariableNamedInConfiguration() throws Exception {
    greenMail.setUser("sounding@lan.example", "sounding", "s3cret");
    greenMail.getUserManager().setAuthRequired(true);
    Map<String, String> overrides =
        new java.util.HashMap<>(DeliveryFixture.smtp(greenMail.getSmtp().getPort()));
    overrides.put("pengiriman.smtp.pengguna", "sounding");
    overrides.put("pengiriman.smtp.variabel_sandi", "SANDI_UJI");
    DeliveryFixture f = new DeliveryFixture(root, DeliveryFixture.STANDARD, overrides);
    SmtpSettings withoutPassword =
        SmtpSettings.from(id.go.lan.bangkom.schedules.ModuleSettings.of(f.config, k -> null));
    SmtpSettings withPassword =
        SmtpSettings.from(
            id.go.lan.bangkom.schedules.ModuleSettings.of(
                f.config, k -> k.equals("SANDI_UJI") ? "s3cret" : null));

    assertThatThrownBy(
            () ->
                new SoundingDelivery(
                        f.config,
                        f.master,
                        f.workspace,
                        withoutPassword,
                        java.time.Clock.systemUTC())
                    .send(DeliveryFixture.PERIODE, false))
        .hasMessageContaining("SANDI_UJI");
    DeliveryResult result =
        new SoundingDelivery(
                f.config, f.master, f.workspace, withPassword, java.time.Clock.systemUTC())
            .send(DeliveryFixture.PERIODE, false);

    assertThat(result.sent()).hasSize(3);
    assertThat(greenMail.getReceivedMessages()).hasSize(3);
  }

  @Test
  void deliveryIsNotConfiguredByDefaultAndRefusesToSend() throws Exception {
    DeliveryFixture f = new DeliveryFixture(root, DeliveryFixture.STANDARD, Map.of());
    SmtpSettings defaults = f.settings();
    assertThat(defaults.configured()).isFalse();
    assertThat(defaults.port()).isEqualTo(587);
    assertThat(defaults.security()).isEqualTo(Security.STARTTLS);
    assertThat(defaults.connectTimeout().toMillis()).isEqualTo(10_000);
    assertThat(defaults.readTimeout().toMillis()).isEqualTo(60_000);
    assertThat(defaults.writeTimeout().toMillis()).isEqualTo(60_000);
    assertThat(defaults.pauseBetweenLetters().toMillis()).isZero();
    assertThat(defaults.user()).isEmpty();
    assertThatThrownBy(() -> f.delivery().send(DeliveryFixture.PERIODE, false))
        .hasMessageContaining("pengiriman.smtp.host");
  }

  private static MimeMessage to(MimeMessage[] messages, String address) throws Exception {
    return to(messages, address, 0);
  }

  private static MimeMessage to(MimeMessage[] messages, String address, int index)
      throws Exception {
    List<MimeMessage> matching = new ArrayList<>();
    for (MimeMessage m : messages) {
      Address[] to = m.getRecipients(Message.RecipientType.TO);
      if (Arrays.stream(to).anyMatch(a -> ((InternetAddress) a).getAddress().equals(address))) {
        matching.add(m);
      }
    }
    return matching.get(index);
  }

  private static List<String> attachments(MimeMessage m) throws Exception {
    Multipart multipart = (Multipart) m.getContent();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < multipart.getCount(); i++) {
      if (Part.ATTACHMENT.equalsIgnoreCase(multipart.getBodyPart(i).getDisposition())) {
        names.add(multipart.getBodyPart(i).getFileName());
      }
    }
    return names;
  }

  private static String body(MimeMessage m) throws Exception {
    return (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
  }
}
