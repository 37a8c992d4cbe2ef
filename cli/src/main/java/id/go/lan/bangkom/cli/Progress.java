package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.ingestion.IngestListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of ingestion: an ASCII bar on a terminal, one log line per submission otherwise (CI,
 * pipes, schedulers).
 */
final class Progress implements IngestListener, AutoCloseable {
  private ProgressBar bar;

  @Override
  public void submissionStarted(String kode, String periode, int index, int total) {
    if (!Console.interactive()) {
      Console.progress(
          String.format(java.util.Locale.ROOT, "[%d/%d] %s %s", index, total, kode, periode));
      return;
    }
    if (bar == null) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Ingest")
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .build();
    }
    bar.stepTo(index);
    bar.setExtraMessage(kode + " " + periode);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
