package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.Insn;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over the blocks in order, with the {@link State} known on entry to each (what all
 * its predecessors agree on). In rewrite mode it simplifies each block: statements whose
 * register already holds their value go, constants are folded, {@code ld M[n]} becomes
 * {@code tax}/{@code txa} or a constant when the value is already in a register, jumps an
 * earlier test decides become moves, and statements whose result nobody reads go (loads too,
 * as in libpcap; a division that may be by zero stays). Otherwise it records the state on each
 * edge for {@link Threading}.
 */
final class Forward {
  private final Step step;
  private final Values values;
  private final boolean rewrite;
  /**
   * The state on entry to each block (record mode). The states on its two out-edges are not
   * kept but recomputed by {@link #edge}: on long or-chains three states per block (each with
   * its own facts) were most of the optimizer's memory.
   */
  Map<Block, State> entry = new IdentityHashMap<>();

  Forward(Values values, boolean rewrite) {
    this.values = values;
    this.step = new Step(values);
    this.rewrite = rewrite;
  }

  Step step() {
    return step;
  }

  void run(List<Block> order) {
    Map<Block, State> in = new IdentityHashMap<>();
    // Sized up front: growing it block by block was a visible part of a cold compile.
    if (!rewrite && entry.isEmpty()) entry = new IdentityHashMap<>(order.size());
    for (Block b : order) {
      State s = in.remove(b);
      if (s == null) s = new State();
      if (rewrite) rewrite(b, s); // rewrite works on a copy of its own
      else entry.put(b, s.copy());
      step.run(s, b.stmts);
      if (b.isRet()) continue;
      if (b.isGoto()) {
        enter(in, b.jt, s);
        continue;
      }
      State t = s.copy();
      Branches.learn(values, t, b.code, b.k, true);
      Branches.learn(values, s, b.code, b.k, false);
      enter(in, b.jt, t);
      enter(in, b.jf, s);
    }
  }

  /**
   * {@return the state on the edge of {@code b} taken when its test comes out {@code taken}}
   * Recomputed from the entry state; call it before the block's terminator is rewritten.
   */
  State edge(Block b, boolean taken) {
    State s = entry.get(b).copy();
    step.run(s, b.stmts);
    Branches.learn(values, s, b.code, b.k, taken);
    return s;
  }

  private static void enter(Map<Block, State> in, Block target, State s) {
    State old = in.get(target);
    if (old == null) in.put(target, s);
    else old.meet(s);
  }

  private void rewrite(Block b, State entry) {
    if (b.isRejectRet()) {
      // A load past the frame also returns 0: nothing before this return matters.
      b.stmts.clear();
      return;
    }
    State s = entry.copy();
    List<Insn> kept = new ArrayList<>();
    List<Boolean> aborts = new ArrayList<>();
    for (Insn i : b.stmts) {
      Insn r = simplify(s, i);
      if (r == null) continue;
      int vn = step.value(s, r);
      aborts.add(step.mayDivideByZero(s, r));
      step.apply(s, r, vn);
      kept.add(r);
    }
    if (!b.isRet() && !b.isGoto()) {
      if (Bpf.src(b.code) == Bpf.X && values.isConstant(s.x)) {
        b.code = Bpf.op(b.code) | Bpf.JMP | Bpf.K;
        b.k = (int) values.constantOf(s.x);
      }
      int d = b.jt == b.jf ? 1 : Branches.decide(values, s, b.code, b.k);
      if (d >= 0) b.makeGoto(d == 1 ? b.jt : b.jf);
    }
    if (b.isGoto() && b.jt.isRet() && b.jt.stmts.isEmpty()) b.makeRet(b.jt.code, b.jt.k);
    if (b.isRejectRet()) {
      b.stmts.clear();
      return;
    }
    int live;
    if (b.isRet()) {
      live = Bpf.rval(b.code) == Bpf.A ? Regs.A : Bpf.rval(b.code) == Bpf.X ? Regs.X : 0;
    } else if (b.isGoto()) {
      live = b.jt.liveIn;
    } else {
      live = b.jt.liveIn | b.jf.liveIn | Regs.A | (Bpf.src(b.code) == Bpf.X ? Regs.X : 0);
    }
    boolean[] drop = new boolean[kept.size()];
    for (int j = kept.size() - 1; j >= 0; j--) {
      Insn i = kept.get(j);
      int defs = Regs.defs(i);
      if ((defs & live) == 0 && !aborts.get(j)) {
        drop[j] = true;
        continue;
      }
      live = (live & ~defs) | Regs.uses(i);
    }
    List<Insn> out = new ArrayList<>(kept.size());
    for (int j = 0; j < kept.size(); j++) if (!drop[j]) out.add(kept.get(j));
    b.stmts = Peephole.run(b, out);
  }

  /** {@return the statement to keep for {@code i} in state {@code s}, or null to drop it} */
  private Insn simplify(State s, Insn i) {
    i = direct(s, i);
    int vn = step.value(s, i);
    boolean abort = step.mayAbort(s, i, vn);
    if (abort || vn == Values.UNKNOWN) return i;
    int c = i.code();
    int cls = Bpf.cls(c);
    int dest = Regs.defs(i);
    int held = dest == Regs.A ? s.a : dest == Regs.X ? s.x : s.m[i.k() & 15];
    if (held == vn) return null;
    boolean packet = (cls == Bpf.LD || cls == Bpf.LDX)
        && (Bpf.mode(c) == Bpf.ABS || Bpf.mode(c) == Bpf.IND || Bpf.mode(c) == Bpf.MSH);
    if (dest == Regs.A || dest == Regs.X) {
      if (values.isConstant(vn) && !packet) {
        return Insn.stmt(dest == Regs.A ? Bpf.LD | Bpf.IMM : Bpf.LDX | Bpf.IMM,
            (int) values.constantOf(vn));
      }
      if (dest == Regs.A && s.x == vn) return Insn.stmt(Bpf.MISC | Bpf.TXA, 0);
      if (dest == Regs.X && s.a == vn) return Insn.stmt(Bpf.MISC | Bpf.TAX, 0);
    }
    return i;
  }

  /** {@return {@code i} with a constant X turned into its operand} */
  private Insn direct(State s, Insn i) {
    int c = i.code();
    int cls = Bpf.cls(c);
    if (cls == Bpf.LD && Bpf.mode(c) == Bpf.IND && values.isConstant(s.x)) {
      long at = values.constantOf(s.x) + (i.k() & 0xffffffffL);
      // Same bounds check: x + k + size <= caplen either way, as long as x + k fits.
      if (at <= 0xffffffffL) return Insn.stmt(Bpf.LD | Bpf.size(c) | Bpf.ABS, (int) at);
    }
    if (cls == Bpf.ALU && Bpf.src(c) == Bpf.X && values.isConstant(s.x)) {
      return Insn.stmt(Bpf.ALU | Bpf.op(c) | Bpf.K, (int) values.constantOf(s.x));
    }
    return i;
  }
}
