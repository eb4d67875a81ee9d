package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;

/**
 * A plain classic BPF interpreter that counts the instructions it executes, for the report's
 * per-packet cost; the report checks its verdicts against {@link io.jdump.bpf.Interpreter}.
 * Forward jumps only (the benchmark filters have no protochain).
 */
final class CountingVm {
  private final Insn[] p;
  long executed;

  CountingVm(BpfProgram program) {
    this.p = program.insns().toArray(new Insn[0]);
  }

  int apply(byte[] b, int caplen, int wirelen) {
    int a = 0;
    int x = 0;
    int[] m = new int[Bpf.MEMWORDS];
    int pc = 0;
    while (true) {
      Insn i = p[pc++];
      executed++;
      int c = i.code();
      int k = i.k();
      switch (Bpf.cls(c)) {
        case Bpf.RET -> {
          return Bpf.rval(c) == Bpf.A ? a : k;
        }
        case Bpf.LD, Bpf.LDX -> {
          long v;
          int mode = Bpf.mode(c);
          if (mode == Bpf.IMM) v = k;
          else if (mode == Bpf.LEN) v = wirelen;
          else if (mode == Bpf.MEM) v = m[k & 15];
          else {
            long off = (k & 0xffffffffL) + (mode == Bpf.IND ? x & 0xffffffffL : 0);
            int size = mode == Bpf.MSH ? 1 : Bpf.size(c) == Bpf.W ? 4 : Bpf.size(c) == Bpf.H ? 2 : 1;
            if (off + size > caplen) return 0;
            v = 0;
            for (int j = 0; j < size; j++) v = v << 8 | (b[(int) off + j] & 0xff);
            if (mode == Bpf.MSH) v = (v & 0xf) << 2;
          }
          if (Bpf.cls(c) == Bpf.LD) a = (int) v;
          else x = (int) v;
        }
        case Bpf.ST -> m[k & 15] = a;
        case Bpf.STX -> m[k & 15] = x;
        case Bpf.ALU -> {
          int o = Bpf.src(c) == Bpf.X ? x : k;
          switch (Bpf.op(c)) {
            case Bpf.ADD -> a += o;
            case Bpf.SUB -> a -= o;
            case Bpf.MUL -> a *= o;
            case Bpf.DIV -> {
              if (o == 0) return 0;
              a = Integer.divideUnsigned(a, o);
            }
            case Bpf.MOD -> {
              if (o == 0) return 0;
              a = Integer.remainderUnsigned(a, o);
            }
            case Bpf.OR -> a |= o;
            case Bpf.AND -> a &= o;
            case Bpf.XOR -> a ^= o;
            case Bpf.LSH -> a = o >= 32 || o < 0 ? 0 : a << o;
            case Bpf.RSH -> a = o >= 32 || o < 0 ? 0 : a >>> o;
            default -> a = -a;
          }
        }
        case Bpf.JMP -> {
          if (Bpf.op(c) == Bpf.JA) {
            pc += k;
            continue;
          }
          long av = a & 0xffffffffL;
          long o = (Bpf.src(c) == Bpf.X ? x : k) & 0xffffffffL;
          boolean t = switch (Bpf.op(c)) {
            case Bpf.JEQ -> av == o;
            case Bpf.JGT -> av > o;
            case Bpf.JGE -> av >= o;
            default -> (av & o) != 0;
          };
          pc += t ? i.jt() : i.jf();
        }
        default -> {
          if (Bpf.miscop(c) == Bpf.TAX) x = a;
          else a = x;
        }
      }
    }
  }
}
