package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Frames aimed at a program: the bytes it loads are often set to the constants it compares
 * with (so that every branch gets taken), the IPv4 header length byte often 0x45, and many
 * frames are cut short somewhere inside the bytes the program reads.
 */
final class Frames {
  private Frames() {}

  static List<byte[]> aimedAt(BpfProgram p, int count, Random r) {
    List<int[]> places = new ArrayList<>();
    List<Integer> constants = new ArrayList<>(List.of(0, 1, 0x45, 0x800, 0x86dd, 6, 17));
    int msh = -1;
    int maxEnd = 64;
    for (Insn i : p.insns()) {
      int c = i.code();
      int size = Bpf.size(c) == Bpf.W ? 4 : Bpf.size(c) == Bpf.H ? 2 : 1;
      if (Bpf.cls(c) == Bpf.LD && Bpf.mode(c) == Bpf.ABS) places.add(new int[] {i.k(), size});
      if (Bpf.cls(c) == Bpf.LD && Bpf.mode(c) == Bpf.IND) {
        for (int x : new int[] {20, 24, 40}) places.add(new int[] {i.k() + x, size});
      }
      if (Bpf.cls(c) == Bpf.LDX && Bpf.mode(c) == Bpf.MSH) msh = i.k();
      if (Bpf.cls(c) == Bpf.JMP && Bpf.src(c) == Bpf.K && Bpf.op(c) != Bpf.JA) {
        constants.add(i.k());
        constants.add(i.k() + 1);
      }
    }
    places.removeIf(pl -> pl[0] < 0 || pl[0] > 400);
    for (int[] pl : places) maxEnd = Math.max(maxEnd, pl[0] + pl[1]);
    List<byte[]> out = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      byte[] f = new byte[maxEnd + r.nextInt(40)];
      r.nextBytes(f);
      for (int[] pl : places) {
        if (r.nextInt(10) < 7) put(f, pl[0], pl[1], constants.get(r.nextInt(constants.size())));
      }
      if (msh >= 0 && msh < f.length && r.nextInt(10) < 8) f[msh] = (byte) (r.nextBoolean() ? 0x45 : 0x46);
      out.add(f);
    }
    return out;
  }

  private static void put(byte[] f, int off, int size, int v) {
    for (int j = 0; j < size; j++) f[off + j] = (byte) (v >>> (8 * (size - 1 - j)));
  }
}
