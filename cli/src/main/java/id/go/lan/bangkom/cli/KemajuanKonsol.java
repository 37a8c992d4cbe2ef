package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.core.Kemajuan;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The console's {@link Kemajuan}: on a terminal an ASCII bar with the elapsed time and an ETA; in
 * CI, pipes and schedulers plain lines on stderr: the step when it starts ("Transform 2026-CW2
 * (17)"), then at most one line every 10 seconds with the estimated time left ("[9/17] Transform
 * 2026-CW2: kelemahan, sisa ~12 detik"), so a short step prints one line and a long one stays
 * readable in a log.
 */
final class KemajuanKonsol implements Kemajuan {
  private static final long JEDA_NANOS = Duration.ofSeconds(10).toNanos();

  private final boolean bar;
  private ProgressBar progressBar;
  private String langkah = "";
  private long total;
  private long mulaiNanos;
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
    this.mulaiNanos = System.nanoTime();
    this.terakhirNanos = mulaiNanos;
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
    if (now - terakhirNanos < JEDA_NANOS || selesai <= 0) {
      return;
    }
    terakhirNanos = now;
    if (total > 0 && selesai < total) {
      long sisaDetik = (now - mulaiNanos) * (total - selesai) / selesai / 1_000_000_000L;
      Console.progress(
          String.format(
              Locale.ROOT,
              "[%d/%d] %s: %s, sisa ~%d detik",
              selesai,
              total,
              langkah,
              keterangan,
              sisaDetik));
    } else {
      Console.progress(String.format(Locale.ROOT, "[%d] %s: %s", selesai, langkah, keterangan));
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
