package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.filter.opt.PcapGraph.Blk;
import io.jdump.filter.opt.PcapGraph.Stmt;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the graph {@link PcapModel} optimized as libpcap 1.10 lays out its own: each block
 * after its true successor's subtree is placed, the false one's first, filling the program from
 * its end; so a block is followed by its true side, then its false side. A jump that cannot
 * reach its target in 8 bits gets a {@code ja} right after the block, as libpcap adds them: a
 * block found to need one makes the whole layout start again with room for it, until every
 * long jump has its {@code ja}.
 */
final class PcapLayout {
  /** A jump offset must fit in jt/jf's 8 bits. */
  private static final int MAX_SHORT = 255;

  private final List<Blk> placed;
  private final Map<Blk, Integer> index = new IdentityHashMap<>();
  private final boolean[] longJt;
  private final boolean[] longJf;
  private final int[] slen;

  private PcapLayout(Blk root) {
    // libpcap places blocks depth first, false successor before true, each block after both
    // its subtrees, from the program's end backwards: the order of placement is this.
    placed = PcapGraph.postOrder(root, false);
    for (int i = 0; i < placed.size(); i++) index.put(placed.get(i), i);
    longJt = new boolean[placed.size()];
    longJf = new boolean[placed.size()];
    slen = new int[placed.size()];
    for (int i = 0; i < placed.size(); i++) {
      int n = 0;
      for (Stmt s : placed.get(i).stmts) if (s.code != PcapGraph.NOP) n++;
      slen[i] = n;
    }
  }

  /** {@return the program for the graph at {@code root}, laid out as libpcap lays it out} */
  static BpfProgram emit(Blk root) {
    return new PcapLayout(root).layout();
  }

  private BpfProgram layout() {
    while (true) {
      int[] offset = offsets();
      boolean grew = false;
      for (int i = 0; i < placed.size(); i++) {
        Blk b = placed.get(i);
        if (b.isLeaf()) continue;
        int at = offset[i] + slen[i];
        if (!longJt[i] && offset[index.get(b.jt())] - at - 1 > MAX_SHORT) {
          longJt[i] = true;
          grew = true;
        }
        if (!longJf[i] && offset[index.get(b.jf())] - at - 1 > MAX_SHORT) {
          longJf[i] = true;
          grew = true;
        }
      }
      if (!grew) return write(offset);
    }
  }

  /** {@return each placed block's first instruction, the first placed block last} */
  private int[] offsets() {
    int total = 0;
    for (int i = 0; i < placed.size(); i++) total += size(i);
    int[] offset = new int[placed.size()];
    int tail = total;
    for (int i = 0; i < placed.size(); i++) {
      tail -= size(i);
      offset[i] = tail;
    }
    return offset;
  }

  private int size(int i) {
    return slen[i] + 1 + (longJt[i] ? 1 : 0) + (longJf[i] ? 1 : 0);
  }

  private BpfProgram write(int[] offset) {
    int total = 0;
    for (int i = 0; i < placed.size(); i++) total += size(i);
    Insn[] out = new Insn[total];
    for (int i = 0; i < placed.size(); i++) {
      Blk b = placed.get(i);
      int pc = offset[i];
      for (Stmt s : b.stmts) if (s.code != PcapGraph.NOP) out[pc++] = new Insn(s.code, 0, 0, s.k);
      if (b.isLeaf()) {
        out[pc] = new Insn(b.code, 0, 0, b.k);
        continue;
      }
      int extra = 0;
      int jt = offset[index.get(b.jt())] - pc - 1;
      if (longJt[i]) {
        extra++;
        out[pc + extra] = new Insn(Bpf.JMP | Bpf.JA, 0, 0, jt - extra);
        jt = extra - 1;
      }
      int jf = offset[index.get(b.jf())] - pc - 1;
      if (longJf[i]) {
        int slot = extra;
        extra++;
        out[pc + extra] = new Insn(Bpf.JMP | Bpf.JA, 0, 0, jf - extra);
        jf = slot;
      }
      out[pc] = new Insn(b.code, jt, jf, b.k);
    }
    return new BpfProgram(List.of(out));
  }
}
