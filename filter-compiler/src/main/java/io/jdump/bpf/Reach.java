package io.jdump.bpf;

/**
 * How far into a packet a program can read: a reader that hands the filter only the first
 * {@code reach} bytes of each packet (with the packet's true caplen) gets the same verdicts as
 * with the whole packet, since no load of the program touches a byte beyond. Absolute loads reach
 * {@code k + size}; indexed loads reach the largest X plus {@code k + size}, where X comes only
 * from {@code ldx #k} and {@code ldxb 4*([k]&0xf)} (at most 60); X from the accumulator, scratch
 * memory or the length is not bounded, nor is an index that bpf_filter's 32-bit sum could wrap.
 *
 * <pre>{@code
 * long reach = Reach.of(Listing.parseDdd(tcpPort80));   // 14 + 60 + 2 + 2: 78
 * int copied = (int) Math.min(caplen, reach);
 * }</pre>
 */
public final class Reach {
  /** No bound: the whole packet may be read. */
  public static final long WHOLE = Long.MAX_VALUE;

  private Reach() {}

  /**
   * {@return the bytes from the packet's start that the program may read} or {@link #WHOLE}
   *
   * @param program a validated program
   */
  public static long of(BpfProgram program) {
    long xMax = 0;
    for (int pc = 0; pc < program.length(); pc++) {
      Insn i = program.get(pc);
      int code = i.code();
      if (code == (Bpf.LDX | Bpf.W | Bpf.IMM)) {
        xMax = Math.max(xMax, Integer.toUnsignedLong(i.k()));
      } else if (code == (Bpf.LDX | Bpf.B | Bpf.MSH)) {
        xMax = Math.max(xMax, 60);
      } else if ((code & 0x07) == Bpf.LDX || code == (Bpf.MISC | Bpf.TAX)) {
        xMax = WHOLE; // from memory, the length or the accumulator: any value
      }
    }
    long reach = 0;
    for (int pc = 0; pc < program.length(); pc++) {
      Insn i = program.get(pc);
      int code = i.code();
      long k = Integer.toUnsignedLong(i.k());
      int cls = code & 0x07;
      int mode = code & 0xe0;
      if (cls == Bpf.LDX && mode == Bpf.MSH) {
        reach = Math.max(reach, k + 1);
      } else if (cls == Bpf.LD && (mode == Bpf.ABS || mode == Bpf.IND)) {
        long size = switch (code & 0x18) {
          case Bpf.W -> 4;
          case Bpf.H -> 2;
          default -> 1;
        };
        if (mode == Bpf.IND) {
          // bpf_filter adds X and k in 32 bits: a sum that can pass 2^32 wraps to a small offset
          if (xMax == WHOLE || xMax + k > 0xffffffffL) return WHOLE;
          k += xMax;
        }
        reach = Math.max(reach, k + size);
      }
    }
    return reach;
  }
}
