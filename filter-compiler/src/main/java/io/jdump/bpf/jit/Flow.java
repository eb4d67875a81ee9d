package io.jdump.bpf.jit;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;

/**
 * A validated program decoded for the JIT's analyses: opcodes, constants, absolute jump
 * targets and predecessor counts. Classic BPF as jdump's compiler and libpcap emit it is a DAG
 * (every jump goes forward), so each analysis is one pass in pc order or its reverse.
 */
final class Flow {
  static final int LD_W_ABS = Bpf.LD | Bpf.W | Bpf.ABS;
  static final int LD_H_ABS = Bpf.LD | Bpf.H | Bpf.ABS;
  static final int LD_B_ABS = Bpf.LD | Bpf.B | Bpf.ABS;
  static final int LD_W_IND = Bpf.LD | Bpf.W | Bpf.IND;
  static final int LD_H_IND = Bpf.LD | Bpf.H | Bpf.IND;
  static final int LD_B_IND = Bpf.LD | Bpf.B | Bpf.IND;
  static final int LD_LEN = Bpf.LD | Bpf.W | Bpf.LEN;
  static final int LDX_LEN = Bpf.LDX | Bpf.W | Bpf.LEN;
  static final int LD_IMM = Bpf.LD | Bpf.IMM;
  static final int LDX_IMM = Bpf.LDX | Bpf.IMM;
  static final int LDX_MSH = Bpf.LDX | Bpf.B | Bpf.MSH;
  static final int LD_MEM = Bpf.LD | Bpf.MEM;
  static final int LDX_MEM = Bpf.LDX | Bpf.MEM;
  static final int ST = Bpf.ST;
  static final int STX = Bpf.STX;
  static final int JA = Bpf.JMP | Bpf.JA;
  static final int JEQ_K = Bpf.JMP | Bpf.JEQ | Bpf.K;
  static final int RET_K = Bpf.RET | Bpf.K;
  static final int RET_A = Bpf.RET | Bpf.A;

  /** Unsigned 32-bit "anything": the largest value a register can hold. */
  static final long FULL = 0xffff_ffffL;

  final int n;
  final int[] code;
  final int[] k;
  /** Absolute targets: for conditional jumps pc + 1 + jt / jf, for ja pc + 1 + k, else pc + 1. */
  final int[] jt;
  final int[] jf;
  final int[] preds;
  /** True when some ja goes backward (libpcap's protochain loop): the JIT leaves those alone. */
  final boolean backward;

  Flow(BpfProgram program) {
    n = program.length();
    code = new int[n];
    k = new int[n];
    jt = new int[n];
    jf = new int[n];
    preds = new int[n + 1];
    boolean back = false;
    for (int pc = 0; pc < n; pc++) {
      Insn insn = program.get(pc);
      code[pc] = runnable(insn.code()) ? insn.code() : -1;
      k[pc] = insn.k();
      if (code[pc] == JA) {
        jt[pc] = jf[pc] = (int) (pc + 1L + insn.k()); // validated: lands inside, modulo 2^32
        back |= jt[pc] <= pc;
      } else if (isConditional(pc)) {
        jt[pc] = pc + 1 + insn.jt();
        jf[pc] = pc + 1 + insn.jf();
      } else {
        jt[pc] = jf[pc] = pc + 1;
      }
    }
    backward = back;
    if (!back) {
      for (int pc = 0; pc < n; pc++) {
        if (isExit(pc)) continue;
        preds[jt[pc]]++;
        if (jf[pc] != jt[pc]) preds[jf[pc]]++;
      }
    }
  }

  /** {@return whether bpf_filter has a case for the opcode}; the others return 0 when reached. */
  static boolean runnable(int code) {
    return switch (code) {
      case LD_W_ABS, LD_H_ABS, LD_B_ABS, LD_W_IND, LD_H_IND, LD_B_IND, LD_LEN, LDX_LEN, LD_IMM,
          LDX_IMM, LDX_MSH, LD_MEM, LDX_MEM, ST, STX, JA, RET_K, RET_A,
          Bpf.JMP | Bpf.JEQ | Bpf.K, Bpf.JMP | Bpf.JGT | Bpf.K, Bpf.JMP | Bpf.JGE | Bpf.K,
          Bpf.JMP | Bpf.JSET | Bpf.K, Bpf.JMP | Bpf.JEQ | Bpf.X, Bpf.JMP | Bpf.JGT | Bpf.X,
          Bpf.JMP | Bpf.JGE | Bpf.X, Bpf.JMP | Bpf.JSET | Bpf.X,
          Bpf.ALU | Bpf.ADD | Bpf.K, Bpf.ALU | Bpf.SUB | Bpf.K, Bpf.ALU | Bpf.MUL | Bpf.K,
          Bpf.ALU | Bpf.DIV | Bpf.K, Bpf.ALU | Bpf.MOD | Bpf.K, Bpf.ALU | Bpf.AND | Bpf.K,
          Bpf.ALU | Bpf.OR | Bpf.K, Bpf.ALU | Bpf.XOR | Bpf.K, Bpf.ALU | Bpf.LSH | Bpf.K,
          Bpf.ALU | Bpf.RSH | Bpf.K, Bpf.ALU | Bpf.ADD | Bpf.X, Bpf.ALU | Bpf.SUB | Bpf.X,
          Bpf.ALU | Bpf.MUL | Bpf.X, Bpf.ALU | Bpf.DIV | Bpf.X, Bpf.ALU | Bpf.MOD | Bpf.X,
          Bpf.ALU | Bpf.AND | Bpf.X, Bpf.ALU | Bpf.OR | Bpf.X, Bpf.ALU | Bpf.XOR | Bpf.X,
          Bpf.ALU | Bpf.LSH | Bpf.X, Bpf.ALU | Bpf.RSH | Bpf.X, Bpf.ALU | Bpf.NEG,
          Bpf.MISC | Bpf.TAX, Bpf.MISC | Bpf.TXA -> true;
      default -> false;
    };
  }

  /** {@return whether the instruction ends the program}: a ret, or an opcode bpf_filter lacks. */
  boolean isExit(int pc) {
    return code[pc] < 0 || Bpf.cls(code[pc]) == Bpf.RET;
  }

  boolean isConditional(int pc) {
    return code[pc] >= 0 && Bpf.cls(code[pc]) == Bpf.JMP && code[pc] != JA;
  }

  /** {@return the bytes an absolute load reads past the packet start, k + size, or -1} */
  long absoluteEnd(int pc) {
    long at = k[pc] & FULL;
    return switch (code[pc]) {
      case LD_W_ABS -> at + 4;
      case LD_H_ABS -> at + 2;
      case LD_B_ABS, LDX_MSH -> at + 1;
      default -> -1;
    };
  }

  /** {@return the size of an indirect load, or 0} */
  int indirectSize(int pc) {
    return switch (code[pc]) {
      case LD_W_IND -> 4;
      case LD_H_IND -> 2;
      case LD_B_IND -> 1;
      default -> 0;
    };
  }
}
