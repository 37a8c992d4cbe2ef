package id.go.lan.bangkom.core.kontrak;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.lan.bangkom.core.Workspace;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The format of the sounding delivery log, {@code <workspace>/pengiriman/pengiriman.jsonl}: one
 * JSON object per line, append-only. Owned by the sender (schedules' DeliveryLog writes it through
 * {@link Baris#json()}); the warehouse reads it into its {@code pengiriman} table through {@link
 * #kolomDuckDb()}. No other class names the file or its fields (checked by the architecture test).
 */
public final class LogPengiriman {
  /** The log's folder under the workspace. */
  public static final String FOLDER = "pengiriman";

  /** The log's file name in {@link #FOLDER}. */
  public static final String BERKAS = "pengiriman.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A field of a line, in the order written, with its DuckDB type when read. */
  public enum Kolom {
    TAHUN("INTEGER"),
    CATURWULAN("INTEGER"),
    PERIODE("VARCHAR"),
    KODE_INSTANSI("VARCHAR"),
    LEVEL("VARCHAR"),
    TAHAP("VARCHAR"),
    STATUS("VARCHAR"),
    KODE_ALASAN("VARCHAR"),
    ALASAN("VARCHAR"),
    EMAIL_PIC("VARCHAR"),
    MESSAGE_ID("VARCHAR"),
    LAMPIRAN("VARCHAR[]"),
    ARSIP("VARCHAR"),
    SHA256("VARCHAR[]"),
    ULANG("BOOLEAN"),
    ID_PROSES("VARCHAR"),
    DICATAT_PADA("VARCHAR");

    private final String duckDb;

    Kolom(String duckDb) {
      this.duckDb = duckDb;
    }

    /** The JSON field name. */
    public String nama() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private LogPengiriman() {}

  /** {@code <workspace>/pengiriman}. */
  public static Path folder(Workspace workspace) {
    return workspace.root().resolve(FOLDER);
  }

  /** {@code <workspace>/pengiriman/pengiriman.jsonl}. */
  public static Path berkas(Workspace workspace) {
    return folder(workspace).resolve(BERKAS);
  }

  /** The {@code columns} argument of DuckDB's {@code read_json} for the log: every field typed. */
  public static String kolomDuckDb() {
    return Stream.of(Kolom.values())
        .map(k -> k.nama() + ": '" + k.duckDb + "'")
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /**
   * One line of the log: one delivery attempt of one stage's letter ({@link TahapSounding}). {@code
   * kodeAlasan}, {@code alasan} and {@code arsip} may be null, and {@code periode} in lines of old
   * releases; {@code tahap} null (lines written before the escalation ladder) is SOUNDING; the
   * lists are copied.
   */
  public record Baris(
      int tahun,
      int caturwulan,
      String periode,
      String kodeInstansi,
      String level,
      String tahap,
      String status,
      String kodeAlasan,
      String alasan,
      String emailPic,
      String messageId,
      List<String> lampiran,
      String arsip,
      List<String> sha256,
      boolean ulang,
      String idProses,
      OffsetDateTime dicatatPada) {
    public Baris {
      requireNonNull(kodeInstansi, "kodeInstansi is null");
      requireNonNull(level, "level is null");
      tahap = TahapSounding.dari(tahap).name();
      requireNonNull(status, "status is null");
      requireNonNull(emailPic, "emailPic is null");
      requireNonNull(messageId, "messageId is null");
      lampiran = List.copyOf(lampiran);
      sha256 = List.copyOf(sha256);
      requireNonNull(idProses, "idProses is null");
      requireNonNull(dicatatPada, "dicatatPada is null");
    }

    /** The line as written (without its newline), fields in {@link Kolom} order. */
    public String json() {
      ObjectNode o = JSON.createObjectNode();
      o.put(Kolom.TAHUN.nama(), tahun);
      o.put(Kolom.CATURWULAN.nama(), caturwulan);
      o.put(Kolom.PERIODE.nama(), periode);
      o.put(Kolom.KODE_INSTANSI.nama(), kodeInstansi);
      o.put(Kolom.LEVEL.nama(), level);
      o.put(Kolom.TAHAP.nama(), tahap);
      o.put(Kolom.STATUS.nama(), status);
      o.put(Kolom.KODE_ALASAN.nama(), kodeAlasan);
      o.put(Kolom.ALASAN.nama(), alasan);
      o.put(Kolom.EMAIL_PIC.nama(), emailPic);
      o.put(Kolom.MESSAGE_ID.nama(), messageId);
      ArrayNode l = o.putArray(Kolom.LAMPIRAN.nama());
      lampiran.forEach(l::add);
      o.put(Kolom.ARSIP.nama(), arsip);
      ArrayNode s = o.putArray(Kolom.SHA256.nama());
      sha256.forEach(s::add);
      o.put(Kolom.ULANG.nama(), ulang);
      o.put(Kolom.ID_PROSES.nama(), idProses);
      o.put(Kolom.DICATAT_PADA.nama(), dicatatPada.toString());
      return o.toString();
    }

    /** A line read back; throws on a line that is not a complete record (e.g. torn by a crash). */
    public static Baris parse(String line) throws java.io.IOException {
      JsonNode o = JSON.readTree(line);
      return new Baris(
          o.get(Kolom.TAHUN.nama()).asInt(),
          o.get(Kolom.CATURWULAN.nama()).asInt(),
          text(o, Kolom.PERIODE),
          o.get(Kolom.KODE_INSTANSI.nama()).asText(),
          o.get(Kolom.LEVEL.nama()).asText(),
          text(o, Kolom.TAHAP),
          o.get(Kolom.STATUS.nama()).asText(),
          text(o, Kolom.KODE_ALASAN),
          text(o, Kolom.ALASAN),
          o.get(Kolom.EMAIL_PIC.nama()).asText(),
          o.get(Kolom.MESSAGE_ID.nama()).asText(),
          texts(o, Kolom.LAMPIRAN),
          text(o, Kolom.ARSIP),
          texts(o, Kolom.SHA256),
          o.get(Kolom.ULANG.nama()).asBoolean(),
          o.get(Kolom.ID_PROSES.nama()).asText(),
          OffsetDateTime.parse(o.get(Kolom.DICATAT_PADA.nama()).asText()));
    }

    private static String text(JsonNode o, Kolom k) {
      JsonNode n = o.get(k.nama());
      return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> texts(JsonNode o, Kolom k) {
      List<String> out = new ArrayList<>();
      o.path(k.nama()).forEach(n -> out.add(n.asText()));
      return out;
    }
  }
}
