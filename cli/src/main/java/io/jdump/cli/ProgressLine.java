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
 * var line = new ProgressLine(System.err, true, System::nanoTime, source::position, source.size());
 * }</pre>
 */
final class ProgressLine implements Progress {
  private static final long REDRAW_NANOS = 250_000_000L;
  private static final String ERASE = "\r\033[K";

  private final PrintStream err;
  private final boolean ansi;
  private final LongSupplier clock;
  private final LongSupplier position;
  private final long size;
  private final long start;
  private long lastDraw;
  /** Characters on the line now: 0 when nothing is drawn. */
  private int shown;

  /**
   * @param ansi     erase with {@code ESC [K}; false for the Windows console, which shows the
   *                 escape as text unless asked to interpret it: there, spaces overwrite
   * @param position bytes of the input read so far
   * @param size     the input's size in bytes, or -1 when unknown
   */
  ProgressLine(PrintStream err, boolean ansi, LongSupplier clock, LongSupplier position, long size) {
    this.err = err;
    this.ansi = ansi;
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
    String text = text(read, kept, position.getAsLong(), now - start);
    err.print(ansi ? ERASE + text : "\r" + text + " ".repeat(Math.max(0, shown - text.length())));
    err.flush();
    shown = text.length();
  }

  @Override
  public void finish() {
    if (shown == 0) return;
    err.print(ansi ? ERASE : "\r" + " ".repeat(shown) + "\r");
    err.flush();
    shown = 0;
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
    if (size > 0 && bytes > 0) {
      long left = (long) ((size - bytes) * (seconds / bytes));
      line.append(", ").append(duration(left)).append(" left");
    }
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
