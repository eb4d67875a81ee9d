package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.Insn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Long runs of equality tests on one value ({@code host} lists of dozens of addresses) become
 * a search: {@code jgt} splits down to buckets of a few {@code jeq}, so a packet matching none
 * runs about log2(n/16) + 16 tests instead of n, and consecutive values become one range test.
 * Only for runs of at least {@link #MIN_TESTS}: the splits cost instructions, which short runs
 * would not win back.
 */
final class Search {
  static final int MIN_TESTS = 16;
  private static final int BUCKET = 16;

  private Search() {}

  /** A test of the rebuilt chain; {@code jt}/{@code jf} are a {@link Node} or a {@link Block}. */
  private static final class Node {
    List<Insn> stmts = List.of();
    int code;
    int k;
    Object jt;
    Object jf;
  }

  private record Test(long k, Block jt) {}

  /**
   * Lays {@code items} (a chain: each false edge to the next, the last one's to {@code last})
   * out with its long runs as searches, {@code head} first; {@return false, changing nothing,
   * if there is no long run or no room}
   */
  static boolean apply(List<Chains.Item> items, Block head, Block last) {
    int n = items.size();
    List<Node> linear = new ArrayList<>();
    for (Chains.Item it : items) {
      Node x = new Node();
      x.stmts = it.stmts();
      x.code = it.code();
      x.k = it.k();
      x.jt = it.jt();
      linear.add(x);
    }
    for (int j = 0; j < n; j++) linear.get(j).jf = j + 1 < n ? linear.get(j + 1) : last;
    List<Node> out = new ArrayList<>();
    boolean any = false;
    int s = 0;
    while (s < n) {
      int e = s + 1;
      while (e < n && items.get(e).stmts().isEmpty()) e++;
      boolean eq = true;
      for (int j = s; j < e; j++) eq &= items.get(j).code() == (Bpf.JMP | Bpf.JEQ | Bpf.K);
      if (eq && e - s >= MIN_TESTS) {
        any = true;
        Object exit = e < n ? linear.get(e) : last;
        List<Test> tests = new ArrayList<>();
        for (int j = s; j < e; j++) tests.add(new Test(items.get(j).k() & 0xffffffffL, items.get(j).jt()));
        tests.sort(Comparator.comparingLong(Test::k));
        List<Node> tree = new ArrayList<>();
        build(tests, exit, tree);
        tree.get(0).stmts = items.get(s).stmts();
        // Whatever pointed at the run's first test now points at the search's root.
        Node first = linear.get(s);
        for (Node x : out) {
          if (x.jf == first) x.jf = tree.get(0);
          if (x.jt == first) x.jt = tree.get(0);
        }
        out.addAll(tree);
      } else {
        for (int j = s; j < e; j++) out.add(linear.get(j));
      }
      s = e;
    }
    if (!any) return false;
    long room = Long.MAX_VALUE;
    for (Node x : out) {
      if (x.jt instanceof Block b) room = Math.min(room, b.pos);
      if (x.jf instanceof Block b) room = Math.min(room, b.pos);
    }
    if ((long) head.pos + out.size() >= room) return false;
    List<Block> blocks = new ArrayList<>();
    Map<Node, Block> at = new IdentityHashMap<>();
    for (int j = 0; j < out.size(); j++) {
      blocks.add(j == 0 ? head : new Block(head.pos + j));
      at.put(out.get(j), blocks.get(j));
    }
    for (int j = 0; j < out.size(); j++) {
      Node x = out.get(j);
      Block b = blocks.get(j);
      b.stmts = new ArrayList<>(x.stmts);
      b.code = x.code;
      b.k = x.k;
      b.jt = x.jt instanceof Node t ? at.get(t) : (Block) x.jt;
      b.jf = x.jf instanceof Node f ? at.get(f) : (Block) x.jf;
    }
    return true;
  }

  /** Values {@code lo..hi} that all go to {@code jt}: one value, or a run of consecutive ones. */
  private record Segment(long lo, long hi, Block jt) {}

  /** Consecutive values with one target become a range when that saves tests (three or more). */
  private static List<Segment> segments(List<Test> sorted) {
    List<Segment> out = new ArrayList<>();
    int j = 0;
    while (j < sorted.size()) {
      int e = j + 1;
      while (e < sorted.size() && sorted.get(e).k() == sorted.get(e - 1).k() + 1
          && sorted.get(e).jt() == sorted.get(j).jt()) {
        e++;
      }
      if (e - j >= 3) {
        out.add(new Segment(sorted.get(j).k(), sorted.get(e - 1).k(), sorted.get(j).jt()));
      } else {
        for (int i = j; i < e; i++) out.add(new Segment(sorted.get(i).k(), sorted.get(i).k(), sorted.get(i).jt()));
      }
      j = e;
    }
    return out;
  }

  /** Appends, in layout order, a search of {@code tests} (sorted) falling to {@code exit}. */
  private static void build(List<Test> tests, Object exit, List<Node> out) {
    tree(segments(tests), exit, out);
  }

  private static void tree(List<Segment> segs, Object exit, List<Node> out) {
    if (segs.size() <= BUCKET) {
      bucket(segs, exit, out);
      return;
    }
    int mid = segs.size() / 2;
    Node split = new Node();
    split.code = Bpf.JMP | Bpf.JGT | Bpf.K;
    split.k = (int) segs.get(mid - 1).hi();
    out.add(split);
    int left = out.size();
    tree(segs.subList(0, mid), exit, out);
    int right = out.size();
    tree(segs.subList(mid, segs.size()), exit, out);
    split.jf = out.get(left);
    split.jt = out.get(right);
  }

  /**
   * Tests the segments in ascending order: {@code jeq} for a value, {@code jge lo; jgt hi} for a
   * range, whose {@code jge} fails straight to {@code exit} (every later segment is higher).
   */
  private static void bucket(List<Segment> segs, Object exit, List<Node> out) {
    List<Node> toNextT = new ArrayList<>();
    List<Node> toNextF = new ArrayList<>();
    for (Segment g : segs) {
      Node first = new Node();
      for (Node x : toNextT) x.jt = first;
      for (Node x : toNextF) x.jf = first;
      toNextT.clear();
      toNextF.clear();
      out.add(first);
      if (g.lo() == g.hi()) {
        first.code = Bpf.JMP | Bpf.JEQ | Bpf.K;
        first.k = (int) g.lo();
        first.jt = g.jt();
        toNextF.add(first);
      } else {
        Node upper = new Node();
        first.code = Bpf.JMP | Bpf.JGE | Bpf.K;
        first.k = (int) g.lo();
        first.jt = upper;
        first.jf = exit;
        upper.code = Bpf.JMP | Bpf.JGT | Bpf.K;
        upper.k = (int) g.hi();
        upper.jf = g.jt();
        toNextT.add(upper);
        out.add(upper);
      }
    }
    for (Node x : toNextT) x.jt = exit;
    for (Node x : toNextF) x.jf = exit;
  }
}
