package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Frames that reach deep into a program: runs it, picks one of the tests it met on a value
 * loaded from the frame, rewrites those bytes so that the test goes the other way, and
 * repeats (a random walk over the program's paths). Forward jumps only.
 */
final class Explorer {
  private Explorer() {}

  /** A test met on the way: the bytes A came from, the mask applied to them, the jump. */
  private record Met(int off, int size, long mask, Insn jump, boolean taken) {}

  static List<byte[]> walk(BpfProgram p, int count, Random r) {
    List<byte[]> out = new ArrayList<>();
    Insn[] code = p.insns().toArray(new Insn[0]);
    byte[] f = null;
    for (int n = 0; n < count; n++) {
      if (n % 12 == 0) f = Frames.aimedAt(p, 1, r).get(0);
      List<Met> met = run(code, f);
      if (!met.isEmpty()) {
        Met m = met.get(r.nextInt(met.size()));
        long want = flip(m, r);
        long old = read(f, m.off(), m.size());
        long v = (old & ~m.mask()) | (want & m.mask());
        for (int j = 0; j < m.size(); j++) f[m.off() + j] = (byte) (v >>> (8 * (m.size() - 1 - j)));
      }
      out.add(f.clone());
    }
    return out;
  }

  private static long flip(Met m, Random r) {
    long k = m.jump().k() & 0xffffffffL;
    boolean toTrue = !m.taken();
    return switch (Bpf.op(m.jump().code())) {
      case Bpf.JEQ -> toTrue ? k : k + 1 + r.nextInt(3);
      case Bpf.JGT -> toTrue ? k + 1 : k;
      case Bpf.JGE -> toTrue ? k : k - 1;
      default -> toTrue ? Long.lowestOneBit(k) : 0;
    };
  }

  private static long read(byte[] f, int off, int size) {
    long v = 0;
    for (int j = 0; j < size; j++) v = v << 8 | (f[off + j] & 0xff);
    return v;
  }

  private static List<Met> run(Insn[] p, byte[] b) {
    List<Met> met = new ArrayList<>();
    int a = 0;
    int x = 0;
    int[] m = new int[Bpf.MEMWORDS];
    int srcOff = -1;
    int srcSize = 0;
    long mask = 0;
    int pc = 0;
    while (pc < p.length) {
      Insn i = p[pc++];
      int c = i.code();
      int k = i.k();
      switch (Bpf.cls(c)) {
        case Bpf.RET -> {
          return met;
        }
        case Bpf.LD, Bpf.LDX -> {
          int mode = Bpf.mode(c);
          long v;
          int off = -1;
          int size = 0;
          if (mode == Bpf.IMM) v = k;
          else if (mode == Bpf.LEN) v = b.length;
          else if (mode == Bpf.MEM) v = m[k & 15];
          else {
            long at = (k & 0xffffffffL) + (mode == Bpf.IND ? x & 0xffffffffL : 0);
            size = mode == Bpf.MSH ? 1 : Bpf.size(c) == Bpf.W ? 4 : Bpf.size(c) == Bpf.H ? 2 : 1;
            if (at + size > b.length) return met;
            off = (int) at;
            v = read(b, off, size);
            if (mode == Bpf.MSH) v = (v & 0xf) << 2;
          }
          if (Bpf.cls(c) == Bpf.LD) {
            a = (int) v;
            srcOff = off;
            srcSize = size;
            mask = size == 4 ? 0xffffffffL : (1L << (8 * size)) - 1;
          } else {
            x = (int) v;
          }
        }
        case Bpf.ST -> m[k & 15] = a;
        case Bpf.STX -> m[k & 15] = x;
        case Bpf.ALU -> {
          int o = Bpf.src(c) == Bpf.X ? x : k;
          if (Bpf.op(c) == Bpf.AND && Bpf.src(c) == Bpf.K) mask &= k & 0xffffffffL;
          else srcOff = -1;
          a = switch (Bpf.op(c)) {
            case Bpf.ADD -> a + o;
            case Bpf.SUB -> a - o;
            case Bpf.MUL -> a * o;
            case Bpf.DIV -> o == 0 ? 0 : Integer.divideUnsigned(a, o);
            case Bpf.MOD -> o == 0 ? 0 : Integer.remainderUnsigned(a, o);
            case Bpf.OR -> a | o;
            case Bpf.AND -> a & o;
            case Bpf.XOR -> a ^ o;
            case Bpf.LSH -> o >= 32 || o < 0 ? 0 : a << o;
            case Bpf.RSH -> o >= 32 || o < 0 ? 0 : a >>> o;
            default -> -a;
          };
          if ((Bpf.op(c) == Bpf.DIV || Bpf.op(c) == Bpf.MOD) && o == 0) return met;
        }
        case Bpf.JMP -> {
          if (Bpf.op(c) == Bpf.JA) {
            if (k < 0) return met;
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
          if (srcOff >= 0 && Bpf.src(c) == Bpf.K) met.add(new Met(srcOff, srcSize, mask, i, t));
          pc += t ? i.jt() : i.jf();
        }
        default -> {
          if (Bpf.miscop(c) == Bpf.TAX) {
            x = a;
          } else {
            a = x;
            srcOff = -1;
          }
        }
      }
    }
    return met;
  }
}
