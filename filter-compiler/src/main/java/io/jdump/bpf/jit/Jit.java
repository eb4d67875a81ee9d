package io.jdump.bpf.jit;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.PacketFilter;
import io.jdump.bpf.Validator;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.objectweb.asm.MethodTooLargeException;

/**
 * The BPF JIT: a validated program becomes a JVM class of its own whose {@code apply} is the
 * program, with A, X and the scratch cells as locals, jumps as branches, caplen tested once for
 * every run of loads that all paths share, and {@code jeq} chains as switches. The class is
 * hidden and not tied to its loader, so it is unloaded once the filter is no longer referenced:
 * compiling any number of programs keeps memory bounded.
 *
 * <p>Results are libpcap's {@code bpf_filter}'s, bit for bit, as the {@link Interpreter}'s
 * are. A program with a backward {@code ja} (libpcap's {@code protochain} loop) runs on the
 * interpreter instead, whose loop limit it needs.
 *
 * <pre>{@code
 * PacketFilter f = Jit.compile(program);
 * boolean keep = f.apply(frame, 0, frame.length, frame.length) != 0;
 * }</pre>
 */
public final class Jit {
  /** HotSpot's -XX:HugeMethodLimit: longer methods are never compiled to machine code. */
  static final int HUGE_METHOD = 8000;
  private static final MethodType NO_ARGS = MethodType.methodType(void.class);

  private Jit() {}

  /**
   * {@return a compiled filter for the program}, after validating it as libpcap would.
   *
   * @param program the program
   * @throws InvalidProgramException when the program breaks a rule libpcap's validator checks
   */
  public static PacketFilter compile(BpfProgram program) throws InvalidProgramException {
    Validator.validate(program);
    Flow flow = new Flow(program);
    if (flow.backward) return Interpreter.of(program);
    ClassGen.Generated generated = classFile(flow);
    if (generated == null) return Interpreter.of(program);
    return define(generated.bytes());
  }

  /** {@return the class file of a validated, forward-only program}, or null if none fits. */
  static ClassGen.Generated classFile(Flow flow) {
    Bounds bounds = new Bounds(flow);
    Ranges ranges = new Ranges(flow);
    Chains chains = new Chains(flow);
    // The estimates behind Chunks run high; should one ever run low, smaller parts fit.
    ClassGen.Generated best = null;
    for (int budget = Chunks.BUDGET; budget >= Chunks.BUDGET / 8; budget /= 2) {
      try {
        best = ClassGen.generate(flow, bounds, ranges, chains, new Chunks(flow, chains, budget));
        if (best.largestMethod() < HUGE_METHOD) return best;
      } catch (MethodTooLargeException e) {
        // try smaller parts
      }
    }
    return best;
  }

  private static PacketFilter define(byte[] bytes) {
    try {
      // Not ClassOption.STRONG: the class can be unloaded as soon as the filter is unreachable.
      MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(bytes, true);
      return (PacketFilter) hidden.findConstructor(hidden.lookupClass(), NO_ARGS).invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("jdump's JIT produced a class the JVM refuses: " + e, e);
    }
  }
}
