package io.jdump.bpf.jit;

/** The pcs that the code emitted for one instruction can jump or fall to. */
final class Edges {
  private Edges() {}

  /** {@return the targets of pc's emitted code}: a switch's cases and default, or jt and jf. */
  static int[] targets(Flow f, Chains chains, int pc) {
    int[] chain = chains.chainAt(pc);
    if (chain == null) return f.jt[pc] == f.jf[pc] ? new int[] {f.jt[pc]} : new int[] {f.jt[pc], f.jf[pc]};
    int[] out = new int[chain.length + 1];
    for (int i = 0; i < chain.length; i++) out[i] = f.jt[chain[i]];
    out[chain.length] = f.jf[chain[chain.length - 1]];
    return out;
  }
}
