package io.jdump.bpf;

/**
 * One instruction in tcpdump's {@code -d} form, as libpcap's {@code bpf_image} writes it: the pc
 * in three digits, the mnemonic padded to 8, the operand, and for conditional jumps the operand
 * padded to 16 and the absolute targets. Constants print as C's {@code %d} (signed) or
 * {@code 0x%x} (unsigned hex), instruction by instruction, exactly as libpcap chose.
 */
record Image(String mnemonic, String operand) {
  static String of(Insn insn, int pc) {
    Image image = decode(insn, pc);
    int code = insn.code();
    // By hand, not String.format: a cold JVM spent longer formatting a 6,000-line -d listing
    // than compiling it.
    var line = new StringBuilder(48).append('(');
    String at = Integer.toString(pc);
    for (int i = at.length(); i < 3; i++) line.append('0');
    line.append(at).append(") ");
    padded(line, image.mnemonic, 8).append(' ');
    if (Bpf.cls(code) == Bpf.JMP && Bpf.op(code) != Bpf.JA) {
      return padded(line, image.operand, 16).append(" jt ").append(pc + 1 + insn.jt())
          .append("\tjf ").append(pc + 1 + insn.jf()).toString();
    }
    return line.append(image.operand).toString();
  }

  /** {@return {@code line} with {@code s} left-justified in {@code width}, as C's %-Ns} */
  private static StringBuilder padded(StringBuilder line, String s, int width) {
    line.append(s);
    for (int i = s.length(); i < width; i++) line.append(' ');
    return line;
  }

  /**
   * Linux's ancillary data offsets ({@code SKF_AD_OFF + SKF_AD_*}, k = -4096 + 4i), which
   * libpcap prints by name in absolute loads: {@code ld [ifidx]} for "ifindex 3".
   */
  private static final String[] ANCILLARY = {
    "proto", "type", "ifidx", "nla", "nlan", "mark", "queue", "hatype",
    "rxhash", "cpu", "xor_x", "vlan_tci", "vlanp", "poff", "random", "vlan_tpid",
  };
  private static final int SKF_AD_OFF = -0x1000;

  private static String absolute(int k) {
    int index = (k - SKF_AD_OFF) >> 2;
    if ((k & 3) == 0 && index >= 0 && index < ANCILLARY.length) return "[" + ANCILLARY[index] + "]";
    return "[" + k + "]";
  }

  private static Image decode(Insn insn, int pc) {
    int k = insn.k();
    String dec = Integer.toString(k);
    String hex = "#0x" + Integer.toHexString(k);
    return switch (insn.code()) {
      case Bpf.RET | Bpf.K -> new Image("ret", "#" + dec);
      case Bpf.RET | Bpf.A -> new Image("ret", "");
      case Bpf.LD | Bpf.W | Bpf.ABS -> new Image("ld", absolute(k));
      case Bpf.LD | Bpf.H | Bpf.ABS -> new Image("ldh", absolute(k));
      case Bpf.LD | Bpf.B | Bpf.ABS -> new Image("ldb", absolute(k));
      case Bpf.LD | Bpf.W | Bpf.LEN -> new Image("ld", "#pktlen");
      case Bpf.LD | Bpf.W | Bpf.IND -> new Image("ld", "[x + " + dec + "]");
      case Bpf.LD | Bpf.H | Bpf.IND -> new Image("ldh", "[x + " + dec + "]");
      case Bpf.LD | Bpf.B | Bpf.IND -> new Image("ldb", "[x + " + dec + "]");
      case Bpf.LD | Bpf.IMM -> new Image("ld", hex);
      case Bpf.LDX | Bpf.IMM -> new Image("ldx", hex);
      case Bpf.LDX | Bpf.MSH | Bpf.B -> new Image("ldxb", "4*([" + dec + "]&0xf)");
      case Bpf.LD | Bpf.MEM -> new Image("ld", "M[" + dec + "]");
      case Bpf.LDX | Bpf.MEM -> new Image("ldx", "M[" + dec + "]");
      case Bpf.ST -> new Image("st", "M[" + dec + "]");
      case Bpf.STX -> new Image("stx", "M[" + dec + "]");
      case Bpf.JMP | Bpf.JA -> new Image("ja", Integer.toString(pc + 1 + k));
      case Bpf.JMP | Bpf.JGT | Bpf.K -> new Image("jgt", hex);
      case Bpf.JMP | Bpf.JGE | Bpf.K -> new Image("jge", hex);
      case Bpf.JMP | Bpf.JEQ | Bpf.K -> new Image("jeq", hex);
      case Bpf.JMP | Bpf.JSET | Bpf.K -> new Image("jset", hex);
      case Bpf.JMP | Bpf.JGT | Bpf.X -> new Image("jgt", "x");
      case Bpf.JMP | Bpf.JGE | Bpf.X -> new Image("jge", "x");
      case Bpf.JMP | Bpf.JEQ | Bpf.X -> new Image("jeq", "x");
      case Bpf.JMP | Bpf.JSET | Bpf.X -> new Image("jset", "x");
      case Bpf.ALU | Bpf.ADD | Bpf.X -> new Image("add", "x");
      case Bpf.ALU | Bpf.SUB | Bpf.X -> new Image("sub", "x");
      case Bpf.ALU | Bpf.MUL | Bpf.X -> new Image("mul", "x");
      case Bpf.ALU | Bpf.DIV | Bpf.X -> new Image("div", "x");
      case Bpf.ALU | Bpf.MOD | Bpf.X -> new Image("mod", "x");
      case Bpf.ALU | Bpf.AND | Bpf.X -> new Image("and", "x");
      case Bpf.ALU | Bpf.OR | Bpf.X -> new Image("or", "x");
      case Bpf.ALU | Bpf.XOR | Bpf.X -> new Image("xor", "x");
      case Bpf.ALU | Bpf.LSH | Bpf.X -> new Image("lsh", "x");
      case Bpf.ALU | Bpf.RSH | Bpf.X -> new Image("rsh", "x");
      case Bpf.ALU | Bpf.ADD | Bpf.K -> new Image("add", "#" + dec);
      case Bpf.ALU | Bpf.SUB | Bpf.K -> new Image("sub", "#" + dec);
      case Bpf.ALU | Bpf.MUL | Bpf.K -> new Image("mul", "#" + dec);
      case Bpf.ALU | Bpf.DIV | Bpf.K -> new Image("div", "#" + dec);
      case Bpf.ALU | Bpf.MOD | Bpf.K -> new Image("mod", "#" + dec);
      case Bpf.ALU | Bpf.AND | Bpf.K -> new Image("and", hex);
      case Bpf.ALU | Bpf.OR | Bpf.K -> new Image("or", hex);
      case Bpf.ALU | Bpf.XOR | Bpf.K -> new Image("xor", hex);
      case Bpf.ALU | Bpf.LSH | Bpf.K -> new Image("lsh", "#" + dec);
      case Bpf.ALU | Bpf.RSH | Bpf.K -> new Image("rsh", "#" + dec);
      case Bpf.ALU | Bpf.NEG -> new Image("neg", "");
      case Bpf.MISC | Bpf.TAX -> new Image("tax", "");
      case Bpf.MISC | Bpf.TXA -> new Image("txa", "");
      default -> new Image("unimp", "0x" + Integer.toHexString(insn.code()));
    };
  }
}
