package io.jdump.bpf.jit;

/**
 * Where the JIT tests caplen, and against what. bpf_filter tests every absolute load; the JIT
 * tests once for all the loads that follow on every path.
 *
 * <p>{@code need[pc]}: a length such that, with a shorter caplen, every path from pc returns 0:
 * it reads that far before any ret, or ends in {@code ret #0} anyway. Testing
 * {@code caplen < need[pc]} at pc and returning 0 is therefore exactly what the program would
 * do later: only a failing load or a division by zero can end a path before its ret, and both
 * return 0 too. (So {@code ip and udp} tests caplen >= 24 once, before loading the EtherType.)
 * {@code known[pc]}: the smallest length tested on every path into pc. A load with
 * {@code k + size <= known} needs no test; any other absolute load tests {@code need}.
 *
 * <p>Lengths are unsigned 64-bit: {@code k + size} may pass 2^32, and then no caplen satisfies
 * it and the test is an unconditional return 0.
 */
final class Bounds {
  /** Longer than any caplen can be: such a load always fails. */
  static final long NEVER = 1L << 32;

  /** Per pc: the length to test before the instruction runs, or 0 for no test. */
  private final long[] check;

  Bounds(Flow f) {
    int n = f.n;
    long[] need = new long[n];
    for (int pc = n - 1; pc >= 0; pc--) {
      if (f.code[pc] < 0 || (f.code[pc] == Flow.RET_K && f.k[pc] == 0)) {
        need[pc] = NEVER; // returns 0 whatever caplen is (bpf_filter has no case for the opcode, or ret #0)
      } else if (f.isExit(pc)) {
        need[pc] = 0;
      } else {
        long after = f.isConditional(pc) ? Math.min(need[f.jt[pc]], need[f.jf[pc]]) : need[f.jt[pc]];
        need[pc] = Math.max(after, Math.min(f.absoluteEnd(pc), NEVER));
      }
    }
    check = new long[n];
    long[] known = new long[n];
    boolean[] reached = new boolean[n];
    reached[0] = true;
    for (int pc = 0; pc < n; pc++) {
      long in = reached[pc] ? known[pc] : 0;
      long end = f.absoluteEnd(pc);
      long out = in;
      if (end > in) {
        check[pc] = need[pc];
        out = need[pc];
      }
      if (f.isExit(pc)) continue;
      flow(known, reached, f.jt[pc], out);
      flow(known, reached, f.jf[pc], out);
    }
  }

  private static void flow(long[] known, boolean[] reached, int to, long value) {
    known[to] = reached[to] ? Math.min(known[to], value) : value;
    reached[to] = true;
  }

  /** {@return the caplen to test before pc runs, 0 when none is needed} (may be {@link #NEVER}) */
  long checkAt(int pc) {
    return check[pc];
  }
}
