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
      boolean headAborts = false;
      for (Insn i : head.stmts) {
        int vn = step.value(first, i);
        step.apply(first, i, vn);
      }
      List<Element> chain = new ArrayList<>();
      chain.add(new Element(head, first.a));
      Block target = head.jt;
      int defs = Regs.A;
      Block c = head.jf;
      while (testable(c) && c.jt == target && preds.getOrDefault(c, 0) == 1
          && !done.containsKey(c) && safe(step, first, c)) {
        int vn = c.stmts.isEmpty() ? chain.get(chain.size() - 1).vn() : valueOf(step, c);
        if (vn == Values.UNKNOWN) break;
        chain.add(new Element(c, vn));
        c = c.jf;
      }
      if (chain.size() < 3 || headAborts) continue;
      Block last = c;
      if (((target.liveIn | last.liveIn) & defs) != 0) continue;
      if (regroup(chain, target, last)) {
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
        case Bpf.LD -> Bpf.mode(c) == Bpf.ABS || Bpf.mode(c) == Bpf.IMM;
        case Bpf.ALU -> Bpf.src(c) == Bpf.K && Bpf.op(c) != Bpf.DIV && Bpf.op(c) != Bpf.MOD;
        default -> false;
      };
      if (!ok) return false;
    }
    return b.stmts.isEmpty() || Bpf.mode(b.stmts.get(0).code()) != Bpf.IND
        && Bpf.cls(b.stmts.get(0).code()) == Bpf.LD;
  }

  /** {@return true if none of {@code b}'s loads can fail once {@code s} holds} */
  private static boolean safe(Step step, State s, Block b) {
    for (Insn i : b.stmts) {
      if (Bpf.cls(i.code()) != Bpf.LD || Bpf.mode(i.code()) != Bpf.ABS) continue;
      if (step.mayAbort(s, i, step.value(s, i))) return false;
    }
    return true;
  }

  private static int valueOf(Step step, Block b) {
    State s = new State();
    for (Insn i : b.stmts) step.apply(s, i, step.value(s, i));
    return s.a;
  }

  private static boolean regroup(List<Element> chain, Block target, Block last) {
    Map<Integer, List<Element>> groups = new LinkedHashMap<>();
    for (Element e : chain) groups.computeIfAbsent(e.vn(), v -> new ArrayList<>()).add(e);
    List<List<Insn>> stmts = new ArrayList<>();
    List<int[]> tests = new ArrayList<>();
    boolean firstGroup = true;
    for (List<Element> g : groups.values()) {
      List<Insn> load = null;
      for (Element e : g) {
        if (!e.block().stmts.isEmpty()) {
          load = e.block().stmts;
          break;
        }
      }
      if (firstGroup && !chain.get(0).block().stmts.isEmpty()) load = chain.get(0).block().stmts;
      if (load == null && !firstGroup) return false;
      List<long[]> seen = new ArrayList<>();
      boolean loaded = false;
      for (Element e : g) {
        int code = e.block().code;
        int k = e.block().k;
        boolean dup = false;
        for (long[] t : seen) dup |= t[0] == code && t[1] == k;
        if (dup) continue;
        seen.add(new long[] {code, k});
        stmts.add(loaded || load == null ? List.of() : List.copyOf(load));
        loaded = true;
        tests.add(new int[] {code, k});
      }
      firstGroup = false;
    }
    List<Block> blocks = new ArrayList<>();
    for (Element e : chain) blocks.add(e.block());
    boolean same = tests.size() == blocks.size();
    for (int j = 0; same && j < tests.size(); j++) {
      Block b = blocks.get(j);
      same = b.code == tests.get(j)[0] && b.k == tests.get(j)[1] && b.stmts.equals(stmts.get(j));
    }
    if (same) return false;
    for (int j = 0; j < tests.size(); j++) {
      Block b = blocks.get(j);
      b.stmts = new ArrayList<>(stmts.get(j));
      b.code = tests.get(j)[0];
      b.k = tests.get(j)[1];
      b.jt = target;
      b.jf = j + 1 < tests.size() ? blocks.get(j + 1) : last;
    }
    return true;
  }
}
