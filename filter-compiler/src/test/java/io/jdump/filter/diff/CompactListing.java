package io.jdump.filter.diff;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;

/**
 * A short, one-line-per-instruction dump for failure messages, close to tcpdump's {@code -d}.
 * Kept here rather than using jdump's Listing so that a failure report never depends on
 * another part of jdump being finished or right.
 */
final class CompactListing {
  private CompactListing() {}

  private static final String[] ALU = {"add", "sub", "mul", "div", "or", "and", "lsh", "rsh", "neg", "mod", "xor"};
  private static final String[] JMP = {"ja", "jeq", "jgt", "jge", "jset"};

  static String of(BpfProgram program) {
    StringBuilder out = new StringBuilder();
    for (int pc = 0; pc < program.length(); pc++) {
      out.append(String.format("    (%03d) %s%n", pc, insn(pc, program.get(pc))));
    }
    return out.toString();
  }

  static String insn(int pc, Insn in) {
    int c = in.code();
    String k = "#0x" + Integer.toHexString(in.k());
    String size = switch (Bpf.size(c)) {
      case Bpf.H -> "h";
      case Bpf.B -> "b";
      default -> "";
    };
    return switch (Bpf.cls(c)) {
      case Bpf.LD, Bpf.LDX -> {
        String reg = Bpf.cls(c) == Bpf.LD ? "ld" : "ldx";
        yield switch (Bpf.mode(c)) {
          case Bpf.IMM -> reg + " " + k;
          case Bpf.ABS -> reg + size + " [" + Integer.toUnsignedString(in.k()) + "]";
          case Bpf.IND -> reg + size + " [x + " + Integer.toUnsignedString(in.k()) + "]";
          case Bpf.MEM -> reg + " M[" + in.k() + "]";
          case Bpf.LEN -> reg + " #pktlen";
          case Bpf.MSH -> "ldxb 4*([" + in.k() + "]&0xf)";
          default -> String.format("unknown 0x%x", c);
        };
      }
      case Bpf.ST -> "st M[" + in.k() + "]";
      case Bpf.STX -> "stx M[" + in.k() + "]";
      case Bpf.ALU -> {
        int op = Bpf.op(c) >> 4;
        String name = op < ALU.length ? ALU[op] : String.format("alu?0x%x", c);
        yield op == 8 ? name : name + " " + (Bpf.src(c) == Bpf.X ? "x" : k);
      }
      case Bpf.JMP -> {
        int op = Bpf.op(c) >> 4;
        String name = op < JMP.length ? JMP[op] : String.format("jmp?0x%x", c);
        if (op == 0) yield "ja " + (pc + 1 + in.k());
        yield name + " " + (Bpf.src(c) == Bpf.X ? "x" : k) + " jt " + (pc + 1 + in.jt()) + " jf " + (pc + 1 + in.jf());
      }
      case Bpf.RET -> "ret " + (Bpf.rval(c) == Bpf.A ? "a" : k);
      default -> c == 0x07 ? "tax" : c == 0x87 ? "txa" : String.format("misc?0x%x", c);
    };
  }
}
