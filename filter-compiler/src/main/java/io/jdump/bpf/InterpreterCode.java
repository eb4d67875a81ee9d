package io.jdump.bpf;

/**
 * The {@link Interpreter}'s form of a program: one int array, four slots per instruction, and
 * dense internal opcodes, so that one array read finds the operands and one table jump
 * dispatches.
 *
 * <p>Slots of the instruction at pc, from {@code base = 4 * pc}:
 * <ul>
 *   <li>{@code [base]} the internal opcode;
 *   <li>{@code [base + 1]} k; for {@code ja}, the base of the target;
 *   <li>{@code [base + 2]} for a packet load, where it ends: {@code k + size}; for a conditional
 *       jump, the base of the true target;
 *   <li>{@code [base + 3]} for a conditional jump, the base of the false target.
 * </ul>
 *
 * <p>Decoding does once what {@code bpf_filter} does per packet:
 * <ul>
 *   <li>A load whose {@code k + size} passes 2^31 - 1 can fit in no Java array: it becomes
 *       {@link #FAIL}. Every other load's end fits in an int, so the caplen test is one signed
 *       compare.
 *   <li>A load into A, or an {@code and #k}, followed by a conditional jump on a constant
 *       becomes one fused instruction (libpcap's programs are mostly such pairs): one dispatch
 *       instead of two. The jump keeps its own slots (its pc may be a jump target), and the fused
 *       instruction reads them at {@code base + 5 .. base + 7}.
 *   <li>Three common triples run as one dispatch: see {@link #MSH_H_IND_JEQ} and the lines
 *       after it.
 *   <li>The pairs of libpcap's arithmetic ({@code ldb; and #k} and {@code lsh #k; tax}, ...)
 *       run as one dispatch: see {@link #B_ABS_AND} and the lines after it.
 *   <li>A fused {@code jeq} whose false edge lands on another test of A (IPv6 else IPv4, a
 *       port's source then destination) takes that test in the same dispatch: see
 *       {@link #W_ABS_JEQ_JEQ} and the lines after it.
 *   <li>A chain of {@code jeq #k} on A, each test's false edge leading to the next (libpcap's
 *       {@code host a or host b or ...} and port lists), becomes one hash lookup
 *       ({@link JeqTables}): 50 hosts cost about what one does.
 *   <li>{@code ld M[k]} and friends become one opcode per cell, so that the cells are locals.
 * </ul>
 */
final class InterpreterCode {
  private InterpreterCode() {}

  static final int RET_K = 0;
  static final int RET_A = 1;
  static final int LD_W_ABS = 2;
  static final int LD_H_ABS = 3;
  static final int LD_B_ABS = 4;
  static final int LD_W_IND = 5;
  static final int LD_H_IND = 6;
  static final int LD_B_IND = 7;
  static final int LDX_MSH = 8;
  static final int LD_LEN = 9;
  static final int LDX_LEN = 10;
  static final int LD_IMM = 11;
  static final int LDX_IMM = 12;
  static final int JA = 13;
  static final int JA_BACK = 14;
  static final int JEQ_K = 15;
  static final int JGT_K = 16;
  static final int JGE_K = 17;
  static final int JSET_K = 18;
  static final int JEQ_X = 19;
  static final int JGT_X = 20;
  static final int JGE_X = 21;
  static final int JSET_X = 22;
  static final int ADD_K = 23;
  static final int SUB_K = 24;
  static final int MUL_K = 25;
  static final int DIV_K = 26;
  static final int MOD_K = 27;
  static final int AND_K = 28;
  static final int OR_K = 29;
  static final int XOR_K = 30;
  static final int LSH_K = 31;
  static final int RSH_K = 32;
  static final int ADD_X = 33;
  static final int SUB_X = 34;
  static final int MUL_X = 35;
  static final int DIV_X = 36;
  static final int MOD_X = 37;
  static final int AND_X = 38;
  static final int OR_X = 39;
  static final int XOR_X = 40;
  static final int LSH_X = 41;
  static final int RSH_X = 42;
  static final int NEG = 43;
  static final int TAX = 44;
  static final int TXA = 45;
  /** Returns 0: a load that can never fit, or an opcode bpf_filter has no case for. */
  static final int FAIL = 46;
  /** A chain of jeq #k on A, looked up in a hash table: slot 1 is the table's start. */
  static final int JEQ_TABLE = 47;
  // Fused: a load into A (or and #k), then the jump after it. Four jumps each, in JEQ_K order.
  static final int W_ABS_J = 48;
  static final int H_ABS_J = 52;
  static final int B_ABS_J = 56;
  static final int W_IND_J = 60;
  static final int H_IND_J = 64;
  static final int B_IND_J = 68;
  static final int AND_J = 72;
  // Prefixes: an instruction that runs, then falls into the fused pair after it, placed
  // right above that pair's case. libpcap's port tests (ldxb 4*([14]&0xf); ldh [x + k]; jeq)
  // and net tests (ld [k]; and #mask; jeq) run as one dispatch.
  static final int MSH_H_IND_JEQ = 76;
  static final int MSH_H_IND_JGE = 77;
  static final int MSH_B_IND_JSET = 78;
  static final int W_ABS_AND_JEQ = 79;
  // Arithmetic (libpcap's code for ip[0]&0xf, (tcp[12]&0xf0)>>2, len - 14, ...): a byte load
  // then and #k, or an ALU #k then tax, as one dispatch; the second instruction keeps its own
  // slots (it may be a jump target) and the pair reads its k at base + 5. MSH_B_IND_AND is a
  // prefix of B_IND_AND, as the prefixes above.
  static final int B_ABS_AND = 80;
  static final int B_IND_AND = 81;
  static final int MSH_B_IND_AND = 82;
  static final int AND_K_TAX = 83;
  static final int LSH_K_TAX = 84;
  static final int RSH_K_TAX = 85;
  static final int ADD_K_TAX = 86;
  static final int SUB_K_TAX = 87;
  // One opcode per scratch cell.
  static final int LD_MEM = 88;
  static final int LDX_MEM = LD_MEM + Bpf.MEMWORDS;
  static final int ST = LDX_MEM + Bpf.MEMWORDS;
  static final int STX = ST + Bpf.MEMWORDS;
  // Jump threading: a fused load-and-jeq whose false edge lands on another test of A, run on in
  // the same dispatch. libpcap's "ldh [12]; jeq #0x86dd; ...: jeq #0x800" (IPv6, else IPv4) and
  // its port tests (ldh [x + 14]; jeq #p; ldh [x + 16]; jeq #p) are such chains; most packets
  // take the false edge. W, H, B: the load's size; the target is a plain jeq #k.
  static final int W_ABS_JEQ_JEQ = STX + Bpf.MEMWORDS;
  static final int H_ABS_JEQ_JEQ = W_ABS_JEQ_JEQ + 1;
  static final int B_ABS_JEQ_JEQ = W_ABS_JEQ_JEQ + 2;
  /** ldh [x + k]; jeq, whose false target is another ldh [x + k]; jeq pair. */
  static final int H_IND_JEQ_H_IND_JEQ = W_ABS_JEQ_JEQ + 3;
  /** ldxb 4*([k]&0xf), then {@link #H_IND_JEQ_H_IND_JEQ}: a port test in one dispatch. */
  static final int MSH_H_IND_JEQ_H_IND_JEQ = W_ABS_JEQ_JEQ + 4;

  /** Slots per instruction. */
  static final int SLOTS = 4;

  /** Shortest chain of jeq worth a table: below it, compares cost less than the hash. */
  static final int MIN_CHAIN = 4;

  /**
   * A decoded program.
   *
   * @param code   {@link #SLOTS} ints per instruction
   * @param tables the hash tables of {@link #JEQ_TABLE} chains, back to back: at each table's
   *               start its mask, its miss target, then mask + 1 pairs (key, target); target 0
   *               marks a free pair (no jump lands on pc 0)
   */
  record Decoded(int[] code, int[] tables) {}

  /** {@return the program decoded} (validated: jumps land inside, cells below 16). */
  static Decoded decode(BpfProgram program) {
    int n = program.length();
    int[] code = new int[n * SLOTS];
    for (int pc = 0; pc < n; pc++) {
      Insn insn = program.get(pc);
      int b = pc * SLOTS;
      int op = opcode(insn);
      code[b + 1] = insn.k();
      if (op == JA || op == JA_BACK) {
        code[b + 1] = (int) (pc + 1L + insn.k()) * SLOTS; // modulo 2^32, as validated
      } else if (op >= JEQ_K && op <= JSET_X) {
        code[b + 2] = (pc + 1 + insn.jt()) * SLOTS;
        code[b + 3] = (pc + 1 + insn.jf()) * SLOTS;
      } else if (op >= LD_W_ABS && op <= LDX_MSH) {
        long end = (insn.k() & 0xffff_ffffL) + size(op);
        if (end > Integer.MAX_VALUE) op = FAIL;
        else code[b + 2] = (int) end;
      }
      code[b] = op;
    }
    int[] tables = JeqTables.build(code, n);
    for (int pc = 0; pc + 1 < n; pc++) {
      int jump = code[(pc + 1) * SLOTS] - JEQ_K;
      if (jump < 0 || jump > JSET_K - JEQ_K) continue;
      int first = switch (code[pc * SLOTS]) {
        case LD_W_ABS -> W_ABS_J;
        case LD_H_ABS -> H_ABS_J;
        case LD_B_ABS -> B_ABS_J;
        case LD_W_IND -> W_IND_J;
        case LD_H_IND -> H_IND_J;
        case LD_B_IND -> B_IND_J;
        case AND_K -> AND_J;
        default -> -1;
      };
      if (first >= 0) code[pc * SLOTS] = first + jump;
    }
    for (int b = 0; b + SLOTS < code.length; b += SLOTS) {
      code[b] = arithmetic(code[b], code[b + SLOTS]);
    }
    for (int b = 0; b + SLOTS < code.length; b += SLOTS) {
      code[b] = threaded(code, b);
    }
    for (int b = 0; b + SLOTS < code.length; b += SLOTS) {
      code[b] = prefix(code[b], code[b + SLOTS]);
    }
    return new Decoded(code, tables);
  }

  /** {@return op, or the arithmetic pair it starts with next} */
  private static int arithmetic(int op, int next) {
    if (next == AND_K) {
      return switch (op) {
        case LD_B_ABS -> B_ABS_AND;
        case LD_B_IND -> B_IND_AND;
        default -> op;
      };
    }
    if (next != TAX) return op;
    return switch (op) {
      case AND_K -> AND_K_TAX;
      case LSH_K -> LSH_K_TAX;
      case RSH_K -> RSH_K_TAX;
      case ADD_K -> ADD_K_TAX;
      case SUB_K -> SUB_K_TAX;
      default -> op;
    };
  }

  /** {@return the op at base b, or its threaded form when its false edge lands on a test of A} */
  private static int threaded(int[] code, int b) {
    int op = code[b];
    if (op != W_ABS_J && op != H_ABS_J && op != B_ABS_J && op != H_IND_J) return op;
    int falseOp = code[code[b + SLOTS + 3]]; // a fused jeq: the jump's slots follow the load's
    return switch (op) {
      case W_ABS_J -> falseOp == JEQ_K ? W_ABS_JEQ_JEQ : op;
      case H_ABS_J -> falseOp == JEQ_K ? H_ABS_JEQ_JEQ : op;
      case B_ABS_J -> falseOp == JEQ_K ? B_ABS_JEQ_JEQ : op;
      default -> falseOp == H_IND_J || falseOp == H_IND_JEQ_H_IND_JEQ ? H_IND_JEQ_H_IND_JEQ : op;
    };
  }

  /** {@return op, or the prefix that runs it and falls into the fused pair after it} */
  private static int prefix(int op, int next) {
    if (op == LDX_MSH) {
      return switch (next) {
        case H_IND_J -> MSH_H_IND_JEQ;
        case H_IND_JEQ_H_IND_JEQ -> MSH_H_IND_JEQ_H_IND_JEQ;
        case H_IND_J + 2 -> MSH_H_IND_JGE;
        case B_IND_J + 3 -> MSH_B_IND_JSET;
        case B_IND_AND -> MSH_B_IND_AND;
        default -> op;
      };
    }
    return op == LD_W_ABS && next == AND_J ? W_ABS_AND_JEQ : op;
  }

  private static int size(int op) {
    return switch (op) {
      case LD_W_ABS, LD_W_IND -> 4;
      case LD_H_ABS, LD_H_IND -> 2;
      default -> 1;
    };
  }

  private static int opcode(Insn insn) {
    int k = insn.k();
    return switch (insn.code()) {
      case Bpf.RET | Bpf.K -> RET_K;
      case Bpf.RET | Bpf.A -> RET_A;
      case Bpf.LD | Bpf.W | Bpf.ABS -> LD_W_ABS;
      case Bpf.LD | Bpf.H | Bpf.ABS -> LD_H_ABS;
      case Bpf.LD | Bpf.B | Bpf.ABS -> LD_B_ABS;
      case Bpf.LD | Bpf.W | Bpf.IND -> LD_W_IND;
      case Bpf.LD | Bpf.H | Bpf.IND -> LD_H_IND;
      case Bpf.LD | Bpf.B | Bpf.IND -> LD_B_IND;
      case Bpf.LDX | Bpf.B | Bpf.MSH -> LDX_MSH;
      case Bpf.LD | Bpf.W | Bpf.LEN -> LD_LEN;
      case Bpf.LDX | Bpf.W | Bpf.LEN -> LDX_LEN;
      case Bpf.LD | Bpf.IMM -> LD_IMM;
      case Bpf.LDX | Bpf.IMM -> LDX_IMM;
      case Bpf.LD | Bpf.MEM -> LD_MEM + k;
      case Bpf.LDX | Bpf.MEM -> LDX_MEM + k;
      case Bpf.ST -> ST + k;
      case Bpf.STX -> STX + k;
      case Bpf.JMP | Bpf.JA -> k < 0 ? JA_BACK : JA;
      case Bpf.JMP | Bpf.JEQ | Bpf.K -> JEQ_K;
      case Bpf.JMP | Bpf.JGT | Bpf.K -> JGT_K;
      case Bpf.JMP | Bpf.JGE | Bpf.K -> JGE_K;
      case Bpf.JMP | Bpf.JSET | Bpf.K -> JSET_K;
      case Bpf.JMP | Bpf.JEQ | Bpf.X -> JEQ_X;
      case Bpf.JMP | Bpf.JGT | Bpf.X -> JGT_X;
      case Bpf.JMP | Bpf.JGE | Bpf.X -> JGE_X;
      case Bpf.JMP | Bpf.JSET | Bpf.X -> JSET_X;
      case Bpf.ALU | Bpf.ADD | Bpf.K -> ADD_K;
      case Bpf.ALU | Bpf.SUB | Bpf.K -> SUB_K;
      case Bpf.ALU | Bpf.MUL | Bpf.K -> MUL_K;
      case Bpf.ALU | Bpf.DIV | Bpf.K -> DIV_K;
      case Bpf.ALU | Bpf.MOD | Bpf.K -> MOD_K;
      case Bpf.ALU | Bpf.AND | Bpf.K -> AND_K;
      case Bpf.ALU | Bpf.OR | Bpf.K -> OR_K;
      case Bpf.ALU | Bpf.XOR | Bpf.K -> XOR_K;
      case Bpf.ALU | Bpf.LSH | Bpf.K -> LSH_K;
      case Bpf.ALU | Bpf.RSH | Bpf.K -> RSH_K;
      case Bpf.ALU | Bpf.ADD | Bpf.X -> ADD_X;
      case Bpf.ALU | Bpf.SUB | Bpf.X -> SUB_X;
      case Bpf.ALU | Bpf.MUL | Bpf.X -> MUL_X;
      case Bpf.ALU | Bpf.DIV | Bpf.X -> DIV_X;
      case Bpf.ALU | Bpf.MOD | Bpf.X -> MOD_X;
      case Bpf.ALU | Bpf.AND | Bpf.X -> AND_X;
      case Bpf.ALU | Bpf.OR | Bpf.X -> OR_X;
      case Bpf.ALU | Bpf.XOR | Bpf.X -> XOR_X;
      case Bpf.ALU | Bpf.LSH | Bpf.X -> LSH_X;
      case Bpf.ALU | Bpf.RSH | Bpf.X -> RSH_X;
      case Bpf.ALU | Bpf.NEG -> NEG;
      case Bpf.MISC | Bpf.TAX -> TAX;
      case Bpf.MISC | Bpf.TXA -> TXA;
      default -> FAIL; // libpcap 1.10 aborts here; later versions return 0
    };
  }
}
