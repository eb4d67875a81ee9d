package io.jdump.filter.diff;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import java.util.Set;

/**
 * Refuses a program that would crash libpcap's {@code bpf_filter} (and with it the test JVM):
 * an unknown opcode aborts, a jump past the end or a fall off the end reads wild memory, a
 * division by the constant 0 traps. These are {@code bpf_validate}'s rules; jdump's own
 * Validator may not exist yet, so the harness keeps its own.
 */
final class ProgramGuard {
  private ProgramGuard() {}

  /** {@return whether the program has a backward {@code ja}, as libpcap's protochain does} */
  static boolean loops(BpfProgram program) {
    for (Insn in : program.insns()) if (in.code() == (Bpf.JMP | Bpf.JA) && in.k() < 0) return true;
    return false;
  }

  private static final Set<Integer> OPCODES = Set.of(
      0x06, 0x16,                                            // ret k, ret a
      0x00, 0x20, 0x28, 0x30, 0x40, 0x48, 0x50, 0x60, 0x80,  // ld
      0x01, 0x61, 0x81, 0xb1,                                // ldx
      0x02, 0x03,                                            // st, stx
      0x05, 0x15, 0x25, 0x35, 0x45, 0x1d, 0x2d, 0x3d, 0x4d,  // jumps
      0x84, 0x07, 0x87);                                     // neg, tax, txa

  /**
   * {@return why the program is unsafe to run natively, or null if it is safe}
   *
   * @param backwardJumps whether a backward {@code ja} may appear (libpcap's program has one)
   */
  static String problem(BpfProgram program, boolean backwardJumps) {
    return problem(program, backwardJumps, Bpf.MAXINSNS);
  }

  /**
   * {@return why the program is unsafe to run natively, or null if it is safe}
   *
   * @param maxLength the longest program allowed: BPF_MAXINSNS, or libpcap's own length where
   *                  libpcap's program is longer (unoptimized 802.11 programs can be), which
   *                  bpf_filter runs as it runs any other
   */
  static String problem(BpfProgram program, boolean backwardJumps, int maxLength) {
    int n = program.length();
    if (n == 0 || n > Math.max(Bpf.MAXINSNS, maxLength)) return "length " + n;
    for (int pc = 0; pc < n; pc++) {
      Insn in = program.get(pc);
      int code = in.code();
      boolean alu = Bpf.cls(code) == Bpf.ALU && code != 0x84 && Bpf.op(code) <= Bpf.XOR;
      if (!OPCODES.contains(code) && !alu) return "(" + pc + ") unknown opcode 0x" + Integer.toHexString(code);
      if (alu && Bpf.src(code) == Bpf.K && (Bpf.op(code) == Bpf.DIV || Bpf.op(code) == Bpf.MOD) && in.k() == 0) {
        return "(" + pc + ") division by constant 0";
      }
      boolean mem = code == 0x60 || code == 0x61 || code == 0x02 || code == 0x03;
      if (mem && Integer.compareUnsigned(in.k(), Bpf.MEMWORDS) >= 0) return "(" + pc + ") scratch cell " + in.k();
      if (code == 0x05 && in.k() < 0) {
        // bpf_filter sign-extends ja's offset: libpcap's protochain loops backwards. A loop could
        // spin forever in native code, so one is allowed only where libpcap's program has one.
        if (!backwardJumps) return "(" + pc + ") backward jump, where libpcap's program has none";
        if (pc + 1 + in.k() < 0) return "(" + pc + ") jump before the start";
        if (in.k() == -1) return "(" + pc + ") ja to itself: an endless loop";
      } else if (Bpf.cls(code) == Bpf.JMP) {
        long far = code == 0x05 ? Integer.toUnsignedLong(in.k()) : Math.max(in.jt(), in.jf());
        if (pc + 1 + far >= n) return "(" + pc + ") jump past the end";
      }
    }
    if (Bpf.cls(program.get(n - 1).code()) != Bpf.RET) return "last instruction is not a return";
    return null;
  }
}
