package id.go.lan.bangkom.samples.generator;

import static id.go.lan.bangkom.samples.PesanGenerator.PESAN;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import java.nio.file.Path;

/**
 * What {@code bangkom generate} makes: every period from {@code dari}-CW1 to {@code sampai}, at
 * {@code skala} of the nation (1.0 = about 5.6 M ASN), with {@code galat} the share of rows that
 * carry one injected fault. The same options give byte-identical output.
 *
 * @param sampai last period written (its year is the target year)
 * @param dari first year written
 * @param skala share of the nation, (0, 1]... larger values are allowed for stress tests
 * @param seed seed of every random choice
 * @param galat fault rate per row, 0 (clean) to 0.5
 * @param instansi how many instansi submit (a deterministic sample; 0 = all): small end-to-end
 *     tests; the others get no files and their people are not generated
 * @param out folder to write the inbox and {@code manifest.json} into
 * @param rosterTerlambat how many instansi send the roster of the last period after its bangkom
 *     file (issue 15.1): their {@code pegawai} file of that period is written under {@code
 *     .roster-terlambat/<kode>/<periode>/} instead (ignored by ingest, as every dot folder), to be
 *     moved into the inbox and ingested in a second run; 0 = none
 * @param catatanTahunLalu share of people (0 to 0.5) with a training record of last December that
 *     their instansi sends only with this year's first period (issue 15.2: the product must count
 *     it at last year's end); {@link #CATATAN_TAHUN_LALU} by default
 */
public record GeneratorOptions(
    Periode sampai,
    int dari,
    double skala,
    long seed,
    double galat,
    int instansi,
    Path out,
    int rosterTerlambat,
    double catatanTahunLalu) {
  /** Default share of people with a late record of last December. */
  public static final double CATATAN_TAHUN_LALU = 0.02;

  /** Options without late rosters. */
  public GeneratorOptions(
      Periode sampai, int dari, double skala, long seed, double galat, int instansi, Path out) {
    this(sampai, dari, skala, seed, galat, instansi, out, 0);
  }

  /** Options with the default share of last December's late records. */
  public GeneratorOptions(
      Periode sampai,
      int dari,
      double skala,
      long seed,
      double galat,
      int instansi,
      Path out,
      int rosterTerlambat) {
    this(sampai, dari, skala, seed, galat, instansi, out, rosterTerlambat, CATATAN_TAHUN_LALU);
  }

  public GeneratorOptions {
    requireNonNull(sampai, "sampai is null");
    requireNonNull(out, "out is null");
    if (dari > sampai.tahun() || dari < sampai.tahun() - 10) {
      throw new IllegalArgumentException(
          PESAN.f("opsi.dari", Integer.toString(sampai.tahun()), Integer.toString(dari)));
    }
    if (!(skala > 0) || skala > 4) {
      throw new IllegalArgumentException(PESAN.f("opsi.skala", Double.toString(skala)));
    }
    if (instansi < 0) {
      throw new IllegalArgumentException(PESAN.f("opsi.instansi", Integer.toString(instansi)));
    }
    if (rosterTerlambat < 0) {
      throw new IllegalArgumentException(
          PESAN.f("opsi.roster.terlambat", Integer.toString(rosterTerlambat)));
    }
    if (!(catatanTahunLalu >= 0) || catatanTahunLalu > 0.5) {
      throw new IllegalArgumentException(
          PESAN.f("opsi.catatan.tahun.lalu", Double.toString(catatanTahunLalu)));
    }
    if (!(galat >= 0) || galat > 0.5) {
      throw new IllegalArgumentException(PESAN.f("opsi.galat", Double.toString(galat)));
    }
  }

  /** The target year. */
  public int tahun() {
    return sampai.tahun();
  }
}
