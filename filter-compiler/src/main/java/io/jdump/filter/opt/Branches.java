package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import java.util.Arrays;

/**
 * Conditional jumps against what is known: a test an earlier one already decides (the same
 * value compared with a constant it equals, excludes, or whose range settles the outcome), and
 * what each outcome teaches the paths after it.
 */
final class Branches {
  static final int UNDECIDED = -1;

  private Branches() {}

  /** {@return the constant operand of a jump in {@code s}, or -1 if X holds an unknown} */
  static long operand(Values v, State s, int code, int k) {
    if (Bpf.src(code) == Bpf.K) return k & 0xffffffffL;
    return v.isConstant(s.x) ? v.constantOf(s.x) : -1;
  }

  /** {@return 1 if the jump is taken in every packet reaching {@code s}, 0 if never, else -1} */
  static int decide(Values v, State s, int code, int k) {
    int op = Bpf.op(code);
    if (op == Bpf.JA) return 1;
    int a = s.a;
    if (a == Values.UNKNOWN) return UNDECIDED;
    if (Bpf.src(code) == Bpf.X && s.x == a) {
      return switch (op) {
        case Bpf.JEQ, Bpf.JGE -> 1;
        case Bpf.JGT -> 0;
        default -> UNDECIDED;
      };
    }
    long kk = operand(v, s, code, k);
    if (kk < 0) return UNDECIDED;
    if (v.isConstant(a)) return eval(op, v.constantOf(a), kk) ? 1 : 0;
    State.Facts f = s.factsOf(a);
    if (f == null) return UNDECIDED;
    if (f.saw(State.Facts.test(op, true, kk))) return 1;
    if (f.saw(State.Facts.test(op, false, kk))) return 0;
    if (f.lo == f.hi) return eval(op, f.lo, kk) ? 1 : 0;
    switch (op) {
      case Bpf.JEQ -> {
        if (kk < f.lo || kk > f.hi || f.excludes(kk)) return 0;
        long set = f.set & 0xffffffffL;
        if ((kk & f.clear) != 0 || (kk & set) != set) return 0;
      }
      case Bpf.JGT -> {
        if (f.lo > kk) return 1;
        if (f.hi <= kk) return 0;
      }
      case Bpf.JGE -> {
        if (f.lo >= kk) return 1;
        if (f.hi < kk) return 0;
      }
      case Bpf.JSET -> {
        if ((kk & ~f.clear & 0xffffffffL) == 0) return 0;
        if ((kk & f.set) != 0) return 1;
        if (f.hi < Long.lowestOneBit(kk)) return 0;
      }
      default -> { }
    }
    return UNDECIDED;
  }

  private static boolean eval(int op, long a, long k) {
    return switch (op) {
      case Bpf.JEQ -> a == k;
      case Bpf.JGT -> a > k;
      case Bpf.JGE -> a >= k;
      case Bpf.JSET -> (a & k) != 0;
      default -> true;
    };
  }

  /** Records in {@code s} what the jump's outcome {@code taken} says about A. */
  static void learn(Values v, State s, int code, int k, boolean taken) {
    int a = s.a;
    if (a == Values.UNKNOWN || v.isConstant(a)) return;
    long kk = operand(v, s, code, k);
    if (kk < 0) return;
    State.Facts f = s.factsFor(a);
    long t = State.Facts.test(Bpf.op(code), taken, kk);
    if (!f.saw(t)) {
      long[] n = f.seen.length < State.MAX_NEQ ? Arrays.copyOf(f.seen, f.seen.length + 1)
          : Arrays.copyOfRange(f.seen, 1, f.seen.length + 1);
      n[n.length - 1] = t;
      f.seen = n;
    }
    switch (Bpf.op(code)) {
      case Bpf.JEQ -> {
        if (taken) {
          f.lo = kk;
          f.hi = kk;
        } else if (!f.excludes(kk)) {
          long[] n = f.neq.length < State.MAX_NEQ ? Arrays.copyOf(f.neq, f.neq.length + 1)
              : Arrays.copyOfRange(f.neq, 1, f.neq.length + 1);
          n[n.length - 1] = kk;
          f.neq = n;
        }
      }
      case Bpf.JGT -> {
        if (taken) f.lo = Math.max(f.lo, kk + 1);
        else f.hi = Math.min(f.hi, kk);
      }
      case Bpf.JGE -> {
        if (taken) f.lo = Math.max(f.lo, kk);
        else f.hi = Math.min(f.hi, kk - 1);
      }
      case Bpf.JSET -> {
        if (taken && Long.bitCount(kk) == 1) f.set |= (int) kk;
        if (!taken) f.clear |= (int) kk;
      }
      default -> { }
    }
  }
}
