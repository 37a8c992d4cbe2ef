package id.go.lan.bangkom.ingestion;

import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.ingestion.SubmissionPlan.Format;
import id.go.lan.bangkom.ingestion.SubmissionPlan.Plan;
import id.go.lan.bangkom.ingestion.SubmissionPlan.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the planned files of one submission ({@link SubmissionPlan}) in dataset order (pegawai
 * first, so its NIPs are the roster for bangkom).
 */
final class SubmissionReader {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  /** Where the roster in force comes from when the submission has none of its own. */
  interface RosterLookup {
    /** The NIPs of the in-force pegawai of (kode, periode), or null when there is none. */
    Set<String> nips(String kode, String periode);
  }

  /**
   * What reading a submission gave; {@code roster}: the accepted NIPs of its own pegawai file, null
   * when it had none that could be read.
   */
  record Outcome(
      Map<String, DatasetInfo> datasets,
      List<BerkasDitolak> berkasDitolak,
      List<Penolakan> penolakan,
      List<Dataset> taken,
      Set<String> roster) {}

  private SubmissionReader() {}

  /** A file's SHA-256. */
  static String sha256(Path file) {
    return SubmissionPlan.checksum(file).sha256();
  }

  /** Reads the planned files into {@code sink}; whole-file refusals go to the sink too. */
  static Outcome read(Plan plan, Rules rules, RowSink sink, RosterLookup rosterLookup) {
    String kode = plan.submission().kode();
    String periode = plan.submission().periode().id();
    List<BerkasDitolak> refusals = new ArrayList<>();
    Map<Dataset, List<Candidate>> candidates = new EnumMap<>(Dataset.class);
    List<XlsxWorkbook> open = new ArrayList<>();
    try {
      for (Source src : plan.toRead()) {
        if (src.format() == Format.WORKBOOK) {
          addWorkbookSheets(src, candidates, refusals, open, sink);
        } else if (src.format() == Format.LINK) {
          refuse(
              sink,
              refusals,
              src,
              src.berkas(),
              Fault.of(RejectReason.BERKAS_TAUTAN, null, null, src.berkas()));
        } else if (src.format() == Format.UNKNOWN) {
          refuse(
              sink,
              refusals,
              src,
              src.berkas(),
              Fault.variant(
                  RejectReason.BERKAS_TIDAK_DIKENAL,
                  src.berkas().toLowerCase(Locale.ROOT).endsWith(".xls") ? "xls" : null,
                  null,
                  null,
                  src.berkas()));
        } else {
          candidates
              .computeIfAbsent(src.dataset(), d -> new ArrayList<>())
              .add(new Candidate(src, src.berkas(), fileOpener(src)));
        }
      }
      Map<String, DatasetInfo> datasets = new LinkedHashMap<>();
      List<Penolakan> penolakan = new ArrayList<>();
      List<Dataset> taken = new ArrayList<>();
      Set<String> roster = null;
      boolean rosterFromSubmission = false;
      for (Dataset d : Dataset.values()) {
        List<Candidate> cs = candidates.getOrDefault(d, List.of());
        if (cs.size() > 1) {
          List<String> names = cs.stream().map(Candidate::berkas).toList();
          for (Candidate c : cs) {
            refuse(
                sink,
                refusals,
                c.source(),
                c.berkas(),
                Fault.of(
                    RejectReason.BERKAS_GANDA,
                    null,
                    null,
                    c.berkas(),
                    d.id(),
                    String.join(", ", names)));
          }
          continue;
        }
        if (cs.isEmpty()) {
          continue;
        }
        Candidate c = cs.get(0);
        if (d == Dataset.BANGKOM && !rosterFromSubmission) {
          roster = rosterLookup.nips(kode, periode);
        }
        FileOutcome outcome =
            FileProcessor.process(
                d, c.berkas(), c.source().sha256(), c.opener(), rules, roster, sink);
        if (outcome.refused()) {
          for (Fault f : outcome.refusal()) {
            refuse(sink, refusals, c.source(), c.berkas(), f);
          }
          continue;
        }
        datasets.put(d.id(), outcome.info());
        penolakan.addAll(outcome.penolakan());
        taken.add(d);
        if (d == Dataset.PEGAWAI) {
          roster = outcome.acceptedNips();
          rosterFromSubmission = true;
        }
      }
      return new Outcome(
          datasets, refusals, penolakan, taken, rosterFromSubmission ? roster : null);
    } finally {
      for (XlsxWorkbook wb : open) {
        wb.close();
      }
    }
  }

  private record Candidate(Source source, String berkas, FileProcessor.Opener opener) {}

  private static void addWorkbookSheets(
      Source src,
      Map<Dataset, List<Candidate>> candidates,
      List<BerkasDitolak> refusals,
      List<XlsxWorkbook> open,
      RowSink sink) {
    if (isEmpty(src.file())) {
      refuse(sink, refusals, src, src.berkas(), FileRefusedException.empty(src.berkas()).fault());
      return;
    }
    try {
      XlsxWorkbook wb = XlsxWorkbook.open(src.file(), src.berkas());
      open.add(wb);
      List<String> sheets = wb.sheetNames();
      boolean any = false;
      for (Dataset d : Dataset.values()) {
        Optional<String> sheet = wb.findSheet(d);
        if (sheet.isPresent()) {
          any = true;
          String berkas = src.berkas() + "#" + sheet.get();
          String name = sheet.get();
          candidates
              .computeIfAbsent(d, x -> new ArrayList<>())
              .add(new Candidate(src, berkas, () -> wb.rows(name, berkas)));
        }
      }
      if (!any) {
        refuse(
            sink,
            refusals,
            src,
            src.berkas(),
            Fault.variant(
                RejectReason.BERKAS_TIDAK_DIKENAL,
                "lembar",
                null,
                null,
                src.berkas(),
                String.join(", ", sheets)));
      }
    } catch (FileRefusedException e) {
      refuse(sink, refusals, src, src.berkas(), e.fault());
    }
  }

  private static FileProcessor.Opener fileOpener(Source src) {
    return () -> {
      if (isEmpty(src.file())) {
        throw FileRefusedException.empty(src.berkas());
      }
      return switch (src.format()) {
        case CSV -> new CsvSource(src.file(), src.berkas(), src.encoding());
        case JSON -> new JsonSource(src.file(), src.berkas(), src.encoding());
        case XLSX -> xlsxSource(src);
        default -> throw new IllegalStateException("Cannot open format " + src.format());
      };
    };
  }

  /** A dataset file in XLSX: the sheet named like the dataset, else the first sheet. */
  private static RowSource xlsxSource(Source src) throws FileRefusedException {
    XlsxWorkbook wb = XlsxWorkbook.open(src.file(), src.berkas());
    try {
      Optional<String> named = wb.findSheet(src.dataset());
      List<String> sheets = wb.sheetNames();
      if (named.isEmpty() && sheets.isEmpty()) {
        throw FileRefusedException.empty(src.berkas());
      }
      RowSource rows = wb.rows(named.orElse(sheets.get(0)), src.berkas());
      return new RowSource() {
        @Override
        public List<String> header() throws FileRefusedException {
          return rows.header();
        }

        @Override
        public RawRow next() throws FileRefusedException {
          return rows.next();
        }

        @Override
        public void close() {
          rows.close();
          wb.close();
        }
      };
    } catch (FileRefusedException | RuntimeException e) {
      wb.close();
      throw e;
    }
  }

  private static boolean isEmpty(Path file) {
    try {
      return Files.size(file) == 0;
    } catch (IOException e) {
      throw new UncheckedIOException(PESAN.f("galat.baca_berkas", file.toString()), e);
    }
  }

  private static void refuse(
      RowSink sink, List<BerkasDitolak> refusals, Source src, String berkas, Fault fault) {
    refusals.add(
        new BerkasDitolak(
            berkas, src.sha256(), fault.reason(), fault.kolom(), fault.pesan(), fault.saran()));
    sink.refusedFile(berkas, fault);
  }
}
