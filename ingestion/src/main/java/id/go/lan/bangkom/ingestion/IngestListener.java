package id.go.lan.bangkom.ingestion;

/** Progress of {@link Ingestion#ingest}: one call per submission, in processing order. */
public interface IngestListener {
  /**
   * @param index 1-based position of this submission
   * @param total number of submissions found in the inbox
   */
  void submissionStarted(String kode, String periode, int index, int total);

  static IngestListener none() {
    return (kode, periode, index, total) -> {};
  }
}
