package io.jdump.bpf;


/**
 * Finds programs that may load a scratch cell no path has stored to. libpcap 1.10's
 * {@code bpf_filter} leaves its scratch memory uninitialised, so such a program's verdict there
 * depends on stack garbage, and Linux refuses to attach it to a socket: libpcap's code for
 * {@code geneve or udp port 53} is one (the port test reads offsets only geneve stores).
 * jdump's Interpreter and JIT zero the cells, which is defined.
 *
 * <pre>{@code
 * boolean garbage = ScratchUse.readsUnwritten(FilterCompiler.compile("geneve or udp", 1, 65535, true));
 * }</pre>
 */
public final class ScratchUse {
  private ScratchUse() {}

  private static final int ALL = (1 << Bpf.MEMWORDS) - 1;

  /**
   * {@return whether some reachable {@code ld M[k]} or {@code ldx M[k]} may run before any store to k}
   *
   * @param program the program
   */
  public static boolean readsUnwritten(BpfProgram program) {
    int n = program.length();
    int[] stored = new int[n]; // cells stored on every path reaching pc; ALL until reached
    boolean[] reached = new boolean[n];
    java.util.Arrays.fill(stored, ALL);
    stored[0] = 0;
    reached[0] = true;
    // Forward jumps make one pass enough, but protochain jumps back: iterate to a fixed point.
    for (boolean changed = true; changed; ) {
      changed = false;
      for (int pc = 0; pc < n; pc++) {
        if (!reached[pc]) continue;
        Insn in = program.get(pc);
        int code = in.code();
        int out = stored[pc];
        if (code == (Bpf.ST) || code == (Bpf.STX)) out |= 1 << (in.k() & 0xf);
        for (int next : successors(pc, in)) {
          if (next < 0 || next >= n) continue;
          int meet = reached[next] ? stored[next] & out : out;
          if (!reached[next] || meet != stored[next]) {
            reached[next] = true;
            stored[next] = meet;
            changed = true;
          }
        }
      }
    }
    for (int pc = 0; pc < n; pc++) {
      Insn in = program.get(pc);
      boolean load = in.code() == (Bpf.LD | Bpf.MEM) || in.code() == (Bpf.LDX | Bpf.MEM);
      if (reached[pc] && load && (stored[pc] & 1 << (in.k() & 0xf)) == 0) return true;
    }
    return false;
  }

  private static int[] successors(int pc, Insn in) {
    int code = in.code();
    if (Bpf.cls(code) == Bpf.RET) return new int[0];
    if (code == (Bpf.JMP | Bpf.JA)) return new int[] {pc + 1 + in.k()};
    if (Bpf.cls(code) == Bpf.JMP) return new int[] {pc + 1 + in.jt(), pc + 1 + in.jf()};
    return new int[] {pc + 1};
  }
}
