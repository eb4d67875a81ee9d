package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.Insn;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Regrouping of {@code or}-chains: a run of tests that all jump to one target when true (and
 * to the next test when false) is reordered so that tests of the same value sit together and
 * the value is loaded once ({@code host a or host b}: both source tests, then both
 * destination tests, as libpcap's optimizer gets). A test moves earlier only when its loads
 * are known in bounds where it lands (so a packet accepted before is never rejected by a
 * moved load), and only where nothing after the chain reads what its statements leave in
 * registers.
 */
final class Chains {
  private Chains() {}

  private record Element(Block block, int vn) {}

  static boolean run(List<Block> order, Forward f) {
    Map<Block, Integer> preds = new IdentityHashMap<>();
    for (Block b : order) {
      if (b.isRet()) continue;
      preds.merge(b.jt, 1, Integer::sum);
      if (b.jf != b.jt) preds.merge(b.jf, 1, Integer::sum);
    }
    Map<Block, Boolean> done = new IdentityHashMap<>();
    boolean changed = false;
    Step step = f.step();
    for (Block head : order) {
      if (done.containsKey(head) || !testable(head)) continue;
      State in = f.entry.get(head);
      if (in == null) continue;
      State first = in.copy();
      step.run(first, head.stmts);
      List<Element> chain = new ArrayList<>();
      chain.add(new Element(head, first.a));
      Block target = head.jt;
      Block c = head.jf;
      while (testable(c) && c.jt == target && preds.getOrDefault(c, 0) == 1 && !done.containsKey(c)) {
        int vn = c.stmts.isEmpty() ? chain.get(chain.size() - 1).vn() : valueOf(step, first, c);
        if (vn == Values.UNKNOWN) break;
        chain.add(new Element(c, vn));
        c = c.jf;
      }
      Block last = c;
      // A later head would only find a part of this chain: each chain is looked at once.
      for (Element e : chain) done.put(e.block(), true);
      if (chain.size() < 3 || ((target.liveIn | last.liveIn) & Regs.A) != 0) continue;
      changed |= regroup(reorder(step, in, chain), chain, target, last);
    }
    return changed;
  }

  /**
   * {@return the chain with each test followed by the later tests of its value that can move
   * there} A test moves before others only when its loads are known in bounds after the tests
   * up to its new place: a packet an earlier test accepted is then never rejected by a load
   * moved before that test.
   */
  private static List<Element> reorder(Step step, State in, List<Element> chain) {
    // Each value's later tests, in chain order: every test is pulled at most once, so a chain
    // of thousands of hosts stays linear.
    Map<Integer, ArrayDeque<Integer>> later = new HashMap<>();
    for (int j = 0; j < chain.size(); j++) {
      later.computeIfAbsent(chain.get(j).vn(), v -> new ArrayDeque<>()).add(j);
    }
    State s = in.copy();
    boolean[] placed = new boolean[chain.size()];
    List<Element> out = new ArrayList<>(chain.size());
    for (int i = 0; i < chain.size(); i++) {
      if (placed[i]) continue;
      Element e = chain.get(i);
      step.run(s, e.block().stmts);
      placed[i] = true;
      out.add(e);
      ArrayDeque<Integer> same = later.get(e.vn());
      for (Iterator<Integer> it = same.iterator(); it.hasNext(); ) {
        int j = it.next();
        if (placed[j]) {
          it.remove();
        } else if (j > i && safe(step, s, chain.get(j).block())) {
          placed[j] = true;
          out.add(chain.get(j));
          it.remove();
        }
      }
    }
    return out;
  }

  /** A test on A against a constant, whose statements only load from fixed places. */
  private static boolean testable(Block b) {
    if (b.isRet() || b.isGoto() || Bpf.src(b.code) != Bpf.K) return false;
    for (Insn i : b.stmts) {
      int c = i.code();
      boolean ok = switch (Bpf.cls(c)) {
        case Bpf.LD -> Bpf.mode(c) == Bpf.ABS || Bpf.mode(c) == Bpf.IMM || Bpf.mode(c) == Bpf.IND;
        case Bpf.ALU -> Bpf.src(c) == Bpf.K && Bpf.op(c) != Bpf.DIV && Bpf.op(c) != Bpf.MOD;
        default -> false;
      };
      if (!ok) return false;
    }
    return b.stmts.isEmpty() || Bpf.cls(b.stmts.get(0).code()) == Bpf.LD
        && Bpf.mode(b.stmts.get(0).code()) != Bpf.IMM;
  }

  /** {@return true if none of {@code b}'s loads can fail once {@code s} holds} */
  private static boolean safe(Step step, State s, Block b) {
    for (Insn i : b.stmts) {
      if (Bpf.cls(i.code()) != Bpf.LD) continue;
      if (step.mayAbort(s, i, step.value(s, i))) return false;
    }
    return true;
  }

  /** The value {@code b} tests; X is the chain's (its statements never write X). */
  private static int valueOf(Step step, State in, Block b) {
    State s = new State();
    s.x = in.x;
    for (Insn i : b.stmts) step.apply(s, i, step.value(s, i));
    return s.a;
  }

  /** One test of a rebuilt chain; the one after it is where it goes when false. */
  record Item(List<Insn> stmts, int code, int k, Block jt) {}

  private static boolean regroup(List<Element> ordered, List<Element> chain, Block target, Block last) {
    List<Item> items = new ArrayList<>();
    if (!items(ordered, target, chain.get(0).block().stmts, items)) return false;
    List<Block> blocks = new ArrayList<>();
    for (Element e : chain) blocks.add(e.block());
    if (Search.apply(items, blocks.get(0), last)) return true;
    if (items.size() > blocks.size()) return false;
    boolean same = items.size() == blocks.size();
    for (int j = 0; same && j < items.size(); j++) {
      Block b = blocks.get(j);
      Item it = items.get(j);
      same = b.code == it.code() && b.k == it.k() && b.stmts.equals(it.stmts());
    }
    if (same) return false;
    for (int j = 0; j < items.size(); j++) {
      Block b = blocks.get(j);
      Item it = items.get(j);
      b.stmts = new ArrayList<>(it.stmts());
      b.code = it.code();
      b.k = it.k();
      b.jt = it.jt();
      b.jf = j + 1 < items.size() ? blocks.get(j + 1) : last;
    }
    return true;
  }

  /**
   * Appends the tests of {@code elems} (in order; a test repeating an earlier one of its value
   * goes), each run of one value loaded once: the first by {@code firstLoad}, each later one by
   * one of the members of its value.
   */
  private static boolean items(List<Element> elems, Block jt, List<Insn> firstLoad, List<Item> out) {
    Map<Integer, List<Insn>> loads = new HashMap<>();
    for (Element e : elems) {
      if (!e.block().stmts.isEmpty()) loads.putIfAbsent(e.vn(), e.block().stmts);
    }
    Set<List<Long>> seen = new HashSet<>();
    int held = Values.UNKNOWN;
    for (Element e : elems) {
      int code = e.block().code;
      int k = e.block().k;
      if (!seen.add(List.of((long) e.vn(), (long) code, (long) k))) continue;
      List<Insn> load = List.of();
      if (out.isEmpty()) {
        load = firstLoad;
      } else if (held != e.vn()) {
        load = loads.get(e.vn());
        if (load == null) return false;
      }
      out.add(new Item(List.copyOf(load), code, k, jt));
      held = e.vn();
    }
    return true;
  }
}
