package id.go.lan.bangkom.core;

/**
 * Progress of a long step (transform, publish, reports, delivery...), reported by the module that
 * does the work to whoever runs it: the CLI draws a bar with an ETA on a terminal and prints plain
 * periodic lines otherwise; tests and the scheduler may pass {@link #DIAM}.
 *
 * <p>Texts are Indonesian, for the operator: {@code langkah} names the step ("Transform 2026-CW2",
 * "Surat sounding 2026-CW2"), {@code keterangan} the unit just finished ("kepatuhan", "32.07").
 * Calls come from one thread at a time, or the implementation must be thread-safe (the CLI's is).
 */
public interface Kemajuan {
  /** Reports nothing. */
  Kemajuan DIAM =
      new Kemajuan() {
        @Override
        public void mulai(String langkah, long total) {}

        @Override
        public void maju(long selesai, String keterangan) {}

        @Override
        public void selesai() {}
      };

  /** A step of {@code total} units starts (0 when the total is not known). */
  void mulai(String langkah, long total);

  /** {@code selesai} units of the current step are done; {@code keterangan} names the last one. */
  void maju(long selesai, String keterangan);

  /** The current step ended (successfully or not). */
  void selesai();
}
