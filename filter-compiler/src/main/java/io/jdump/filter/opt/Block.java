package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.Insn;
import java.util.ArrayList;
import java.util.List;

/**
 * One basic block of the optimizer's graph: statements, then a terminator that is a return,
 * an unconditional move to {@code jt} ({@code jt == jf}, code {@code JMP|JA}) or a conditional
 * jump. Mutable: the passes rewrite blocks in place.
 */
final class Block {
  /** Position in the original program: laying blocks out by it keeps every jump forward. */
  final int pos;
  List<Insn> stmts = new ArrayList<>();
  /** The terminator: {@code RET|K}, {@code RET|A}, {@code JMP|JA} or a conditional jump. */
  int code;
  int k;
  Block jt;
  Block jf;
  /** Registers live on entry (bit 0 A, bit 1 X, bit 2+i M[i]); set by {@link Liveness}. */
  int liveIn;
  int mark;
  /** The walk of {@link Cfg#reachable} that last reached this block. */
  Object seenBy;
  int start;
  boolean longT;
  boolean longF;

  Block(int pos) {
    this.pos = pos;
  }

  boolean isRet() {
    return Bpf.cls(code) == Bpf.RET;
  }

  boolean isGoto() {
    return code == (Bpf.JMP | Bpf.JA);
  }

  boolean isRejectRet() {
    return code == (Bpf.RET | Bpf.K) && k == 0;
  }

  void makeGoto(Block target) {
    code = Bpf.JMP | Bpf.JA;
    k = 0;
    jt = target;
    jf = target;
  }

  void makeRet(int retCode, int retK) {
    code = retCode;
    k = retK;
    jt = null;
    jf = null;
  }
}
