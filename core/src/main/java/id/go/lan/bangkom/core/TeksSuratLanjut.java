package id.go.lan.bangkom.core;

import static java.util.Objects.requireNonNull;

import java.text.Format;
import java.text.MessageFormat;
import java.util.regex.Pattern;

/**
 * The configurable wording of the letters of the escalation ladder's later stages (issue 16.4), as
 * read and checked once when the configuration loads. Each template is a {@link MessageFormat}
 * pattern with plain placeholders only (documented in {@code bangkom-default.properties} and
 * docs/konfigurasi.md); a literal apostrophe is written twice. The reports fill the placeholders
 * with text already formatted in Indonesian.
 *
 * @param jabatanBawaan addressee of the escalation letter when the master list has no {@code
 *     jabatan_pimpinan} for the instansi ({@code eskalasi.jabatan_bawaan})
 * @param pembukaEskalasi the escalation letter's opening ({@code eskalasi.kalimat_pembuka}): {@code
 *     {0}} nama instansi, {@code {1}} the cut-off, {@code {2}} the level, {@code {3}} what came
 *     before (the earlier letter or level)
 * @param permintaanEskalasi what the escalation letter asks ({@code eskalasi.kalimat_permintaan}):
 *     {@code {0}} nama instansi, {@code {1}} the new deadline, {@code {2}} the days to it
 * @param terimaKasih the thank-you note's paragraph ({@code terima_kasih.kalimat}): {@code {0}}
 *     nama instansi, {@code {1}} the cut-off, {@code {2}} percent on track, {@code {3}} the
 *     previous level, {@code {4}} the previous cut-off
 */
public record TeksSuratLanjut(
    String jabatanBawaan, String pembukaEskalasi, String permintaanEskalasi, String terimaKasih) {
  static final String JABATAN_BAWAAN = "eskalasi.jabatan_bawaan";
  static final String PEMBUKA_ESKALASI = "eskalasi.kalimat_pembuka";
  static final String PERMINTAAN_ESKALASI = "eskalasi.kalimat_permintaan";
  static final String TERIMA_KASIH = "terima_kasih.kalimat";

  /** Placeholders each template may use: {0} up to this count less one. */
  static final int ARGUMEN_PEMBUKA = 4;

  static final int ARGUMEN_PERMINTAAN = 3;
  static final int ARGUMEN_TERIMA_KASIH = 5;

  /** An apostrophe not doubled: MessageFormat would silently hide the text after it. */
  private static final Pattern APOSTROF_TUNGGAL = Pattern.compile("(?<!')'(?!')");

  public TeksSuratLanjut {
    requireNonNull(jabatanBawaan, "jabatanBawaan is null");
    requireNonNull(pembukaEskalasi, "pembukaEskalasi is null");
    requireNonNull(permintaanEskalasi, "permintaanEskalasi is null");
    requireNonNull(terimaKasih, "terimaKasih is null");
  }

  /** Fills {@code templat} (one of this record's, already checked) with {@code argumen}. */
  public static String isi(String templat, String... argumen) {
    return new MessageFormat(templat, Pesan.INDONESIA).format(argumen);
  }

  static TeksSuratLanjut from(BangkomConfig config) {
    String jabatan = config.value(JABATAN_BAWAAN).strip();
    if (jabatan.isEmpty()) {
      throw BangkomConfig.invalid(
          JABATAN_BAWAAN,
          config.value(JABATAN_BAWAAN),
          Pesan.CORE.f("konfig.kosong", Pesan.CORE.f("konfig.jabatan")));
    }
    return new TeksSuratLanjut(
        jabatan,
        templat(config, PEMBUKA_ESKALASI, ARGUMEN_PEMBUKA),
        templat(config, PERMINTAAN_ESKALASI, ARGUMEN_PERMINTAAN),
        templat(config, TERIMA_KASIH, ARGUMEN_TERIMA_KASIH));
  }

  /**
   * The trimmed template of {@code key}: not blank, a MessageFormat pattern that parses, with no
   * lone apostrophe and only plain placeholders {@code {0}} to {@code {argumen - 1}}.
   */
  private static String templat(BangkomConfig config, String key, int argumen) {
    String value = config.value(key);
    String allowed = Pesan.CORE.f("konfig.templat", "{0}", "{" + (argumen - 1) + "}", "{0,number}");
    if (value.isBlank()) {
      throw BangkomConfig.invalid(key, value, Pesan.CORE.f("konfig.kosong", allowed));
    }
    if (APOSTROF_TUNGGAL.matcher(value).find()) {
      throw BangkomConfig.invalid(key, value, allowed);
    }
    MessageFormat format;
    try {
      format = new MessageFormat(value, Pesan.INDONESIA);
    } catch (IllegalArgumentException e) {
      throw BangkomConfig.invalid(key, value, allowed);
    }
    Format[] perArgumen = format.getFormatsByArgumentIndex();
    if (perArgumen.length > argumen) {
      throw BangkomConfig.invalid(key, value, allowed);
    }
    for (Format f : perArgumen) {
      if (f != null) {
        throw BangkomConfig.invalid(key, value, allowed);
      }
    }
    return value.strip();
  }
}
