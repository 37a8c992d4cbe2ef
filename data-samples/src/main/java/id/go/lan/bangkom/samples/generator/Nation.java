package id.go.lan.bangkom.samples.generator;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.JenisInstansi;
import id.go.lan.bangkom.core.Periode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The plans of all instansi, the years and periods written, and the calendar (SPEC §3 defaults: CW1
 * = Jan–Apr, CW2 = May–Aug, CW3 = Sep–Dec).
 */
final class Nation {
  /** ASN at scale 1.0 (DOMAIN.md: about 5.2–5.6 M in 2025) and the share in pusat. */
  static final double NATION = 5_600_000;

  static final double SHARE_PUSAT = 0.225;
  static final int MIN_PERSONS = 3;

  static final CaturwulanCalendar CALENDAR = CaturwulanCalendar.DEFAULT;

  /** Sizes of large instansi pusat (ASN, before scaling the other pusat to the pusat share). */
  private static final Map<String, Integer> KNOWN_PUSAT =
      Map.ofEntries(
          Map.entry("P009", 250_000),
          Map.entry("P012", 90_000),
          Map.entry("P011", 82_000),
          Map.entry("P010", 62_000),
          Map.entry("P013", 58_000),
          Map.entry("P008", 42_000),
          Map.entry("P059", 32_000),
          Map.entry("P035", 27_000),
          Map.entry("P036", 26_000),
          Map.entry("P020", 26_000),
          Map.entry("P019", 22_000),
          Map.entry("P022", 22_000),
          Map.entry("P026", 22_000),
          Map.entry("P040", 17_000),
          Map.entry("P023", 16_000),
          Map.entry("P050", 14_000),
          Map.entry("P024", 10_000),
          Map.entry("P058", 9_000),
          Map.entry("P045", 7_500),
          Map.entry("P006", 5_500),
          Map.entry("P014", 5_500),
          Map.entry("P042", 5_500),
          Map.entry("P041", 5_000),
          Map.entry("P007", 4_800),
          Map.entry("P043", 4_500),
          Map.entry("P016", 4_200));

  private static final Set<String> JAWA = Set.of("31", "32", "33", "34", "35", "36");
  private static final Set<String> TIMUR = Set.of("81", "82", "91", "92", "93", "94", "95", "96");
  private static final Set<String> KOTA_BESAR =
      Set.of("35.78", "32.73", "12.71", "73.71", "33.74", "16.71", "32.75", "32.76", "36.71");

  final GeneratorOptions options;
  final int firstYear;
  final int lastYear;
  final List<InstansiPlan> plans;

  Nation(GeneratorOptions options, Collection<Instansi> instansi) {
    this.options = options;
    this.firstYear = options.dari();
    this.lastYear = options.tahun();
    List<Instansi> list = new ArrayList<>(instansi);
    double[] raw = new double[list.size()];
    double pusat = 0;
    double pemda = 0;
    double knownPusat = 0;
    for (int i = 0; i < raw.length; i++) {
      Instansi in = list.get(i);
      raw[i] = rawSize(in, Rng.of(options.seed(), "size", in.kode()));
      if (KNOWN_PUSAT.containsKey(in.kode())) {
        knownPusat += raw[i];
      } else if (isPemda(in)) {
        pemda += raw[i];
      } else {
        pusat += raw[i];
      }
    }
    // Keep the known ministries as they are; scale the rest of pusat and pemda to the shares.
    double pusatFactor = Math.max(0.2, (NATION * SHARE_PUSAT - knownPusat) / pusat);
    double pemdaFactor = NATION * (1 - SHARE_PUSAT) / pemda;
    this.plans = new ArrayList<>(list.size());
    int years = lastYear - firstYear + 1;
    Set<String> selected = selection(list, options);
    Map<String, List<Integer>> byProvince = new HashMap<>();
    List<Integer> pusatOrdinals = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      Instansi in = list.get(i);
      double size =
          KNOWN_PUSAT.containsKey(in.kode())
              ? raw[i]
              : raw[i] * (isPemda(in) ? pemdaFactor : pusatFactor);
      int persons = (int) Math.max(MIN_PERSONS, Math.round(size * options.skala()));
      plans.add(
          new InstansiPlan(
              i,
              in,
              years,
              persons,
              options.seed(),
              options.galat(),
              selected.contains(in.kode())));
      if (isPemda(in)) {
        byProvince.computeIfAbsent(in.kodeProvinsi().orElse(""), p -> new ArrayList<>()).add(i);
      } else {
        pusatOrdinals.add(i);
      }
    }
    for (InstansiPlan p : plans) {
      List<Integer> targets =
          p.pemda() ? byProvince.get(p.instansi.kodeProvinsi().orElse("")) : pusatOrdinals;
      p.transferTargets =
          targets.stream().filter(t -> t != p.ordinal).mapToInt(Integer::intValue).toArray();
    }
  }

  /** The instansi that submit: all, or a deterministic sample of {@code options.instansi()}. */
  private static Set<String> selection(List<Instansi> list, GeneratorOptions options) {
    List<String> kodes = new ArrayList<>(list.stream().map(Instansi::kode).toList());
    if (options.instansi() == 0 || options.instansi() >= kodes.size()) {
      return Set.copyOf(kodes);
    }
    kodes.sort(
        java.util.Comparator.comparingLong(
            (String k) -> Rng.of(options.seed(), "sampel", k).nextLong()));
    return Set.copyOf(kodes.subList(0, options.instansi()));
  }

  private static boolean isPemda(Instansi in) {
    return in.jenis() != JenisInstansi.KEMENTERIAN && in.jenis() != JenisInstansi.LEMBAGA;
  }

  /** Heavy-tailed sizes (DOMAIN.md): log-normal around a median per kind and region. */
  private static double rawSize(Instansi in, SplittableRandom r) {
    Integer known = KNOWN_PUSAT.get(in.kode());
    String prov = in.kodeProvinsi().orElse("");
    double median;
    double sigma;
    switch (in.jenis()) {
      case KEMENTERIAN, LEMBAGA -> {
        if (known != null) {
          return known * Math.exp(0.05 * Rng.gaussian(r));
        }
        median = 1_200;
        sigma = 1.0;
      }
      case PROVINSI -> {
        median =
            Set.of("31", "32", "33", "35").contains(prov)
                ? 38_000
                : Set.of("34", "36", "51", "12", "16", "73").contains(prov)
                    ? 12_000
                    : Set.of("92", "93", "94", "95", "96").contains(prov) ? 2_500 : 8_000;
        sigma = 0.2;
      }
      case KABUPATEN -> {
        median = JAWA.contains(prov) ? 11_000 : TIMUR.contains(prov) ? 2_600 : 5_000;
        sigma = 0.38;
      }
      default -> {
        median = KOTA_BESAR.contains(in.kode()) ? 16_000 : 4_200;
        sigma = 0.4;
      }
    }
    double size = median * Math.exp(sigma * Rng.gaussian(r));
    return Math.max(in.jenis() == JenisInstansi.LEMBAGA ? 40 : 150, Math.min(size, 60_000));
  }

  int years() {
    return lastYear - firstYear + 1;
  }

  int yearIndex(int year) {
    return year - firstYear;
  }

  /** Last caturwulan written in {@code year}. */
  int lastK(int year) {
    return year == lastYear ? options.sampai().caturwulan() : 3;
  }

  static int g(int year, int k) {
    return year * 3 + k - 1;
  }

  static int yearOfG(int g) {
    return g / 3;
  }

  static int kOfG(int g) {
    return g % 3 + 1;
  }

  static LocalDate end(int year, int k) {
    return CALENDAR.akhir(new Periode(year, k));
  }

  static LocalDate start(int year, int k) {
    return CALENDAR.awal(new Periode(year, k));
  }

  static int endMonth(int k) {
    return CALENDAR.bulanAkhir(k);
  }

  static int cwOfMonth(int month) {
    return month <= CALENDAR.bulanAkhir(1) ? 1 : month <= CALENDAR.bulanAkhir(2) ? 2 : 3;
  }
}
