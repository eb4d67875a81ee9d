package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.Insn;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regrouping of {@code or}-chains: a run of tests that all jump to one target when true (and
 * to the next test when false) is reordered so that tests of the same value sit together and
 * the value is loaded once ({@code host a or host b}: both source tests, then both
 * destination tests). Only where the order cannot matter: every moved load is known in
 * bounds once the chain's first test has run (so no frame cut short changes its verdict),
 * and nothing after the chain reads what its statements leave in registers.
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
      for (Insn i : head.stmts) {
        int vn = step.value(first, i);
        step.apply(first, i, vn);
      }
      List<Element> chain = new ArrayList<>();
      chain.add(new Element(head, first.a));
      Block target = head.jt;
      Block c = head.jf;
      // The first test after the head may load beyond what is known: it becomes the guard,
      // and the tests known in bounds move before it, accepting through it.
      State after = first;
      int guard = -1;
      if (testable(c) && c.jt == target && preds.getOrDefault(c, 0) == 1 && !done.containsKey(c)
          && !c.stmts.isEmpty() && !safe(step, first, c)) {
        int vn = valueOf(step, first, c);
        if (vn != Values.UNKNOWN) {
          after = first.copy();
          for (Insn i : c.stmts) step.apply(after, i, step.value(after, i));
          guard = 1;
          chain.add(new Element(c, vn));
          c = c.jf;
        }
      }
      while (testable(c) && c.jt == target && preds.getOrDefault(c, 0) == 1
          && !done.containsKey(c) && safe(step, after, c)) {
        int vn = c.stmts.isEmpty() ? chain.get(chain.size() - 1).vn() : valueOf(step, first, c);
        if (vn == Values.UNKNOWN) break;
        chain.add(new Element(c, vn));
        c = c.jf;
      }
      Block last = c;
      if (guard < 0) {
        // A later head would only find a part of this chain: each chain is looked at once.
        for (Element e : chain) done.put(e.block(), true);
      }
      if (((target.liveIn | last.liveIn) & Regs.A) != 0) continue;
      boolean changedHere;
      if (guard < 0) {
        if (chain.size() < 3) continue;
        changedHere = regroup(chain, target, last, null);
      } else {
        List<Element> early = new ArrayList<>();
        List<Element> late = new ArrayList<>();
        early.add(chain.get(0));
        late.add(chain.get(1));
        for (int j = 2; j < chain.size(); j++) {
          Element e = chain.get(j);
          boolean inBounds = e.block().stmts.isEmpty() ? e.vn() == chain.get(0).vn()
              : safe(step, first, e.block());
          (inBounds && e.vn() != chain.get(1).vn() ? early : late).add(e);
        }
        // The guard saves a reload per packet but costs an instruction: long chains only.
        if (early.size() < 5) continue;
        Block accept = new Block(target.pos - 1);
        accept.stmts.add(chain.get(1).block().stmts.get(0));
        accept.makeGoto(target);
        changedHere = regroup(chain, target, last, new Split(early, late, accept));
      }
      if (changedHere) {
        changed = true;
        for (Element e : chain) done.put(e.block(), true);
      }
    }
    return changed;
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

  /** Tests known in bounds ({@code early}, accepting through {@code accept}), then the rest. */
  private record Split(List<Element> early, List<Element> late, Block accept) {}

  /** One test of a rebuilt chain; the one after it is where it goes when false. */
  record Item(List<Insn> stmts, int code, int k, Block jt) {}

  private static boolean regroup(List<Element> chain, Block target, Block last, Split split) {
    List<Item> items = new ArrayList<>();
    if (split == null) {
      if (!items(chain, target, chain.get(0).block().stmts, items)) return false;
    } else {
      if (!items(split.early(), split.accept(), chain.get(0).block().stmts, items)) return false;
      // The head ran first before too: its own test still accepts without the guard's load.
      Item head = items.get(0);
      items.set(0, new Item(head.stmts(), head.code(), head.k(), target));
      if (!items(split.late(), target, split.late().get(0).block().stmts, items)) return false;
    }
    List<Block> blocks = new ArrayList<>();
    for (Element e : chain) blocks.add(e.block());
    if (Search.apply(items, blocks.get(0), last)) return true;
    if (items.size() > blocks.size()) return false;
    boolean same = split == null && items.size() == blocks.size();
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
   * Appends the tests of {@code elems} grouped by value, the first group loaded by
   * {@code firstLoad} (empty: A already holds it), each later group by one of its members.
   */
  private static boolean items(List<Element> elems, Block jt, List<Insn> firstLoad, List<Item> out) {
    Map<Integer, List<Element>> groups = new LinkedHashMap<>();
    for (Element e : elems) groups.computeIfAbsent(e.vn(), v -> new ArrayList<>()).add(e);
    boolean firstGroup = true;
    for (List<Element> g : groups.values()) {
      List<Insn> load = null;
      if (firstGroup) {
        load = firstLoad;
      } else {
        for (Element e : g) {
          if (!e.block().stmts.isEmpty()) {
            load = e.block().stmts;
            break;
          }
        }
        if (load == null) return false;
      }
      List<long[]> seen = new ArrayList<>();
      boolean loaded = false;
      for (Element e : g) {
        int code = e.block().code;
        int k = e.block().k;
        boolean dup = false;
        for (long[] t : seen) dup |= t[0] == code && t[1] == k;
        if (dup) continue;
        seen.add(new long[] {code, k});
        out.add(new Item(loaded ? List.of() : List.copyOf(load), code, k, jt));
        loaded = true;
      }
      firstGroup = false;
    }
    return true;
  }
}
