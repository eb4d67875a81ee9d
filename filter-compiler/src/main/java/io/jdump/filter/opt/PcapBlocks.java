package io.jdump.filter.opt;

import static io.jdump.filter.opt.PcapGraph.A_ATOM;
import static io.jdump.filter.opt.PcapGraph.N_ATOMS;
import static io.jdump.filter.opt.PcapGraph.NOP;
import static io.jdump.filter.opt.PcapGraph.X_ATOM;

import io.jdump.bpf.Bpf;
import io.jdump.filter.opt.PcapGraph.Blk;
import io.jdump.filter.opt.PcapGraph.Edge;
import io.jdump.filter.opt.PcapGraph.Stmt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass of libpcap 1.10's per-block work ({@code opt_blk}): value numbers for every atom
 * at each block's end (paths that disagree on a value leave it unknown), constant folding
 * when statements may be altered, the peephole rewrites of a block's last statements into its
 * jump, jumps on a known constant decided, and dead statements removed. Its decisions are
 * what {@link PcapModel} needs to know whether libpcap reaches {@code ret #0}.
 */
final class PcapBlocks {
  /** libpcap's VAL_UNKNOWN: equal to nothing. */
  static final int UNKNOWN = 0;

  private record Key(int code, long v0, long v1) {
    // Written out: a record's own equals and hashCode are bootstrapped through method handles
    // on first use, ~30 ms of a cold JDK 17 that no class-data archive keeps.
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.code == code && k.v0 == v0 && k.v1 == v1;
    }

    @Override
    public int hashCode() {
      return (code * 31 + Long.hashCode(v0)) * 31 + Long.hashCode(v1);
    }
  }

  private final Map<Key, Integer> numbers = new HashMap<>();
  private final List<Long> consts = new ArrayList<>(List.of(0L));
  private final List<Boolean> isConst = new ArrayList<>(List.of(false));
  /** Cleared whenever something changed (libpcap's {@code done}). */
  boolean done = true;

  /** libpcap's F: the number of {@code code} applied to v0 and v1. */
  int f(int code, long v0, long v1) {
    // get and put, no computeIfAbsent lambda: its first call spins method handles in a cold -d
    Key key = new Key(code, v0, v1);
    Integer known = numbers.get(key);
    if (known != null) return known;
    boolean imm = Bpf.mode(code) == Bpf.IMM
        && (Bpf.cls(code) == Bpf.LD || Bpf.cls(code) == Bpf.LDX);
    consts.add(imm ? v0 : 0L);
    isConst.add(imm);
    numbers.put(key, consts.size() - 1);
    return consts.size() - 1;
  }

  int k(int k) {
    return f(Bpf.LD | Bpf.IMM | Bpf.W, k, 0);
  }

  boolean isConst(int v) {
    return isConst.get(v);
  }

  int constOf(int v) {
    return (int) (long) consts.get(v);
  }

  void block(Blk b, boolean doStmts) {
    List<Edge> in = b.inEdges;
    if (in.isEmpty()) {
      Arrays.fill(b.val, UNKNOWN);
    } else {
      System.arraycopy(in.get(0).pred.val, 0, b.val, 0, N_ATOMS);
      for (int e = 1; e < in.size(); e++) {
        int[] pv = in.get(e).pred.val;
        for (int i = 0; i < N_ATOMS; i++) if (b.val[i] != pv[i]) b.val[i] = UNKNOWN;
      }
    }
    int aval = b.val[A_ATOM];
    int xval = b.val[X_ATOM];
    for (Stmt s : b.stmts) stmt(s, b.val, doStmts);
    if (doStmts && ((b.outUse == 0 && aval != UNKNOWN && b.val[A_ATOM] == aval
        && xval != UNKNOWN && b.val[X_ATOM] == xval) || Bpf.cls(b.code) == Bpf.RET)) {
      if (!b.stmts.isEmpty()) {
        b.stmts.clear();
        done = false;
      }
    } else {
      peep(b);
      deadStores(b);
    }
    b.oval = Bpf.src(b.code) == Bpf.K ? k(b.k) : b.val[X_ATOM];
    b.et.code = b.code;
    b.ef.code = -b.code;
    b.et.aval = b.ef.aval = b.val[A_ATOM];
    b.et.oval = b.ef.oval = b.oval;
  }

  private void store(Stmt s, int[] val, int atom, int v, boolean alter) {
    if (alter && v != UNKNOWN && val[atom] == v) s.code = NOP;
    else val[atom] = v;
  }

  private void stmt(Stmt s, int[] val, boolean alter) {
    int code = s.code;
    if (code == NOP) return;
    int cls = Bpf.cls(code);
    int op = Bpf.op(code);
    switch (cls) {
      case Bpf.LD -> {
        switch (Bpf.mode(code)) {
          case Bpf.ABS -> store(s, val, A_ATOM, f(code, s.k, 0), alter);
          case Bpf.IND -> {
            int v = val[X_ATOM];
            if (alter && isConst(v)) {
              s.code = Bpf.LD | Bpf.ABS | Bpf.size(code);
              s.k += constOf(v);
              v = f(s.code, s.k, 0);
              done = false;
            } else {
              v = f(code, s.k, v);
            }
            store(s, val, A_ATOM, v, alter);
          }
          case Bpf.LEN -> store(s, val, A_ATOM, f(code, 0, 0), alter);
          case Bpf.IMM -> store(s, val, A_ATOM, k(s.k), alter);
          case Bpf.MEM -> {
            int v = val[s.k];
            if (alter && isConst(v)) {
              s.code = Bpf.LD | Bpf.IMM;
              s.k = constOf(v);
              done = false;
            }
            store(s, val, A_ATOM, v, alter);
          }
          default -> { }
        }
      }
      case Bpf.LDX -> {
        switch (Bpf.mode(code)) {
          case Bpf.IMM -> store(s, val, X_ATOM, k(s.k), alter);
          case Bpf.MSH -> store(s, val, X_ATOM, f(code, s.k, 0), alter);
          case Bpf.MEM -> {
            int v = val[s.k];
            if (alter && isConst(v)) {
              s.code = Bpf.LDX | Bpf.IMM;
              s.k = constOf(v);
              done = false;
            }
            store(s, val, X_ATOM, v, alter);
          }
          default -> { }
        }
      }
      case Bpf.ALU -> alu(s, val, alter, op);
      case Bpf.MISC -> {
        if (Bpf.miscop(code) == Bpf.TXA) store(s, val, A_ATOM, val[X_ATOM], alter);
        else if (Bpf.miscop(code) == Bpf.TAX) store(s, val, X_ATOM, val[A_ATOM], alter);
      }
      case Bpf.ST -> store(s, val, s.k, val[A_ATOM], alter);
      case Bpf.STX -> store(s, val, s.k, val[X_ATOM], alter);
      default -> { }
    }
  }

  private void alu(Stmt s, int[] val, boolean alter, int op) {
    if (op == Bpf.NEG) {
      if (alter && isConst(val[A_ATOM])) {
        s.code = Bpf.LD | Bpf.IMM;
        s.k = -constOf(val[A_ATOM]);
        val[A_ATOM] = k(s.k);
      } else {
        val[A_ATOM] = f(s.code, val[A_ATOM], 0);
      }
      return;
    }
    if (Bpf.src(s.code) == Bpf.K) {
      if (alter) {
        if (s.k == 0) {
          if (op == Bpf.ADD || op == Bpf.LSH || op == Bpf.RSH || op == Bpf.OR || op == Bpf.XOR) {
            s.code = NOP;
            return;
          }
          if (op == Bpf.MUL || op == Bpf.AND) {
            s.code = Bpf.LD | Bpf.IMM;
            val[A_ATOM] = k(s.k);
            return;
          }
        }
        if (isConst(val[A_ATOM]) && fold(s, val[A_ATOM], k(s.k))) {
          val[A_ATOM] = k(s.k);
          return;
        }
      }
      val[A_ATOM] = f(s.code, val[A_ATOM], k(s.k));
      return;
    }
    if (alter && isConst(val[X_ATOM])) {
      if (isConst(val[A_ATOM])) {
        if (fold(s, val[A_ATOM], val[X_ATOM])) {
          val[A_ATOM] = k(s.k);
          return;
        }
      } else {
        s.code = Bpf.ALU | Bpf.K | op;
        s.k = constOf(val[X_ATOM]);
        done = false;
        val[A_ATOM] = f(s.code, val[A_ATOM], k(s.k));
        return;
      }
    }
    if (alter && isConst(val[A_ATOM]) && constOf(val[A_ATOM]) == 0) {
      if (op == Bpf.ADD || op == Bpf.OR || op == Bpf.XOR) {
        s.code = Bpf.MISC | Bpf.TXA;
        store(s, val, A_ATOM, val[X_ATOM], true);
        return;
      }
      if (op == Bpf.MUL || op == Bpf.DIV || op == Bpf.MOD || op == Bpf.AND || op == Bpf.LSH
          || op == Bpf.RSH) {
        s.code = Bpf.LD | Bpf.IMM;
        s.k = 0;
        store(s, val, A_ATOM, k(0), true);
        return;
      }
    }
    val[A_ATOM] = f(s.code, val[A_ATOM], val[X_ATOM]);
  }

  /** libpcap's fold_op; false (left alone) where libpcap would stop on a division by zero. */
  private boolean fold(Stmt s, int v0, int v1) {
    int a = constOf(v0);
    int b = constOf(v1);
    long ua = a & 0xffffffffL;
    long ub = b & 0xffffffffL;
    int r;
    switch (Bpf.op(s.code)) {
      case Bpf.ADD -> r = a + b;
      case Bpf.SUB -> r = a - b;
      case Bpf.MUL -> r = a * b;
      case Bpf.DIV -> {
        if (b == 0) return false;
        r = (int) (ua / ub);
      }
      case Bpf.MOD -> {
        if (b == 0) return false;
        r = (int) (ua % ub);
      }
      case Bpf.AND -> r = a & b;
      case Bpf.OR -> r = a | b;
      case Bpf.XOR -> r = a ^ b;
      case Bpf.LSH -> r = ub < 32 ? a << b : 0;
      case Bpf.RSH -> r = ub < 32 ? a >>> b : 0;
      default -> {
        return false;
      }
    }
    s.k = r;
    s.code = Bpf.LD | Bpf.IMM;
    done = false;
    return true;
  }

  private static int next(List<Stmt> l, int i) {
    while (i < l.size() && l.get(i).code == NOP) i++;
    return i;
  }

  private void peep(Blk b) {
    List<Stmt> l = b.stmts;
    if (l.isEmpty()) return;
    Stmt last = l.get(0);
    for (int si = next(l, 0); si < l.size(); ) {
      Stmt s = l.get(si);
      int ni = next(l, si + 1);
      if (ni >= l.size()) break;
      Stmt nx = l.get(ni);
      last = nx;
      if (s.code == Bpf.ST && nx.code == (Bpf.LDX | Bpf.MEM) && s.k == nx.k) {
        done = false;
        nx.code = Bpf.MISC | Bpf.TAX;
      }
      if (s.code == (Bpf.LD | Bpf.IMM) && nx.code == (Bpf.MISC | Bpf.TAX)) {
        s.code = Bpf.LDX | Bpf.IMM;
        nx.code = Bpf.MISC | Bpf.TXA;
        done = false;
      }
      if (s.code == (Bpf.LD | Bpf.IMM) && (b.outUse & 1 << X_ATOM) == 0) {
        int ai = nx.code != (Bpf.LDX | Bpf.MSH | Bpf.B) ? ni : next(l, ni + 1);
        if (ai < l.size() && l.get(ai).code == (Bpf.ALU | Bpf.ADD | Bpf.X)) {
          int ti = next(l, ai + 1);
          if (ti < l.size() && l.get(ti).code == (Bpf.MISC | Bpf.TAX)) {
            int ii = next(l, ti + 1);
            if (ii < l.size() && Bpf.cls(l.get(ii).code) == Bpf.LD
                && Bpf.mode(l.get(ii).code) == Bpf.IND) {
              l.get(ii).k += s.k;
              s.code = NOP;
              l.get(ai).code = NOP;
              l.get(ti).code = NOP;
              done = false;
            }
          }
        }
      }
      si = ni;
    }
    jumpPeep(b, last);
  }

  private void jumpPeep(Blk b, Stmt last) {
    if (b.code == (Bpf.JMP | Bpf.JEQ | Bpf.K) && (b.outUse & 1 << A_ATOM) == 0) {
      if (last.code == (Bpf.ALU | Bpf.SUB | Bpf.X)) {
        int v = b.val[X_ATOM];
        if (isConst(v)) {
          b.k += constOf(v);
          last.code = NOP;
          done = false;
        } else if (b.k == 0) {
          last.code = NOP;
          b.code = Bpf.JMP | Bpf.JEQ | Bpf.X;
          done = false;
        }
      } else if (last.code == (Bpf.ALU | Bpf.SUB | Bpf.K)) {
        last.code = NOP;
        b.k += last.k;
        done = false;
      } else if (last.code == (Bpf.ALU | Bpf.AND | Bpf.K) && b.k == 0) {
        b.k = last.k;
        b.code = Bpf.JMP | Bpf.K | Bpf.JSET;
        last.code = NOP;
        done = false;
        Blk t = b.jt();
        b.et.succ = b.jf();
        b.ef.succ = t;
      }
    }
    if (b.code == (Bpf.JMP | Bpf.K | Bpf.JSET)) {
      if (b.k == 0) b.et.succ = b.jf();
      if (b.k == 0xffffffff) b.ef.succ = b.jt();
    }
    int xv = b.val[X_ATOM];
    if (isConst(xv) && Bpf.src(b.code) == Bpf.X) {
      b.code &= ~Bpf.X;
      b.k = constOf(xv);
    }
    int av = b.val[A_ATOM];
    if (isConst(av) && Bpf.src(b.code) == Bpf.K && !b.isLeaf()) {
      long v = constOf(av) & 0xffffffffL;
      long kk = b.k & 0xffffffffL;
      boolean r = switch (Bpf.op(b.code)) {
        case Bpf.JEQ -> v == kk;
        case Bpf.JGT -> v > kk;
        case Bpf.JGE -> v >= kk;
        case Bpf.JSET -> (v & kk) != 0;
        default -> true;
      };
      if (b.jf() != b.jt()) done = false;
      if (r) b.ef.succ = b.jt();
      else b.et.succ = b.jf();
    }
  }

  private void deadStores(Blk b) {
    Stmt[] last = new Stmt[N_ATOMS];
    for (Stmt s : b.stmts) dead(s.code, s.k, s, last);
    dead(b.code, b.k, null, last);
    for (int atom = 0; atom < N_ATOMS; atom++) {
      if (last[atom] != null && (b.outUse & 1 << atom) == 0) {
        last[atom].code = NOP;
        done = false;
      }
    }
  }

  private void dead(int code, int k, Stmt s, Stmt[] last) {
    int atom = PcapGraph.atomUse(code, k);
    if (atom >= 0) {
      if (atom == PcapGraph.AX_ATOM) {
        last[X_ATOM] = null;
        last[A_ATOM] = null;
      } else {
        last[atom] = null;
      }
    }
    if (s == null) return;
    atom = PcapGraph.atomDef(code, k);
    if (atom >= 0) {
      if (last[atom] != null) {
        done = false;
        last[atom].code = NOP;
      }
      last[atom] = s;
    }
  }
}
