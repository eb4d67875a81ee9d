package io.jdump.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * tcpdump's SIGUSR1 (SIGINFO on BSD): the statistics so far, one line on stderr, and the capture
 * goes on. sun.misc.Signal (module jdk.unsupported) is the JDK's supported way to catch a
 * signal other than the ones that end the process; where the platform has no SIGUSR1
 * (Windows), nothing is installed. The previous handler comes back on {@link #close}, so that
 * in-process runs leave the JVM as they found it.
 *
 * <pre>{@code
 * try (var usr1 = StatsSignal.install(() -> err.println(source.stats().tcpdumpSummary(kept)))) {
 *   loop.run();
 * }
 * }</pre>
 */
final class StatsSignal implements AutoCloseable {
  private static final String NAME = "USR1";

  private final SignalHandler previous;

  private StatsSignal(SignalHandler previous) {
    this.previous = previous;
  }

  /** {@return the installed handler}, which runs {@code report} on each SIGUSR1. */
  static StatsSignal install(Runnable report) {
    try {
      return new StatsSignal(Signal.handle(new Signal(NAME), signal -> report.run()));
    } catch (IllegalArgumentException noSuchSignal) {
      return new StatsSignal(null); // no SIGUSR1 here, or the JVM keeps it (-Xrs)
    }
  }

  @Override
  public void close() {
    if (previous == null) return;
    try {
      Signal.handle(new Signal(NAME), previous);
    } catch (IllegalArgumentException e) {
      // cannot happen once installed; nothing to restore otherwise
    }
  }
}
