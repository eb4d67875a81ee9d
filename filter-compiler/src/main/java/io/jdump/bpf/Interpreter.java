package io.jdump.bpf;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The reference VM: libpcap 1.10's {@code bpf_filter}, instruction for instruction.
 *
 * <ul>
 *   <li>A and X are unsigned 32-bit registers held in ints; comparisons and division are
 *       unsigned. Both start at 0, and so do the 16 scratch cells.
 *   <li>A load that does not fit in {@code [0, caplen)} ends the program with 0, with
 *       libpcap's overflow-safe test ({@code k > caplen || size > caplen - k}, unsigned); an
 *       indirect load also fails when {@code X + k} would overflow.
 *   <li>{@code len} is the wire length; {@code ldxb 4*([k]&0xf)} is the IPv4 header length.
 *   <li>Division or modulo by X = 0 returns 0. Shifts by X of 32 or more give 0, while constant
 *       shifts use k mod 32: what libpcap 1.10.3's compiled code does on x86-64.
 *   <li>The return value is the number of bytes to keep (0 = drop).
 * </ul>
 *
 * <p>Two cases differ from 1.10, where the C code cannot finish: an opcode that
 * {@code bpf_validate} lets through but {@code bpf_filter} has no case for (say {@code ret x})
 * aborts libpcap 1.10's process and returns 0 here, as later libpcap does; and backward
 * {@code ja} (libpcap's {@code protochain} loop) follows libpcap's later rule: a {@code ja} to
 * itself, or more than {@value #MAX_BACKWARD_JUMPS} backward jumps for one packet, returns 0.
 *
 * <p>The program is decoded once into parallel int arrays; {@link #apply} allocates nothing
 * and keeps the scratch cells in locals, so one instance may serve many threads.
 *
 * <pre>{@code
 * PacketFilter f = Interpreter.of(program);
 * boolean keep = f.apply(frame, 0, frame.length, frame.length) != 0;
 * }</pre>
 */
public final class Interpreter implements PacketFilter {
  /** Backward jumps allowed per packet before the program returns 0. */
  public static final int MAX_BACKWARD_JUMPS = 64;

  private static final VarHandle INT_BE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle SHORT_BE =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

  // Decoded opcodes beyond the 8-bit BPF ones: one per scratch cell, so that the cells live in
  // locals and one switch dispatches. DEAD marks opcodes bpf_filter has no case for.
  private static final int LD_MEM = 0x100;
  private static final int LDX_MEM = 0x110;
  private static final int ST = 0x120;
  private static final int STX = 0x130;
  private static final int JA_BACK = 0x140;
  private static final int DEAD = 0x1ff;

  private static final int LD_W_ABS = Bpf.LD | Bpf.W | Bpf.ABS;
  private static final int LD_H_ABS = Bpf.LD | Bpf.H | Bpf.ABS;
  private static final int LD_B_ABS = Bpf.LD | Bpf.B | Bpf.ABS;
  private static final int LD_W_IND = Bpf.LD | Bpf.W | Bpf.IND;
  private static final int LD_H_IND = Bpf.LD | Bpf.H | Bpf.IND;
  private static final int LD_B_IND = Bpf.LD | Bpf.B | Bpf.IND;
  private static final int LD_LEN = Bpf.LD | Bpf.W | Bpf.LEN;
  private static final int LDX_LEN = Bpf.LDX | Bpf.W | Bpf.LEN;
  private static final int LD_IMM = Bpf.LD | Bpf.IMM;
  private static final int LDX_IMM = Bpf.LDX | Bpf.IMM;
  private static final int LDX_MSH = Bpf.LDX | Bpf.B | Bpf.MSH;
  private static final int JA = Bpf.JMP | Bpf.JA;
  private static final int JEQ_K = Bpf.JMP | Bpf.JEQ | Bpf.K;
  private static final int JGT_K = Bpf.JMP | Bpf.JGT | Bpf.K;
  private static final int JGE_K = Bpf.JMP | Bpf.JGE | Bpf.K;
  private static final int JSET_K = Bpf.JMP | Bpf.JSET | Bpf.K;
  private static final int JEQ_X = Bpf.JMP | Bpf.JEQ | Bpf.X;
  private static final int JGT_X = Bpf.JMP | Bpf.JGT | Bpf.X;
  private static final int JGE_X = Bpf.JMP | Bpf.JGE | Bpf.X;
  private static final int JSET_X = Bpf.JMP | Bpf.JSET | Bpf.X;
  private static final int ADD_K = Bpf.ALU | Bpf.ADD | Bpf.K;
  private static final int SUB_K = Bpf.ALU | Bpf.SUB | Bpf.K;
  private static final int MUL_K = Bpf.ALU | Bpf.MUL | Bpf.K;
  private static final int DIV_K = Bpf.ALU | Bpf.DIV | Bpf.K;
  private static final int MOD_K = Bpf.ALU | Bpf.MOD | Bpf.K;
  private static final int AND_K = Bpf.ALU | Bpf.AND | Bpf.K;
  private static final int OR_K = Bpf.ALU | Bpf.OR | Bpf.K;
  private static final int XOR_K = Bpf.ALU | Bpf.XOR | Bpf.K;
  private static final int LSH_K = Bpf.ALU | Bpf.LSH | Bpf.K;
  private static final int RSH_K = Bpf.ALU | Bpf.RSH | Bpf.K;
  private static final int ADD_X = Bpf.ALU | Bpf.ADD | Bpf.X;
  private static final int SUB_X = Bpf.ALU | Bpf.SUB | Bpf.X;
  private static final int MUL_X = Bpf.ALU | Bpf.MUL | Bpf.X;
  private static final int DIV_X = Bpf.ALU | Bpf.DIV | Bpf.X;
  private static final int MOD_X = Bpf.ALU | Bpf.MOD | Bpf.X;
  private static final int AND_X = Bpf.ALU | Bpf.AND | Bpf.X;
  private static final int OR_X = Bpf.ALU | Bpf.OR | Bpf.X;
  private static final int XOR_X = Bpf.ALU | Bpf.XOR | Bpf.X;
  private static final int LSH_X = Bpf.ALU | Bpf.LSH | Bpf.X;
  private static final int RSH_X = Bpf.ALU | Bpf.RSH | Bpf.X;
  private static final int NEG = Bpf.ALU | Bpf.NEG;
  private static final int RET_K = Bpf.RET | Bpf.K;
  private static final int RET_A = Bpf.RET | Bpf.A;
  private static final int TAX = Bpf.MISC | Bpf.TAX;
  private static final int TXA = Bpf.MISC | Bpf.TXA;

  /** Decoded opcode per pc: a BPF opcode bpf_filter runs, or one of the internal ones above. */
  private final int[] op;
  /** The constant operand per pc; for ja, the absolute target. */
  private final int[] k;
  /** Absolute targets of conditional jumps: pc + 1 + jt and pc + 1 + jf. */
  private final int[] jt;
  private final int[] jf;

  private Interpreter(BpfProgram program) {
    int n = program.length();
    op = new int[n];
    k = new int[n];
    jt = new int[n];
    jf = new int[n];
    for (int pc = 0; pc < n; pc++) {
      Insn insn = program.get(pc);
      op[pc] = decode(insn);
      k[pc] = insn.k();
      jt[pc] = pc + 1 + insn.jt();
      jf[pc] = pc + 1 + insn.jf();
      if (op[pc] == JA || op[pc] == JA_BACK) k[pc] = pc + 1 + insn.k(); // validated: in range
    }
  }

  /** {@return an interpreter for the program} after validating it as libpcap would. */
  public static Interpreter of(BpfProgram program) throws InvalidProgramException {
    Validator.validate(program);
    return new Interpreter(program);
  }

  private static int decode(Insn insn) {
    int code = insn.code();
    return switch (code) {
      case Bpf.LD | Bpf.MEM -> LD_MEM + insn.k();
      case Bpf.LDX | Bpf.MEM -> LDX_MEM + insn.k();
      case Bpf.ST -> ST + insn.k();
      case Bpf.STX -> STX + insn.k();
      case JA -> insn.k() < 0 ? JA_BACK : JA;
      case LD_W_ABS, LD_H_ABS, LD_B_ABS, LD_W_IND, LD_H_IND, LD_B_IND, LD_LEN, LDX_LEN, LD_IMM,
          LDX_IMM, LDX_MSH, JEQ_K, JGT_K, JGE_K, JSET_K, JEQ_X, JGT_X, JGE_X, JSET_X, ADD_K, SUB_K,
          MUL_K, DIV_K, MOD_K, AND_K, OR_K, XOR_K, LSH_K, RSH_K, ADD_X, SUB_X, MUL_X, DIV_X, MOD_X,
          AND_X, OR_X, XOR_X, LSH_X, RSH_X, NEG, RET_K, RET_A, TAX, TXA -> code;
      default -> DEAD;
    };
  }

  @Override
  public int apply(byte[] buf, int offset, int caplen, int wirelen) {
    final int[] op = this.op;
    final int[] k = this.k;
    int a = 0;
    int x = 0;
    int m0 = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0, m6 = 0, m7 = 0;
    int m8 = 0, m9 = 0, m10 = 0, m11 = 0, m12 = 0, m13 = 0, m14 = 0, m15 = 0;
    int backward = 0;
    int pc = 0;
    for (;;) {
      final int kk = k[pc];
      switch (op[pc]) {
        case RET_K: return kk;
        case RET_A: return a;
        case LD_W_ABS:
          if (Integer.compareUnsigned(kk, caplen) > 0 || 4 > caplen - kk) return 0;
          a = (int) INT_BE.get(buf, offset + kk);
          break;
        case LD_H_ABS:
          if (Integer.compareUnsigned(kk, caplen) > 0 || 2 > caplen - kk) return 0;
          a = (short) SHORT_BE.get(buf, offset + kk) & 0xffff;
          break;
        case LD_B_ABS:
          if (Integer.compareUnsigned(kk, caplen) >= 0) return 0;
          a = buf[offset + kk] & 0xff;
          break;
        case LD_W_IND:
          if (Integer.compareUnsigned(kk, caplen) > 0
              || Integer.compareUnsigned(x, caplen - kk) > 0
              || 4 > caplen - (x + kk)) return 0;
          a = (int) INT_BE.get(buf, offset + x + kk);
          break;
        case LD_H_IND:
          if (Integer.compareUnsigned(kk, caplen) > 0
              || Integer.compareUnsigned(x, caplen - kk) > 0
              || 2 > caplen - (x + kk)) return 0;
          a = (short) SHORT_BE.get(buf, offset + x + kk) & 0xffff;
          break;
        case LD_B_IND:
          if (Integer.compareUnsigned(kk, caplen) >= 0
              || Integer.compareUnsigned(x, caplen - kk) >= 0) return 0;
          a = buf[offset + x + kk] & 0xff;
          break;
        case LDX_MSH:
          if (Integer.compareUnsigned(kk, caplen) >= 0) return 0;
          x = (buf[offset + kk] & 0xf) << 2;
          break;
        case LD_LEN: a = wirelen; break;
        case LDX_LEN: x = wirelen; break;
        case LD_IMM: a = kk; break;
        case LDX_IMM: x = kk; break;
        case JA: pc = kk; continue;
        case JA_BACK:
          if (kk == pc || backward++ >= MAX_BACKWARD_JUMPS) return 0;
          pc = kk;
          continue;
        case JEQ_K: pc = a == kk ? jt[pc] : jf[pc]; continue;
        case JGT_K: pc = Integer.compareUnsigned(a, kk) > 0 ? jt[pc] : jf[pc]; continue;
        case JGE_K: pc = Integer.compareUnsigned(a, kk) >= 0 ? jt[pc] : jf[pc]; continue;
        case JSET_K: pc = (a & kk) != 0 ? jt[pc] : jf[pc]; continue;
        case JEQ_X: pc = a == x ? jt[pc] : jf[pc]; continue;
        case JGT_X: pc = Integer.compareUnsigned(a, x) > 0 ? jt[pc] : jf[pc]; continue;
        case JGE_X: pc = Integer.compareUnsigned(a, x) >= 0 ? jt[pc] : jf[pc]; continue;
        case JSET_X: pc = (a & x) != 0 ? jt[pc] : jf[pc]; continue;
        case ADD_K: a += kk; break;
        case SUB_K: a -= kk; break;
        case MUL_K: a *= kk; break;
        case DIV_K: a = Integer.divideUnsigned(a, kk); break; // validated: kk != 0
        case MOD_K: a = Integer.remainderUnsigned(a, kk); break;
        case AND_K: a &= kk; break;
        case OR_K: a |= kk; break;
        case XOR_K: a ^= kk; break;
        case LSH_K: a <<= kk; break; // the shift count is taken mod 32, as x86's shl does
        case RSH_K: a >>>= kk; break;
        case ADD_X: a += x; break;
        case SUB_X: a -= x; break;
        case MUL_X: a *= x; break;
        case DIV_X:
          if (x == 0) return 0;
          a = Integer.divideUnsigned(a, x);
          break;
        case MOD_X:
          if (x == 0) return 0;
          a = Integer.remainderUnsigned(a, x);
          break;
        case AND_X: a &= x; break;
        case OR_X: a |= x; break;
        case XOR_X: a ^= x; break;
        case LSH_X: a = Integer.compareUnsigned(x, 32) < 0 ? a << x : 0; break;
        case RSH_X: a = Integer.compareUnsigned(x, 32) < 0 ? a >>> x : 0; break;
        case NEG: a = -a; break;
        case TAX: x = a; break;
        case TXA: a = x; break;
        case LD_MEM: a = m0; break;
        case LD_MEM + 1: a = m1; break;
        case LD_MEM + 2: a = m2; break;
        case LD_MEM + 3: a = m3; break;
        case LD_MEM + 4: a = m4; break;
        case LD_MEM + 5: a = m5; break;
        case LD_MEM + 6: a = m6; break;
        case LD_MEM + 7: a = m7; break;
        case LD_MEM + 8: a = m8; break;
        case LD_MEM + 9: a = m9; break;
        case LD_MEM + 10: a = m10; break;
        case LD_MEM + 11: a = m11; break;
        case LD_MEM + 12: a = m12; break;
        case LD_MEM + 13: a = m13; break;
        case LD_MEM + 14: a = m14; break;
        case LD_MEM + 15: a = m15; break;
        case LDX_MEM: x = m0; break;
        case LDX_MEM + 1: x = m1; break;
        case LDX_MEM + 2: x = m2; break;
        case LDX_MEM + 3: x = m3; break;
        case LDX_MEM + 4: x = m4; break;
        case LDX_MEM + 5: x = m5; break;
        case LDX_MEM + 6: x = m6; break;
        case LDX_MEM + 7: x = m7; break;
        case LDX_MEM + 8: x = m8; break;
        case LDX_MEM + 9: x = m9; break;
        case LDX_MEM + 10: x = m10; break;
        case LDX_MEM + 11: x = m11; break;
        case LDX_MEM + 12: x = m12; break;
        case LDX_MEM + 13: x = m13; break;
        case LDX_MEM + 14: x = m14; break;
        case LDX_MEM + 15: x = m15; break;
        case ST: m0 = a; break;
        case ST + 1: m1 = a; break;
        case ST + 2: m2 = a; break;
        case ST + 3: m3 = a; break;
        case ST + 4: m4 = a; break;
        case ST + 5: m5 = a; break;
        case ST + 6: m6 = a; break;
        case ST + 7: m7 = a; break;
        case ST + 8: m8 = a; break;
        case ST + 9: m9 = a; break;
        case ST + 10: m10 = a; break;
        case ST + 11: m11 = a; break;
        case ST + 12: m12 = a; break;
        case ST + 13: m13 = a; break;
        case ST + 14: m14 = a; break;
        case ST + 15: m15 = a; break;
        case STX: m0 = x; break;
        case STX + 1: m1 = x; break;
        case STX + 2: m2 = x; break;
        case STX + 3: m3 = x; break;
        case STX + 4: m4 = x; break;
        case STX + 5: m5 = x; break;
        case STX + 6: m6 = x; break;
        case STX + 7: m7 = x; break;
        case STX + 8: m8 = x; break;
        case STX + 9: m9 = x; break;
        case STX + 10: m10 = x; break;
        case STX + 11: m11 = x; break;
        case STX + 12: m12 = x; break;
        case STX + 13: m13 = x; break;
        case STX + 14: m14 = x; break;
        case STX + 15: m15 = x; break;
        default: return 0; // DEAD: libpcap 1.10 aborts here; later versions return 0
      }
      pc++;
    }
  }
}
