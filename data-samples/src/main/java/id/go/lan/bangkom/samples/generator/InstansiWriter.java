package id.go.lan.bangkom.samples.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes every submission of one instansi, year by year, streaming rows to the files, and adds the
 * truth of the people it owns (wherever they are counted) to {@code truth}.
 */
final class InstansiWriter {
  /** What was written for one submission, for the manifest. */
  record Written(
      int ordinal,
      int year,
      int k,
      boolean melapor,
      List<SubmissionWriter.FileStats> files,
      List<SubmissionWriter.BrokenFile> broken) {}

  private InstansiWriter() {}

  static List<Written> write(
      Nation nation,
      InstansiPlan plan,
      long[] incoming,
      Map<Long, Long> nipOverrides,
      Truth truth,
      Path out)
      throws IOException {
    int total = plan.initialPersons + plan.joinersPerYear * nation.years();
    List<Person> people = new ArrayList<>(total + incoming.length);
    for (int i = 0; i < total; i++) {
      people.add(withNip(Person.create(nation, plan, i), nipOverrides));
    }
    for (long uid : incoming) {
      InstansiPlan origin = nation.plans.get((int) (uid >>> 32));
      people.add(withNip(Person.create(nation, origin, (int) uid), nipOverrides));
    }
    List<Written> written = new ArrayList<>();
    for (int year = nation.firstYear; year <= nation.lastYear; year++) {
      int y = nation.yearIndex(year);
      int last = nation.lastK(year);
      SubmissionWriter[] w = new SubmissionWriter[4];
      for (int k = 1; k <= last; k++) {
        if (plan.submits[y][k - 1]) {
          w[k] = new SubmissionWriter(nation, plan, year, k, out);
        }
      }
      for (Person p : people) {
        for (int k = 1; k <= last; k++) {
          if (w[k] != null) {
            String status = p.statusAt(plan, Nation.g(year, k));
            if (status != null) {
              w[k].pegawai(p, status);
            }
          }
        }
        boolean owner = p.home == plan;
        if (!owner && p.transferTo != plan) {
          continue;
        }
        List<Training.Rec> recs = Training.records(nation, p, year);
        for (Training.Rec rec : recs) {
          for (int i = 0; i < rec.sends; i++) {
            if (rec.sender[i] == plan) {
              w[rec.period[i]].bangkom(p, rec, i);
            }
          }
        }
        if (owner) {
          for (int k = 1; k <= last; k++) {
            InstansiPlan counted = p.aktifAt(Nation.g(year, k));
            if (counted != null && counted.submits[y][k - 1]) {
              long jp = Training.jpAt(nation, year, k, recs);
              long late = 0;
              if (k == 3 && year < nation.lastYear) {
                late =
                    Training.lateFromNextYear(nation, year, Training.records(nation, p, year + 1));
                jp += late;
              }
              truth.count(counted.ordinal, y, k, Truth.status(p, year, k, jp), jp);
              truth.fromNextYear(counted.ordinal, y, late);
            }
          }
        }
      }
      for (int k = 1; k <= last; k++) {
        if (w[k] != null) {
          w[k].close();
          written.add(
              new Written(plan.ordinal, year, k, w[k].melapor(), w[k].files(), w[k].brokenFiles()));
        }
      }
    }
    return written;
  }

  private static Person withNip(Person p, Map<Long, Long> overrides) {
    Long nip = overrides.get(p.uid);
    if (nip != null) {
      p.nip = nip;
    }
    return p;
  }
}
