package io.jdump.bpf;

import io.jdump.bpf.jit.Jit;

/**
 * A program on the interpreter at once and on the JIT as soon as its class is made, on a thread
 * of its own: a cold JVM spends some 30 ms loading ASM and defining the first class, which a
 * large input should not wait for. Both VMs decide every packet alike, so a caller may switch
 * between packets; one that runs batches (ranges of a file) reads {@link #current()} once per
 * batch and calls that filter directly, and {@link #apply} (one more load and call per packet)
 * serves the rest.
 *
 * <pre>{@code
 * WarmingFilter f = WarmingFilter.start(program);
 * PacketFilter now = f.current();        // the interpreter, until the JIT's class is ready
 * int keep = now.apply(frame, 0, caplen, wirelen);
 * }</pre>
 */
public final class WarmingFilter implements PacketFilter {
  private volatile PacketFilter current;
  private final Thread compiler;

  private WarmingFilter(PacketFilter interpreter, BpfProgram program) {
    this.current = interpreter;
    this.compiler = new Thread(new Compile(this, program), "jdump-jit");
    compiler.setDaemon(true); // a compile never keeps a finished run's JVM up
  }

  /**
   * {@return a filter running {@code program}} on the interpreter now, the JIT's class later
   *
   * @param program the program to run
   * @throws InvalidProgramException when the program breaks a rule libpcap's validator checks
   */
  public static WarmingFilter start(BpfProgram program) throws InvalidProgramException {
    var f = new WarmingFilter(Interpreter.of(program), program);
    f.compiler.start();
    return f;
  }

  /** {@return the fastest filter ready now} the JIT's once made, else the interpreter */
  public PacketFilter current() {
    return current;
  }

  /**
   * {@return the JIT's filter} once the compiling thread has finished (the interpreter if it
   * failed)
   *
   * @throws InterruptedException when interrupted while waiting
   */
  public PacketFilter compiled() throws InterruptedException {
    compiler.join();
    return current;
  }

  @Override
  public int apply(byte[] buf, int offset, int caplen, int wirelen) {
    return current.apply(buf, offset, caplen, wirelen);
  }

  /** The compiling thread's work (a class: a lambda would start the method-handle machinery). */
  private static final class Compile implements Runnable {
    private final WarmingFilter target;
    private final BpfProgram program;

    Compile(WarmingFilter target, BpfProgram program) {
      this.target = target;
      this.program = program;
    }

    @Override
    public void run() {
      try {
        target.current = Jit.compile(program);
      } catch (InvalidProgramException | RuntimeException | LinkageError e) {
        // the interpreter, which validated the same program, goes on deciding every packet
      }
    }
  }
}
