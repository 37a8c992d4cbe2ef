package id.go.lan.bangkom.ingestion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads one dataset file through its checks into a sink; counts every row read. */
final class FileProcessor {
  /** Opens the records of a file; may refuse it. */
  interface Opener {
    RowSource open() throws FileRefusedException;
  }

  private FileProcessor() {}

  static FileOutcome process(
      Dataset dataset,
      String berkas,
      String sha256,
      Opener opener,
      Rules rules,
      Set<String> roster,
      RowSink sink) {
    try (RowSource source = opener.open()) {
      List<String> header = source.header();
      if (header.stream().allMatch(h -> h == null || h.isBlank())) {
        throw FileRefusedException.empty(berkas);
      }
      int[] index = Headers.map(dataset, header);
      List<Fault> missing = missingColumns(dataset, index, berkas);
      if (!missing.isEmpty()) {
        return FileOutcome.refused(dataset, berkas, missing);
      }
      RowValidator validator = new RowValidator(dataset, index, rules, roster);
      sink.beginFile(dataset, berkas);
      try {
        long dibaca = 0;
        long diterima = 0;
        long ditolak = 0;
        List<Penolakan> penolakan = new ArrayList<>();
        Set<String> nips = dataset == Dataset.PEGAWAI ? new HashSet<>() : Set.of();
        RawRow row;
        while ((row = source.next()) != null) {
          if (row.isBlank()) {
            continue;
          }
          dibaca++;
          RowValidator.Result result = validator.check(row);
          if (result.accepted()) {
            diterima++;
            sink.accepted(row.nomorBaris(), result.values());
            if (dataset == Dataset.PEGAWAI) {
              nips.add((String) result.values()[0]);
            }
          } else {
            ditolak++;
            for (Fault f : result.faults()) {
              sink.rejected(row.nomorBaris(), f);
              penolakan.add(
                  new Penolakan(
                      dataset.id(),
                      berkas,
                      row.nomorBaris(),
                      f.reason(),
                      f.kolom(),
                      f.nilai(),
                      f.pesan(),
                      f.saran()));
            }
          }
        }
        if (dibaca == 0) {
          throw FileRefusedException.empty(berkas);
        }
        sink.commitFile();
        return new FileOutcome(
            dataset,
            berkas,
            new DatasetInfo(berkas, sha256, dibaca, diterima, ditolak),
            penolakan,
            nips,
            List.of());
      } catch (FileRefusedException e) {
        sink.discardFile();
        throw e;
      }
    } catch (FileRefusedException e) {
      return FileOutcome.refused(dataset, berkas, List.of(e.fault()));
    }
  }

  private static List<Fault> missingColumns(Dataset dataset, int[] index, String berkas) {
    List<Fault> faults = new ArrayList<>();
    List<Column> columns = dataset.columns();
    for (Column required : dataset.required()) {
      if (index[columns.indexOf(required)] < 0) {
        faults.add(
            Fault.of(
                RejectReason.KOLOM_WAJIB_TIDAK_ADA,
                required.id(),
                null,
                berkas,
                String.join(", ", aliases(required))));
      }
    }
    if (dataset == Dataset.BANGKOM
        && index[columns.indexOf(Column.JP)] < 0
        && index[columns.indexOf(Column.DURASI_MENIT)] < 0) {
      faults.add(
          Fault.variant(
              RejectReason.KOLOM_WAJIB_TIDAK_ADA,
              "jp",
              Column.JP.id(),
              null,
              berkas,
              String.join(", ", aliases(Column.JP))));
    }
    return faults;
  }

  /** The header texts recognised for a column, one per normalised form, quoted. */
  private static List<String> aliases(Column c) {
    java.util.Map<String, String> byForm = new java.util.LinkedHashMap<>();
    for (String a : c.aliases()) {
      byForm.putIfAbsent(Headers.normalize(a), "\"" + a + "\"");
    }
    byForm.putIfAbsent(Headers.normalize(c.id()), "\"" + c.id() + "\"");
    return new ArrayList<>(byForm.values());
  }
}
