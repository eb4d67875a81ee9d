package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.Insn;

/**
 * One statement's effect on a {@link State}: the value it computes, whether it may end the
 * filter (a load past the captured bytes, a division by zero: both return 0, so a load is
 * never moved to where it may fail unless an earlier one proves it succeeds, and a division
 * that may be by zero is never dropped), and the state after it.
 */
final class Step {
  private final Values values;

  Step(Values values) {
    this.values = values;
  }

  /** {@return the value number of what {@code i} writes, from state {@code s}} */
  int value(State s, Insn i) {
    int c = i.code();
    int k = i.k();
    return switch (Bpf.cls(c)) {
      case Bpf.LD, Bpf.LDX -> switch (Bpf.mode(c)) {
        case Bpf.IMM -> values.constant(k);
        case Bpf.ABS, Bpf.MSH -> values.of(c, k & 0xffffffffL, 0);
        case Bpf.IND -> s.x == Values.UNKNOWN ? values.fresh() : values.of(c, k & 0xffffffffL, s.x);
        case Bpf.MEM -> s.m[k & 15];
        case Bpf.LEN -> values.of(Bpf.LD | Bpf.LEN, 0, 0);
        default -> Values.UNKNOWN;
      };
      case Bpf.ST -> s.a;
      case Bpf.STX -> s.x;
      case Bpf.ALU -> alu(s, i);
      case Bpf.MISC -> Bpf.miscop(c) == Bpf.TAX ? s.a : s.x;
      default -> Values.UNKNOWN;
    };
  }

  private int alu(State s, Insn i) {
    int op = Bpf.op(i.code());
    int a = s.a;
    if (op == Bpf.NEG) {
      if (a == Values.UNKNOWN) return a;
      return values.isConstant(a) ? values.constant(-(int) values.constantOf(a)) : values.of(op, a, 0);
    }
    int b = Bpf.src(i.code()) == Bpf.X ? s.x : values.constant(i.k());
    if (b != Values.UNKNOWN && values.isConstant(b)) {
      int kb = (int) values.constantOf(b);
      boolean identity = switch (op) {
        case Bpf.ADD, Bpf.SUB, Bpf.OR, Bpf.XOR, Bpf.LSH, Bpf.RSH -> kb == 0;
        case Bpf.MUL, Bpf.DIV -> kb == 1;
        case Bpf.AND -> kb == -1;
        default -> false;
      };
      if (identity) return a;
      if ((op == Bpf.AND || op == Bpf.MUL) && kb == 0) return values.constant(0);
    }
    if (a == Values.UNKNOWN || b == Values.UNKNOWN) return Values.UNKNOWN;
    if (values.isConstant(a) && values.isConstant(b)) {
      Integer r = fold(op, (int) values.constantOf(a), (int) values.constantOf(b));
      if (r != null) return values.constant(r);
    }
    return values.of(op | Bpf.ALU, a, b);
  }

  private static Integer fold(int op, int a, int b) {
    return switch (op) {
      case Bpf.ADD -> a + b;
      case Bpf.SUB -> a - b;
      case Bpf.MUL -> a * b;
      case Bpf.DIV -> b == 0 ? null : Integer.divideUnsigned(a, b);
      case Bpf.MOD -> b == 0 ? null : Integer.remainderUnsigned(a, b);
      case Bpf.OR -> a | b;
      case Bpf.AND -> a & b;
      case Bpf.XOR -> a ^ b;
      case Bpf.LSH -> Integer.compareUnsigned(b, 32) >= 0 ? null : a << b;
      case Bpf.RSH -> Integer.compareUnsigned(b, 32) >= 0 ? null : a >>> b;
      default -> null;
    };
  }

  /**
   * {@return true if {@code i} may divide by zero in state {@code s}} Unlike a load past the
   * captured bytes, that ends the filter on every frame, whole or cut: such a statement stays.
   */
  boolean mayDivideByZero(State s, Insn i) {
    int c = i.code();
    if (Bpf.cls(c) != Bpf.ALU || (Bpf.op(c) != Bpf.DIV && Bpf.op(c) != Bpf.MOD)) return false;
    if (Bpf.src(c) == Bpf.K) return i.k() == 0;
    return !(values.isConstant(s.x) && values.constantOf(s.x) != 0);
  }

  /** {@return true if {@code i} may end the filter in state {@code s}} */
  boolean mayAbort(State s, Insn i, int vn) {
    int c = i.code();
    int cls = Bpf.cls(c);
    if (cls == Bpf.ALU) {
      int op = Bpf.op(c);
      if (op != Bpf.DIV && op != Bpf.MOD) return false;
      if (Bpf.src(c) == Bpf.K) return i.k() == 0;
      return !(values.isConstant(s.x) && values.constantOf(s.x) != 0);
    }
    if (cls != Bpf.LD && cls != Bpf.LDX) return false;
    int mode = Bpf.mode(c);
    if (mode == Bpf.ABS || mode == Bpf.MSH) {
      return !s.isLoaded(vn) && end(i) > s.caplenAtLeast;
    }
    if (mode == Bpf.IND) return vn == Values.UNKNOWN || !s.isLoaded(vn);
    return false;
  }

  /** The captured length a packet load at {@code i} needs, index register aside. */
  private static long end(Insn i) {
    int c = i.code();
    long size = Bpf.cls(c) == Bpf.LDX ? 1 : switch (Bpf.size(c)) {
      case Bpf.W -> 4;
      case Bpf.H -> 2;
      default -> 1;
    };
    return (i.k() & 0xffffffffL) + size;
  }

  /** Moves {@code s} past {@code i}, which computed {@code vn}. */
  void apply(State s, Insn i, int vn) {
    int c = i.code();
    int cls = Bpf.cls(c);
    switch (cls) {
      case Bpf.LD, Bpf.ALU -> s.a = vn;
      case Bpf.LDX -> s.x = vn;
      case Bpf.ST, Bpf.STX -> s.m[i.k() & 15] = vn;
      case Bpf.MISC -> {
        if (Bpf.miscop(c) == Bpf.TAX) s.x = vn;
        else s.a = vn;
      }
      default -> { }
    }
    if (cls == Bpf.LD || cls == Bpf.LDX) {
      int mode = Bpf.mode(c);
      if (mode == Bpf.ABS || mode == Bpf.MSH || mode == Bpf.IND) {
        if (vn != Values.UNKNOWN) s.addLoaded(vn);
        s.caplenAtLeast = Math.max(s.caplenAtLeast, end(i));
      }
    }
  }

  /** Runs statements from {@code s}, mutating it. */
  void run(State s, Iterable<Insn> stmts) {
    for (Insn i : stmts) apply(s, i, value(s, i));
  }

  Values values() {
    return values;
  }
}
