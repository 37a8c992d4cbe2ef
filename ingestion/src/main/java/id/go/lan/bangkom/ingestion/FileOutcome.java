package id.go.lan.bangkom.ingestion;

import java.util.List;
import java.util.Set;

/** What reading one dataset file gave: either counts and rejections, or whole-file faults. */
record FileOutcome(
    Dataset dataset,
    String berkas,
    DatasetInfo info,
    List<Penolakan> penolakan,
    Set<String> acceptedNips,
    List<Fault> refusal) {
  boolean refused() {
    return !refusal.isEmpty();
  }

  static FileOutcome refused(Dataset dataset, String berkas, List<Fault> faults) {
    return new FileOutcome(dataset, berkas, null, List.of(), Set.of(), List.copyOf(faults));
  }
}
