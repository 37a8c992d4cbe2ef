package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.lan.bangkom.core.Workspace;
import java.nio.file.Path;
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
