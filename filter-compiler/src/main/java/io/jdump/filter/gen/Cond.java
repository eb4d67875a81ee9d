package io.jdump.filter.gen;

import io.jdump.bpf.Insn;
import java.util.List;

/**
 * A condition before it becomes blocks: libpcap's {@code struct block} chains built by
 * {@code gen_and}/{@code gen_or}/{@code gen_not}, kept as a tree so that evaluation order is
 * explicit (the left operand's loads always run first, as in libpcap's programs).
 *
 * <pre>{@code
 * Cond ip = new Cond.Test(List.of(Insn.stmt(Bpf.LD | Bpf.H | Bpf.ABS, 12)),
 *     Bpf.JMP | Bpf.JEQ | Bpf.K, 0x800);
 * Cond notIp = Cond.not(ip);
 * }</pre>
 */
public sealed interface Cond {
  /** A block: statements, then a conditional jump ({@code code} is JMP|op|K or JMP|op|X). */
  record Test(List<Insn> stmts, int code, int k) implements Cond {}

  record And(Cond left, Cond right) implements Cond {}

  record Or(Cond left, Cond right) implements Cond {}

  record Not(Cond cond) implements Cond {}

  /** libpcap's gen_true/gen_false: decided without touching the packet. */
  record Const(boolean value) implements Cond {}

  static Cond and(Cond a, Cond b) {
    return new And(a, b);
  }

  static Cond or(Cond a, Cond b) {
    return new Or(a, b);
  }

  static Cond not(Cond a) {
    return new Not(a);
  }
}
