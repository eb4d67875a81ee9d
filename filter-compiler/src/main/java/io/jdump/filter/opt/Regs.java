package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.Insn;

/** Which registers an instruction reads and writes, as bit sets (A, X, then M[0..15]). */
final class Regs {
  static final int A = 1;
  static final int X = 2;

  private Regs() {}

  static int mem(int k) {
    return 4 << (k & 15);
  }

  static int uses(Insn i) {
    int c = i.code();
    return switch (Bpf.cls(c)) {
      case Bpf.LD -> Bpf.mode(c) == Bpf.IND ? X : Bpf.mode(c) == Bpf.MEM ? mem(i.k()) : 0;
      case Bpf.LDX -> Bpf.mode(c) == Bpf.MEM ? mem(i.k()) : 0;
      case Bpf.ST -> A;
      case Bpf.STX -> X;
      case Bpf.ALU -> Bpf.op(c) == Bpf.NEG ? A : A | (Bpf.src(c) == Bpf.X ? X : 0);
      case Bpf.JMP -> Bpf.op(c) == Bpf.JA ? 0 : A | (Bpf.src(c) == Bpf.X ? X : 0);
      case Bpf.RET -> Bpf.rval(c) == Bpf.A ? A : Bpf.rval(c) == Bpf.X ? X : 0;
      default -> Bpf.miscop(c) == Bpf.TAX ? A : X;
    };
  }

  static int defs(Insn i) {
    int c = i.code();
    return switch (Bpf.cls(c)) {
      case Bpf.LD, Bpf.ALU -> A;
      case Bpf.LDX -> X;
      case Bpf.ST, Bpf.STX -> mem(i.k());
      case Bpf.MISC -> Bpf.miscop(c) == Bpf.TAX ? X : A;
      default -> 0;
    };
  }
}
