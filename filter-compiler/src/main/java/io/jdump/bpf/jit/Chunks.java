package io.jdump.bpf.jit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How a program is cut into JVM methods. HotSpot compiles no method whose bytecode passes 8000
 * bytes ({@code -XX:HugeMethodLimit}), and the class file caps a method at 64 KiB; a long
 * program is therefore cut into consecutive pc ranges, one method each. A jump forward out of
 * a range becomes a tail call of the method holding its target, with A, X and the scratch
 * cells as arguments and the target pc as the entry to switch on. Jumps go forward, so the
 * calls nest no deeper than the number of methods.
 */
final class Chunks {
  /** Estimated bytecode per method, well under HugeMethodLimit (estimates run high). */
  static final int BUDGET = 7000;
  /** Estimated bytecode of leaving for another method: per target pc, and per method called. */
  static final int EXIT = 8;
  static final int CALL = 60;

  private final int[] starts; // starts[i] = first pc of method i; starts[count] = n
  private final List<TreeSet<Integer>> entries = new ArrayList<>();

  Chunks(Flow f, Chains chains, int budget) {
    int n = f.n;
    List<Integer> cuts = new ArrayList<>();
    cuts.add(0);
    int size = 0;
    for (int pc = 0; pc < n; pc++) {
      int cost = cost(f, chains, pc);
      if (size > 0 && size + cost > budget) {
        cuts.add(pc);
        size = 0;
      }
      size += cost;
    }
    // A method with many ways out or in pays for them too: halve it until it fits.
    boolean again = true;
    while (again) {
      again = false;
      for (int i = 0; i < cuts.size(); i++) {
        int from = cuts.get(i);
        int to = i + 1 < cuts.size() ? cuts.get(i + 1) : n;
        if (to - from < 2) continue;
        int est = 0;
        for (int pc = from; pc < to; pc++) est += cost(f, chains, pc);
        TreeSet<Integer> out = outTargets(f, chains, from, to);
        est += EXIT * out.size() + CALL * Math.min(out.size(), cuts.size() - i)
            + 8 * inCount(f, chains, from, to);
        if (est > budget) {
          cuts.add(i + 1, from + (to - from) / 2);
          again = true;
          break;
        }
      }
    }
    starts = new int[cuts.size() + 1];
    for (int i = 0; i < cuts.size(); i++) starts[i] = cuts.get(i);
    starts[cuts.size()] = n;
    for (int i = 0; i < count(); i++) entries.add(new TreeSet<>());
    for (int pc = 0; pc < n; pc++) {
      if (chains.folded(pc) || f.isExit(pc)) continue;
      int from = chunkOf(pc);
      for (int t : Edges.targets(f, chains, pc)) {
        if (chunkOf(t) != from) entries.get(chunkOf(t)).add(t);
      }
    }
  }

  int count() {
    return starts.length - 1;
  }

  int start(int chunk) {
    return starts[chunk];
  }

  int end(int chunk) {
    return starts[chunk + 1];
  }

  int chunkOf(int pc) {
    int lo = 0;
    int hi = count() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= pc) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** {@return the pcs that jumps from earlier methods land on, in order} */
  TreeSet<Integer> entries(int chunk) {
    return entries.get(chunk);
  }

  private static TreeSet<Integer> outTargets(Flow f, Chains chains, int from, int to) {
    TreeSet<Integer> out = new TreeSet<>();
    for (int pc = from; pc < to; pc++) {
      if (chains.folded(pc) || f.isExit(pc)) continue;
      for (int t : Edges.targets(f, chains, pc)) if (t >= to) out.add(t);
    }
    return out;
  }

  private static int inCount(Flow f, Chains chains, int from, int to) {
    TreeSet<Integer> in = new TreeSet<>();
    for (int pc = 0; pc < from; pc++) {
      if (chains.folded(pc) || f.isExit(pc)) continue;
      for (int t : Edges.targets(f, chains, pc)) if (t >= from && t < to) in.add(t);
    }
    return in.size();
  }

  /** Generous estimate of the bytecode one instruction becomes. */
  static int cost(Flow f, Chains chains, int pc) {
    if (chains.folded(pc)) return 0;
    int[] chain = chains.chainAt(pc);
    if (chain != null) return 16 + 8 * chain.length;
    if (f.indirectSize(pc) > 0) return 48;
    return 28;
  }
}
