package io.jdump.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One status line on standard error, redrawn in place at most four times a second while a
 * file is written, and erased at the end so that nothing of it stays in the terminal:
 * {@code 1,234,567 read, 12,345 kept, 512.0 MB/1.0 GB (50%), 2.4M pkt/s, 0:02 left}.
 *
 * <pre>{@code
 * var line = new ProgressLine(System.err, System::nanoTime, source::position, source.size());
 * }</pre>
 */
final class ProgressLine implements Progress {
  private static final long REDRAW_NANOS = 250_000_000L;
  private static final String ERASE = "\r\033[K";

  private final PrintStream err;
  private final LongSupplier clock;
  private final LongSupplier position;
  private final long size;
  private final long start;
  private long lastDraw;
  private boolean drawn;

  /**
   * @param position bytes of the input read so far
   * @param size     the input's size in bytes, or -1 when unknown
   */
  ProgressLine(PrintStream err, LongSupplier clock, LongSupplier position, long size) {
    this.err = err;
    this.clock = clock;
    this.position = position;
    this.size = size;
    this.start = clock.getAsLong();
    this.lastDraw = start;
  }

  @Override
  public void update(long read, long kept) {
    long now = clock.getAsLong();
    if (now - lastDraw < REDRAW_NANOS) return;
    lastDraw = now;
    err.print(ERASE + text(read, kept, position.getAsLong(), now - start));
    err.flush();
    drawn = true;
  }

  @Override
  public void finish() {
    if (!drawn) return;
    err.print(ERASE);
    err.flush();
    drawn = false;
  }

  /** {@return the status line's text} for these counts after {@code elapsedNanos}. */
  String text(long read, long kept, long bytes, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos, 1) / 1e9;
    var line = new StringBuilder(80);
    line.append(String.format(Locale.ROOT, "%,d read, %,d kept, %s", read, kept, bytes(bytes)));
    if (size > 0) {
      line.append('/').append(bytes(size))
          .append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, bytes * 100 / size)));
    }
    line.append(", ").append(rate(read / seconds)).append(" pkt/s");
    if (size > 0 && bytes > 0) line.append(", ").append(duration((long) ((size - bytes) * (seconds / bytes)))).append(" left");
    return line.toString();
  }

  private static String duration(long seconds) {
    if (seconds >= 3600) {
      return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  private static String bytes(long n) {
    if (n < 1024) return n + " B";
    String[] units = {"KB", "MB", "GB", "TB"};
    double v = n;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  private static String rate(double perSecond) {
    if (perSecond >= 1e6) return String.format(Locale.ROOT, "%.1fM", perSecond / 1e6);
    if (perSecond >= 1e3) return String.format(Locale.ROOT, "%.1fk", perSecond / 1e3);
    return String.format(Locale.ROOT, "%.0f", perSecond);
  }
}
