package id.go.lan.bangkom.samples.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A person's training records of one year and the submissions that carry them. Drawn from (seed,
 * person, year) only, so the instansi that sends a record and the one that counts its owner agree.
 */
final class Training {
  /** One training record; JP in hundredths. */
  static final class Rec {
    int code;
    String name;
    LocalDate mulai;
    LocalDate selesai;
    int jpH;
    int durasi;
    String penyelenggara;
    String sertifikat;
    boolean multiline;
    boolean lastYear;
    double lateRoll;
    int resendBump;
    int nameVariant;

    /** Senders and periods (1..3) of each send, and the JP (hundredths) sent each time. */
    InstansiPlan[] sender = new InstansiPlan[3];

    int[] period = new int[3];
    int[] sentJpH = new int[3];
    int sends;
  }

  /** Forms whose plausible JP range holds a given whole JP (index = JP, 1..160). */
  private static final double[][] FORMS_BY_JP = new double[161][];

  static {
    for (int jp = 1; jp <= 160; jp++) {
      double[] w = new double[26];
      for (int c = 1; c <= 25; c++) {
        if (jp >= Vocabulary.JP_MIN[c] && jp <= Vocabulary.JP_MAX[c]) {
          w[c] = Vocabulary.FORM_WEIGHT[c];
        }
      }
      FORMS_BY_JP[jp] = Rng.cumulative(w);
    }
  }

  private Training() {}

  /** The person's records finishing in {@code year}, plus late ones from December before. */
  static List<Rec> records(Nation nation, Person p, int year) {
    InstansiPlan[] homeAt = new InstansiPlan[4];
    boolean[] activeMonth = new boolean[13];
    int activeMonths = 0;
    InstansiPlan first = null;
    for (int k = 1; k <= 3; k++) {
      homeAt[k] = p.aktifAt(Nation.g(year, k));
      if (homeAt[k] != null) {
        if (first == null) {
          first = homeAt[k];
        }
        int from = k == 1 ? 1 : Nation.endMonth(k - 1) + 1;
        for (int m = from; m <= Nation.endMonth(k); m++) {
          boolean after = p.tmt.getYear() < year || m >= p.tmt.getMonthValue();
          if (after) {
            activeMonth[m] = true;
            activeMonths++;
          }
        }
      }
    }
    List<Rec> out = new ArrayList<>();
    if (first == null || activeMonths == 0) {
      return out;
    }
    SplittableRandom r = Rng.of(nation.options.seed(), 2, p.uid, year);
    double[] monthCum = new double[12];
    double s = 0;
    for (int m = 1; m <= 12; m++) {
      s += activeMonth[m] ? Vocabulary.MONTH_WEIGHT[m - 1] : 0;
      monthCum[m - 1] = s;
    }
    double share = activeMonths / 12.0;
    int plan = Rng.pick(r, first.planMix);
    switch (plan) {
      case InstansiPlan.PLAN_LOW ->
          spread(out, r, year, monthCum, 1 + r.nextInt(4), 3 + 14 * r.nextDouble(), share);
      case InstansiPlan.PLAN_MID ->
          spread(out, r, year, monthCum, 4 + r.nextInt(5), 14 + 26 * r.nextDouble(), share);
      case InstansiPlan.PLAN_HIGH ->
          spread(out, r, year, monthCum, 5 + r.nextInt(6), 30 + 60 * r.nextDouble(), share);
      case InstansiPlan.PLAN_STEADY -> {
        int[][] windows = {{2, 4}, {6, 8}, {9, 11}};
        for (int[] w : windows) {
          int m = w[0] + r.nextInt(w[1] - w[0] + 1);
          // A steady learner sometimes starts late in the first period.
          if (activeMonth[m] && (w[0] > 2 || r.nextDouble() < 0.75)) {
            add(out, r, year, m, 8 + r.nextInt(5), false);
          }
        }
        spread(out, r, year, monthCum, 1 + r.nextInt(3), 3 + 6 * r.nextDouble(), share);
      }
      default -> {}
    }
    // A record from last December, sent with the first period of this year.
    if (r.nextDouble() < nation.options.catatanTahunLalu()
        && homeAt[1] != null
        && p.aktifAt(Nation.g(year - 1, 3)) == homeAt[1]
        && p.tmt.isBefore(LocalDate.of(year - 1, 12, 1))) {
      Rec rec = add(out, r, year - 1, 12, 2 + r.nextInt(7), false);
      if (rec != null) {
        rec.lastYear = true;
      }
    }
    for (Rec rec : out) {
      plan(nation, p, year, rec);
    }
    return out;
  }

  private static void spread(
      List<Rec> out,
      SplittableRandom r,
      int year,
      double[] monthCum,
      int n,
      double total,
      double share) {
    if (share < 1) {
      n = Math.max(1, (int) Math.round(n * share));
      total *= share;
    }
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = 0.3 + r.nextDouble();
      sum += w[i];
    }
    for (int i = 0; i < n; i++) {
      int jp = (int) Math.max(1, Math.round(total * w[i] / sum));
      int month = Rng.pick(r, monthCum) + 1;
      add(out, r, year, month, jp, r.nextDouble() < 0.08);
    }
  }

  /** Adds a record finishing in {@code month}; null when no distinct key was found. */
  private static Rec add(
      List<Rec> out, SplittableRandom r, int year, int month, int jp, boolean minutes) {
    jp = Math.min(160, jp);
    int code = Rng.pick(r, FORMS_BY_JP[jp]);
    String[] names = Vocabulary.KEGIATAN[code];
    int len = LocalDate.of(year, month, 1).lengthOfMonth();
    for (int attempt = 0; attempt < 12; attempt++) {
      String name = names[r.nextInt(names.length)];
      if ((code <= 3 || code == 5) && r.nextDouble() < 0.25) {
        name = name + ", Angkatan " + Rng.choose(r, Vocabulary.ANGKATAN);
      }
      LocalDate selesai = LocalDate.of(year, month, 1 + r.nextInt(len));
      int days = jp <= 4 ? 0 : Math.min(jp / 8, 6);
      LocalDate mulai = selesai.minusDays(days);
      if (clash(out, name, mulai, selesai)) {
        continue;
      }
      Rec rec = new Rec();
      rec.code = code;
      rec.name = name;
      rec.mulai = mulai;
      rec.selesai = selesai;
      rec.jpH = jp * 100;
      if (jp > 2 && r.nextDouble() < 0.1) {
        rec.jpH -= 50;
      }
      if (minutes) {
        rec.durasi = Math.max(30, rec.jpH * 45 / 100 + r.nextInt(46) - 20);
        rec.jpH = (int) ((rec.durasi * 200L + 45) / 90);
      }
      rec.penyelenggara = Rng.choose(r, Vocabulary.PENYELENGGARA);
      if (r.nextDouble() < 0.6) {
        rec.sertifikat = (1000 + r.nextInt(9000)) + "/SERT/" + code + "/" + selesai.getYear();
      }
      rec.multiline = r.nextDouble() < 0.002 && name.indexOf(' ') > 0;
      rec.lateRoll = r.nextDouble();
      rec.resendBump = r.nextDouble() < 0.03 ? new int[] {-2, -1, 1, 2, 4}[r.nextInt(5)] : 0;
      rec.nameVariant = r.nextDouble() < 0.03 ? 1 + r.nextInt(3) : 0;
      out.add(rec);
      return rec;
    }
    return null;
  }

  private static boolean clash(List<Rec> out, String name, LocalDate mulai, LocalDate selesai) {
    for (Rec o : out) {
      if (o.selesai.equals(selesai) && o.mulai.equals(mulai) && o.name.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which submissions carry the record: the instansi the person is AKTIF in when it finished, in
   * that period or (sometimes) the next; again in every later period of the year when the instansi
   * resends year-to-date; in the next period it submits when it skipped one.
   */
  private static void plan(Nation nation, Person p, int year, Rec rec) {
    int y = nation.yearIndex(year);
    int last = nation.lastK(year);
    if (rec.lastYear) {
      InstansiPlan sender = p.aktifAt(Nation.g(year, 1));
      if (sender != null && sender.submits[y][0]) {
        rec.sender[0] = sender;
        rec.period[0] = 1;
        rec.sentJpH[0] = rec.jpH;
        rec.sends = 1;
      }
      return;
    }
    int k = Nation.cwOfMonth(rec.selesai.getMonthValue());
    InstansiPlan sender = p.aktifAt(Nation.g(year, k));
    int j0 = k < 3 && rec.lateRoll < sender.late ? k + 1 : k;
    for (int j = j0; j <= last; j++) {
      if (!sender.submits[y][j - 1]) {
        continue;
      }
      int jp = rec.jpH;
      if (rec.sends > 0 && rec.resendBump != 0) {
        jp = Math.max(100, jp + rec.resendBump * 100);
      }
      rec.sender[rec.sends] = sender;
      rec.period[rec.sends] = j;
      rec.sentJpH[rec.sends] = jp;
      rec.sends++;
      if (!sender.resend) {
        break;
      }
    }
  }

  /** JP (hundredths) of the person at cut-off k of {@code year}, as the product must count it. */
  static long jpAt(Nation nation, int year, int k, List<Rec> recs) {
    int y = nation.yearIndex(year);
    LocalDate end = Nation.end(year, k);
    long total = 0;
    for (Rec rec : recs) {
      if (rec.lastYear || rec.selesai.isAfter(end)) {
        continue;
      }
      int best = 0;
      for (int i = 0; i < rec.sends; i++) {
        if (rec.period[i] <= k && rec.sender[i].bangkomAccepted(y, rec.period[i])) {
          best = Math.max(best, rec.sentJpH[i]);
        }
      }
      total += best;
    }
    return total;
  }

  /**
   * JP (hundredths) that next year's submissions bring to the person's year end: last December's
   * records sent with January's period ({@code nextYearRecs} = {@link #records} of {@code year +
   * 1}). The product counts them at {@code year}'s CW3 (SPEC §3: a record belongs to the year of
   * its tanggal_selesai).
   */
  static long lateFromNextYear(Nation nation, int year, List<Rec> nextYearRecs) {
    int next = nation.yearIndex(year + 1);
    long total = 0;
    for (Rec rec : nextYearRecs) {
      if (rec.lastYear && rec.sends > 0 && rec.sender[0].bangkomAccepted(next, rec.period[0])) {
        total += rec.sentJpH[0];
      }
    }
    return total;
  }
}
