package id.go.lan.bangkom.core.kontrak;

import id.go.lan.bangkom.core.Periode;
import java.util.Locale;

/**
 * The stage of a sounding (issue 16.4, the escalation ladder): every stage is a row of the
 * warehouse table {@code sounding} (column {@code tahap}), a letter rendered by the reports under
 * {@code reports/<P>/sounding/<kode>/} and one delivery in the log, keyed per stage. The first
 * stage is the sounding level itself; the warehouse adds the others from the record.
 */
public enum TahapSounding {
  /** The sounding of the cut-off, to the PIC: every instansi has this row, HIJAU ones no letter. */
  SOUNDING("surat-sounding"),
  /**
   * Second stage, to the head of the instansi's HR function / PPK: MERAH or DATA at two cut-offs in
   * a row, or past the deadline of the sounding letter with no response recorded.
   */
  ESKALASI("surat-eskalasi"),
  /** A short thank-you note to the PIC of an instansi that returned to HIJAU. */
  TERIMA_KASIH("surat-terima-kasih");

  private final String awalanBerkas;

  TahapSounding(String awalanBerkas) {
    this.awalanBerkas = awalanBerkas;
  }

  /** The start of the letter's file name, e.g. {@code surat-eskalasi}. */
  public String awalanBerkas() {
    return awalanBerkas;
  }

  /** The letter's PDF file name: {@code <awalan>-<kode>-<P>.pdf}. */
  public String berkasPdf(String kodeInstansi, Periode periode) {
    return awalanBerkas + "-" + kodeInstansi + "-" + periode.id() + ".pdf";
  }

  /** The stage named {@code nama}; null or blank (a log line of an older release) is SOUNDING. */
  public static TahapSounding dari(String nama) {
    if (nama == null || nama.isBlank()) {
      return SOUNDING;
    }
    return valueOf(nama.trim().toUpperCase(Locale.ROOT));
  }
}
