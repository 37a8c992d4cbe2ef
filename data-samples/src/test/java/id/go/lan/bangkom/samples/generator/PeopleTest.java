package id.go.lan.bangkom.samples.generator;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeopleTest {
  private static final Nation NATION =
      new Nation(
          new GeneratorOptions(Periode.parse("2026-CW3"), 2025, 0.005, 42, 0.01, 0, Path.of("x")),
          InstansiMaster.load(Optional.empty()).all());

  @Test
  void nipsAreValidInBothLayoutsAndUniqueNationwide() {
    NationGenerator.Identities ids = NationGenerator.Identities.assign(NATION);
    Set<Long> seen = new HashSet<>();
    int pppk = 0;
    int pns = 0;
    for (InstansiPlan plan : NATION.plans) {
      int total = plan.initialPersons + plan.joinersPerYear * NATION.years();
      for (int i = 0; i < total; i++) {
        Person p = Person.create(NATION, plan, i);
        p.nip = ids.nipOverrides.getOrDefault(p.uid, p.nip);
        String nip = Long.toString(p.nip);
        assertThat(nip).hasSize(18);
        assertThat(seen.add(p.nip)).as(nip).isTrue();
        LocalDate birth =
            LocalDate.of(
                Integer.parseInt(nip.substring(0, 4)),
                Integer.parseInt(nip.substring(4, 6)),
                Integer.parseInt(nip.substring(6, 8)));
        assertThat(birth.getYear()).isBetween(1940, 2026 - 17);
        assertThat(nip.charAt(14)).isIn('1', '2');
        if (p.pppk) {
          pppk++;
          assertThat(nip.substring(8, 12)).isEqualTo(Integer.toString(p.tmt.getYear()));
          assertThat(nip.substring(12, 14)).isIn("21", "24");
        } else {
          pns++;
          assertThat(nip.substring(8, 14))
              .isEqualTo(
                  String.format(
                      java.util.Locale.ROOT, "%d%02d", p.tmt.getYear(), p.tmt.getMonthValue()));
        }
      }
    }
    assertThat(pppk).isPositive();
    assertThat(pns).isGreaterThan(pppk);
  }

  @Test
  void theJabatanMixIsMostlyFungsional() {
    int[] count = new int[5];
    int n = 0;
    for (InstansiPlan plan : NATION.plans) {
      for (int i = 0; i < plan.initialPersons; i++) {
        count[Person.create(NATION, plan, i).jenisJabatan]++;
        n++;
      }
    }
    assertThat((double) count[Person.FUNGSIONAL] / n).isBetween(0.66, 0.74);
    assertThat((double) count[Person.PELAKSANA] / n).isBetween(0.20, 0.26);
    double struktural =
        (double) (count[Person.JPT] + count[Person.ADMINISTRATOR] + count[Person.PENGAWAS]) / n;
    assertThat(struktural).isBetween(0.05, 0.09);
  }

  @Test
  void someoneWhoMovesIsListedByBothInstansiAndCountedOnlyWhereAktif() {
    Person mover = null;
    for (InstansiPlan plan : NATION.plans) {
      for (int i = 0; i < plan.initialPersons && mover == null; i++) {
        Person p = Person.create(NATION, plan, i);
        if (p.transferTo != null && Nation.kOfG(p.transferG) < 3) {
          mover = p;
        }
      }
    }
    assertThat(mover).isNotNull();
    int g = mover.transferG;
    assertThat(mover.statusAt(mover.home, g - 1)).isEqualTo("AKTIF");
    assertThat(mover.statusAt(mover.home, g)).isEqualTo("MUTASI_KELUAR");
    assertThat(mover.statusAt(mover.transferTo, g)).isEqualTo("AKTIF");
    assertThat(mover.statusAt(mover.transferTo, g - 1)).isNull();
    assertThat(mover.aktifAt(g)).isSameAs(mover.transferTo);
    assertThat(mover.aktifAt(g - 1)).isSameAs(mover.home);
  }

  @Test
  void statusesFollowSpecTargetsWithProRatingAndExactComparison() {
    InstansiPlan plan = NATION.plans.get(0);
    Person fullYear = null;
    Person marchJoiner = null;
    for (int i = 0; i < plan.initialPersons + plan.joinersPerYear * 2; i++) {
      Person p = Person.create(NATION, plan, i);
      if (p.tmt.getYear() < 2025 && fullYear == null) {
        fullYear = p;
      }
      if (p.tmt.equals(LocalDate.of(2026, 3, 1)) && marchJoiner == null) {
        marchJoiner = p;
      }
    }
    assertThat(fullYear).isNotNull();
    // Full year: 6.67 at CW1 is on track (6.666...), 6.66 is not; 20 meets the year.
    assertThat(Truth.status(fullYear, 2026, 1, 667)).isEqualTo(Truth.SESUAI_TARGET);
    assertThat(Truth.status(fullYear, 2026, 1, 666)).isEqualTo(Truth.TERTINGGAL);
    assertThat(Truth.status(fullYear, 2026, 1, 0)).isEqualTo(Truth.BELUM_ADA_JP);
    assertThat(Truth.status(fullYear, 2026, 3, 2000)).isEqualTo(Truth.MEMENUHI);
    assertThat(Truth.status(fullYear, 2026, 3, 1999)).isEqualTo(Truth.TERTINGGAL);
    if (marchJoiner != null) {
      // tmt March: target ceil(20 * 10 / 12) = 17; cumulative 3.4 / 10.2 / 17.
      assertThat(Truth.status(marchJoiner, 2026, 1, 340)).isEqualTo(Truth.SESUAI_TARGET);
      assertThat(Truth.status(marchJoiner, 2026, 2, 1000)).isEqualTo(Truth.TERTINGGAL);
      assertThat(Truth.status(marchJoiner, 2026, 3, 1700)).isEqualTo(Truth.MEMENUHI);
    }
  }
}
