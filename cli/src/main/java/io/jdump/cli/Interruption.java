package io.jdump.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Ctrl-C (SIGINT) or SIGTERM in the middle of a long copy: tcpdump stops reading, closes its
 * output on a packet boundary and exits 0. The JVM would instead exit 130 at once, leaving half
 * a record in the file and the progress line on the terminal. So a shutdown hook asks the loop
 * to stop, waits for the command to finish its output, and ends the process with the
 * command's own status.
 *
 * <pre>{@code
 * try (var interruption = Interruption.watch()) {
 *   int status = runCommand(interruption);
 *   interruption.finish(status);
 * }
 * }</pre>
 */
final class Interruption implements AutoCloseable, BooleanSupplier {
  /** How long a signalled process waits for the command: longer than any buffer takes to flush. */
  private static final long GRACE_SECONDS = 5;

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook = new Thread("jdump-interruption") {
    @Override
    public void run() {
      onSignal();
    }
  };
  private volatile boolean requested;
  /** What else a signal does: stops a live capture that waits for its next frame. */
  private volatile Runnable onRequest = new Runnable() { // not a lambda: see Main
    @Override
    public void run() {
    }
  };
  private volatile int status;

  private Interruption() {}

  /** {@return a watch registered with the runtime} until {@link #finish} or {@link #close}. */
  static Interruption watch() {
    var i = new Interruption();
    Runtime.getRuntime().addShutdownHook(i.hook);
    return i;
  }

  /** {@return an interruption that never comes}, for callers that run no loop of their own. */
  static Interruption none() {
    return new Interruption();
  }

  /** {@return true once the process was asked to end}: the loop stops at the next check. */
  boolean requested() {
    return requested;
  }

  /** {@return {@link #requested}}, for callers that poll a supplier (the range copy). */
  @Override
  public boolean getAsBoolean() {
    return requested;
  }

  /** Asks the loop to stop, as a signal does. */
  void request() {
    requested = true;
    onRequest.run();
  }

  /**
   * Runs {@code stop} when a signal comes (at once if one already came): a live source's
   * {@code stop()}, since its loop may be waiting for a frame that never comes.
   */
  void onRequest(Runnable stop) {
    onRequest = stop;
    if (requested) stop.run();
  }

  /** The command is done and its output closed: a waiting signal may now end the process. */
  void finish(int status) {
    this.status = status;
    finished.countDown();
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // shutting down already (the hook is running), or never registered: nothing to undo
    }
  }

  private void onSignal() {
    request();
    try {
      if (finished.await(GRACE_SECONDS, TimeUnit.SECONDS)) Runtime.getRuntime().halt(status);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
