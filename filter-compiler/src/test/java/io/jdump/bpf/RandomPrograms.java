package io.jdump.bpf;

import static io.jdump.bpf.Bpf.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random BPF programs and packets for the differential tests. {@link #runnable} makes
 * programs that libpcap 1.10 both accepts and runs to the end: every opcode bpf_filter has,
 * forward jumps only (some longer than 255), every scratch cell written before the body so
 * that libpcap's uninitialised cells are never read, and operands that hit the edges (loads
 * around caplen, X + k overflow, division by X = 0, shifts of 32 and more, values near 2^32).
 */
final class RandomPrograms {
  /** Every opcode libpcap's bpf_filter runs, except ret (placed separately) and ja (forward only). */
  static final int[] RUNNABLE = {
    LD | W | ABS, LD | H | ABS, LD | B | ABS, LD | W | IND, LD | H | IND, LD | B | IND,
    LD | W | LEN, LDX | W | LEN, LD | IMM, LDX | IMM, LDX | B | MSH, LD | MEM, LDX | MEM, ST, STX,
    JMP | JA, JMP | JEQ | K, JMP | JGT | K, JMP | JGE | K, JMP | JSET | K,
    JMP | JEQ | X, JMP | JGT | X, JMP | JGE | X, JMP | JSET | X,
    ALU | ADD | K, ALU | SUB | K, ALU | MUL | K, ALU | DIV | K, ALU | MOD | K, ALU | AND | K,
    ALU | OR | K, ALU | XOR | K, ALU | LSH | K, ALU | RSH | K,
    ALU | ADD | X, ALU | SUB | X, ALU | MUL | X, ALU | DIV | X, ALU | MOD | X, ALU | AND | X,
    ALU | OR | X, ALU | XOR | X, ALU | LSH | X, ALU | RSH | X, ALU | NEG,
    MISC | TAX, MISC | TXA, RET | K, RET | A,
  };

  static final int MAX_PACKET = 96;

  private final Random rnd;

  RandomPrograms(long seed) {
    rnd = new Random(seed);
  }

  Random random() {
    return rnd;
  }

  /** {@return a program libpcap accepts and runs to a ret} */
  BpfProgram runnable() {
    int body = rnd.nextInt(20) == 0 ? 260 + rnd.nextInt(400) : 1 + rnd.nextInt(40);
    List<Insn> insns = new ArrayList<>();
    for (int cell = 0; cell < MEMWORDS; cell++) {
      insns.add(Insn.stmt(rnd.nextBoolean() ? LD | IMM : LDX | IMM, value()));
      insns.add(Insn.stmt(Bpf.cls(insns.get(insns.size() - 1).code()) == LD ? ST : STX, cell));
    }
    if (rnd.nextBoolean()) insns.add(Insn.stmt(LDX | IMM, xValue()));
    int len = insns.size() + body + 1;
    while (insns.size() < len - 1) insns.add(random(insns.size(), len));
    insns.add(Insn.stmt(rnd.nextBoolean() ? RET | A : RET | K, value()));
    return new BpfProgram(insns);
  }

  /** One instruction at pc of a program of len instructions, its jumps landing inside. */
  Insn random(int pc, int len) {
    int code = RUNNABLE[rnd.nextInt(RUNNABLE.length)];
    int room = len - 2 - pc; // farthest forward offset that still lands on an instruction
    return switch (Bpf.cls(code)) {
      case JMP -> Bpf.op(code) == JA
          ? Insn.stmt(code, rnd.nextInt(4) == 0 ? room : rnd.nextInt(room + 1))
          : Insn.jump(code, compared(), offset(room), offset(room));
      case ST, STX -> Insn.stmt(code, rnd.nextInt(MEMWORDS));
      case LD, LDX -> switch (Bpf.mode(code)) {
        case MEM -> Insn.stmt(code, rnd.nextInt(MEMWORDS));
        case ABS, IND, MSH -> Insn.stmt(code, offsetK());
        default -> Insn.stmt(code, code == (LDX | IMM) ? xValue() : value());
      };
      case ALU -> switch (Bpf.op(code)) {
        case DIV, MOD -> Insn.stmt(code, nonZero());
        case LSH, RSH -> Insn.stmt(code, rnd.nextInt(3) == 0 ? value() : rnd.nextInt(40));
        default -> Insn.stmt(code, value());
      };
      default -> Insn.stmt(code, value());
    };
  }

  private int offset(int room) {
    int max = Math.min(255, room);
    return rnd.nextInt(3) == 0 ? max : rnd.nextInt(max + 1);
  }

  /** A packet offset: mostly inside or just around a short packet, sometimes near 2^32. */
  int offsetK() {
    return switch (rnd.nextInt(8)) {
      case 0 -> -1 - rnd.nextInt(8);
      case 1 -> 0x80000000 + rnd.nextInt(4) - 2;
      case 2 -> rnd.nextInt();
      default -> rnd.nextInt(MAX_PACKET + 8);
    };
  }

  /** A value for X: small offsets, 0 for division, 32 and more for shifts, near 2^32 for overflow. */
  int xValue() {
    return switch (rnd.nextInt(6)) {
      case 0 -> 0;
      case 1 -> 28 + rnd.nextInt(40);
      case 2 -> -1 - rnd.nextInt(8);
      default -> rnd.nextInt(MAX_PACKET);
    };
  }

  /** A constant for comparisons: often one the packet or arithmetic is likely to produce. */
  int compared() {
    return rnd.nextInt(3) == 0 ? rnd.nextInt(4) : value();
  }

  int nonZero() {
    int v = value();
    return v == 0 ? 1 + rnd.nextInt(1000) : v;
  }

  /** An arbitrary 32-bit operand with the edges weighted in. */
  int value() {
    return switch (rnd.nextInt(10)) {
      case 0 -> 0;
      case 1 -> 1;
      case 2 -> -1;
      case 3 -> 0x80000000;
      case 4 -> 0x7fffffff;
      case 5 -> rnd.nextInt(256);
      case 6 -> -1 - rnd.nextInt(256);
      default -> rnd.nextInt();
    };
  }

  /** A packet of up to {@value #MAX_PACKET} bytes; bytes biased to 0, 0xff and small values. */
  byte[] packet() {
    byte[] p = new byte[rnd.nextInt(MAX_PACKET + 1)];
    for (int i = 0; i < p.length; i++) {
      p[i] = (byte) switch (rnd.nextInt(4)) {
        case 0 -> 0;
        case 1 -> 0xff;
        case 2 -> rnd.nextInt(4);
        default -> rnd.nextInt(256);
      };
    }
    return p;
  }

  /** A caplen for the packet: all of it, none of it, or a cut. */
  int caplen(byte[] packet) {
    return switch (rnd.nextInt(4)) {
      case 0 -> packet.length;
      case 1 -> 0;
      default -> rnd.nextInt(packet.length + 1);
    };
  }

  /** A wire length at least caplen, unsigned: sometimes near 2^32. */
  int wirelen(int caplen) {
    return switch (rnd.nextInt(5)) {
      case 0 -> caplen;
      case 1 -> -1 - rnd.nextInt(16);
      default -> caplen + rnd.nextInt(1500);
    };
  }
}
