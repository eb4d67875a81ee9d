package io.jdump.bpf.jit;

import static io.jdump.bpf.jit.Flow.FULL;

import io.jdump.bpf.Bpf;

/**
 * Upper bounds of A and X (unsigned) on entry to each pc. Most filters compare values loaded
 * as bytes or halfwords; when both sides are below 2^31 the JIT compares them signed, which
 * is the JVM's native compare, and indexes with plain int arithmetic.
 */
final class Ranges {
  private final long[] aMax;
  private final long[] xMax;

  Ranges(Flow f) {
    int n = f.n;
    aMax = new long[n];
    xMax = new long[n];
    boolean[] reached = new boolean[n];
    reached[0] = true; // A = X = 0 on entry
    for (int pc = 0; pc < n; pc++) {
      if (!reached[pc]) {
        aMax[pc] = FULL;
        xMax[pc] = FULL;
      }
      if (f.isExit(pc)) continue;
      long a = aMax[pc];
      long x = xMax[pc];
      long k = f.k[pc] & FULL;
      int code = f.code[pc];
      switch (Bpf.cls(code)) {
        case Bpf.LD -> a = switch (Bpf.mode(code)) {
          case Bpf.IMM -> k;
          case Bpf.ABS, Bpf.IND -> switch (Bpf.size(code)) {
            case Bpf.B -> 0xff;
            case Bpf.H -> 0xffff;
            default -> FULL;
          };
          default -> FULL;
        };
        case Bpf.LDX -> x = switch (Bpf.mode(code)) {
          case Bpf.IMM -> k;
          case Bpf.MSH -> 60;
          default -> FULL;
        };
        case Bpf.ALU -> a = alu(code, a, Bpf.src(code) == Bpf.X ? x : k);
        case Bpf.MISC -> {
          if (code == (Bpf.MISC | Bpf.TAX)) x = a;
          else a = x;
        }
        default -> { } // ST, STX and jumps change neither register
      }
      join(pc, f.jt[pc], a, x, reached);
      join(pc, f.jf[pc], a, x, reached);
    }
  }

  private static long alu(int code, long a, long operand) {
    return switch (Bpf.op(code)) {
      case Bpf.AND -> Math.min(a, operand);
      case Bpf.ADD -> a + operand <= FULL ? a + operand : FULL;
      case Bpf.RSH -> Bpf.src(code) == Bpf.K ? a >>> (operand & 31) : a;
      case Bpf.DIV -> Bpf.src(code) == Bpf.K ? a / Math.max(1, operand) : a;
      case Bpf.MOD -> Math.min(a, Math.max(operand, 1) - 1);
      default -> FULL;
    };
  }

  private void join(int from, int to, long a, long x, boolean[] reached) {
    if (reached[to]) {
      aMax[to] = Math.max(aMax[to], a);
      xMax[to] = Math.max(xMax[to], x);
    } else {
      aMax[to] = a;
      xMax[to] = x;
      reached[to] = true;
    }
  }

  long a(int pc) {
    return aMax[pc];
  }

  long x(int pc) {
    return xMax[pc];
  }

  /** {@return whether the value is below 2^31}, so that signed and unsigned order agree. */
  static boolean small(long max) {
    return max <= Integer.MAX_VALUE;
  }
}
