package id.go.lan.bangkom.samples.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One ASN over the years written: identity, NIP, position, and the periods in which each instansi
 * lists them with which status. Created the same way from (seed, instansi, index) wherever it is
 * needed, so that an instansi's files can be written without the others.
 */
final class Person {
  static final String AKTIF = "AKTIF";
  static final int JPT = 0;
  static final int ADMINISTRATOR = 1;
  static final int PENGAWAS = 2;
  static final int FUNGSIONAL = 3;
  static final int PELAKSANA = 4;
  static final String[] JENIS_JABATAN = {
    "JPT", "ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL", "PELAKSANA"
  };
  static final double[] JABATAN_MIX = Rng.cumulative(0.6, 2.1, 4.3, 70, 23);

  final InstansiPlan home;
  final int index;
  final long uid;
  long nip;
  final boolean male;
  final boolean pppk;
  final LocalDate birth;
  final LocalDate tmt;
  final int jenisJabatan;
  final int joinG;
  int leaveG = Integer.MAX_VALUE;
  String leaveStatus;
  int absentFrom = Integer.MAX_VALUE;
  int absentTo = Integer.MIN_VALUE;
  String absentStatus;
  int transferG = Integer.MAX_VALUE;
  InstansiPlan transferTo;
  private final long nameSeed;
  private String nama;
  private String unit;
  private String jabatan;

  private Person(InstansiPlan home, int index, SplittableRandom r, Nation nation) {
    this.home = home;
    this.index = index;
    this.uid = ((long) home.ordinal << 32) | index;
    int first = nation.firstYear;
    int last = nation.lastYear;
    boolean joiner = index >= home.initialPersons;
    this.male = r.nextDouble() < 0.44;
    int tmtYear;
    int tmtMonth;
    if (joiner) {
      int j = index - home.initialPersons;
      tmtYear = first + Math.min(nation.years() - 1, j / Math.max(1, home.joinersPerYear));
      this.pppk = r.nextDouble() < 0.6;
      int[] months = pppk ? new int[] {3, 4, 7, 10} : new int[] {1, 3, 6};
      tmtMonth = months[r.nextInt(months.length)];
      this.joinG = Nation.g(tmtYear, Nation.cwOfMonth(tmtMonth));
    } else {
      this.pppk = r.nextDouble() < 0.22;
      if (pppk) {
        tmtYear = first - 1 - r.nextInt(Math.max(1, Math.min(5, first - 2021)));
        tmtMonth = new int[] {1, 3, 4, 7, 10}[r.nextInt(5)];
      } else {
        tmtYear = r.nextDouble() < 0.05 ? first - 1 : 1986 + r.nextInt(first - 1986);
        tmtMonth = new int[] {1, 2, 3, 4, 6, 10, 12}[r.nextInt(7)];
      }
      this.joinG = Integer.MIN_VALUE;
    }
    this.tmt = LocalDate.of(tmtYear, tmtMonth, 1);
    int birthYear =
        pppk ? 1966 + r.nextInt(Math.max(1, tmtYear - 21 - 1966)) : tmtYear - 20 - r.nextInt(14);
    birthYear = Math.max(1950, Math.min(birthYear, first - 19));
    this.birth = LocalDate.ofYearDay(birthYear, 1 + r.nextInt(365));
    this.jenisJabatan = Rng.pick(r, JABATAN_MIX);
    this.nameSeed = r.nextLong();
    this.nip = nip(birth, tmt, pppk, male, 1 + r.nextInt(899), r);
    // Life events over the years written: one at most, so every status is clear.
    int firstG = Nation.g(first, 1);
    int lastG = Nation.g(last, 3);
    int startG = Math.max(firstG, joinG == Integer.MIN_VALUE ? firstG : joinG + 1);
    double event = r.nextDouble();
    int years = nation.years();
    if (startG <= lastG) {
      int at = startG + r.nextInt(lastG - startG + 1);
      if (event < 0.03 * years) {
        leaveG = at;
        leaveStatus = r.nextDouble() < 0.6 ? "PENSIUN" : "BERHENTI";
      } else if (event < 0.03 * years + 0.03) {
        absentFrom = joiner ? at : (r.nextDouble() < 0.5 ? firstG : at);
        absentTo = absentFrom + r.nextInt(6);
        absentStatus = r.nextDouble() < 0.3 ? "CLTN" : "TUGAS_BELAJAR";
      } else if (event < 0.03 * years + 0.03 + 0.006 * years && home.transferTargets.length > 0) {
        transferG = at;
        transferTo = nation.plans.get(home.transferTargets[r.nextInt(home.transferTargets.length)]);
      }
    }
  }

  static Person create(Nation nation, InstansiPlan home, int index) {
    return new Person(home, index, Rng.of(nation.options.seed(), 1, home.ordinal, index), nation);
  }

  /** A valid NIP (PNS layout, or NI PPPK layout) with the given sequence number. */
  static long nip(
      LocalDate birth, LocalDate tmt, boolean pppk, boolean male, int seq, SplittableRandom r) {
    long v = birth.getYear() * 10_000L + birth.getMonthValue() * 100L + birth.getDayOfMonth();
    if (pppk) {
      v = v * 10_000L + tmt.getYear();
      v = v * 100L + (r.nextBoolean() ? 21 : 24);
    } else {
      v = v * 1_000_000L + tmt.getYear() * 100L + tmt.getMonthValue();
    }
    v = v * 10 + (male ? 1 : 2);
    return v * 1000 + seq;
  }

  /** Replaces the sequence number (last 3 digits). */
  static long withSeq(long nip, int seq) {
    return nip / 1000 * 1000 + seq;
  }

  /** Status in {@code plan}'s roster at period {@code g}, or null when not listed. */
  String statusAt(InstansiPlan plan, int g) {
    if (plan == transferTo) {
      return g >= transferG ? AKTIF : null;
    }
    if (plan != home || g < joinG) {
      return null;
    }
    if (g >= transferG) {
      return Nation.yearOfG(g) == Nation.yearOfG(transferG) ? "MUTASI_KELUAR" : null;
    }
    if (g >= leaveG) {
      return Nation.yearOfG(g) == Nation.yearOfG(leaveG) ? leaveStatus : null;
    }
    if (g >= absentFrom && g <= absentTo) {
      return absentStatus;
    }
    return AKTIF;
  }

  /** The instansi whose roster lists this person as AKTIF at {@code g}, or null. */
  InstansiPlan aktifAt(int g) {
    if (g >= transferG) {
      return transferTo;
    }
    return AKTIF.equals(statusAt(home, g)) ? home : null;
  }

  String jenisPegawai(int year, int k) {
    if (pppk) {
      return "PPPK";
    }
    return Nation.end(year, k).isBefore(tmt.plusYears(1)) ? "CPNS" : "PNS";
  }

  String nama() {
    if (nama == null) {
      SplittableRandom r = new SplittableRandom(nameSeed);
      StringBuilder b = new StringBuilder(32);
      if (r.nextDouble() < 0.03) {
        b.append(male ? "H. " : "Hj. ");
      }
      b.append(Rng.choose(r, male ? Vocabulary.MALE : Vocabulary.FEMALE));
      if (r.nextDouble() < 0.85) {
        b.append(' ').append(Rng.choose(r, Vocabulary.LAST));
      }
      b.append(Rng.choose(r, Vocabulary.TITLES));
      if (r.nextDouble() < 0.002) {
        b.replace(
            0,
            b.indexOf(" ") < 0 ? b.length() : b.indexOf(" "),
            Rng.choose(r, Vocabulary.ACCENTED));
      }
      nama = b.toString();
    }
    return nama;
  }

  String unitKerja() {
    if (unit == null) {
      position();
    }
    return unit;
  }

  String jabatan() {
    if (jabatan == null) {
      position();
    }
    return jabatan;
  }

  private void position() {
    SplittableRandom r = new SplittableRandom(nameSeed ^ 0x5DEECE66DL);
    String s = home.shortName;
    if (home.pemda()) {
      String u = Vocabulary.PEMDA_UNITS[Rng.pick(r, Vocabulary.PEMDA_UNIT_WEIGHTS)];
      if (jenisJabatan == FUNGSIONAL && r.nextDouble() < 0.5) {
        u = "Dinas Pendidikan";
      }
      switch (u) {
        case "Dinas Pendidikan" -> {
          if (jenisJabatan == FUNGSIONAL) {
            String level = r.nextDouble() < 0.6 ? "SD Negeri " : "SMP Negeri ";
            unit = level + (1 + r.nextInt(40)) + " " + s;
            jabatan = Rng.choose(r, Vocabulary.GURU);
            return;
          }
          unit = u;
        }
        case "RSUD" -> unit = "RSUD " + s;
        case "Kecamatan" -> unit = "Kecamatan " + Rng.choose(r, Vocabulary.LAST);
        default -> unit = u;
      }
    } else {
      String u = Vocabulary.PUSAT_UNITS[Rng.pick(r, Vocabulary.PUSAT_UNIT_WEIGHTS)];
      unit =
          switch (u) {
            case "Kantor Wilayah" ->
                "Kantor Wilayah Provinsi " + Rng.choose(r, Vocabulary.PROVINSI_NAMES);
            case "Unit Pelaksana Teknis" ->
                "UPT " + s + " " + Rng.choose(r, Vocabulary.PROVINSI_NAMES);
            case "Balai Besar" -> "Balai Besar Wilayah " + (1 + r.nextInt(12));
            case "Direktorat Jenderal" -> "Direktorat Jenderal - Direktorat " + (1 + r.nextInt(6));
            default -> u;
          };
    }
    jabatan =
        switch (jenisJabatan) {
          case JPT -> Rng.choose(r, home.pemda() ? Vocabulary.JPT_PEMDA : Vocabulary.JPT_PUSAT);
          case ADMINISTRATOR -> Rng.choose(r, Vocabulary.ADMINISTRATOR);
          case PENGAWAS -> Rng.choose(r, Vocabulary.PENGAWAS);
          case PELAKSANA -> Rng.choose(r, Vocabulary.PELAKSANA);
          default ->
              unit.startsWith("RSUD") || unit.startsWith("Dinas Kesehatan")
                  ? Rng.choose(r, Vocabulary.KESEHATAN)
                  : Rng.choose(r, Vocabulary.FUNGSIONAL_UMUM);
        };
  }

  String golongan(int year) {
    if ((nameSeed & 31) == 7) {
      return "";
    }
    if (pppk) {
      return Vocabulary.GOLONGAN_PPPK[(int) ((nameSeed >>> 8) % Vocabulary.GOLONGAN_PPPK.length)];
    }
    int years = year - tmt.getYear();
    boolean sma = jenisJabatan == PELAKSANA && ((nameSeed >>> 16) & 3) == 0;
    if (sma) {
      return years < 4 ? "II/a" : years < 8 ? "II/b" : years < 12 ? "II/c" : "II/d";
    }
    return years < 4
        ? "III/a"
        : years < 8
            ? "III/b"
            : years < 12 ? "III/c" : years < 18 ? "III/d" : years < 26 ? "IV/a" : "IV/b";
  }
}
