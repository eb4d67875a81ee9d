package io.jdump.filter.asm;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.filter.gen.Cond;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns a condition into instructions: first a control-flow graph of blocks (each a
 * libpcap {@code struct block}: statements, one conditional jump, true and false edges),
 * built backwards from the two return blocks so that every block is made after its
 * successors; then the blocks laid out in the reverse of that order, which keeps every jump
 * forward. Offsets are 8 bits: a target further than 255 instructions is reached through a
 * {@code ja} placed right after the jump, as libpcap does.
 *
 * <pre>{@code
 * BpfProgram p = Assembler.assemble(cond, 262144);
 * }</pre>
 */
public final class Assembler {
  private Assembler() {}

  /** One block of the graph; a return block has {@code ret >= 0}. */
  private static final class Block {
    final List<Insn> stmts;
    final int code;
    final int k;
    final Block jt;
    final Block jf;
    final long ret;
    final int id;
    boolean reachable;
    boolean longT;
    boolean longF;
    int start;

    Block(List<Insn> stmts, int code, int k, Block jt, Block jf, long ret, int id) {
      this.stmts = stmts;
      this.code = code;
      this.k = k;
      this.jt = jt;
      this.jf = jf;
      this.ret = ret;
      this.id = id;
    }

    int size() {
      return stmts.size() + 1 + (longT ? 1 : 0) + (longF ? 1 : 0);
    }
  }

  private static final class Graph {
    final List<Block> blocks = new ArrayList<>();

    Block add(List<Insn> stmts, int code, int k, Block jt, Block jf, long ret) {
      Block b = new Block(stmts, code, k, jt, jf, ret, blocks.size());
      blocks.add(b);
      return b;
    }
  }

  /** {@return the program that returns snaplen where cond holds and 0 elsewhere} */
  public static BpfProgram assemble(Cond cond, int snaplen) {
    Graph g = new Graph();
    Block reject = g.add(List.of(), 0, 0, null, null, 0);
    Block accept = g.add(List.of(), 0, 0, null, null, snaplen & 0xffffffffL);
    Block root = cond == null ? accept : lower(g, cond, accept, reject);
    return layout(g, root);
  }

  /** An and/or chain being lowered, its operands from the last back to the first. */
  private static final class Chain {
    final boolean and;
    final List<Cond> operands;
    final Block t;
    final Block f;
    int i;
    Block next;

    Chain(boolean and, List<Cond> operands, Block t, Block f) {
      this.and = and;
      this.operands = operands;
      this.t = t;
      this.f = f;
      this.i = operands.size() - 1;
      this.next = and ? t : f;
    }

    Block trueTarget() {
      return and ? next : t;
    }

    Block falseTarget() {
      return and ? f : next;
    }
  }

  /**
   * Continuation-passing lowering: each operand of an and/or chain is lowered from the last
   * back to the first, knowing where it goes on true and on false. Nested chains wait on an
   * explicit stack, so conditions as deep as the expression is long cost no Java stack.
   */
  private static Block lower(Graph g, Cond root, Block rootT, Block rootF) {
    Deque<Chain> chains = new ArrayDeque<>();
    Cond c = root;
    Block t = rootT;
    Block f = rootF;
    while (true) {
      while (c instanceof Cond.Not n) {
        c = n.cond();
        Block x = t;
        t = f;
        f = x;
      }
      Block result;
      if (c instanceof Cond.Test test) {
        result = g.add(test.stmts(), test.code(), test.k(), t, f, -1);
      } else if (c instanceof Cond.Const k) {
        // libpcap 1.10's gen_true/gen_false: a block testing a constant it loads. Its optimizer
        // folds these; lowering them to their target instead would give it another graph to
        // work on, and another program (and other verdicts on cut frames) out of it.
        List<Insn> load = List.of(Insn.stmt(Bpf.LD | Bpf.IMM, k.value() ? 0 : 1));
        result = g.add(load, Bpf.JMP | Bpf.JEQ | Bpf.K, 0, t, f, -1);
      } else {
        Chain chain = new Chain(c instanceof Cond.And, operands(c), t, f);
        chains.push(chain);
        c = chain.operands.get(chain.i);
        t = chain.trueTarget();
        f = chain.falseTarget();
        continue;
      }
      // Hand the block to the chains waiting for it, finishing those it completes.
      while (true) {
        Chain chain = chains.peek();
        if (chain == null) return result;
        chain.next = result;
        if (--chain.i >= 0) break;
        chains.pop();
      }
      Chain chain = chains.peek();
      c = chain.operands.get(chain.i);
      t = chain.trueTarget();
      f = chain.falseTarget();
    }
  }

  /** {@return the operands of an and (or or) chain, in evaluation order} */
  private static List<Cond> operands(Cond c) {
    boolean and = c instanceof Cond.And;
    Deque<Cond> operands = new ArrayDeque<>();
    Cond cur = c;
    while (and ? cur instanceof Cond.And : cur instanceof Cond.Or) {
      Cond left = and ? ((Cond.And) cur).left() : ((Cond.Or) cur).left();
      Cond right = and ? ((Cond.And) cur).right() : ((Cond.Or) cur).right();
      operands.push(right);
      cur = left;
    }
    operands.push(cur);
    return new ArrayList<>(operands);
  }

  private static BpfProgram layout(Graph g, Block root) {
    Deque<Block> work = new ArrayDeque<>();
    root.reachable = true;
    work.push(root);
    while (!work.isEmpty()) {
      Block b = work.pop();
      for (Block s : new Block[] {b.jt, b.jf}) {
        if (s != null && !s.reachable) {
          s.reachable = true;
          work.push(s);
        }
      }
    }
    List<Block> order = new ArrayList<>();
    for (int i = g.blocks.size() - 1; i >= 0; i--) {
      if (g.blocks.get(i).reachable) order.add(g.blocks.get(i));
    }
    // libpcap lays blocks out from the end back, false branch first: the return reached by
    // following false branches from the root comes last ('not tcp' ends in ret #snaplen).
    Block last = root;
    while (last.ret < 0) last = last.jf;
    int n = order.size();
    if (n >= 2 && order.get(n - 1) != last && order.get(n - 2) == last) {
      order.set(n - 2, order.get(n - 1));
      order.set(n - 1, last);
    }
    boolean changed = true;
    while (changed) {
      int pc = 0;
      for (Block b : order) {
        b.start = pc;
        pc += b.ret >= 0 ? 1 : b.size();
      }
      changed = false;
      for (Block b : order) {
        if (b.ret >= 0) continue;
        int jump = b.start + b.stmts.size();
        if (!b.longT && b.jt.start - (jump + 1) > 255) {
          b.longT = true;
          changed = true;
        }
        if (!b.longF && b.jf.start - (jump + 1) > 255) {
          b.longF = true;
          changed = true;
        }
      }
    }
    List<Insn> out = new ArrayList<>();
    for (Block b : order) {
      if (b.ret >= 0) {
        out.add(Insn.stmt(Bpf.RET | Bpf.K, (int) b.ret));
        continue;
      }
      out.addAll(b.stmts);
      int jump = b.start + b.stmts.size();
      int after = jump + 1;
      int jt;
      int jf;
      if (b.longT) {
        jt = 0;
        jf = b.longF ? 1 : b.jf.start - (after + 1) + 1;
      } else {
        jt = b.jt.start - after;
        jf = b.longF ? 0 : b.jf.start - after;
      }
      if (b.longT && !b.longF) jf = b.jf.start - after;
      out.add(new Insn(b.code, jt, jf, b.k));
      if (b.longT) out.add(Insn.stmt(Bpf.JMP | Bpf.JA, b.jt.start - (after + 1)));
      if (b.longF) {
        int at = after + (b.longT ? 1 : 0);
        out.add(Insn.stmt(Bpf.JMP | Bpf.JA, b.jf.start - (at + 1)));
      }
    }
    return new BpfProgram(out);
  }
}
