package io.jdump.sparkcli;

/**
 * The wall-clock time of a run's phases, for {@code --times}: what Spark's start costs beside
 * what the packets cost, which bench/spark reports apart.
 *
 * <pre>{@code
 * var clock = new Phases();
 * start();  clock.lap("spark start");
 * System.err.println(clock);   // times: spark start 2.91 s, total 2.91 s, before: 0.80 s ...
 * }</pre>
 */
final class Phases {
  private final long start = System.nanoTime();
  private final StringBuilder laps = new StringBuilder("times:");
  private long last = start;

  /** Ends the phase called {@code name}, which began where the one before ended. */
  void lap(String name) {
    long now = System.nanoTime();
    laps.append(' ').append(name).append(' ').append(seconds(now - last)).append(" s,");
    last = now;
  }

  @Override
  public String toString() {
    // the JVM's own start and the command line's parsing come before this clock's
    String before = ProcessHandle.current().info().startInstant()
        .map(t -> ", before: " + seconds(java.time.Duration.between(t, java.time.Instant.now())
            .toNanos() - (System.nanoTime() - start)) + " s since the process started")
        .orElse("");
    return laps + " total " + seconds(last - start) + " s" + before;
  }

  private static String seconds(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e9);
  }
}
