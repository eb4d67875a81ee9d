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
    indexFromHeaderLength(b, stmts);
    dropCoveredLoads(b, stmts);
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

  /** Registers read after the block. */
  private static int liveOut(Block b) {
    if (b.isRet()) return Bpf.rval(b.code) == Bpf.A ? Regs.A : Bpf.rval(b.code) == Bpf.X ? Regs.X : 0;
    if (b.isGoto()) return b.jt.liveIn;
    return b.jt.liveIn | b.jf.liveIn | Regs.A | (Bpf.src(b.code) == Bpf.X ? Regs.X : 0);
  }

  /**
   * {@code ld #c; ldxb 4*([m]&0xf); add x; tax; ld [x + k]} (a transport field through the
   * IPv4 header length) is {@code ldxb 4*([m]&0xf); ld [x + k + c]} when X is not read after.
   */
  private static void indexFromHeaderLength(Block b, List<Insn> s) {
    for (int j = 0; j + 4 < s.size(); j++) {
      Insn a = s.get(j);
      Insn m = s.get(j + 1);
      if (Bpf.cls(a.code()) == Bpf.LDX) {
        Insn t = a;
        a = m;
        m = t;
      }
      if (a.code() != (Bpf.LD | Bpf.IMM) || m.code() != (Bpf.LDX | Bpf.B | Bpf.MSH)) continue;
      if (s.get(j + 2).code() != (Bpf.ALU | Bpf.ADD | Bpf.X)) continue;
      if (s.get(j + 3).code() != (Bpf.MISC | Bpf.TAX)) continue;
      Insn ld = s.get(j + 4);
      if (Bpf.cls(ld.code()) != Bpf.LD || Bpf.mode(ld.code()) != Bpf.IND) continue;
      long k = (ld.k() & 0xffffffffL) + (a.k() & 0xffffffffL);
      if (k > 0xffffffffL || xReadAfter(b, s, j + 5)) continue;
      s.set(j, m);
      s.set(j + 1, Insn.stmt(ld.code(), (int) k));
      s.subList(j + 2, j + 5).clear();
    }
  }

  private static boolean xReadAfter(Block b, List<Insn> s, int from) {
    for (int j = from; j < s.size(); j++) {
      if ((Regs.uses(s.get(j)) & Regs.X) != 0) return true;
      if ((Regs.defs(s.get(j)) & Regs.X) != 0) return false;
    }
    return (liveOut(b) & Regs.X) != 0;
  }

  /**
   * A load whose value nobody reads only decides whether the frame is long enough; a later load
   * of the block reaching at least as far decides the same, so the first goes.
   */
  private static void dropCoveredLoads(Block b, List<Insn> s) {
    int live = liveOut(b);
    long further = -1;
    for (int j = s.size() - 1; j >= 0; j--) {
      Insn i = s.get(j);
      int c = i.code();
      long end = -1;
      if (Bpf.cls(c) == Bpf.LD && (Bpf.mode(c) == Bpf.ABS || Bpf.mode(c) == Bpf.IND)) {
        end = (i.k() & 0xffffffffL) + (Bpf.size(c) == Bpf.W ? 4 : Bpf.size(c) == Bpf.H ? 2 : 1);
      } else if (c == (Bpf.LDX | Bpf.B | Bpf.MSH)) {
        end = (i.k() & 0xffffffffL) + 1;
      }
      int defs = Regs.defs(i);
      boolean direct = Bpf.mode(c) != Bpf.IND;
      if (end >= 0 && direct && (defs & live) == 0 && end <= further) {
        s.remove(j);
        continue;
      }
      live = (live & ~defs) | Regs.uses(i);
      further = Math.max(further, end);
    }
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
    if (c == (Bpf.ALU | Bpf.SUB | Bpf.X) && b.code == (Bpf.JMP | Bpf.JEQ | Bpf.K) && b.k == 0) {
      b.code = Bpf.JMP | Bpf.JEQ | Bpf.X;
      return true;
    }
    if (Bpf.cls(c) != Bpf.ALU || Bpf.src(c) != Bpf.K) return false;
    if (Bpf.src(b.code) != Bpf.K) return false;
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
