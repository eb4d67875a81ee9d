package io.jdump.filter.opt;

import io.jdump.bpf.Insn;
import java.util.List;

/**
 * Jump threading: an edge into a block whose outcome is decided by what is known on that edge
 * (its statements cannot end the filter and change nothing a later block reads, its test is
 * settled by an earlier one) goes straight to the block's decided successor.
 */
final class Threading {
  /** Bounds the walk along one edge, so that the pass stays linear. */
  private static final int MAX_HOPS = 64;

  private Threading() {}

  static boolean run(List<Block> order, Forward f) {
    boolean changed = false;
    Step step = f.step();
    for (Block b : order) {
      if (b.isRet() || b.isGoto()) continue;
      Block t = follow(step, f.edgeT.get(b), b.jt);
      Block e = follow(step, f.edgeF.get(b), b.jf);
      if (t != b.jt || e != b.jf) {
        changed = true;
        b.jt = t;
        b.jf = e;
        if (t == e) b.makeGoto(t);
      }
    }
    return changed;
  }

  private static Block follow(Step step, State edge, Block s) {
    for (int hop = 0; hop < MAX_HOPS && !s.isRet(); hop++) {
      Block next = skip(step, edge, s);
      if (next == null) break;
      s = next;
    }
    return s;
  }

  /** {@return where {@code s} leads from {@code edge} if it can be passed by, else null} */
  private static Block skip(Step step, State edge, Block s) {
    State sim = edge;
    int defs = 0;
    if (!s.stmts.isEmpty()) {
      sim = edge.copy();
      for (Insn i : s.stmts) {
        int vn = step.value(sim, i);
        if (step.mayAbort(sim, i, vn)) return null;
        step.apply(sim, i, vn);
        defs |= Regs.defs(i);
      }
    }
    Block to;
    if (s.isGoto()) {
      to = s.jt;
    } else {
      int d = Branches.decide(step.values(), sim, s.code, s.k);
      if (d < 0) return null;
      to = d == 1 ? s.jt : s.jf;
    }
    int check = defs & to.liveIn;
    for (int r = 0; check != 0; r++, check >>>= 1) {
      if ((check & 1) == 0) continue;
      int before = reg(edge, r);
      if (before == Values.UNKNOWN || before != reg(sim, r)) return null;
    }
    return to;
  }

  private static int reg(State s, int bit) {
    return bit == 0 ? s.a : bit == 1 ? s.x : s.m[bit - 2];
  }
}
