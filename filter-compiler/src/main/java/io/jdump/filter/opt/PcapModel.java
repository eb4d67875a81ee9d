package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.filter.opt.PcapGraph.Blk;
import io.jdump.filter.opt.PcapGraph.Edge;
import io.jdump.filter.opt.PcapGraph.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * libpcap 1.10's optimizer, replayed step for step on the unoptimized program (which jdump's
 * generator makes as libpcap's): a first loop of per-block value numbering with jump threading
 * along edge dominators and tests pulled up or-chains and and-chains, a second one folding
 * constants into statements (where a decided jump keeps both edges on one target), identical
 * blocks merged, the root's decided jumps skipped; then {@link PcapLayout} lays the graph out.
 * The program that comes out is pcap_compile's, instruction for instruction, and its root is
 * {@code ret #0} exactly where pcap_compile fails with {@code expression rejects all packets}.
 *
 * <pre>{@code
 * Optimizer.Outcome o = PcapModel.optimize(Assembler.assemble(cond, 262144));
 * }</pre>
 */
final class PcapModel {
  /**
   * libpcap loops until nothing changes, with no bound but the branch-only one below; this only
   * guards against a loop that would never settle. Long or-chains need many passes: 700 hosts
   * took more than 1,000 (and libpcap's program then has 800 fewer instructions).
   */
  private static final int MAX_PASSES = 1_000_000;
  /** libpcap gives up after this many passes in a row that only moved branches. */
  private static final int BRANCH_ONLY_PASSES = 100;

  private final PcapGraph g;
  /** Set by a pass that changed more than where branches go (libpcap's flag of that name). */
  private boolean nonBranch;
  /** Steps taken so far: blocks visited by passes, dominating edges tried by jumps. */
  private long work;
  /**
   * The steps a replay may take. libpcap's optimizer is cubic on long or-chains: 1,000 hosts
   * take it 45 s (157 million steps here, 1.5 s from the command line), 2,000 hosts four times
   * that; past this budget tcpdump is minutes away from a program, and jdump optimizes with its
   * own passes.
   */
  static final long BUDGET = 250_000_000L;
  /**
   * Graphs larger than this are not replayed at all: their replay takes more steps than the
   * budget allows (a 1,000-host chain has 12,002 blocks, 1,250 hosts this many), and spending
   * the budget first only delays jdump's own optimizer.
   */
  static final int MAX_BLOCKS = 15_000;

  private PcapModel(PcapGraph g) {
    this.g = g;
  }

  /** {@return true if libpcap's optimizer turns {@code unoptimized} into {@code ret #0}} */
  static boolean rejectsAll(BpfProgram unoptimized) {
    Optimizer.Outcome o = optimize(unoptimized);
    return o != null && o.refused();
  }

  /**
   * {@return the program libpcap 1.10's optimizer makes of {@code unoptimized}, and whether
   * pcap_compile refuses it; null for a program libpcap never optimizes (a backward jump) or
   * one whose replay would take more than {@link #BUDGET} steps or has more than
   * {@link #MAX_BLOCKS} blocks}
   */
  static Optimizer.Outcome optimize(BpfProgram unoptimized) {
    PcapGraph g = PcapGraph.of(unoptimized);
    if (g == null || g.blocks.size() > MAX_BLOCKS) return null;
    PcapModel m = new PcapModel(g);
    if (!m.loop(false) || !m.loop(true)) return null;
    m.intern();
    Blk r = m.root();
    BpfProgram p = PcapLayout.emit(r);
    boolean refused = r.code == (Bpf.RET | Bpf.K) && r.k == 0;
    return new Optimizer.Outcome(p, refused);
  }

  /**
   * libpcap's opt_root: the root moves past jumps whose two edges meet, taking the first root's
   * statements along (those of the blocks skipped are dropped, as libpcap drops them); a root
   * that returns runs no statements.
   */
  private Blk root() {
    Blk first = g.root;
    Blk r = first;
    while (Bpf.cls(r.code) == Bpf.JMP && r.jt() == r.jf()) r = r.jt();
    if (r != first) {
      List<Stmt> moved = new ArrayList<>(first.stmts);
      first.stmts.clear();
      moved.addAll(r.stmts);
      r.stmts.clear();
      r.stmts.addAll(moved);
    }
    if (Bpf.cls(r.code) == Bpf.RET) r.stmts.clear();
    return r;
  }

  /** libpcap's opt_loop; false if the replay ran out of budget. */
  private boolean loop(boolean doStmts) {
    int branchOnly = 0;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      if (work > BUDGET) return false;
      g.findLevels();
      g.findUd();
      g.findEdom();
      work += g.blocks.size() + g.takeSteps();
      nonBranch = false;
      if (blocks(doStmts)) return true;
      // libpcap stops a loop whose passes only move branches 100 times in a row: such passes
      // can cycle through the same shapes forever.
      branchOnly = nonBranch ? 0 : branchOnly + 1;
      if (branchOnly >= BRANCH_ONLY_PASSES) return true;
    }
    return false;
  }

  /** libpcap's opt_blks; true when nothing changed. */
  private boolean blocks(boolean doStmts) {
    PcapBlocks pb = new PcapBlocks();
    for (int i = g.maxLevel(); i >= 0; i--) {
      for (Blk b : g.levels.get(i)) pb.block(b, doStmts);
    }
    if (!pb.done) nonBranch = true;
    if (doStmts) return pb.done;
    boolean done = pb.done;
    for (int i = 1; i <= g.maxLevel(); i++) {
      for (Blk b : g.levels.get(i)) {
        done &= !jump(b.et);
        done &= !jump(b.ef);
      }
      // One pass over a long chain can cost more than the whole budget.
      if (work > BUDGET) return false;
    }
    g.findInEdges();
    for (int i = 1; i <= g.maxLevel(); i++) {
      for (Blk b : g.levels.get(i)) {
        done &= !pullUp(b, true);
        done &= !pullUp(b, false);
      }
    }
    return done;
  }

  /**
   * libpcap's or_pullup ({@code or} true) and and_pullup: in a chain of tests sharing their
   * true (false) target, a later test of the value the chain's predecessors hold in A moves up
   * to the chain's head, so that the edge threading of the next pass meets it first. {@return
   * true if a test moved}
   */
  private boolean pullUp(Blk b, boolean or) {
    List<Edge> in = b.inEdges;
    if (in.isEmpty()) return false;
    int val = in.get(0).pred.val[PcapGraph.A_ATOM];
    for (Edge e : in) if (e.pred.val[PcapGraph.A_ATOM] != val) return false;
    Blk first = in.get(0).pred;
    Edge diff = first.jt() == b ? first.et : first.ef;
    boolean atTop = true;
    while (true) {
      Blk d = diff.succ;
      if (d == null || shared(d, or) != shared(b, or) || !g.dominates(b, d)) return false;
      if (d.val[PcapGraph.A_ATOM] != val) break;
      diff = other(d, or);
      atTop = false;
    }
    Edge same = other(diff.succ, or);
    while (true) {
      Blk s = same.succ;
      if (s == null || shared(s, or) != shared(b, or) || !g.dominates(b, s)) return false;
      if (s.val[PcapGraph.A_ATOM] == val) break;
      same = other(s, or);
    }
    Blk pull = same.succ;
    same.succ = other(pull, or).succ;
    other(pull, or).succ = diff.succ;
    if (atTop) {
      for (Edge e : in) {
        if (e.pred.jt() == b) e.pred.et.succ = pull;
        else e.pred.ef.succ = pull;
      }
    } else {
      diff.succ = pull;
    }
    return true;
  }

  /** The target a chain shares: true for an or-chain, false for an and-chain. */
  private static Blk shared(Blk b, boolean or) {
    return or ? b.jt() : b.jf();
  }

  /** The edge along which the chain goes on. */
  private static Edge other(Blk b, boolean or) {
    return or ? b.ef : b.et;
  }

  /** libpcap's opt_j; true if the edge moved. */
  private boolean jump(Edge ep) {
    if (ep.succ.isLeaf()) return false;
    boolean moved = false;
    if (ep.succ.jt() == ep.succ.jf() && !useConflict(ep.pred, ep.succ.jt())) {
      ep.succ = ep.succ.jt();
      moved = true;
      nonBranch = true;
    }
    // libpcap tries the edges dominating ep (ep among them) in the order of their numbers,
    // from the lowest again after every move: on a path no packet takes two of them may
    // decide the test differently, and the lowest numbered wins. One walk up the chain finds
    // that edge without sorting it.
    while (true) {
      work += ep.depth;
      Blk child = ep.succ;
      int code = child.code;
      int aval = child.val[PcapGraph.A_ATOM];
      int oval = child.oval;
      boolean jeqK = code == (Bpf.JMP | Bpf.JEQ | Bpf.K);
      Blk best = null;
      int bestNumber = Integer.MAX_VALUE;
      int conflictJt = -1;
      int conflictJf = -1;
      // libpcap's fold_edge, on what each edge keeps of its block (the walk touches edges only)
      for (Edge d = ep; d != null; d = d.idom) {
        if (d.number >= bestNumber || d.aval != aval) continue;
        boolean sense = d.code >= 0;
        if ((sense ? d.code : -d.code) != code) continue;
        Blk target;
        if (d.oval == oval) target = sense ? child.jt() : child.jf();
        else if (sense && jeqK) target = child.jf();
        else continue;
        boolean conflict;
        if (target == child.jt()) {
          if (conflictJt < 0) conflictJt = useConflict(ep.pred, target) ? 1 : 0;
          conflict = conflictJt == 1;
        } else {
          if (conflictJf < 0) conflictJf = useConflict(ep.pred, target) ? 1 : 0;
          conflict = conflictJf == 1;
        }
        if (conflict) continue;
        best = target;
        bestNumber = d.number;
      }
      if (best == null) return moved;
      ep.succ = best;
      moved = true;
      if (best.isLeaf()) return true;
    }
  }

  private static boolean useConflict(Blk b, Blk succ) {
    int use = succ.outUse;
    for (int atom = 0; use != 0; atom++, use >>>= 1) {
      if ((use & 1) != 0 && b.val[atom] != succ.val[atom]) return true;
    }
    return false;
  }

  /**
   * libpcap's intern_blocks: blocks alike (statements, jump, successors) become one. libpcap
   * repeats pairwise scans until no successor changes, one level of sharing a round (quadratic
   * on long chains); one pass from the leaves up, each block's successors made canonical before
   * its own shape is looked up, reaches the same graph: at libpcap's fixed point no two blocks
   * reached from the root are alike, and which of two alike blocks stays changes nothing in the
   * program laid out from the root. The root itself is never replaced, as in libpcap.
   */
  private void intern() {
    Map<BlockShape, Blk> seen = new HashMap<>();
    Map<Blk, Blk> canonical = new IdentityHashMap<>();
    for (Blk b : PcapGraph.postOrder(g.root, true)) {
      if (!b.isLeaf()) {
        b.et.succ = canonical.get(b.jt());
        b.ef.succ = canonical.get(b.jf());
      }
      Blk rep = seen.putIfAbsent(shape(b), b);
      canonical.put(b, rep != null && b != g.root ? rep : b);
    }
  }

  /** {@return what makes two blocks alike for intern_blocks: NOPs left out} */
  private static BlockShape shape(Blk b) {
    int n = 0;
    for (Stmt x : b.stmts) if (x.code != PcapGraph.NOP) n++;
    long[] s = new long[n];
    int j = 0;
    for (Stmt x : b.stmts) {
      if (x.code != PcapGraph.NOP) s[j++] = (long) x.code << 32 | (x.k & 0xffffffffL);
    }
    return new BlockShape(s, b.code, b.k, b.jt(), b.jf());
  }
}
