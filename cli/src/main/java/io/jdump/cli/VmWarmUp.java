package io.jdump.cli;

import io.jdump.bpf.Engine;

/**
 * Readies the VM a filter will run on, on a thread of its own, while the command compiles the
 * expression and opens its files: a cold JVM spends 10 to 30 ms creating the byte-order views
 * both VMs read packets through (and, for the JIT, loading ASM), which otherwise sits between
 * the compiled program and the first packet. A class rather than a lambda: the first lambda of
 * a run starts the method-handle machinery.
 *
 * <pre>{@code
 * VmWarmUp.start(Engine.JIT);
 * }</pre>
 */
final class VmWarmUp implements Runnable {
  private final Engine engine;

  private VmWarmUp(Engine engine) {
    this.engine = engine;
  }

  /** Starts readying {@code engine} on a daemon thread: it never keeps a finished run's JVM up. */
  static void start(Engine engine) {
    var thread = new Thread(new VmWarmUp(engine), "jdump-vm-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    try {
      engine.prepare();
    } catch (RuntimeException | LinkageError e) {
      // the command's own filter meets the same problem and reports it in its words
    }
  }
}
