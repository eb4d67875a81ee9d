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
 * runs about log2(n/16) + 16 tests instead of n. Only for runs of at least {@link #MIN_TESTS}:
 * the splits cost instructions, which short runs would not win back.
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

  /** Appends, in layout order, a search of {@code tests} (sorted) falling to {@code exit}. */
  private static void build(List<Test> tests, Object exit, List<Node> out) {
    if (tests.size() <= BUCKET) {
      int from = out.size();
      for (Test t : tests) {
        Node x = new Node();
        x.code = Bpf.JMP | Bpf.JEQ | Bpf.K;
        x.k = (int) t.k();
        x.jt = t.jt();
        out.add(x);
      }
      for (int j = from; j < out.size(); j++) out.get(j).jf = j + 1 < out.size() ? out.get(j + 1) : exit;
      return;
    }
    int mid = tests.size() / 2;
    Node split = new Node();
    split.code = Bpf.JMP | Bpf.JGT | Bpf.K;
    split.k = (int) tests.get(mid - 1).k();
    out.add(split);
    int left = out.size();
    build(tests.subList(0, mid), exit, out);
    int right = out.size();
    build(tests.subList(mid, tests.size()), exit, out);
    split.jf = out.get(left);
    split.jt = out.get(right);
  }
}
