package io.jdump.bpf;

import io.jdump.bpf.jit.Jit;
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
