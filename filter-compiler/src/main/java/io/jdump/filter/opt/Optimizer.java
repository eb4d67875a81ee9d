package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.filter.gen.Cond;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The optimizer: takes the assembled program, rebuilds its control-flow graph and repeats,
 * until the program stops changing, value numbering with constant folding and redundant
 * load/store removal ({@link Forward}), jump threading ({@link Threading}) and the sharing
 * of identical blocks; unreachable blocks are never laid out.
 *
 * <p>Same meaning, including on frames cut short: a load past the captured bytes ends
 * libpcap's unoptimized program with 0, so a load is dropped only where an earlier load on
 * every path already proves it in bounds (libpcap's own optimizer also drops loads whose
 * value is unused, which changes its verdict on such frames; jdump does not). Programs with a
 * backward jump (protochain's loop) are returned unchanged.
 *
 * <pre>{@code
 * BpfProgram shorter = Optimizer.optimize(Assembler.assemble(cond, 262144));
 * }</pre>
 */
public final class Optimizer {
  private static final int MAX_ROUNDS = 30;

  private Optimizer() {}

  /** {@return a program with the same verdict as {@code p} on every packet, usually shorter} */
  public static BpfProgram optimize(BpfProgram p) {
    BpfProgram full = optimize(p, Threading.MAX_HOPS, false);
    // Ranges, bits and threading through several blocks prove more expressions empty than
    // libpcap's optimizer does; tcpdump users must not meet a refusal libpcap would not make,
    // so an empty result is confirmed deciding only what libpcap decides.
    return rejectsAll(full) ? optimize(p, 1, true) : full;
  }

  private static BpfProgram optimize(BpfProgram p, int maxHops, boolean narrow) {
    Block root = Cfg.build(p);
    if (root == null) return p;
    BpfProgram last = p;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Values values = new Values(narrow);
      List<Block> order = Cfg.reachable(root);
      Cfg.liveness(order);
      new Forward(values, true).run(order);
      order = Cfg.reachable(root);
      Cfg.liveness(order);
      Forward states = new Forward(values, false);
      states.run(order);
      Threading.run(order, states, maxHops);
      if (!narrow) {
        order = Cfg.reachable(root);
        Cfg.liveness(order);
        Forward again = new Forward(values, false);
        again.run(order);
        Chains.run(order, again);
      }
      root = Cfg.dedup(root);
      while (root.isGoto() && root.stmts.isEmpty()) root = root.jt;
      Cfg.joinStraightLines(root);
      BpfProgram next = Cfg.emit(root);
      if (Boolean.getBoolean("jdump.opt.trace")) System.err.println("round " + round + " " + next.length());
      if (next.equals(last)) break;
      last = next;
    }
    return last;
  }

  /**
   * {@return false for a condition holding protochain's loop} libpcap compiles those without
   * its optimizer (and never refuses them), and so does jdump.
   */
  public static boolean applies(Cond c) {
    Deque<Cond> work = new ArrayDeque<>();
    if (c != null) work.push(c);
    while (!work.isEmpty()) {
      Cond x = work.pop();
      if (x instanceof Cond.Test t) {
        for (Insn i : t.stmts()) if (i.code() == (Bpf.JMP | Bpf.JA) && i.k() < 0) return false;
      } else if (x instanceof Cond.And a) {
        work.push(a.left());
        work.push(a.right());
      } else if (x instanceof Cond.Or o) {
        work.push(o.left());
        work.push(o.right());
      } else if (x instanceof Cond.Not n) {
        work.push(n.cond());
      }
    }
    return true;
  }

  /** {@return true if {@code p} returns 0 without looking at the packet} */
  public static boolean rejectsAll(BpfProgram p) {
    return p.length() == 1 && p.get(0).code() == (Bpf.RET | Bpf.K) && p.get(0).k() == 0;
  }
}
