package io.jdump.bpf.jit;

import static io.jdump.bpf.Bpf.*;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random programs shaped to reach every path of the JIT: every opcode bpf_filter runs
 * with operands at the edges (loads around caplen and near 2^32, X + k overflow, division and
 * modulo by X = 0, shifts by 32 and more, values near 2^32), every scratch cell, long ja, runs
 * of loads whose caplen tests merge, and jeq chains (switches) with jumps into their middle.
 * Every cell is written first, so libpcap 1.10's uninitialised cells are never read.
 */
final class JitPrograms {
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
  /** Long runs: no body instruction that ends the program (ret, failing loads, X = 0 division). */
  private final boolean survives;

  JitPrograms(long seed) {
    this(seed, false);
  }

  JitPrograms(long seed, boolean survives) {
    rnd = new Random(seed);
    this.survives = survives;
  }

  Random random() {
    return rnd;
  }

  /** {@return a valid, forward-only program} with a body of about {@code body} instructions. */
  BpfProgram program(int body) {
    List<Insn> insns = new ArrayList<>();
    for (int cell = 0; cell < MEMWORDS; cell++) {
      boolean a = rnd.nextBoolean();
      insns.add(Insn.stmt(a ? LD | IMM : LDX | IMM, value()));
      insns.add(Insn.stmt(a ? ST : STX, cell));
    }
    if (rnd.nextBoolean()) insns.add(Insn.stmt(LDX | IMM, xValue()));
    int len = insns.size() + body + 1;
    while (insns.size() < len - 1) {
      int pc = insns.size();
      int room = len - 2 - pc;
      switch (rnd.nextInt(10)) {
        case 0 -> chain(insns, len);
        case 1 -> loadRun(insns, len);
        default -> insns.add(random(pc, room));
      }
    }
    insns.add(Insn.stmt(rnd.nextBoolean() ? RET | A : RET | K, value()));
    return new BpfProgram(insns);
  }

  /** A value loaded into A, then a jeq #k chain on it, each test's false edge to the next. */
  private void chain(List<Insn> insns, int len) {
    int n = 2 + rnd.nextInt(rnd.nextInt(4) == 0 ? 80 : 8);
    if (insns.size() + n + 2 > len - 1) return;
    int[] keys = new int[n];
    for (int i = 0; i < n; i++) keys[i] = rnd.nextInt(4) == 0 && i > 0 ? keys[rnd.nextInt(i)] : compared();
    insns.add(switch (rnd.nextInt(4)) {
      case 0 -> Insn.stmt(LD | IMM, keys[rnd.nextInt(n)]);
      case 1 -> Insn.stmt(LD | B | ABS, rnd.nextInt(MAX_PACKET));
      case 2 -> Insn.stmt(LD | H | ABS, rnd.nextInt(MAX_PACKET));
      default -> Insn.stmt(survives ? LD | W | ABS : LD | W | IND, rnd.nextInt(MAX_PACKET - 4));
    });
    for (int i = 0; i < n; i++) {
      int pc = insns.size();
      int room = len - 2 - pc;
      int jt = Math.min(255, Math.max(0, Math.min(room, n - i + rnd.nextInt(20))));
      int jf = rnd.nextInt(12) == 0 ? Math.min(255, rnd.nextInt(room + 1)) : 0;
      insns.add(Insn.jump(JMP | JEQ | K, keys[i], jt, jf));
    }
  }

  /** Absolute loads and tests in a row: the JIT tests caplen once for those every path runs. */
  private void loadRun(List<Insn> insns, int len) {
    int n = 2 + rnd.nextInt(6);
    for (int i = 0; i < n && insns.size() < len - 2; i++) {
      int pc = insns.size();
      int room = len - 2 - pc;
      int size = new int[] {B, H, W}[rnd.nextInt(3)];
      insns.add(rnd.nextInt(8) == 0 ? Insn.stmt(LDX | B | MSH, rnd.nextInt(MAX_PACKET))
          : Insn.stmt(LD | size | ABS, rnd.nextInt(4) == 0 && !survives ? offsetK() : rnd.nextInt(MAX_PACKET)));
      if (rnd.nextBoolean() && room > 1) {
        insns.add(Insn.jump(JMP | new int[] {JEQ, JGT, JGE, JSET}[rnd.nextInt(4)] | K, compared(),
            rnd.nextInt(3) == 0 ? Math.min(255, rnd.nextInt(room)) : 0, rnd.nextInt(3) == 0 ? Math.min(255, rnd.nextInt(room)) : 0));
      }
    }
  }

  /** One instruction at pc with room instructions after it before the final ret. */
  Insn random(int pc, int room) {
    int code = RUNNABLE[rnd.nextInt(RUNNABLE.length)];
    if (survives) code = surviving(code);
    return switch (Bpf.cls(code)) {
      case JMP -> Bpf.op(code) == JA
          ? Insn.stmt(code, survives ? rnd.nextInt(Math.min(room, 300) + 1)
              : rnd.nextInt(4) == 0 ? room : rnd.nextInt(room + 1))
          : Insn.jump(code, compared(), offset(room), offset(room));
      case ST, STX -> Insn.stmt(code, rnd.nextInt(MEMWORDS));
      case LD, LDX -> switch (Bpf.mode(code)) {
        case MEM -> Insn.stmt(code, rnd.nextInt(MEMWORDS));
        case ABS, IND, MSH -> Insn.stmt(code, survives ? rnd.nextInt(MAX_PACKET - 4) : offsetK());
        default -> Insn.stmt(code, code == (LDX | IMM) ? xValue() : value());
      };
      case ALU -> switch (Bpf.op(code)) {
        case DIV, MOD -> Insn.stmt(code, rnd.nextInt(3) == 0 ? 1 << rnd.nextInt(32) : nonZero());
        case LSH, RSH -> Insn.stmt(code, rnd.nextInt(3) == 0 ? value() : rnd.nextInt(40));
        default -> Insn.stmt(code, value());
      };
      default -> Insn.stmt(code, value());
    };
  }

  private static int surviving(int code) {
    if (Bpf.cls(code) == RET) return LD | IMM;
    if (Bpf.cls(code) == LD && Bpf.mode(code) == IND) return LD | Bpf.size(code) | ABS;
    if (code == (ALU | DIV | X) || code == (ALU | MOD | X)) return ALU | ADD | X;
    return code;
  }

  private int offset(int room) {
    int max = Math.min(255, room);
    return rnd.nextInt(3) == 0 ? max : rnd.nextInt(max + 1);
  }

  int offsetK() {
    return switch (rnd.nextInt(8)) {
      case 0 -> -1 - rnd.nextInt(8);
      case 1 -> 0x80000000 + rnd.nextInt(4) - 2;
      case 2 -> rnd.nextInt();
      default -> rnd.nextInt(MAX_PACKET + 8);
    };
  }

  int xValue() {
    return switch (rnd.nextInt(6)) {
      case 0 -> 0;
      case 1 -> 28 + rnd.nextInt(40);
      case 2 -> -1 - rnd.nextInt(8);
      default -> rnd.nextInt(MAX_PACKET);
    };
  }

  int compared() {
    return switch (rnd.nextInt(6)) {
      case 0 -> rnd.nextInt(4);
      case 1 -> 0xff;
      case 2 -> 0xffff;
      case 3 -> rnd.nextInt(256);
      default -> value();
    };
  }

  int nonZero() {
    int v = value();
    return v == 0 ? 1 + rnd.nextInt(1000) : v;
  }

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

  int caplen(byte[] packet) {
    return switch (rnd.nextInt(4)) {
      case 0 -> packet.length;
      case 1 -> 0;
      default -> rnd.nextInt(packet.length + 1);
    };
  }

  int wirelen(int caplen) {
    return switch (rnd.nextInt(5)) {
      case 0 -> caplen;
      case 1 -> -1 - rnd.nextInt(16);
      default -> caplen + rnd.nextInt(1500);
    };
  }

  /** The packet at a random offset in a larger buffer of random bytes, so stray reads show. */
  byte[] buffer(byte[] packet, int offset) {
    byte[] buf = new byte[offset + packet.length + rnd.nextInt(16)];
    rnd.nextBytes(buf);
    System.arraycopy(packet, 0, buf, offset, packet.length);
    return buf;
  }
}
