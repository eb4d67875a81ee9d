package io.jdump.filter.opt;

import io.jdump.bpf.Insn;
import java.util.List;

/**
 * Jump threading: an edge into a block whose outcome is decided by what is known on that edge
 * (its statements cannot divide by zero and change nothing a later block reads, its test is
 * settled by an earlier one) goes straight to the block's decided successor; loads passed over
 * are dropped on that path, as libpcap's optimizer drops them.
 */
final class Threading {
  /** Bounds the walk along one edge, so that the pass stays linear. */
  static final int MAX_HOPS = 1024;

  private Threading() {}

  static boolean run(List<Block> order, Forward f, int maxHops) {
    boolean changed = false;
    Step step = f.step();
    // Successors first: a walk passing a block already threaded takes its new, shorter edges,
    // so that an edge decided across a whole or-chain costs a few hops, not one per test.
    for (int j = order.size() - 1; j >= 0; j--) {
      Block b = order.get(j);
      if (b.isRet() || b.isGoto()) continue;
      // What the edge state says of a register still holds once other edges of this pass are
      // threaded if the register is live into b (threading keeps those) or b computes it.
      int trusted = b.liveIn;
      for (Insn i : b.stmts) trusted |= Regs.defs(i);
      Block t = follow(step, f.edge(b, true), b.jt, maxHops, trusted);
      Block e = follow(step, f.edge(b, false), b.jf, maxHops, trusted);
      if (t != b.jt || e != b.jf) {
        changed = true;
        b.jt = t;
        b.jf = e;
        if (t == e) b.makeGoto(t);
      }
    }
    return changed;
  }

  /**
   * Walks from {@code s} while each block is decided under the edge's state, and returns the
   * furthest block where landing keeps every register the landing block reads as it would
   * have been.
   */
  private static Block follow(Step step, State edge, Block s, int maxHops, int trusted) {
    Block best = s;
    State sim = null;
    int defs = 0;
    Block cur = s;
    for (int hop = 0; hop < maxHops && !cur.isRet(); hop++) {
      if (!cur.stmts.isEmpty()) {
        if (sim == null) sim = edge.copy();
        for (Insn i : cur.stmts) {
          int vn = step.value(sim, i);
          if (step.mayDivideByZero(sim, i)) return best;
          step.apply(sim, i, vn);
          defs |= Regs.defs(i);
        }
      }
      Block to;
      if (cur.isGoto()) {
        to = cur.jt;
      } else {
        int d = Branches.decide(step.values(), sim == null ? edge : sim, cur.code, cur.k);
        if (d < 0) return best;
        to = d == 1 ? cur.jt : cur.jf;
      }
      if (lands(edge, sim, defs & to.liveIn, s.liveIn | trusted)) best = to;
      cur = to;
    }
    return best;
  }

  /**
   * Landing is right when each register the landing block reads and a passed block wrote
   * already held that value on the edge, and is trusted there: other edges threaded in the
   * same pass keep only live registers as they were.
   */
  private static boolean lands(State edge, State sim, int check, int liveOnEdge) {
    if ((check & ~liveOnEdge) != 0) return false;
    for (int r = 0; check != 0; r++, check >>>= 1) {
      if ((check & 1) == 0) continue;
      int before = reg(edge, r);
      if (before == Values.UNKNOWN || before != reg(sim, r)) return false;
    }
    return true;
  }

  private static int reg(State s, int bit) {
    return bit == 0 ? s.a : bit == 1 ? s.x : s.m[bit - 2];
  }
}
