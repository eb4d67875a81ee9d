package io.jdump.bpf;

import static io.jdump.bpf.InterpreterCode.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The reference VM: libpcap 1.10's {@code bpf_filter}, result for result.
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
 * <p>The program is decoded once ({@link InterpreterCode}: one int array, dense opcodes, loads
 * fused with the jumps after them, jeq chains as hash tables); {@link #apply} allocates nothing
 * and keeps the scratch cells in locals, so one instance may serve many threads. It stays an
 * interpreter: one dispatch per decoded instruction, no code generated.
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
  private static final long UNSIGNED = 0xffff_ffffL;

  /** The decoded program: {@link InterpreterCode#SLOTS} ints per instruction. */
  private final int[] code;
  /** The hash tables of its jeq chains ({@link JeqTables}). */
  private final int[] tables;

  private Interpreter(BpfProgram program) {
    InterpreterCode.Decoded decoded = InterpreterCode.decode(program);
    code = decoded.code();
    tables = decoded.tables();
  }

  /**
   * {@return an interpreter for the program} after validating it as libpcap would.
   *
   * @param program the program to run
   * @throws InvalidProgramException when the program breaks a rule libpcap's validator checks
   */
  public static Interpreter of(BpfProgram program) throws InvalidProgramException {
    Validator.validate(program);
    return new Interpreter(program);
  }

  // pc below is the base of the instruction's slots: 4 * its index. A packet load tests caplen
  // against the end decoding computed (at most 2^31 - 1, so one signed compare: caplen is a
  // readable count, never negative); an indirect one compares the room left after k + size with
  // X as an unsigned value, which covers libpcap's overflow tests.
  @Override
  public int apply(byte[] buf, int offset, int caplen, int wirelen) {
    final int[] code = this.code;
    int a = 0;
    int x = 0;
    int m0 = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0, m6 = 0, m7 = 0;
    int m8 = 0, m9 = 0, m10 = 0, m11 = 0, m12 = 0, m13 = 0, m14 = 0, m15 = 0;
    int backward = 0;
    int pc = 0;
    for (;;) {
      final int op = code[pc];
      switch (op) {
        case RET_K: return code[pc + 1];
        case RET_A: return a;
        case FAIL: return 0;
        // Fused pairs (InterpreterCode): the load, then the jump whose slots follow. One case per
        // pair, not a shared helper: a second switch on the jump kind costs ~10% on the bench.
        case W_ABS_J:
          if (caplen < code[pc + 2]) return 0;
          a = word(buf, offset + code[pc + 1]);
          pc = code[a == code[pc + 5] ? pc + 6 : pc + 7];
          continue;
        case W_ABS_J + 1:
          if (caplen < code[pc + 2]) return 0;
          a = word(buf, offset + code[pc + 1]);
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) > 0 ? pc + 6 : pc + 7];
          continue;
        case W_ABS_J + 2:
          if (caplen < code[pc + 2]) return 0;
          a = word(buf, offset + code[pc + 1]);
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) >= 0 ? pc + 6 : pc + 7];
          continue;
        case W_ABS_J + 3:
          if (caplen < code[pc + 2]) return 0;
          a = word(buf, offset + code[pc + 1]);
          pc = code[(a & code[pc + 5]) != 0 ? pc + 6 : pc + 7];
          continue;
        case H_ABS_J:
          if (caplen < code[pc + 2]) return 0;
          a = half(buf, offset + code[pc + 1]);
          pc = code[a == code[pc + 5] ? pc + 6 : pc + 7];
          continue;
        case H_ABS_J + 1:
          if (caplen < code[pc + 2]) return 0;
          a = half(buf, offset + code[pc + 1]);
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) > 0 ? pc + 6 : pc + 7];
          continue;
        case H_ABS_J + 2:
          if (caplen < code[pc + 2]) return 0;
          a = half(buf, offset + code[pc + 1]);
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) >= 0 ? pc + 6 : pc + 7];
          continue;
        case H_ABS_J + 3:
          if (caplen < code[pc + 2]) return 0;
          a = half(buf, offset + code[pc + 1]);
          pc = code[(a & code[pc + 5]) != 0 ? pc + 6 : pc + 7];
          continue;
        case B_ABS_J:
          if (caplen < code[pc + 2]) return 0;
          a = buf[offset + code[pc + 1]] & 0xff;
          pc = code[a == code[pc + 5] ? pc + 6 : pc + 7];
          continue;
        case B_ABS_J + 1:
          if (caplen < code[pc + 2]) return 0;
          a = buf[offset + code[pc + 1]] & 0xff;
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) > 0 ? pc + 6 : pc + 7];
          continue;
        case B_ABS_J + 2:
          if (caplen < code[pc + 2]) return 0;
          a = buf[offset + code[pc + 1]] & 0xff;
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) >= 0 ? pc + 6 : pc + 7];
          continue;
        case B_ABS_J + 3:
          if (caplen < code[pc + 2]) return 0;
          a = buf[offset + code[pc + 1]] & 0xff;
          pc = code[(a & code[pc + 5]) != 0 ? pc + 6 : pc + 7];
          continue;
        case W_IND_J:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = word(buf, offset + x + code[pc + 1]);
          pc = code[a == code[pc + 5] ? pc + 6 : pc + 7];
          continue;
        case W_IND_J + 1:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = word(buf, offset + x + code[pc + 1]);
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) > 0 ? pc + 6 : pc + 7];
          continue;
        case W_IND_J + 2:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = word(buf, offset + x + code[pc + 1]);
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) >= 0 ? pc + 6 : pc + 7];
          continue;
        case W_IND_J + 3:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = word(buf, offset + x + code[pc + 1]);
          pc = code[(a & code[pc + 5]) != 0 ? pc + 6 : pc + 7];
          continue;
        case MSH_H_IND_JEQ:
          if (caplen < code[pc + 2]) return 0;
          x = (buf[offset + code[pc + 1]] & 0xf) << 2;
          pc += SLOTS;
          // fall through: the fused pair after the ldxb
        case H_IND_J:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = half(buf, offset + x + code[pc + 1]);
          pc = code[a == code[pc + 5] ? pc + 6 : pc + 7];
          continue;
        case H_IND_J + 1:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = half(buf, offset + x + code[pc + 1]);
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) > 0 ? pc + 6 : pc + 7];
          continue;
        case MSH_H_IND_JGE:
          if (caplen < code[pc + 2]) return 0;
          x = (buf[offset + code[pc + 1]] & 0xf) << 2;
          pc += SLOTS;
          // fall through
        case H_IND_J + 2:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = half(buf, offset + x + code[pc + 1]);
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) >= 0 ? pc + 6 : pc + 7];
          continue;
        case H_IND_J + 3:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = half(buf, offset + x + code[pc + 1]);
          pc = code[(a & code[pc + 5]) != 0 ? pc + 6 : pc + 7];
          continue;
        case B_IND_J:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = buf[offset + x + code[pc + 1]] & 0xff;
          pc = code[a == code[pc + 5] ? pc + 6 : pc + 7];
          continue;
        case B_IND_J + 1:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = buf[offset + x + code[pc + 1]] & 0xff;
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) > 0 ? pc + 6 : pc + 7];
          continue;
        case B_IND_J + 2:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = buf[offset + x + code[pc + 1]] & 0xff;
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) >= 0 ? pc + 6 : pc + 7];
          continue;
        case MSH_B_IND_JSET:
          if (caplen < code[pc + 2]) return 0;
          x = (buf[offset + code[pc + 1]] & 0xf) << 2;
          pc += SLOTS;
          // fall through
        case B_IND_J + 3:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = buf[offset + x + code[pc + 1]] & 0xff;
          pc = code[(a & code[pc + 5]) != 0 ? pc + 6 : pc + 7];
          continue;
        // Threaded (InterpreterCode): a fused load-and-jeq whose false edge is another test of
        // A, taken in the same dispatch. pc moves to the target's slots before its test.
        case W_ABS_JEQ_JEQ:
          if (caplen < code[pc + 2]) return 0;
          a = word(buf, offset + code[pc + 1]);
          if (a == code[pc + 5]) {
            pc = code[pc + 6];
            continue;
          }
          pc = code[pc + 7];
          pc = code[a == code[pc + 1] ? pc + 2 : pc + 3];
          continue;
        case H_ABS_JEQ_JEQ:
          if (caplen < code[pc + 2]) return 0;
          a = half(buf, offset + code[pc + 1]);
          if (a == code[pc + 5]) {
            pc = code[pc + 6];
            continue;
          }
          pc = code[pc + 7];
          pc = code[a == code[pc + 1] ? pc + 2 : pc + 3];
          continue;
        case B_ABS_JEQ_JEQ:
          if (caplen < code[pc + 2]) return 0;
          a = buf[offset + code[pc + 1]] & 0xff;
          if (a == code[pc + 5]) {
            pc = code[pc + 6];
            continue;
          }
          pc = code[pc + 7];
          pc = code[a == code[pc + 1] ? pc + 2 : pc + 3];
          continue;
        case MSH_H_IND_JEQ_H_IND_JEQ:
          if (caplen < code[pc + 2]) return 0;
          x = (buf[offset + code[pc + 1]] & 0xf) << 2;
          pc += SLOTS;
          // fall through
        case H_IND_JEQ_H_IND_JEQ:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = half(buf, offset + x + code[pc + 1]);
          if (a == code[pc + 5]) {
            pc = code[pc + 6];
            continue;
          }
          pc = code[pc + 7];
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = half(buf, offset + x + code[pc + 1]);
          pc = code[a == code[pc + 5] ? pc + 6 : pc + 7];
          continue;
        case W_ABS_AND_JEQ:
          if (caplen < code[pc + 2]) return 0;
          a = word(buf, offset + code[pc + 1]);
          pc += SLOTS;
          // fall through: and #k, then the jump
        case AND_J:
          a &= code[pc + 1];
          pc = code[a == code[pc + 5] ? pc + 6 : pc + 7];
          continue;
        case AND_J + 1:
          a &= code[pc + 1];
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) > 0 ? pc + 6 : pc + 7];
          continue;
        case AND_J + 2:
          a &= code[pc + 1];
          pc = code[Integer.compareUnsigned(a, code[pc + 5]) >= 0 ? pc + 6 : pc + 7];
          continue;
        case AND_J + 3:
          a &= code[pc + 1];
          pc = code[(a & code[pc + 5]) != 0 ? pc + 6 : pc + 7];
          continue;
        // Arithmetic pairs: the first instruction, then the second's k at pc + 5; pc skips both.
        case B_ABS_AND:
          if (caplen < code[pc + 2]) return 0;
          a = buf[offset + code[pc + 1]] & 0xff & code[pc + 5];
          pc += SLOTS;
          break;
        case MSH_B_IND_AND:
          if (caplen < code[pc + 2]) return 0;
          x = (buf[offset + code[pc + 1]] & 0xf) << 2;
          pc += SLOTS;
          // fall through: the pair after the ldxb
        case B_IND_AND:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = buf[offset + x + code[pc + 1]] & 0xff & code[pc + 5];
          pc += SLOTS;
          break;
        case AND_K_TAX: a &= code[pc + 1]; x = a; pc += SLOTS; break;
        case LSH_K_TAX: a <<= code[pc + 1]; x = a; pc += SLOTS; break;
        case RSH_K_TAX: a >>>= code[pc + 1]; x = a; pc += SLOTS; break;
        case ADD_K_TAX: a += code[pc + 1]; x = a; pc += SLOTS; break;
        case SUB_K_TAX: a -= code[pc + 1]; x = a; pc += SLOTS; break;
        case LD_W_ABS:
          if (caplen < code[pc + 2]) return 0;
          a = word(buf, offset + code[pc + 1]);
          break;
        case LD_H_ABS:
          if (caplen < code[pc + 2]) return 0;
          a = half(buf, offset + code[pc + 1]);
          break;
        case LD_B_ABS:
          if (caplen < code[pc + 2]) return 0;
          a = buf[offset + code[pc + 1]] & 0xff;
          break;
        case LD_W_IND:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = word(buf, offset + x + code[pc + 1]);
          break;
        case LD_H_IND:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = half(buf, offset + x + code[pc + 1]);
          break;
        case LD_B_IND:
          if ((x & UNSIGNED) > caplen - code[pc + 2]) return 0;
          a = buf[offset + x + code[pc + 1]] & 0xff;
          break;
        case LDX_MSH:
          if (caplen < code[pc + 2]) return 0;
          x = (buf[offset + code[pc + 1]] & 0xf) << 2;
          break;
        case LD_LEN: a = wirelen; break;
        case LDX_LEN: x = wirelen; break;
        case LD_IMM: a = code[pc + 1]; break;
        case LDX_IMM: x = code[pc + 1]; break;
        case JA: pc = code[pc + 1]; continue;
        case JA_BACK:
          if (code[pc + 1] == pc || backward++ >= MAX_BACKWARD_JUMPS) return 0;
          pc = code[pc + 1];
          continue;
        case JEQ_TABLE: pc = JeqTables.lookup(tables, code[pc + 1], a); continue;
        case JEQ_K: pc = code[a == code[pc + 1] ? pc + 2 : pc + 3]; continue;
        case JGT_K: pc = code[Integer.compareUnsigned(a, code[pc + 1]) > 0 ? pc + 2 : pc + 3]; continue;
        case JGE_K: pc = code[Integer.compareUnsigned(a, code[pc + 1]) >= 0 ? pc + 2 : pc + 3]; continue;
        case JSET_K: pc = code[(a & code[pc + 1]) != 0 ? pc + 2 : pc + 3]; continue;
        case JEQ_X: pc = code[a == x ? pc + 2 : pc + 3]; continue;
        case JGT_X: pc = code[Integer.compareUnsigned(a, x) > 0 ? pc + 2 : pc + 3]; continue;
        case JGE_X: pc = code[Integer.compareUnsigned(a, x) >= 0 ? pc + 2 : pc + 3]; continue;
        case JSET_X: pc = code[(a & x) != 0 ? pc + 2 : pc + 3]; continue;
        case ADD_K: a += code[pc + 1]; break;
        case SUB_K: a -= code[pc + 1]; break;
        case MUL_K: a *= code[pc + 1]; break;
        case DIV_K: a = Integer.divideUnsigned(a, code[pc + 1]); break; // validated: k != 0
        case MOD_K: a = Integer.remainderUnsigned(a, code[pc + 1]); break;
        case AND_K: a &= code[pc + 1]; break;
        case OR_K: a |= code[pc + 1]; break;
        case XOR_K: a ^= code[pc + 1]; break;
        case LSH_K: a <<= code[pc + 1]; break; // the shift count is taken mod 32, as x86's shl does
        case RSH_K: a >>>= code[pc + 1]; break;
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
        default: throw new IllegalStateException("decoded opcode " + op);
      }
      pc += SLOTS;
    }
  }

  private static int word(byte[] buf, int at) {
    return (int) INT_BE.get(buf, at);
  }

  private static int half(byte[] buf, int at) {
    return (short) SHORT_BE.get(buf, at) & 0xffff;
  }
}
