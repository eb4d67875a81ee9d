package io.jdump.capture.live;

import io.jdump.capture.Packet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Reads a LiveSource on a thread of its own, keeping copies of the frames, until a frame
 * matches {@code last} or the source is stopped. A test that waits too long stops the source
 * (a deadline so that a lost frame fails the test instead of hanging it; never a measure).
 */
final class Capturing {
  private final LiveSource source;
  private final Predicate<Frame> last;
  private final List<Frame> frames = new ArrayList<>();
  private final Thread thread;
  private volatile IOException failure;
  private volatile boolean sawLast;

  private Capturing(LiveSource source, Predicate<Frame> last) {
    this.source = source;
    this.last = last;
    this.thread = new Thread(this::loop, "live-capture");
    thread.setDaemon(true);
  }

  static Capturing start(LiveSource source, Predicate<Frame> last) {
    var c = new Capturing(source, last);
    c.thread.start();
    return c;
  }

  private void loop() {
    var p = new Packet();
    try {
      while (source.next(p)) {
        Frame f = Frame.copyOf(p);
        synchronized (frames) {
          frames.add(f);
        }
        if (last.test(f)) {
          sawLast = true;
          return;
        }
      }
    } catch (IOException e) {
      failure = e;
    }
  }

  /** {@return the frames, once the last one came (or, failing that, after 20 s)} */
  List<Frame> await() throws IOException, InterruptedException {
    thread.join(TimeUnit.SECONDS.toMillis(20));
    if (thread.isAlive()) {
      source.stop();
      thread.join();
    }
    if (failure != null) throw failure;
    synchronized (frames) {
      return List.copyOf(frames);
    }
  }

  boolean sawLast() {
    return sawLast;
  }

  Thread thread() {
    return thread;
  }
}
