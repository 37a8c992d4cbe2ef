package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;

import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.ingestion.IngestListener;

/** Progress of ingestion, drawn as every long step's ({@link KemajuanKonsol}). */
final class Progress implements IngestListener, AutoCloseable {
  private final Kemajuan kemajuan = new KemajuanKonsol();
  private boolean started;

  @Override
  public void submissionStarted(String kode, String periode, int index, int total) {
    if (!started) {
      kemajuan.mulai(PESAN.f("kemajuan.ingest"), total);
      started = true;
    }
    kemajuan.maju(index, kode + " " + periode);
  }

  @Override
  public void close() {
    kemajuan.selesai();
  }
}
