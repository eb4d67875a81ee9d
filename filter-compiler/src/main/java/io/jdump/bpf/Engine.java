package io.jdump.bpf;

import io.jdump.bpf.jit.Jit;
import java.util.List;
import java.util.Locale;

/**
 * The two VMs that run a {@link BpfProgram}: jdump's JIT (the default) and its interpreter.
 * Both return what libpcap's {@code bpf_filter} returns, for every program and packet.
 *
 * <pre>{@code
 * PacketFilter f = Engine.forName("jit").filter(program);   // --bpf-vm=jit
 * int keep = f.apply(frame, 0, caplen, wirelen);
 * }</pre>
 */
public enum Engine {
  /** Compiles the program to a JVM class ({@link Jit}). */
  JIT,
  /** Runs the program instruction by instruction ({@link Interpreter}). */
  INTERP;

  /** A program that loads a half word and a word: what {@link #prepare} runs once. */
  private static final BpfProgram PROBE = new BpfProgram(List.of(
      Insn.stmt(Bpf.LD | Bpf.H | Bpf.ABS, 0),
      Insn.stmt(Bpf.LD | Bpf.W | Bpf.ABS, 0),
      Insn.stmt(Bpf.RET | Bpf.A, 0)));

  /**
   * {@return a filter running the program on this engine}, after validating the program.
   *
   * @param program the program to run
   * @throws InvalidProgramException when the program breaks a rule libpcap's validator checks
   */
  public PacketFilter filter(BpfProgram program) throws InvalidProgramException {
    return switch (this) {
      case JIT -> Jit.compile(program);
      case INTERP -> Interpreter.of(program);
    };
  }

  /**
   * Readies this engine for the first program of a new JVM: loads and initializes what its
   * filters run on (the big-endian views of packet bytes, whose first creation starts the
   * JDK's method-handle machinery; for the JIT also ASM and a first class), 10 to 30 ms of a
   * cold JVM. A caller that knows a filter is coming calls this on another thread while it
   * does other work (compiling the expression, opening files); calling it again costs a
   * compile of a three-instruction program.
   *
   * <pre>{@code
   * Thread ready = new Thread(Engine.JIT::prepare);
   * ready.start();                                      // while the expression compiles
   * PacketFilter f = Engine.JIT.filter(FilterCompiler.compile("tcp", 1, 262144, true));
   * }</pre>
   */
  public void prepare() {
    try {
      filter(PROBE).apply(new byte[4], 0, 4, 4);
    } catch (InvalidProgramException e) {
      throw new IllegalStateException("the probe program is valid", e);
    }
  }

  /**
   * {@return the engine called {@code jit} or {@code interp}}, in any case.
   *
   * @param name {@code jit} or {@code interp}
   */
  public static Engine forName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "jit" -> JIT;
      case "interp" -> INTERP;
      default -> throw new IllegalArgumentException("unknown BPF VM '" + name + "': use jit or interp");
    };
  }
}
