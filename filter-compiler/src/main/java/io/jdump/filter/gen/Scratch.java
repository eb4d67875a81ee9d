package io.jdump.filter.gen;

import io.jdump.bpf.Bpf;
import io.jdump.filter.FilterException;

/**
 * The scratch memory cells of one compilation, handed out as libpcap's alloc_reg does: the
 * search for a free cell starts where the last one was found. The numbering matters beyond
 * style: libpcap's geneve code leaves cells unwritten on some paths, and a later test reads
 * whatever an earlier computation left there, so jdump must pick the same cells to select the
 * same packets.
 */
final class Scratch {
  private final boolean[] used = new boolean[Bpf.MEMWORDS];
  private int cur;

  /** {@return a free cell, now taken} */
  int alloc() throws FilterException {
    for (int n = Bpf.MEMWORDS; n-- > 0; ) {
      if (used[cur]) {
        cur = (cur + 1) % Bpf.MEMWORDS;
      } else {
        used[cur] = true;
        return cur;
      }
    }
    throw new FilterException("too many registers needed to evaluate expression");
  }

  void free(int cell) {
    used[cell] = false;
  }
}
