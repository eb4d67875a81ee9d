package io.jdump.bpf;

/**
 * The rules of libpcap 1.10's {@code bpf_validate}, the check {@code pcap_setfilter} applies
 * before it runs a program in user space. A program passes when it is not empty, its last
 * instruction is a {@code ret}, every instruction belongs to a known class and operation, every
 * scratch index is below 16, no {@code div} or {@code mod} divides by the constant 0, and every
 * jump lands inside the program.
 *
 * <p>The rules are libpcap 1.10's, loose spots included, because a program tcpdump accepts must
 * load in jdump and one it refuses must not: the size bits of loads and the low bits of
 * {@code ret} and {@code tax}/{@code txa} are not looked at, the upper byte of the 16-bit opcode is
 * ignored, constant shifts by 32 or more pass, and {@code ja}'s 32-bit offset may point
 * backwards (libpcap's {@code protochain} code jumps back), as long as {@code pc + 1 + k},
 * computed modulo 2^32, stays below the length. There is no length limit in user space.
 *
 * <pre>{@code
 * Validator.validate(program);   // throws InvalidProgramException("pc 3: jump to 9 is past ...")
 * }</pre>
 */
public final class Validator {
  private Validator() {}

  /**
   * Checks a program; throws with the pc and the reason when libpcap would refuse it.
   *
   * @param program the program
   * @throws InvalidProgramException with libpcap's reason when the program is refused
   */
  public static void validate(BpfProgram program) throws InvalidProgramException {
    int len = program.length();
    if (len < 1) throw new InvalidProgramException("empty program: it must end in ret");
    for (int pc = 0; pc < len; pc++) {
      String reason = reason(program.get(pc), pc, len);
      if (reason != null) throw new InvalidProgramException("pc " + pc + ": " + reason);
    }
    if (Bpf.cls(program.get(len - 1).code()) != Bpf.RET) {
      throw new InvalidProgramException("pc " + (len - 1) + ": the program does not end in ret");
    }
  }

  /** {@return why libpcap refuses the instruction at pc, or null when it accepts it} */
  static String reason(Insn insn, int pc, int len) {
    int code = insn.code();
    return switch (Bpf.cls(code)) {
      case Bpf.LD, Bpf.LDX -> switch (Bpf.mode(code)) {
        case Bpf.IMM, Bpf.ABS, Bpf.IND, Bpf.MSH, Bpf.LEN -> null;
        case Bpf.MEM -> scratch(insn.k());
        default -> unknown(code, "load mode");
      };
      case Bpf.ST, Bpf.STX -> scratch(insn.k());
      case Bpf.ALU -> switch (Bpf.op(code)) {
        case Bpf.ADD, Bpf.SUB, Bpf.MUL, Bpf.OR, Bpf.AND, Bpf.XOR, Bpf.LSH, Bpf.RSH, Bpf.NEG -> null;
        case Bpf.DIV, Bpf.MOD -> Bpf.src(code) == Bpf.K && insn.k() == 0
            ? (Bpf.op(code) == Bpf.DIV ? "division" : "modulo") + " by the constant 0"
            : null;
        default -> unknown(code, "ALU operation");
      };
      case Bpf.JMP -> jump(insn, pc, len);
      default -> null; // RET and MISC: libpcap looks no further than the class
    };
  }

  private static String jump(Insn insn, int pc, int len) {
    long from = pc + 1L;
    return switch (Bpf.op(insn.code())) {
      // Unsigned 32-bit sum, as libpcap computes it: a "negative" k that lands inside passes.
      case Bpf.JA -> Integer.toUnsignedLong((int) (from + insn.k())) >= len
          ? "ja to " + ((int) (from + insn.k())) + " is outside the program (" + len + " instructions)"
          : null;
      case Bpf.JEQ, Bpf.JGT, Bpf.JGE, Bpf.JSET -> from + Math.max(insn.jt(), insn.jf()) >= len
          ? "jump to " + (from + Math.max(insn.jt(), insn.jf()))
              + " is past the end of the program (" + len + " instructions)"
          : null;
      default -> unknown(insn.code(), "jump operation");
    };
  }

  private static String scratch(int k) {
    return Integer.compareUnsigned(k, Bpf.MEMWORDS) >= 0
        ? "scratch memory index " + Integer.toUnsignedString(k) + " is out of range (M[0] to M[15])"
        : null;
  }

  private static String unknown(int code, String what) {
    return "unknown " + what + " in opcode 0x" + Integer.toHexString(code);
  }
}
