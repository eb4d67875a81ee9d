package io.jdump.bpf;

import static io.jdump.bpf.InterpreterCode.FAIL;
import static io.jdump.bpf.InterpreterCode.JA;
import static io.jdump.bpf.InterpreterCode.JA_BACK;
import static io.jdump.bpf.InterpreterCode.JEQ_K;
import static io.jdump.bpf.InterpreterCode.JEQ_TABLE;
import static io.jdump.bpf.InterpreterCode.JSET_X;
import static io.jdump.bpf.InterpreterCode.MIN_CHAIN;
import static io.jdump.bpf.InterpreterCode.RET_A;
import static io.jdump.bpf.InterpreterCode.RET_K;
import static io.jdump.bpf.InterpreterCode.SLOTS;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The interpreter's jeq chains: a run of {@code jeq #k} tests on A, each false edge leading to
 * the next, becomes one open-addressing hash table from k to the true target, the last test's
 * false target on a miss. The first test of a repeated k wins, as in the chain.
 *
 * <p>The head of a chain gets a table; so does a test further in that some other jump also
 * lands on (a table over the rest of the chain). A test reached only from the one before it is
 * left as it is and never runs. The total size is bounded ({@code 8n + 1024} keys), so a
 * program built to multiply tables keeps plain compares.
 *
 * <p>{@link #lookup} is the run-time half: one multiply, usually one probe.
 */
final class JeqTables {
  private static final int GOLDEN = 0x9e3779b9;

  private JeqTables() {}

  /**
   * Turns the chain heads of decoded, not yet fused code into {@link InterpreterCode#JEQ_TABLE}
   * (slot 1: the table's start); {@return the tables}.
   */
  static int[] build(int[] code, int n) {
    int[] in = inDegrees(code, n);
    boolean[] covered = new boolean[n];
    long allowance = 8L * n + 1024;
    IntList tables = new IntList();
    for (int pc = 0; pc < n; pc++) {
      if (code[pc * SLOTS] != JEQ_K || (covered[pc] && in[pc] == 1)) continue;
      int[] chain = chain(code, pc);
      if (chain.length < MIN_CHAIN || chain.length > allowance) continue;
      allowance -= chain.length;
      for (int i = 1; i < chain.length; i++) covered[chain[i]] = true;
      int start = tables.size();
      table(code, chain, tables);
      code[pc * SLOTS] = JEQ_TABLE;
      code[pc * SLOTS + 1] = start;
    }
    return tables.toArray();
  }

  /** {@return the base of the next instruction}: the target of the first test equal to a. */
  static int lookup(int[] tables, int start, int a) {
    int mask = tables[start];
    int h = a * GOLDEN;
    for (int i = (h ^ (h >>> 16)) & mask;; i = (i + 1) & mask) {
      int at = start + 2 + 2 * i;
      int target = tables[at + 1];
      if (target == 0) return tables[start + 1];
      if (tables[at] == a) return target;
    }
  }

  private static void table(int[] code, int[] chain, IntList out) {
    Map<Integer, Integer> first = new LinkedHashMap<>();
    for (int pc : chain) first.putIfAbsent(code[pc * SLOTS + 1], code[pc * SLOTS + 2]);
    int size = Integer.highestOneBit(first.size() * 2 - 1) << 1; // at most half full
    int start = out.size();
    out.add(size - 1);
    out.add(code[chain[chain.length - 1] * SLOTS + 3]);
    for (int i = 0; i < 2 * size; i++) out.add(0);
    int[] t = out.array();
    for (Map.Entry<Integer, Integer> e : first.entrySet()) {
      int h = e.getKey() * GOLDEN;
      int i = (h ^ (h >>> 16)) & (size - 1);
      while (t[start + 3 + 2 * i] != 0) i = (i + 1) & (size - 1);
      t[start + 2 + 2 * i] = e.getKey();
      t[start + 3 + 2 * i] = e.getValue();
    }
  }

  /** {@return pc and the jeq #k tests its false edge leads through, in order} */
  private static int[] chain(int[] code, int pc) {
    IntList links = new IntList();
    for (int at = pc;; ) {
      links.add(at);
      int jt = code[at * SLOTS + 2];
      int jf = code[at * SLOTS + 3];
      if (jt == jf || code[jf] != JEQ_K) break;
      at = jf / SLOTS;
    }
    return links.toArray();
  }

  private static int[] inDegrees(int[] code, int n) {
    int[] in = new int[n];
    for (int pc = 0; pc < n; pc++) {
      int b = pc * SLOTS;
      int op = code[b];
      if (op == RET_K || op == RET_A || op == FAIL) continue;
      if (op == JA || op == JA_BACK) {
        in[code[b + 1] / SLOTS]++;
      } else if (op >= JEQ_K && op <= JSET_X) {
        in[code[b + 2] / SLOTS]++;
        in[code[b + 3] / SLOTS]++;
      } else {
        in[pc + 1]++;
      }
    }
    return in;
  }

  /** A growable int array: the tables are built once per program. */
  private static final class IntList {
    private int[] a = new int[16];
    private int size;

    void add(int v) {
      if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
      a[size++] = v;
    }

    int size() {
      return size;
    }

    int[] array() {
      return a;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, size);
    }
  }
}
