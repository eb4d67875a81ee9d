package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.Insn;
import java.util.List;

/**
 * Rewrites at the end of a block: two constant additions (or masks, or shifts) in a row become
 * one, and an operation whose result only feeds the block's test moves into the test's
 * constant ({@code sub #3; jeq #0x42} is {@code jeq #0x45}, {@code and #m; jeq #0} is
 * {@code jset #m} with its targets swapped).
 */
final class Peephole {
  private Peephole() {}

  static List<Insn> run(Block b, List<Insn> stmts) {
    for (int j = stmts.size() - 1; j > 0; j--) {
      Insn cur = stmts.get(j);
      Insn prev = stmts.get(j - 1);
      Insn both = combine(prev, cur);
      if (both != null) {
        stmts.set(j - 1, both);
        stmts.remove(j);
      }
    }
    if (b.isRet() || b.isGoto() || Bpf.src(b.code) != Bpf.K) return stmts;
    if (((b.jt.liveIn | b.jf.liveIn) & Regs.A) != 0) return stmts;
    while (!stmts.isEmpty()) {
      Insn last = stmts.get(stmts.size() - 1);
      if (!intoTest(b, last)) break;
      stmts.remove(stmts.size() - 1);
    }
    return stmts;
  }

  private static Insn combine(Insn p, Insn c) {
    int pc = p.code();
    int cc = c.code();
    if (Bpf.cls(pc) != Bpf.ALU || Bpf.cls(cc) != Bpf.ALU) return null;
    if (Bpf.src(pc) != Bpf.K || Bpf.src(cc) != Bpf.K) return null;
    int po = Bpf.op(pc);
    int co = Bpf.op(cc);
    boolean pa = po == Bpf.ADD || po == Bpf.SUB;
    boolean ca = co == Bpf.ADD || co == Bpf.SUB;
    if (pa && ca) {
      int sum = (po == Bpf.ADD ? p.k() : -p.k()) + (co == Bpf.ADD ? c.k() : -c.k());
      return Insn.stmt(Bpf.ALU | Bpf.ADD | Bpf.K, sum);
    }
    if (po != co) return null;
    return switch (po) {
      case Bpf.AND -> Insn.stmt(pc, p.k() & c.k());
      case Bpf.OR -> Insn.stmt(pc, p.k() | c.k());
      case Bpf.XOR -> Insn.stmt(pc, p.k() ^ c.k());
      case Bpf.LSH, Bpf.RSH -> Integer.compareUnsigned(p.k(), 32) < 0
          && Integer.compareUnsigned(c.k(), 32) < 0 && p.k() + c.k() < 32
          ? Insn.stmt(pc, p.k() + c.k()) : null;
      default -> null;
    };
  }

  /** Folds {@code last} into the block's test when the test's outcome stays the same. */
  private static boolean intoTest(Block b, Insn last) {
    int c = last.code();
    if (Bpf.cls(c) != Bpf.ALU || Bpf.src(c) != Bpf.K) return false;
    int op = Bpf.op(b.code);
    int k = last.k();
    switch (Bpf.op(c)) {
      case Bpf.ADD, Bpf.SUB, Bpf.XOR -> {
        if (op != Bpf.JEQ) return false;
        b.k = switch (Bpf.op(c)) {
          case Bpf.ADD -> b.k - k;
          case Bpf.SUB -> b.k + k;
          default -> b.k ^ k;
        };
        return true;
      }
      case Bpf.AND -> {
        if (op == Bpf.JSET) {
          b.k &= k;
          return true;
        }
        if (op == Bpf.JEQ && b.k == 0) {
          b.code = Bpf.JMP | Bpf.JSET | Bpf.K;
          b.k = k;
          Block t = b.jt;
          b.jt = b.jf;
          b.jf = t;
          return true;
        }
        return false;
      }
      default -> {
        return false;
      }
    }
  }
}
