package id.go.lan.bangkom.schedules.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.LogPengiriman;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16.4, the delivery of the escalation ladder: every stage of the warehouse's {@code
 * sounding} is one letter, sent once; the ESKALASI letter goes to the pimpinan with the PIC in Cc,
 * the TERIMA_KASIH letter to the PIC.
 */
class EscalationDeliveryTest {
  private static final Periode P = DeliveryFixture.PERIODE;

  /**
   * 11 MERAH, escalated (two cut-offs in a row); 12 KUNING, no later stage; 14 HIJAU again,
   * thanked.
   */
  private static final List<DeliveryFixture.Row> ROWS =
      List.of(
          new DeliveryFixture.Row("11", "MERAH", "41.5", null),
          new DeliveryFixture.Row("12", "KUNING", "75.25", null),
          new DeliveryFixture.Row("14", "HIJAU", "96", null));

  private static final List<DeliveryFixture.Stage> STAGES =
      List.of(
          new DeliveryFixture.Stage("11", TahapSounding.ESKALASI, "DUA_BERTURUT"),
          new DeliveryFixture.Stage("14", TahapSounding.TERIMA_KASIH, "KEMBALI_HIJAU"));

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
    return new DeliveryFixture(
        root, rows, STAGES, DeliveryFixture.smtp(greenMail.getSmtp().getPort()));
  }

  @Test
  void theNoticesAreEverySoundingNotHijauAndEveryLaterStageByKodeThenStage() throws Exception {
    DeliveryFixture f = fixture(ROWS);

    List<Notice> notices = f.delivery().notices(P);

    assertThat(notices)
        .extracting(Notice::kodeInstansi, Notice::tahap, Notice::level)
        .containsExactly(
            tuple("11", TahapSounding.SOUNDING, "MERAH"),
            tuple("11", TahapSounding.ESKALASI, "MERAH"),
            tuple("12", TahapSounding.SOUNDING, "KUNING"),
            tuple("14", TahapSounding.TERIMA_KASIH, "HIJAU"));
    assertThat(notices.get(1).pemicu()).contains("DUA_BERTURUT");
    assertThat(notices.get(1).emailTujuan()).contains("pimpinan11@instansi.example");
    assertThat(notices.get(1).jabatanPimpinan()).contains("Kepala BKD Provinsi Uji 11");
    assertThat(notices.get(3).emailTujuan()).contains("pic14@instansi.example");
    assertThat(notices.get(1).key())
        .isEqualTo(new DeliveryKey("11", P, "MERAH", TahapSounding.ESKALASI));
  }

  @Test
  void eskalasiGoesToThePimpinanWithThePicInCcAndTheThankYouToThePicEachOnce() throws Exception {
    DeliveryFixture f = fixture(ROWS);

    DeliveryResult result = f.delivery().send(P, false);

    assertThat(result.complete()).isTrue();
    assertThat(result.sent())
        .extracting(DeliveryKey::kodeInstansi, DeliveryKey::tahap)
        .containsExactly(
            tuple("11", TahapSounding.SOUNDING),
            tuple("11", TahapSounding.ESKALASI),
            tuple("12", TahapSounding.SOUNDING),
            tuple("14", TahapSounding.TERIMA_KASIH));
    assertThat(result.perTahap())
        .extracting(DeliveryResult.PerTahap::tahap, DeliveryResult.PerTahap::notices, t -> t.sent())
        .containsExactly(
            tuple(TahapSounding.SOUNDING, 2, 2),
            tuple(TahapSounding.ESKALASI, 1, 1),
            tuple(TahapSounding.TERIMA_KASIH, 1, 1));
    // Four letters; GreenMail keeps one copy per recipient, so one message per Message-ID.
    Map<String, MimeMessage> byId = byMessageId(greenMail.getReceivedMessages());
    assertThat(byId)
        .containsOnlyKeys(
            "<sounding.2026-CW1.11.MERAH.0@lan.example>",
            "<eskalasi.2026-CW1.11.MERAH.0@lan.example>",
            "<sounding.2026-CW1.12.KUNING.0@lan.example>",
            "<terima-kasih.2026-CW1.14.HIJAU.0@lan.example>");

    MimeMessage eskalasi = byId.get("<eskalasi.2026-CW1.11.MERAH.0@lan.example>");
    assertThat(addresses(eskalasi, Message.RecipientType.TO))
        .containsExactly("pimpinan11@instansi.example");
    assertThat(addresses(eskalasi, Message.RecipientType.CC))
        .containsExactly("pic11@instansi.example");
    assertThat(eskalasi.getSubject())
        .isEqualTo(
            "Segera - Surat Tahap Kedua Sounding Bangkom Caturwulan I Tahun 2026 (MERAH):"
                + " Provinsi Uji 11");
    assertThat(attachments(eskalasi)).containsExactly("surat-eskalasi-11-2026-CW1.pdf");
    assertThat(attachmentBytes(eskalasi))
        .isEqualTo(
            Files.readAllBytes(LetterFiles.pdfPath(f.workspace, P, "11", TahapSounding.ESKALASI)));
    assertThat(body(eskalasi))
        .contains("Yth. Kepala BKD Provinsi Uji 11")
        .contains("surat tahap kedua (eskalasi)")
        .contains("dua batas caturwulan berturut-turut")
        .contains("Keterangan: Alasan uji ESKALASI")
        .contains("(pic11@instansi.example)")
        .contains("- surat-eskalasi-11-2026-CW1.pdf: surat tahap kedua (eskalasi)");
    // Both addressees received it: the pimpinan (To) and the PIC (Cc).
    assertThat(receivedBy(greenMail.getReceivedMessages(), "pimpinan11@instansi.example"))
        .isEqualTo(1);
    assertThat(receivedBy(greenMail.getReceivedMessages(), "pic11@instansi.example")).isEqualTo(2);

    MimeMessage terimaKasih = byId.get("<terima-kasih.2026-CW1.14.HIJAU.0@lan.example>");
    assertThat(addresses(terimaKasih, Message.RecipientType.TO))
        .containsExactly("pic14@instansi.example");
    assertThat(terimaKasih.getRecipients(Message.RecipientType.CC)).isNull();
    assertThat(terimaKasih.getSubject())
        .isEqualTo(
            "Terima Kasih - Sounding Bangkom Caturwulan I Tahun 2026 (HIJAU): Provinsi Uji 14");
    assertThat(attachments(terimaKasih)).containsExactly("surat-terima-kasih-14-2026-CW1.pdf");
    assertThat(body(terimaKasih))
        .contains("Yth. Bapak PIC 14")
        .contains("kembali pada level HIJAU: 96% pegawai sesuai target");

    // The SOUNDING letter is unchanged: its lists go with it, and its subject is as before.
    MimeMessage sounding = byId.get("<sounding.2026-CW1.11.MERAH.0@lan.example>");
    assertThat(addresses(sounding, Message.RecipientType.TO))
        .containsExactly("pic11@instansi.example");
    assertThat(sounding.getRecipients(Message.RecipientType.CC)).isNull();
    assertThat(attachments(sounding))
        .containsExactly(
            "surat-sounding-11-2026-CW1.pdf",
            "daftar-pegawai-11-2026-CW1.csv",
            "daftar-pegawai-11-2026-CW1.xlsx");

    // Each stage its own archive folder; the SOUNDING folder keeps its old name.
    try (var folders = Files.list(SentArchive.periodFolder(f.workspace, P).resolve("11"))) {
      assertThat(folders.map(p -> p.getFileName().toString()).sorted().toList())
          .satisfiesExactly(
              a -> assertThat(a).startsWith("1-ESKALASI-MERAH-"),
              b -> assertThat(b).startsWith("1-MERAH-"));
    }
    List<LogEntry> log = DeliveryLog.read(SoundingDelivery.logFolder(f.workspace));
    assertThat(log)
        .filteredOn(e -> e.status() == LogEntry.Status.TERKIRIM)
        .extracting(e -> e.key().tahap(), LogEntry::emailPic)
        .containsExactly(
            tuple(TahapSounding.SOUNDING, "pic11@instansi.example"),
            tuple(TahapSounding.ESKALASI, "pimpinan11@instansi.example"),
            tuple(TahapSounding.SOUNDING, "pic12@instansi.example"),
            tuple(TahapSounding.TERIMA_KASIH, "pic14@instansi.example"));

    DeliveryResult again = f.delivery().send(P, false);

    assertThat(again.sent()).isEmpty();
    assertThat(again.alreadySent()).hasSize(4);
    assertThat(again.perTahap(TahapSounding.ESKALASI).alreadySent()).isEqualTo(1);
    assertThat(byMessageId(greenMail.getReceivedMessages())).hasSize(4);
  }

  @Test
  void aLogWrittenBeforeTheLadderCountsAsSoundingSoNoSoundingLetterGoesAgain() throws Exception {
    DeliveryFixture f = fixture(ROWS);
    // Lines of the release before the escalation ladder: no "tahap" at all.
    Path logFile = SoundingDelivery.logFolder(f.workspace).resolve(DeliveryLog.FILE_NAME);
    Files.createDirectories(logFile.getParent());
    Files.writeString(
        logFile,
        oldLine("11", "MERAH", "pic11@instansi.example")
            + "\n"
            + oldLine("12", "KUNING", "pic12@instansi.example")
            + "\n",
        StandardCharsets.UTF_8);

    DeliveryResult result = f.delivery().send(P, false);

    assertThat(result.alreadySent())
        .extracting(DeliveryKey::kodeInstansi, DeliveryKey::tahap)
        .containsExactly(tuple("11", TahapSounding.SOUNDING), tuple("12", TahapSounding.SOUNDING));
    assertThat(result.sent())
        .extracting(DeliveryKey::kodeInstansi, DeliveryKey::tahap)
        .containsExactly(
            tuple("11", TahapSounding.ESKALASI), tuple("14", TahapSounding.TERIMA_KASIH));
    assertThat(byMessageId(greenMail.getReceivedMessages()))
        .containsOnlyKeys(
            "<eskalasi.2026-CW1.11.MERAH.0@lan.example>",
            "<terima-kasih.2026-CW1.14.HIJAU.0@lan.example>");
  }

  @Test
  void aBlankEmailPimpinanFailsAlamatTidakSahNamingTheColumnAndGoesOnceTheListIsFixed()
      throws Exception {
    List<DeliveryFixture.Row> rows =
        List.of(
            new DeliveryFixture.Row("11", "MERAH", "41.5", null, ""),
            new DeliveryFixture.Row("12", "KUNING", "75.25", null),
            new DeliveryFixture.Row("14", "HIJAU", "96", null));
    DeliveryFixture f = fixture(rows);

    DeliveryResult result = f.delivery().send(P, false);

    assertThat(result.failures())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.key())
                  .isEqualTo(new DeliveryKey("11", P, "MERAH", TahapSounding.ESKALASI));
              assertThat(x.code()).isEqualTo(ReasonCode.ALAMAT_TIDAK_SAH);
              assertThat(x.emailPic()).isEmpty();
              assertThat(x.reason())
                  .isEqualTo(
                      "Surat eskalasi instansi 11 (Provinsi Uji 11) tidak dikirim: alamat surel"
                          + " pimpinan kosong di kolom email_pimpinan daftar induk instansi."
                          + " Lengkapi kolom itu (master.instansi); surat dikirim pada pengiriman"
                          + " berikutnya.");
            });
    assertThat(result.retryable()).isFalse();
    assertThat(result.sent()).hasSize(3);
    assertThat(byMessageId(greenMail.getReceivedMessages()))
        .doesNotContainKey("<eskalasi.2026-CW1.11.MERAH.0@lan.example>");
    assertThat(DeliveryLog.read(SoundingDelivery.logFolder(f.workspace)))
        .filteredOn(e -> e.status() == LogEntry.Status.GAGAL)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.key().tahap()).isEqualTo(TahapSounding.ESKALASI);
              assertThat(e.kodeAlasan()).contains(ReasonCode.ALAMAT_TIDAK_SAH);
              assertThat(e.alasan().orElseThrow()).contains("email_pimpinan");
            });

    // The operator fills in the column: the next run sends the escalation, and only it.
    Path masterCsv = root.resolve("instansi.csv");
    DeliveryFixture.writeMaster(masterCsv, ROWS);
    SoundingDelivery fixed =
        new SoundingDelivery(f.config, InstansiMaster.load(Optional.of(masterCsv)), f.workspace);

    DeliveryResult next = fixed.send(P, false);

    assertThat(next.sent())
        .containsExactly(new DeliveryKey("11", P, "MERAH", TahapSounding.ESKALASI));
    assertThat(next.alreadySent()).hasSize(3);
    assertThat(
            addresses(
                byMessageId(greenMail.getReceivedMessages())
                    .get("<eskalasi.2026-CW1.11.MERAH.0@lan.example>"),
                Message.RecipientType.TO))
        .containsExactly("pimpinan11@instansi.example");
  }

  @Test
  void aMissingEscalationLetterFailsSuratTidakAdaNamingItsFile() throws Exception {
    DeliveryFixture f = fixture(ROWS);
    Files.delete(LetterFiles.pdfPath(f.workspace, P, "11", TahapSounding.ESKALASI));

    DeliveryResult result = f.delivery().send(P, false);

    assertThat(result.failures())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo(ReasonCode.SURAT_TIDAK_ADA);
              assertThat(x.reason())
                  .startsWith("Surat eskalasi tidak ditemukan: ")
                  .endsWith("surat-eskalasi-11-2026-CW1.pdf");
            });
    assertThat(result.perTahap(TahapSounding.SOUNDING).sent()).isEqualTo(2);
  }

  @Test
  void ulangSendsEveryStageAgainOnPurposeWithTheNextMessageId() throws Exception {
    DeliveryFixture f = fixture(ROWS);
    f.delivery().send(P, false);

    DeliveryResult ulang = f.delivery().send(P, true);

    assertThat(ulang.sent()).hasSize(4);
    assertThat(byMessageId(greenMail.getReceivedMessages()))
        .hasSize(8)
        .containsKeys(
            "<eskalasi.2026-CW1.11.MERAH.1@lan.example>",
            "<terima-kasih.2026-CW1.14.HIJAU.1@lan.example>");
  }

  @Test
  void theDryRunWritesEveryStageAndTheBroadcastKeepsTheSoundingOnly() throws Exception {
    DeliveryFixture f = fixture(ROWS);

    DeliveryResult result = f.delivery().dryRun(P);

    assertThat(result.sent()).hasSize(4);
    assertThat(result.perTahap(TahapSounding.ESKALASI).sent()).isEqualTo(1);
    Path outbox = SoundingDelivery.outbox(f.workspace, P);
    try (var files = Files.list(outbox)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "surel-11-2026-CW1.eml",
              "surel-eskalasi-11-2026-CW1.eml",
              "surel-12-2026-CW1.eml",
              "surel-terima-kasih-14-2026-CW1.eml",
              "siaran.csv");
    }
    MimeMessage eml;
    try (var in = Files.newInputStream(outbox.resolve("surel-eskalasi-11-2026-CW1.eml"))) {
      eml = new MimeMessage(null, in);
    }
    assertThat(addresses(eml, Message.RecipientType.TO))
        .containsExactly("pimpinan11@instansi.example");
    assertThat(addresses(eml, Message.RecipientType.CC)).containsExactly("pic11@instansi.example");
    List<String> siaran = Files.readAllLines(outbox.resolve("siaran.csv"), StandardCharsets.UTF_8);
    assertThat(siaran).hasSize(3);
    assertThat(siaran.get(1)).startsWith("11,Provinsi Uji 11,MERAH,");
    assertThat(siaran.get(2)).startsWith("12,Provinsi Uji 12,KUNING,");
    assertThat(DeliveryLog.read(SoundingDelivery.logFolder(f.workspace))).isEmpty();
  }

  @Test
  void aWarehousePublishedBeforeTheLadderHoldsSoundingNoticesOnly() throws Exception {
    DeliveryFixture f = fixture(ROWS);
    Files.delete(f.workspace.warehouse());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + f.workspace.warehouse());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE sounding AS SELECT * FROM (VALUES (2026, 1, '11', 'MERAH', 41.5, 'x'),"
              + " (2026, 1, '14', 'HIJAU', 96.0, 'y')) t(tahun, caturwulan, kode_instansi, level,"
              + " persen_on_track, alasan)");
    }

    assertThat(f.delivery().notices(P))
        .extracting(Notice::kodeInstansi, Notice::tahap)
        .containsExactly(tuple("11", TahapSounding.SOUNDING));
  }

  /** A TERKIRIM line as the release before the ladder wrote it: no {@code tahap}. */
  private static String oldLine(String kode, String level, String email) throws Exception {
    String json =
        new LogPengiriman.Baris(
                2026,
                1,
                "2026-CW1",
                kode,
                level,
                null,
                "TERKIRIM",
                null,
                null,
                email,
                "<sounding.2026-CW1." + kode + "." + level + ".0@lan.example>",
                List.of("surat-sounding-" + kode + "-2026-CW1.pdf"),
                null,
                List.of(),
                false,
                "lama",
                OffsetDateTime.parse("2026-05-02T09:00:00+07:00"))
            .json();
    ObjectNode node = (ObjectNode) new ObjectMapper().readTree(json);
    node.remove(LogPengiriman.Kolom.TAHAP.nama());
    assertThat(node.has("tahap")).isFalse();
    return node.toString();
  }

  private static Map<String, MimeMessage> byMessageId(MimeMessage[] messages) throws Exception {
    Map<String, MimeMessage> out = new LinkedHashMap<>();
    for (MimeMessage m : messages) {
      out.putIfAbsent(m.getMessageID(), m);
    }
    return out;
  }

  private static long receivedBy(MimeMessage[] messages, String address) throws Exception {
    // GreenMail delivers one copy per recipient; count the distinct messages addressed to one.
    List<String> ids = new ArrayList<>();
    for (MimeMessage m : messages) {
      if (Arrays.stream(m.getAllRecipients())
          .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address))) {
        ids.add(m.getMessageID());
      }
    }
    return ids.stream().distinct().count();
  }

  private static List<String> addresses(MimeMessage m, Message.RecipientType type)
      throws Exception {
    Address[] all = m.getRecipients(type);
    return all == null
        ? List.of()
        : Arrays.stream(all).map(a -> ((InternetAddress) a).getAddress()).toList();
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

  private static byte[] attachmentBytes(MimeMessage m) throws Exception {
    return ((Part) ((Multipart) m.getContent()).getBodyPart(1)).getInputStream().readAllBytes();
  }

  private static String body(MimeMessage m) throws Exception {
    return (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
  }
}
