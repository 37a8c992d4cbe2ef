package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Pesan;

/**
 * One fault of a row or file: the reason, the column (canonical name, may be null), the value as
 * read (may be null), and the rendered message and hint.
 */
record Fault(RejectReason reason, String kolom, String nilai, String pesan, String saran) {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  Fault {
    requireNonNull(reason, "reason is null");
    requireNonNull(pesan, "pesan is null");
    requireNonNull(saran, "saran is null");
  }

  /** A fault whose message is the bundle entry {@code <REASON>} (or a variant) with arguments. */
  static Fault variant(
      RejectReason reason, String variant, String kolom, String nilai, Object... extra) {
    Object[] args = new Object[2 + extra.length];
    args[0] = kolom == null ? "" : kolom;
    args[1] = nilai == null ? "" : nilai;
    System.arraycopy(extra, 0, args, 2, extra.length);
    return new Fault(
        reason,
        kolom,
        nilai,
        PESAN.f(key(reason, variant, "pesan"), args),
        PESAN.f(key(reason, variant, "saran"), args));
  }

  /** The bundle key {@code <REASON>[.<variant>].<part>} ({@code part}: pesan or saran). */
  static String key(RejectReason reason, String variant, String part) {
    return reason.name() + (variant == null ? "" : "." + variant) + "." + part;
  }

  static Fault of(RejectReason reason, String kolom, String nilai, Object... extra) {
    return variant(reason, null, kolom, nilai, extra);
  }
}
