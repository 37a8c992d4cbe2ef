package id.go.lan.bangkom.samples.generator;

/**
 * The figures the product must compute (SPEC §3), per instansi and cut-off, from the generator's
 * own model: population (AKTIF rows of the roster in force), count per status, total JP.
 */
final class Truth {
  static final int POPULASI = 0;
  static final int MEMENUHI = 1;
  static final int SESUAI_TARGET = 2;
  static final int TERTINGGAL = 3;
  static final int BELUM_ADA_JP = 4;
  static final int TOTAL_JP_HUNDREDTHS = 5;

  /** Of the year-end total, the JP brought by next year's submissions (last December's records). */
  static final int NEXT_YEAR_JP_HUNDREDTHS = 6;

  static final int TARGET = 20;
  static final int SLOTS = 7;

  private final long[][] values;
  private final int years;

  Truth(int instansi, int years) {
    this.values = new long[instansi][years * 3 * SLOTS];
    this.years = years;
  }

  void count(int ordinal, int yearIndex, int k, int status, long jpH) {
    long[] v = values[ordinal];
    int base = (yearIndex * 3 + k - 1) * SLOTS;
    v[base + POPULASI]++;
    v[base + status]++;
    v[base + TOTAL_JP_HUNDREDTHS] += jpH;
  }

  /** Records that {@code jpH} of a person's year-end total came with next year's submissions. */
  void fromNextYear(int ordinal, int yearIndex, long jpH) {
    values[ordinal][(yearIndex * 3 + 2) * SLOTS + NEXT_YEAR_JP_HUNDREDTHS] += jpH;
  }

  long get(int ordinal, int yearIndex, int k, int slot) {
    return values[ordinal][(yearIndex * 3 + k - 1) * SLOTS + slot];
  }

  void addAll(Truth other) {
    for (int i = 0; i < values.length; i++) {
      for (int j = 0; j < years * 3 * SLOTS; j++) {
        values[i][j] += other.values[i][j];
      }
    }
  }

  /**
   * Status at cut-off k: annual target 20 JP, pro-rated ceil(20 m / 12) when tmt_asn falls in the
   * year; cumulative target = annual * months served by the cut-off / months served in the year,
   * compared exactly.
   */
  static int status(Person p, int year, int k, long jpH) {
    int annual;
    int served;
    int servedYear;
    if (p.tmt.getYear() == year) {
      int m0 = p.tmt.getMonthValue();
      servedYear = 13 - m0;
      annual = (TARGET * servedYear + 11) / 12;
      served = Math.max(0, Nation.endMonth(k) - m0 + 1);
    } else {
      annual = TARGET;
      servedYear = 12;
      served = Nation.endMonth(k);
    }
    if (jpH >= annual * 100L) {
      return MEMENUHI;
    }
    if (jpH * servedYear >= annual * 100L * served) {
      return SESUAI_TARGET;
    }
    return jpH > 0 ? TERTINGGAL : BELUM_ADA_JP;
  }
}
