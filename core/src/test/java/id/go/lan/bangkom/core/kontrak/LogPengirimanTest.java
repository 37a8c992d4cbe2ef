package id.go.lan.bangkom.core.kontrak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogPengirimanTest {
  private static final LogPengiriman.Baris BARIS =
      new LogPengiriman.Baris(
          2026,
          2,
          "2026-CW2",
          "32.04",
          "KUNING",
          "SOUNDING",
          "TERKIRIM",
          null,
          null,
          "pic@contoh.go.id",
          "<id@bangkom>",
          List.of("surat.pdf", "daftar.csv"),
          "terkirim/2026-CW2/32.04/1-KUNING-20260910T100000000 WIB",
          List.of("aa", "bb"),
          false,
          "proses-1",
          OffsetDateTime.parse("2026-09-10T10:00:00.123+07:00"));

  @Test
  void aLineIsWrittenWithItsFieldsInTheContractsOrder() {
    assertThat(BARIS.json())
        .isEqualTo(
            "{\"tahun\":2026,\"caturwulan\":2,\"periode\":\"2026-CW2\",\"kode_instansi\":\"32.04\","
                + "\"level\":\"KUNING\",\"tahap\":\"SOUNDING\",\"status\":\"TERKIRIM\",\"kode_alasan\":null,"
                + "\"alasan\":null,\"email_pic\":\"pic@contoh.go.id\","
                + "\"message_id\":\"<id@bangkom>\",\"lampiran\":[\"surat.pdf\",\"daftar.csv\"],"
                + "\"arsip\":\"terkirim/2026-CW2/32.04/1-KUNING-20260910T100000000 WIB\","
                + "\"sha256\":[\"aa\",\"bb\"],\"ulang\":false,\"id_proses\":\"proses-1\","
                + "\"dicatat_pada\":\"2026-09-10T10:00:00.123+07:00\"}");
  }

  @Test
  void aLineReadBackIsTheSameAttempt() throws Exception {
    assertThat(LogPengiriman.Baris.parse(BARIS.json())).isEqualTo(BARIS);
  }

  @Test
  void aLineOfAnOlderReleaseWithoutTahapIsTheFirstStage() throws Exception {
    String lama = BARIS.json().replace("\"tahap\":\"SOUNDING\",", "");
    assertThat(lama).doesNotContain("tahap");
    assertThat(LogPengiriman.Baris.parse(lama).tahap()).isEqualTo("SOUNDING");
  }

  @Test
  void aLaterStageIsKeptAsWritten() throws Exception {
    String eskalasi = BARIS.json().replace("\"tahap\":\"SOUNDING\"", "\"tahap\":\"ESKALASI\"");
    assertThat(LogPengiriman.Baris.parse(eskalasi).tahap()).isEqualTo("ESKALASI");
  }

  @Test
  void aLineTornByACrashIsRefused() {
    String json = BARIS.json();
    assertThatThrownBy(() -> LogPengiriman.Baris.parse(json.substring(0, json.length() / 2)))
        .isInstanceOf(Exception.class);
  }

  @Test
  void duckDbReadsEveryFieldTyped() {
    assertThat(LogPengiriman.kolomDuckDb())
        .startsWith("{tahun: 'INTEGER', caturwulan: 'INTEGER', periode: 'VARCHAR'")
        .contains("lampiran: 'VARCHAR[]'", "ulang: 'BOOLEAN'")
        .endsWith("dicatat_pada: 'VARCHAR'}");
  }
}
