package id.go.lan.bangkom.samples.generator;

import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.JenisInstansi;
import java.util.SplittableRandom;

/**
 * Everything decided about one instansi before any row is written: its size, its training culture,
 * whether and how it submits each period, its file formats and which of its files are broken.
 * Computed for all instansi up front, so that the truth of a person who moves between instansi can
 * be computed in one place.
 */
final class InstansiPlan {
  /** Training plans of a person-year, in the order of {@link #planMix}. */
  static final int PLAN_ZERO = 0;

  static final int PLAN_LOW = 1;
  static final int PLAN_MID = 2;
  static final int PLAN_HIGH = 3;
  static final int PLAN_STEADY = 4;

  /** Bits of {@link #broken}. */
  static final int BROKEN_UNKNOWN_FILE = 1;

  static final int BROKEN_TRAINING_RATE = 2;
  static final int BROKEN_BANGKOM = 4;

  final int ordinal;
  final Instansi instansi;
  final String shortName;
  int initialPersons;
  int joinersPerYear;
  final double quality;
  final double[] planMix;
  final boolean never;
  final boolean resend;
  final double late;
  final boolean trainingRate;
  final boolean[][] submits;
  final int[][] broken;
  final Format[][] formats;
  int[] transferTargets = new int[0];

  InstansiPlan(
      int ordinal,
      Instansi instansi,
      int years,
      int rawPersons,
      long seed,
      double galat,
      boolean selected) {
    this.ordinal = ordinal;
    this.instansi = instansi;
    this.shortName = shortName(instansi.nama());
    SplittableRandom r = Rng.of(seed, "plan", instansi.kode());
    this.initialPersons = rawPersons;
    this.joinersPerYear = (int) Math.round(rawPersons * 0.045);
    // quality 0 (weak) .. 1 (good): most instansi in the middle, a few at either end.
    double q = (r.nextDouble() + r.nextDouble() + r.nextDouble()) / 3;
    if (instansi.jenis() == JenisInstansi.KEMENTERIAN
        || instansi.jenis() == JenisInstansi.LEMBAGA) {
      q = Math.min(1, q + 0.08);
    }
    this.quality = q;
    this.planMix =
        Rng.cumulative(
            0.17 - 0.14 * q, 0.36 - 0.26 * q, 0.34 + 0.08 * q, 0.08 + 0.10 * q, 0.05 + 0.22 * q);
    this.never = r.nextDouble() < 0.012 || !selected;
    if (!selected) {
      this.initialPersons = 0;
      this.joinersPerYear = 0;
    }
    this.resend = r.nextDouble() < 0.35;
    this.late = r.nextDouble() < 0.6 ? 0 : 0.02 + 0.1 * r.nextDouble();
    this.trainingRate = r.nextDouble() < 0.35 + 0.3 * q;
    this.submits = new boolean[years][3];
    this.broken = new int[years][3];
    this.formats = new Format[years][3];
    int persons = rawPersons + joinersPerYear * years;
    Format base = Format.random(r, persons);
    for (int y = 0; y < years; y++) {
      for (int k = 0; k < 3; k++) {
        double skip = k == 2 ? 0.01 : 0.035;
        submits[y][k] = !never && r.nextDouble() >= skip;
        // Some PICs change tools between periods.
        formats[y][k] = r.nextDouble() < 0.08 ? Format.random(r, persons) : base;
        int b = 0;
        if (r.nextDouble() < galat) {
          b |= BROKEN_UNKNOWN_FILE;
        }
        if (trainingRate
            && formats[y][k].container != Format.Container.XLSX_BOOK
            && r.nextDouble() < 2 * galat) {
          b |= BROKEN_TRAINING_RATE;
        }
        if ((formats[y][k].container == Format.Container.CSV
                || formats[y][k].container == Format.Container.JSON)
            && r.nextDouble() < galat / 2) {
          b |= BROKEN_BANGKOM;
        }
        broken[y][k] = b;
      }
    }
  }

  boolean bangkomAccepted(int yearIndex, int k) {
    return submits[yearIndex][k - 1] && (broken[yearIndex][k - 1] & BROKEN_BANGKOM) == 0;
  }

  boolean pemda() {
    return instansi.jenis() == JenisInstansi.PROVINSI
        || instansi.jenis() == JenisInstansi.KABUPATEN
        || instansi.jenis() == JenisInstansi.KOTA;
  }

  private static String shortName(String nama) {
    return nama.replace("Pemerintah ", "")
        .replace("Kabupaten ", "")
        .replace("Provinsi ", "")
        .replace("Kota ", "");
  }
}
