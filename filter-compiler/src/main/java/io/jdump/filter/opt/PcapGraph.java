package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The graph {@link PcapModel} works on: libpcap's {@code struct block}s rebuilt from an
 * unoptimized program (each block is statements and one conditional jump, or a return), with
 * what libpcap's optimizer computes about them on each pass: levels, registers used on exit
 * and edge dominators.
 */
final class PcapGraph {
  /** libpcap's atoms: the scratch words, then A, then X. */
  static final int A_ATOM = Bpf.MEMWORDS;
  static final int X_ATOM = Bpf.MEMWORDS + 1;
  static final int N_ATOMS = Bpf.MEMWORDS + 2;
  /** atomuse's answer for a statement reading both A and X. */
  static final int AX_ATOM = N_ATOMS;
  /** A statement removed by the optimizer (libpcap's NOP). */
  static final int NOP = -1;

  /** One statement; mutable as libpcap's are. */
  static final class Stmt {
    int code;
    int k;

    Stmt(int code, int k) {
      this.code = code;
      this.k = k;
    }
  }

  /** An edge: code is the jump's code on the true edge, its negation on the false one. */
  static final class Edge {
    final Blk pred;
    Blk succ;
    int id;
    int code;
    /**
     * The nearest other edge on every path from the root to this one: the edges dominating
     * an edge (libpcap's edom set, a bit set there) are it and its chain of idoms.
     */
    Edge idom;
    int depth;
    /** libpcap's edge number: true edges by their block's number, then the false ones. */
    int number;
    /** The value number in A, and of the value tested, at the end of the block (fold_edge's). */
    int aval;
    int oval;

    Edge(Blk pred) {
      this.pred = pred;
    }
  }

  static final class Blk {
    final List<Stmt> stmts = new ArrayList<>();
    int code;
    int k;
    final Edge et = new Edge(this);
    final Edge ef = new Edge(this);
    int id;
    int level;
    final int[] val = new int[N_ATOMS];
    int oval;
    int inUse;
    int outUse;
    int kill;
    final List<Edge> inEdges = new ArrayList<>();
    /** The nearest other block on every path from the root here, as the pass began. */
    Blk idom;
    int domDepth;
    /**
     * The dominator tree in preorder, for {@link #dominates} in constant time: this block's
     * number, the size of its subtree, and the pass ({@link #domPass}) that numbered them.
     */
    int domPre;
    int domSize;
    int domPass;
    Blk domChild;
    Blk domSibling;

    Blk jt() {
      return et.succ;
    }

    Blk jf() {
      return ef.succ;
    }

    boolean isLeaf() {
      return et.succ == null;
    }
  }

  final List<Blk> blocks = new ArrayList<>();
  Blk root;
  /** Blocks by level, each level in libpcap's order (the last one reached first). */
  final List<List<Blk>> levels = new ArrayList<>();
  /** Steps taken up dominator trees since {@link #takeSteps} last asked: what a pass costs. */
  private long steps;
  /** Counts {@link #findEdom} calls: the dominator numbering of blocks it reached is current. */
  private int domPass;

  /** {@return the graph of {@code p}, or null if it holds a backward or odd jump} */
  static PcapGraph of(BpfProgram p) {
    int n = p.length();
    if (n == 0) return null;
    Blk[] at = new Blk[n];
    PcapGraph g = new PcapGraph();
    g.root = g.blockAt(p, 0, at);
    if (g.root == null) return null;
    g.number();
    return g;
  }

  /** Builds the block starting at {@code pc} and, iteratively, all blocks it reaches. */
  private Blk blockAt(BpfProgram p, int start, Blk[] at) {
    Deque<Integer> work = new ArrayDeque<>();
    Blk first = make(start, at, work);
    while (!work.isEmpty()) {
      int pc = work.pop();
      Blk b = at[pc];
      int i = pc;
      for (; i < p.length(); i++) {
        Insn in = p.get(i);
        int cls = Bpf.cls(in.code());
        if (cls == Bpf.RET) {
          if (i != pc) return null;
          b.code = in.code();
          b.k = in.k();
          break;
        }
        if (cls == Bpf.JMP) {
          if (Bpf.op(in.code()) == Bpf.JA) return null;
          b.code = in.code();
          b.k = in.k();
          int t = resolve(p, i + 1 + in.jt());
          int f = resolve(p, i + 1 + in.jf());
          if (t < 0 || f < 0) return null;
          b.et.succ = make(t, at, work);
          b.ef.succ = make(f, at, work);
          break;
        }
        b.stmts.add(new Stmt(in.code(), in.k()));
      }
      if (i >= p.length()) return null;
    }
    return first;
  }

  /** Follows the {@code ja} a long jump goes through. */
  private static int resolve(BpfProgram p, int pc) {
    for (int hops = 0; hops < 4 && pc < p.length(); hops++) {
      Insn in = p.get(pc);
      if (in.code() != (Bpf.JMP | Bpf.JA)) return pc;
      if (in.k() < 0) return -1;
      pc = pc + 1 + in.k();
    }
    return pc < p.length() ? pc : -1;
  }

  private Blk make(int pc, Blk[] at, Deque<Integer> work) {
    if (at[pc] == null) {
      at[pc] = new Blk();
      work.push(pc);
    }
    return at[pc];
  }

  /**
   * libpcap's number_blks_r: depth first from the root, true branch first; intern_blocks
   * keeps the last numbered of blocks alike.
   */
  private void number() {
    Deque<Blk> stack = new ArrayDeque<>();
    Set<Blk> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    stack.push(root);
    while (!stack.isEmpty()) {
      Blk b = stack.pop();
      if (!seen.add(b)) continue;
      b.id = blocks.size();
      blocks.add(b);
      if (!b.isLeaf()) {
        stack.push(b.jf());
        stack.push(b.jt());
      }
    }
    for (Blk b : blocks) {
      b.et.number = b.id;
      b.ef.number = blocks.size() + b.id;
    }
  }

  /** libpcap's find_levels: leaves at 0, a block one above its higher successor. */
  void findLevels() {
    levels.clear();
    // Post-order, true branch first; each block is put at the head of its level's list.
    List<List<Blk>> rev = new ArrayList<>();
    for (Blk b : postOrder(root, true)) {
      int level = b.isLeaf() ? 0 : Math.max(b.jt().level, b.jf().level) + 1;
      b.level = level;
      while (rev.size() <= level) rev.add(new ArrayList<>());
      rev.get(level).add(b);
    }
    for (List<Blk> l : rev) {
      List<Blk> r = new ArrayList<>(l.size());
      for (int i = l.size() - 1; i >= 0; i--) r.add(l.get(i));
      levels.add(r);
    }
  }

  /**
   * {@return the blocks reached from {@code root}, each after both its successors} The
   * successor named first is walked first: libpcap's find_levels and intern take the true one
   * first, its code layout the false one.
   */
  static List<Blk> postOrder(Blk root, boolean trueFirst) {
    List<Blk> out = new ArrayList<>();
    Set<Blk> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Blk> stack = new ArrayDeque<>();
    Deque<Boolean> expanded = new ArrayDeque<>();
    stack.push(root);
    expanded.push(false);
    while (!stack.isEmpty()) {
      Blk b = stack.pop();
      if (expanded.pop()) {
        out.add(b);
        continue;
      }
      if (!seen.add(b)) continue;
      stack.push(b);
      expanded.push(true);
      if (!b.isLeaf()) {
        stack.push(trueFirst ? b.jf() : b.jt());
        expanded.push(false);
        stack.push(trueFirst ? b.jt() : b.jf());
        expanded.push(false);
      }
    }
    return out;
  }

  int maxLevel() {
    return root.level;
  }

  /** libpcap's find_inedges. */
  void findInEdges() {
    for (Blk b : blocks) b.inEdges.clear();
    for (int i = maxLevel(); i > 0; i--) {
      for (Blk b : levels.get(i)) {
        b.jt().inEdges.add(0, b.et);
        b.jf().inEdges.add(0, b.ef);
      }
    }
  }

  /** libpcap's find_ud: registers each block reads before writing, and those live on exit. */
  void findUd() {
    for (int i = maxLevel(); i >= 0; i--) {
      for (Blk b : levels.get(i)) {
        localUd(b);
        b.outUse = 0;
      }
    }
    for (int i = 1; i <= maxLevel(); i++) {
      for (Blk b : levels.get(i)) {
        b.outUse |= b.jt().inUse | b.jf().inUse;
        b.inUse |= b.outUse & ~b.kill;
      }
    }
  }

  private static void localUd(Blk b) {
    int def = 0;
    int use = 0;
    int kill = 0;
    for (Stmt s : b.stmts) {
      if (s.code == NOP) continue;
      use |= uses(atomUse(s.code, s.k), def);
      int atom = atomDef(s.code, s.k);
      if (atom >= 0) {
        if ((use & 1 << atom) == 0) kill |= 1 << atom;
        def |= 1 << atom;
      }
    }
    if (Bpf.cls(b.code) == Bpf.JMP) use |= uses(atomUse(b.code, b.k), def);
    b.kill = kill;
    b.inUse = use;
  }

  private static int uses(int atom, int def) {
    if (atom < 0) return 0;
    if (atom == AX_ATOM) return (1 << X_ATOM | 1 << A_ATOM) & ~def;
    return (1 << atom) & ~def;
  }

  static int atomUse(int code, int k) {
    if (code == NOP) return -1;
    return switch (Bpf.cls(code)) {
      case Bpf.RET -> Bpf.rval(code) == Bpf.A ? A_ATOM : Bpf.rval(code) == Bpf.X ? X_ATOM : -1;
      case Bpf.LD, Bpf.LDX -> switch (Bpf.mode(code)) {
        case Bpf.IND -> X_ATOM;
        case Bpf.MEM -> k;
        default -> -1;
      };
      case Bpf.ST -> A_ATOM;
      case Bpf.STX -> X_ATOM;
      case Bpf.JMP, Bpf.ALU -> Bpf.op(code) == Bpf.NEG && Bpf.cls(code) == Bpf.ALU ? A_ATOM
          : Bpf.src(code) == Bpf.X ? AX_ATOM : A_ATOM;
      case Bpf.MISC -> Bpf.miscop(code) == Bpf.TXA ? X_ATOM
          : Bpf.miscop(code) == Bpf.TAX ? A_ATOM : -1;
      default -> -1;
    };
  }

  static int atomDef(int code, int k) {
    if (code == NOP) return -1;
    return switch (Bpf.cls(code)) {
      case Bpf.LD, Bpf.ALU -> A_ATOM;
      case Bpf.LDX -> X_ATOM;
      case Bpf.ST, Bpf.STX -> k;
      case Bpf.MISC -> Bpf.miscop(code) == Bpf.TAX ? X_ATOM
          : Bpf.miscop(code) == Bpf.TXA ? A_ATOM : -1;
      default -> -1;
    };
  }

  /**
   * libpcap's find_dom and find_edom. Dominators form a tree, so each edge keeps its parent there:
   * an edge's dominators are itself and those every edge into its block shares, the path
   * from their nearest common one. Linear memory where libpcap's bit sets are quadratic.
   */
  void findEdom() {
    findInEdges();
    for (int i = maxLevel(); i >= 0; i--) {
      for (Blk b : levels.get(i)) {
        Edge d = null;
        for (int e = 0; e < b.inEdges.size(); e++) {
          Edge in = b.inEdges.get(e);
          d = e == 0 ? in : common(d, in);
        }
        for (Edge out : new Edge[] {b.et, b.ef}) {
          out.idom = d;
          out.depth = d == null ? 1 : d.depth + 1;
        }
        Blk dom = null;
        for (int e = 0; e < b.inEdges.size(); e++) {
          Blk pred = b.inEdges.get(e).pred;
          dom = e == 0 ? pred : common(dom, pred);
        }
        b.idom = dom;
        b.domDepth = dom == null ? 0 : dom.domDepth + 1;
      }
    }
    numberDominators();
  }

  /**
   * Numbers the dominator tree of this pass's blocks in preorder: pullUp asks whether one block
   * dominates another for each step along each chain, and walking idoms made that quadratic.
   */
  private void numberDominators() {
    domPass++;
    List<Blk> roots = new ArrayList<>();
    for (List<Blk> level : levels) {
      for (Blk b : level) {
        b.domPass = domPass;
        b.domChild = null;
        b.domSibling = null;
        b.domSize = 1;
      }
    }
    for (List<Blk> level : levels) {
      for (Blk b : level) {
        if (b.idom == null) {
          roots.add(b);
        } else {
          b.domSibling = b.idom.domChild;
          b.idom.domChild = b;
        }
      }
    }
    List<Blk> preorder = new ArrayList<>();
    Deque<Blk> stack = new ArrayDeque<>();
    for (Blk r : roots) {
      stack.push(r);
      while (!stack.isEmpty()) {
        Blk b = stack.pop();
        b.domPre = preorder.size();
        preorder.add(b);
        for (Blk c = b.domChild; c != null; c = c.domSibling) stack.push(c);
      }
    }
    for (int i = preorder.size() - 1; i >= 0; i--) {
      Blk b = preorder.get(i);
      if (b.idom != null) b.idom.domSize += b.domSize;
    }
  }

  /** {@return the steps taken up dominator trees since the last call} */
  long takeSteps() {
    long n = steps;
    steps = 0;
    return n;
  }

  private Blk common(Blk x, Blk y) {
    while (x != null && y != null && x != y) {
      steps++;
      if (x.domDepth >= y.domDepth) x = x.idom;
      else y = y.idom;
    }
    return x == y ? x : null;
  }

  /** {@return true if {@code b} dominates {@code x} (libpcap's dom sets, as the pass began)} */
  boolean dominates(Blk b, Blk x) {
    if (x != null && b.domPass == domPass && x.domPass == domPass) {
      return b.domPre <= x.domPre && x.domPre < b.domPre + b.domSize;
    }
    while (x != null && x.domDepth > b.domDepth) x = x.idom;
    return x == b;
  }

  private Edge common(Edge x, Edge y) {
    while (x != null && y != null && x != y) {
      steps++;
      if (x.depth >= y.depth) x = x.idom;
      else y = y.idom;
    }
    return x == y ? x : null;
  }
}
