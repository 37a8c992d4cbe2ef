package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.core.Kemajuan;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The console's {@link Kemajuan}: on a terminal an ASCII bar with the elapsed time and an ETA; in
 * CI, pipes and schedulers plain lines on stderr ("[3/7] Transform 2026-CW2: kepatuhan"), one per
 * tenth of the step or every 10 seconds, whichever comes first, so a log stays short.
 */
final class KemajuanKonsol implements Kemajuan {
  private static final long JEDA_NANOS = Duration.ofSeconds(10).toNanos();

  private final boolean bar;
  private ProgressBar progressBar;
  private String langkah = "";
  private long total;
  private long dicetak;
  private long terakhirNanos;

  KemajuanKonsol() {
    this(Console.interactive());
  }

  KemajuanKonsol(boolean bar) {
    this.bar = bar;
  }

  @Override
  public synchronized void mulai(String langkah, long total) {
    selesai();
    this.langkah = langkah;
    this.total = total;
    this.dicetak = 0;
    this.terakhirNanos = System.nanoTime();
    if (bar && total > 0) {
      progressBar =
          new ProgressBarBuilder()
              .setTaskName(langkah)
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .showSpeed()
              .build();
    } else {
      Console.progress(langkah + (total > 0 ? String.format(Locale.ROOT, " (%d)", total) : ""));
    }
  }

  @Override
  public synchronized void maju(long selesai, String keterangan) {
    if (progressBar != null) {
      progressBar.stepTo(selesai);
      progressBar.setExtraMessage(keterangan);
      return;
    }
    long now = System.nanoTime();
    boolean tenth = total > 0 && (selesai - dicetak) * 10 >= total;
    if (tenth || selesai == total || now - terakhirNanos >= JEDA_NANOS) {
      dicetak = selesai;
      terakhirNanos = now;
      Console.progress(
          total > 0
              ? String.format(Locale.ROOT, "[%d/%d] %s: %s", selesai, total, langkah, keterangan)
              : String.format(Locale.ROOT, "[%d] %s: %s", selesai, langkah, keterangan));
    }
  }

  @Override
  public synchronized void selesai() {
    if (progressBar != null) {
      progressBar.close();
      progressBar = null;
    }
  }
}
