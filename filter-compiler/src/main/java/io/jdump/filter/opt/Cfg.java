package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The program as a graph of {@link Block}s and back: split at jump targets, walked, laid out
 * in original order (every jump stays forward; offsets past 255 go through {@code ja}, as the
 * assembler does), identical blocks shared.
 */
final class Cfg {
  /** Room between original positions for blocks a pass adds (before their target). */
  static final int SPACING = 1024;

  private Cfg() {}

  /** {@return the entry block, or null for a program with a backward jump (left alone)} */
  static Block build(BpfProgram p) {
    int n = p.length();
    boolean[] leader = new boolean[n + 1];
    leader[0] = true;
    for (int pc = 0; pc < n; pc++) {
      Insn i = p.get(pc);
      int cls = Bpf.cls(i.code());
      if (cls == Bpf.JMP) {
        if (Bpf.op(i.code()) == Bpf.JA) {
          if (i.k() < 0 || pc + 1L + i.k() >= n) return null;
          leader[pc + 1 + i.k()] = true;
        } else {
          if (pc + 1 + Math.max(i.jt(), i.jf()) >= n) return null;
          leader[pc + 1 + i.jt()] = true;
          leader[pc + 1 + i.jf()] = true;
        }
        leader[pc + 1] = true;
      } else if (cls == Bpf.RET) {
        leader[pc + 1] = true;
      }
    }
    Block[] at = new Block[n + 1];
    for (int pc = 0; pc < n; pc++) if (leader[pc]) at[pc] = new Block(pc * SPACING);
    for (int pc = 0; pc < n; pc++) {
      if (at[pc] == null) continue;
      Block b = at[pc];
      int q = pc;
      while (true) {
        if (q >= n) return null;
        Insn i = p.get(q);
        int cls = Bpf.cls(i.code());
        if (cls == Bpf.RET) {
          b.makeRet(i.code(), i.k());
          break;
        }
        if (cls == Bpf.JMP) {
          if (Bpf.op(i.code()) == Bpf.JA) {
            b.makeGoto(at[q + 1 + i.k()]);
          } else {
            b.code = i.code();
            b.k = i.k();
            b.jt = at[q + 1 + i.jt()];
            b.jf = at[q + 1 + i.jf()];
          }
          break;
        }
        b.stmts.add(i);
        q++;
        if (leader[q]) {
          if (q >= n) return null;
          b.makeGoto(at[q]);
          break;
        }
      }
    }
    return at[0];
  }

  /** {@return the blocks reachable from {@code root}, in layout (original) order} */
  static List<Block> reachable(Block root) {
    // Called several times a round: a mark per walk and a sort of primitive keys, not an
    // identity map and a comparator, which a cold JVM runs slowly on 30,000 blocks.
    Object walk = new Object();
    Deque<Block> work = new ArrayDeque<>();
    List<Block> found = new ArrayList<>();
    root.seenBy = walk;
    work.push(root);
    while (!work.isEmpty()) {
      Block b = work.pop();
      found.add(b);
      if (b.isRet()) continue;
      if (b.jt.seenBy != walk) {
        b.jt.seenBy = walk;
        work.push(b.jt);
      }
      if (b.jf.seenBy != walk) {
        b.jf.seenBy = walk;
        work.push(b.jf);
      }
    }
    // By position, ties in the order found (as a stable sort leaves them).
    long[] keys = new long[found.size()];
    for (int j = 0; j < keys.length; j++) keys[j] = (long) found.get(j).pos << 32 | j;
    Arrays.sort(keys);
    List<Block> out = new ArrayList<>(keys.length);
    for (long key : keys) out.add(found.get((int) key));
    return out;
  }

  /** Registers live on entry to each block, successors first. */
  static void liveness(List<Block> order) {
    for (int j = order.size() - 1; j >= 0; j--) {
      Block b = order.get(j);
      int live;
      if (b.isRet()) {
        live = Bpf.rval(b.code) == Bpf.A ? Regs.A : Bpf.rval(b.code) == Bpf.X ? Regs.X : 0;
      } else if (b.isGoto()) {
        live = b.jt.liveIn;
      } else {
        live = b.jt.liveIn | b.jf.liveIn | Regs.A | (Bpf.src(b.code) == Bpf.X ? Regs.X : 0);
      }
      for (int i = b.stmts.size() - 1; i >= 0; i--) {
        Insn s = b.stmts.get(i);
        live = (live & ~Regs.defs(s)) | Regs.uses(s);
      }
      b.liveIn = live;
    }
  }

  /** Shares identical blocks (same statements, same terminator, same successors). */
  static Block dedup(Block root) {
    List<Block> order = reachable(root);
    Map<Block, Block> canon = new IdentityHashMap<>();
    Map<BlockShape, Block> shapes = new HashMap<>();
    for (int j = order.size() - 1; j >= 0; j--) {
      Block b = order.get(j);
      if (!b.isRet()) {
        b.jt = canon.get(b.jt);
        b.jf = canon.get(b.jf);
        if (b.jt == b.jf && !b.isGoto()) b.makeGoto(b.jt);
      }
      Block c = shapes.putIfAbsent(new BlockShape(encode(b.stmts), b.code, b.k, b.jt, b.jf), b);
      canon.put(b, c == null ? b : c);
    }
    return canon.get(root);
  }

  /** {@return the statements as longs: code and k, then jt and jf (statements may jump)} */
  private static long[] encode(List<Insn> list) {
    long[] s = new long[list.size() * 2];
    for (int i = 0; i < list.size(); i++) {
      Insn x = list.get(i);
      s[2 * i] = (long) x.code() << 32 | (x.k() & 0xffffffffL);
      s[2 * i + 1] = (long) x.jt() << 32 | x.jf();
    }
    return s;
  }

  /** Joins a block ending in a move to a block that nothing else reaches. */
  static void joinStraightLines(Block root) {
    List<Block> order = reachable(root);
    Map<Block, Integer> preds = new IdentityHashMap<>();
    for (Block b : order) {
      if (b.isRet()) continue;
      preds.merge(b.jt, 1, Integer::sum);
      if (b.jf != b.jt) preds.merge(b.jf, 1, Integer::sum);
    }
    for (int j = order.size() - 1; j >= 0; j--) {
      Block b = order.get(j);
      while (b.isGoto() && preds.get(b.jt) == 1 && b.jt != root) {
        Block t = b.jt;
        List<Insn> joined = new ArrayList<>(b.stmts);
        joined.addAll(t.stmts);
        b.stmts = joined;
        b.code = t.code;
        b.k = t.k;
        b.jt = t.jt;
        b.jf = t.jf;
        t.stmts = new ArrayList<>();
        t.makeGoto(b);
        preds.put(t, 0);
      }
    }
  }

  /** {@return the instructions of the graph} */
  static BpfProgram emit(Block root) {
    List<Block> order = reachable(root);
    for (Block b : order) {
      b.longT = false;
      b.longF = false;
    }
    boolean changed = true;
    while (changed) {
      int pc = 0;
      for (int j = 0; j < order.size(); j++) {
        Block b = order.get(j);
        b.start = pc;
        pc += b.stmts.size() + terminatorSize(b, j + 1 < order.size() ? order.get(j + 1) : null);
      }
      changed = false;
      for (Block b : order) {
        if (b.isRet() || b.isGoto()) continue;
        int after = b.start + b.stmts.size() + 1;
        if (!b.longT && b.jt.start - after > 255) {
          b.longT = true;
          changed = true;
        }
        if (!b.longF && b.jf.start - after > 255) {
          b.longF = true;
          changed = true;
        }
      }
    }
    List<Insn> out = new ArrayList<>();
    for (int j = 0; j < order.size(); j++) {
      Block b = order.get(j);
      Block next = j + 1 < order.size() ? order.get(j + 1) : null;
      out.addAll(b.stmts);
      if (b.isRet()) {
        out.add(Insn.stmt(b.code, b.k));
      } else if (b.isGoto()) {
        if (b.jt == next) continue;
        if (b.jt.isRet() && b.jt.stmts.isEmpty()) {
          out.add(Insn.stmt(b.jt.code, b.jt.k));
        } else {
          out.add(Insn.stmt(Bpf.JMP | Bpf.JA, b.jt.start - (out.size() + 1)));
        }
      } else {
        int after = out.size() + 1;
        int jt;
        int jf;
        if (b.longT) {
          jt = 0;
          jf = b.longF ? 1 : b.jf.start - after;
        } else {
          jt = b.jt.start - after;
          jf = b.longF ? 0 : b.jf.start - after;
        }
        out.add(new Insn(b.code, jt, jf, b.k));
        if (b.longT) out.add(Insn.stmt(Bpf.JMP | Bpf.JA, b.jt.start - (out.size() + 1)));
        if (b.longF) out.add(Insn.stmt(Bpf.JMP | Bpf.JA, b.jf.start - (out.size() + 1)));
      }
    }
    return new BpfProgram(out);
  }

  private static int terminatorSize(Block b, Block next) {
    if (b.isRet()) return 1;
    if (b.isGoto()) return b.jt == next ? 0 : 1;
    return 1 + (b.longT ? 1 : 0) + (b.longF ? 1 : 0);
  }
}
