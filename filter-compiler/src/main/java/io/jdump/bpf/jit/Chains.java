package io.jdump.bpf.jit;

import java.util.Arrays;

/**
 * Chains of {@code jeq #k} on one value, as libpcap emits for {@code host a or host b or ...}
 * and port lists: each test's false edge goes to the next test, and A does not change in
 * between. The JIT turns a chain into one {@code lookupswitch} (a jump table or a binary
 * search once HotSpot compiles it), so 50 hosts cost a few compares rather than 50.
 *
 * <p>A test reached only through the false edge of the test before it is folded into that
 * switch and emits no code. A test with any other way in (the head, or a jump into the middle
 * of a chain, as libpcap's {@code src or dst} code makes) gets a switch of its own over the rest
 * of the chain.
 */
final class Chains {
  /** Shorter chains stay compares: a switch does not pay for itself below this. */
  static final int MIN_SWITCH = 3;
  /** Longest chain folded into one switch; the test after it starts another. */
  static final int MAX_SWITCH = 256;

  /** Per pc: the pcs of the chain starting there, when it becomes a switch; else null. */
  private final int[][] chain;
  /** Per pc: folded into a switch before it, so no code of its own. */
  private final boolean[] folded;

  Chains(Flow f) {
    int n = f.n;
    chain = new int[n][];
    folded = new boolean[n];
    boolean[] covered = new boolean[n];
    int[] realIn = new int[n]; // in-edges that emitted code really jumps along
    // Jumps into the middle of chains give those tests switches of their own; bound the copies
    // (a program built to defeat this gets compares, as fast as the interpreter's, not a blow-up).
    long allowance = 8L * n + 1024;
    // Jumps go forward, so when pc is reached every edge into it is already counted.
    for (int pc = 0; pc < n; pc++) {
      if (pc > 0 && covered[pc] && realIn[pc] == 0) {
        folded[pc] = true;
        continue;
      }
      if (f.isExit(pc)) continue;
      int[] links = f.code[pc] == Flow.JEQ_K ? links(f, pc) : null;
      if (links != null && links.length >= MIN_SWITCH && links.length <= allowance) {
        allowance -= links.length;
        chain[pc] = links;
        for (int i = 1; i < links.length; i++) covered[links[i]] = true;
        for (int at : links) realIn[f.jt[at]]++;
        realIn[f.jf[links[links.length - 1]]]++;
      } else {
        realIn[f.jt[pc]]++;
        realIn[f.jf[pc]]++;
      }
    }
  }

  /** {@return pc and the jeq #k tests its false edge leads through, in order} */
  private static int[] links(Flow f, int pc) {
    int[] links = new int[MAX_SWITCH];
    int len = 0;
    int at = pc;
    while (true) {
      links[len++] = at;
      int next = f.jf[at];
      if (len == MAX_SWITCH || f.jt[at] == next || f.code[next] != Flow.JEQ_K) break;
      at = next;
    }
    return Arrays.copyOf(links, len);
  }

  int[] chainAt(int pc) {
    return chain[pc];
  }

  boolean folded(int pc) {
    return folded[pc];
  }
}
