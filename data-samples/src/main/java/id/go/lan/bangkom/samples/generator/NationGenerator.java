package id.go.lan.bangkom.samples.generator;

import static id.go.lan.bangkom.samples.PesanGenerator.PESAN;

import id.go.lan.bangkom.core.Instansi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code bangkom generate}: a synthetic nation of submissions (SPEC §4 inbox layout) with a {@code
 * manifest.json} of what was injected and the true figures per instansi and cut-off, computed from
 * the generator's own model (it shares no code with ingestion or transforms).
 *
 * <p>Deterministic: every choice draws from a stream seeded by (seed, instansi, person, year,
 * period), so the same options give byte-identical files whatever the number of threads. Bounded
 * memory: rows are streamed to files, one instansi per thread at a time.
 */
public final class NationGenerator {
  private NationGenerator() {}

  /**
   * Writes the inbox and manifest into {@code options.out()} (which must be empty or absent).
   *
   * @param instansi the master list (the 606 instansi)
   * @param threads instansi written in parallel (1 or 2 on a laptop)
   * @param progress receives one line per finished instansi
   */
  public static GenerationSummary generate(
      GeneratorOptions options,
      Collection<Instansi> instansi,
      int threads,
      Consumer<String> progress) {
    Path out = options.out();
    try {
      if (Files.isDirectory(out)) {
        try (Stream<Path> s = Files.list(out)) {
          if (s.findAny().isPresent()) {
            throw new IllegalArgumentException(PESAN.f("folder.tidak.kosong", out));
          }
        }
      }
      Files.createDirectories(out);
      Nation nation = new Nation(options, instansi);
      Identities ids = Identities.assign(nation);
      progress.accept(
          PESAN.f(
              "kemajuan.mulai",
              Integer.toString(nation.plans.size()),
              Long.toString(ids.people),
              out));
      List<InstansiWriter.Written> written = writeAll(nation, ids, threads, progress, out);
      Truth truth = ids.truth;
      List<RosterTerlambat.Moved> late = RosterTerlambat.holdBack(nation, out);
      GenerationSummary summary = Manifest.write(nation, written, truth, ids.people, out, late);
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("folder.gagal", out), e);
    }
  }

  private static List<InstansiWriter.Written> writeAll(
      Nation nation, Identities ids, int threads, Consumer<String> progress, Path out)
      throws IOException {
    List<InstansiPlan> order = new ArrayList<>(nation.plans);
    // Largest first, so the threads finish together.
    order.sort(
        Comparator.comparingInt((InstansiPlan p) -> -p.initialPersons)
            .thenComparingInt(p -> p.ordinal));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    ThreadLocal<Truth> local = new ThreadLocal<>();
    List<Truth> truths = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<List<InstansiWriter.Written>>> futures = new ArrayList<>();
      for (InstansiPlan plan : order) {
        futures.add(
            pool.submit(
                () -> {
                  Truth t = local.get();
                  if (t == null) {
                    t = new Truth(nation.plans.size(), nation.years());
                    local.set(t);
                    truths.add(t);
                  }
                  List<InstansiWriter.Written> w =
                      InstansiWriter.write(
                          nation, plan, ids.incoming(plan.ordinal), ids.nipOverrides, t, out);
                  int n = done.incrementAndGet();
                  if (n % 50 == 0 || n == nation.plans.size()) {
                    progress.accept(
                        PESAN.f(
                            "kemajuan.instansi",
                            Integer.toString(n),
                            Integer.toString(nation.plans.size())));
                  }
                  return w;
                }));
      }
      List<InstansiWriter.Written> all = new ArrayList<>();
      for (Future<List<InstansiWriter.Written>> f : futures) {
        all.addAll(f.get());
      }
      for (Truth t : truths) {
        ids.truth.addAll(t);
      }
      all.sort(
          Comparator.comparingInt(InstansiWriter.Written::ordinal)
              .thenComparingInt(InstansiWriter.Written::year)
              .thenComparingInt(InstansiWriter.Written::k));
      return all;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(PESAN.f("terhenti"), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(PESAN.f("gagal", String.valueOf(e.getCause())), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The identity pass: every person's NIP made unique nationwide (a clash moves the sequence
   * number, as BKN would), and who moves into which instansi.
   */
  static final class Identities {
    final Map<Long, Long> nipOverrides = new HashMap<>();
    final List<List<Long>> incoming = new ArrayList<>();
    long people;
    Truth truth;

    static Identities assign(Nation nation) {
      Identities ids = new Identities();
      long expected = 0;
      for (InstansiPlan p : nation.plans) {
        expected += p.initialPersons + (long) p.joinersPerYear * nation.years();
        ids.incoming.add(new ArrayList<>());
      }
      LongSet nips = new LongSet((int) Math.min(1 << 28, expected));
      for (InstansiPlan plan : nation.plans) {
        int total = plan.initialPersons + plan.joinersPerYear * nation.years();
        for (int i = 0; i < total; i++) {
          Person p = Person.create(nation, plan, i);
          long nip = p.nip;
          int seq = (int) (nip % 1000);
          while (!nips.add(nip)) {
            seq = seq % 899 + 1;
            nip = Person.withSeq(nip, seq);
          }
          if (nip != p.nip) {
            ids.nipOverrides.put(p.uid, nip);
          }
          if (p.transferTo != null) {
            ids.incoming.get(p.transferTo.ordinal).add(p.uid);
          }
        }
        ids.people += total;
      }
      ids.truth = new Truth(nation.plans.size(), nation.years());
      return ids;
    }

    long[] incoming(int ordinal) {
      return incoming.get(ordinal).stream().mapToLong(Long::longValue).toArray();
    }
  }
}
