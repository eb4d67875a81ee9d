package io.jdump.filter.diff;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;

/**
 * A classic BPF interpreter that reports each instruction it executes and the value it
 * produced: for the explain soundness test, which checks the annotator's words against
 * what a program really reads. bpf_filter's semantics; a load past caplen ends the run.
 */
final class TracingVm {
  private TracingVm() {}

  interface Trace {
    /** pc ran; {@code value} is A or X after it (loads, ALU), or 1/0 for a jump taken or not. */
    void step(int pc, long value);
  }

  static void run(BpfProgram p, byte[] buf, int off, int caplen, int wirelen, Trace t) {
    long a = 0;
    long x = 0;
    long[] mem = new long[16];
    int pc = 0;
    for (int steps = 0; steps < 100_000 && pc >= 0 && pc < p.length(); steps++) {
      Insn i = p.get(pc);
      int code = i.code();
      long k = i.k() & 0xffffffffL;
      switch (code & 0x07) {
        case Bpf.LD, Bpf.LDX -> {
          int size = (code & 0x18) == Bpf.H ? 2 : (code & 0x18) == Bpf.B ? 1 : 4;
          long v;
          switch (code & 0xe0) {
            case Bpf.IMM -> v = k;
            case Bpf.LEN -> v = wirelen & 0xffffffffL;
            case Bpf.MEM -> v = mem[i.k() & 15];
            case Bpf.ABS, Bpf.IND, Bpf.MSH -> {
              long at = (code & 0xe0) == Bpf.IND ? (x + k) & 0xffffffffL : k;
              if ((code & 0xe0) == Bpf.MSH) size = 1;
              if (at + size > caplen) return;
              v = 0;
              for (int j = 0; j < size; j++) v = v << 8 | (buf[off + (int) at + j] & 0xff);
              if ((code & 0xe0) == Bpf.MSH) v = 4 * (v & 0xf);
            }
            default -> {
              return;
            }
          }
          if ((code & 0x07) == Bpf.LD) a = v;
          else x = v;
          t.step(pc, v);
          pc++;
        }
        case Bpf.ST -> {
          mem[i.k() & 15] = a;
          pc++;
        }
        case Bpf.STX -> {
          mem[i.k() & 15] = x;
          pc++;
        }
        case Bpf.ALU -> {
          long r = (code & Bpf.X) != 0 ? x : k;
          switch (code & 0xf0) {
            case Bpf.ADD -> a += r;
            case Bpf.SUB -> a -= r;
            case Bpf.MUL -> a *= r;
            case Bpf.DIV -> {
              if (r == 0) return;
              a = (a & 0xffffffffL) / r;
            }
            case Bpf.MOD -> {
              if (r == 0) return;
              a = (a & 0xffffffffL) % r;
            }
            case Bpf.AND -> a &= r;
            case Bpf.OR -> a |= r;
            case Bpf.XOR -> a ^= r;
            case Bpf.LSH -> a = r >= 32 ? 0 : a << r;
            case Bpf.RSH -> a = r >= 32 ? 0 : (a & 0xffffffffL) >>> r;
            case Bpf.NEG -> a = -a;
            default -> {
              return;
            }
          }
          a &= 0xffffffffL;
          t.step(pc, a);
          pc++;
        }
        case Bpf.JMP -> {
          long r = (code & Bpf.X) != 0 ? x : k;
          if ((code & 0xf0) == Bpf.JA) {
            pc += 1 + i.k();
            continue;
          }
          boolean taken = switch (code & 0xf0) {
            case Bpf.JEQ -> a == r;
            case Bpf.JGT -> a > r;
            case Bpf.JGE -> a >= r;
            case Bpf.JSET -> (a & r) != 0;
            default -> false;
          };
          t.step(pc, taken ? 1 : 0);
          pc += 1 + (taken ? i.jt() : i.jf());
        }
        case Bpf.RET -> {
          t.step(pc, 0);
          return;
        }
        default -> {
          if ((code & 0xf8) == 0) x = a;
          else a = x;
          pc++;
        }
      }
    }
  }
}
