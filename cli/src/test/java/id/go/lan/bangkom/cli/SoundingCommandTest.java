package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.lan.bangkom.core.BerkasPribadi;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.schedules.delivery.LetterFiles;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundingCommandTest {
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

  @Test
  void kirimSendsOnceAndTheSecondRunSendsNothingNew() throws Exception {
    Workspace ws =
        SoundingFixture.create(
            root,
            3,
            "pengiriman.smtp.host=127.0.0.1\npengiriman.smtp.port="
                + greenMail.getSmtp().getPort()
                + "\npengiriman.smtp.keamanan=NONE\n");
    String[] args = {
      "sounding", "kirim", "--workspace", ws.root().toString(), "--periode", "2026-CW1"
    };

    assertThat(Main.execute(args)).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(3);
    assertThat(Main.execute(args)).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(3);
    assertThat(ws.root().resolve("pengiriman").resolve("pengiriman.jsonl")).exists();

    String[] ulang = {
      "sounding", "kirim", "--workspace", ws.root().toString(), "--periode", "2026-CW1", "--ulang"
    };
    assertThat(Main.execute(ulang)).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(6);

    // The sender's log reaches the analyst warehouse as table pengiriman.
    assertThat(Main.execute("publish", "--workspace", ws.root().toString())).isZero();
    java.util.Properties readOnly = new java.util.Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection("jdbc:duckdb:" + ws.warehouse(), readOnly);
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FILTER (WHERE status = 'TERKIRIM'),"
                    + " count(*) FILTER (WHERE status = 'TERKIRIM' AND ulang),"
                    + " count(DISTINCT kode_instansi) FROM pengiriman WHERE tahun = 2026 AND"
                    + " caturwulan = 1")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(6);
      assertThat(rs.getLong(2)).isEqualTo(3);
      assertThat(rs.getLong(3)).isEqualTo(3);
    }
  }

  @Test
  void aSentLetterIsKeptExactlyAsSentWhenTheReportsAreRenderedAgain() throws Exception {
    Workspace ws =
        SoundingFixture.create(
            root,
            1,
            "pengiriman.smtp.host=127.0.0.1\npengiriman.smtp.port="
                + greenMail.getSmtp().getPort()
                + "\npengiriman.smtp.keamanan=NONE\n");
    String[] kirim = {
      "sounding", "kirim", "--workspace", ws.root().toString(), "--periode", "2026-CW1"
    };
    Path pdf = LetterFiles.pdfPath(ws, SoundingFixture.PERIODE, "31");
    Path csv = LetterFiles.listPath(ws, SoundingFixture.PERIODE, "31", "csv");
    Path perInstansi = ws.root().resolve("terkirim").resolve("2026-CW1").resolve("31");

    assertThat(Main.execute(kirim)).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    List<byte[]> received = attachments(greenMail.getReceivedMessages()[0]);
    assertThat(received).hasSize(2);
    assertThat(received.get(0)).isEqualTo(Files.readAllBytes(pdf));

    // A re-render after new data replaces the working copies in reports/.
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.addPage(new PDPage());
      doc.save(pdf.toFile());
    }
    Files.writeString(csv, "nip,jp\n1,2\n3,4\n", StandardCharsets.UTF_8);
    assertThat(Files.readAllBytes(pdf)).isNotEqualTo(received.get(0));

    // Same (instansi, period, level): nothing goes out again.
    assertThat(Main.execute(kirim)).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);

    // The archive still holds, byte for byte, what the server received.
    List<Path> versions = folders(perInstansi);
    assertThat(versions).hasSize(1);
    Path first = versions.get(0);
    assertThat(first.getFileName().toString()).startsWith("1-MERAH-");
    assertThat(first.resolve("surat-sounding-31-2026-CW1.pdf")).hasBinaryContent(received.get(0));
    assertThat(first.resolve("daftar-pegawai-31-2026-CW1.csv")).hasBinaryContent(received.get(1));
    if (BerkasPribadi.posix(first)) {
      assertThat(Files.getPosixFilePermissions(first)).isEqualTo(BerkasPribadi.FOLDER);
      assertThat(Files.getPosixFilePermissions(first.resolve("surat-sounding-31-2026-CW1.pdf")))
          .isEqualTo(BerkasPribadi.FILE);
    }
    JsonNode sent = sentLines(ws).get(0);
    assertThat(sent.get("arsip").asText()).isEqualTo("terkirim/2026-CW1/31/" + first.getFileName());
    assertThat(sent.get("sha256"))
        .extracting(JsonNode::asText)
        .containsExactly(sha256(received.get(0)), sha256(received.get(1)));

    // A new level is a new sending: a new version folder with the re-rendered files.
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.warehouse());
        Statement s = c.createStatement()) {
      s.execute("UPDATE sounding SET level = 'KUNING'");
    }
    assertThat(Main.execute(kirim)).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(2);
    List<byte[]> second = attachments(greenMail.getReceivedMessages()[1]);
    assertThat(second.get(0)).isEqualTo(Files.readAllBytes(pdf)).isNotEqualTo(received.get(0));
    versions = folders(perInstansi);
    assertThat(versions).hasSize(2);
    Path kuning =
        versions.stream()
            .filter(p -> p.getFileName().toString().startsWith("1-KUNING-"))
            .findFirst()
            .orElseThrow();
    assertThat(kuning.resolve("surat-sounding-31-2026-CW1.pdf")).hasBinaryContent(second.get(0));
    assertThat(first.resolve("surat-sounding-31-2026-CW1.pdf")).hasBinaryContent(received.get(0));

    // The warehouse shows what each instansi was told and when.
    assertThat(Main.execute("publish", "--workspace", ws.root().toString())).isZero();
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.warehouse(), readOnly);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT level, arsip, sha256 FROM pengiriman WHERE status = 'TERKIRIM'")) {
      // Both sendings may fall in the same clock tick: compare by level, not by time.
      Map<String, List<String>> byLevel = new java.util.HashMap<>();
      while (rs.next()) {
        byLevel.put(rs.getString(1), List.of(rs.getString(2), rs.getString(3)));
      }
      assertThat(byLevel)
          .containsOnlyKeys("MERAH", "KUNING")
          .containsEntry(
              "MERAH",
              List.of(
                  "terkirim/2026-CW1/31/" + first.getFileName(),
                  sha256(received.get(0)) + ", " + sha256(received.get(1))))
          .hasEntrySatisfying(
              "KUNING",
              v -> assertThat(v.get(0)).isEqualTo("terkirim/2026-CW1/31/" + kuning.getFileName()));
    }
  }

  private static List<byte[]> attachments(MimeMessage message) throws Exception {
    MimeMultipart multipart = (MimeMultipart) message.getContent();
    List<byte[]> result = new ArrayList<>();
    for (int i = 1; i < multipart.getCount(); i++) {
      try (InputStream in = multipart.getBodyPart(i).getInputStream()) {
        result.add(in.readAllBytes());
      }
    }
    return result;
  }

  private static List<Path> folders(Path parent) throws Exception {
    try (Stream<Path> list = Files.list(parent)) {
      return list.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static List<JsonNode> sentLines(Workspace ws) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> result = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            ws.root().resolve("pengiriman").resolve("pengiriman.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode node = json.readTree(line);
      if (node.get("status").asText().equals("TERKIRIM")) {
        result.add(node);
      }
    }
    return result;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void dryRunWritesTheOutboxAndNeedsNoServer() throws Exception {
    Workspace ws = SoundingFixture.create(root, 2, "");

    int code =
        Main.execute(
            "sounding",
            "kirim",
            "--workspace",
            ws.root().toString(),
            "--periode",
            "2026-CW1",
            "--dry-run");

    assertThat(code).isZero();
    Path outbox = ws.root().resolve("outbox").resolve("2026-CW1");
    assertThat(outbox.resolve("surel-31-2026-CW1.eml")).exists();
    assertThat(outbox.resolve("surel-32-2026-CW1.eml")).exists();
    assertThat(outbox.resolve("siaran.csv")).exists();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void withoutAServerConfiguredKirimIsABadUsage() throws Exception {
    Workspace ws = SoundingFixture.create(root, 1, "");

    int code =
        Main.execute(
            "sounding", "kirim", "--workspace", ws.root().toString(), "--periode", "2026-CW1");

    assertThat(code).isEqualTo(2);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }
}
