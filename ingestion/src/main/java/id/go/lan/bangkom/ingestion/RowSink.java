package id.go.lan.bangkom.ingestion;

/**
 * Where the rows of a file go: the lake (ingest) or nowhere (check). A file is opened, fed, then
 * either committed or discarded (when it is refused whole half-way).
 */
interface RowSink {
  void beginFile(Dataset dataset, String berkas);

  void accepted(long nomorBaris, Object[] values);

  void rejected(long nomorBaris, Fault fault);

  void commitFile();

  void discardFile();

  /** A file refused whole (recorded with dataset {@code berkas} and row number 0). */
  default void refusedFile(String berkas, Fault fault) {}

  /** A sink that keeps nothing (for {@code check}). */
  static RowSink none() {
    return new RowSink() {
      @Override
      public void beginFile(Dataset dataset, String berkas) {}

      @Override
      public void accepted(long nomorBaris, Object[] values) {}

      @Override
      public void rejected(long nomorBaris, Fault fault) {}

      @Override
      public void commitFile() {}

      @Override
      public void discardFile() {}
    };
  }
}
