package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.ABS;
import static io.jdump.bpf.Bpf.ALU;
import static io.jdump.bpf.Bpf.AND;
import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.IND;
import static io.jdump.bpf.Bpf.JEQ;
import static io.jdump.bpf.Bpf.JGE;
import static io.jdump.bpf.Bpf.JGT;
import static io.jdump.bpf.Bpf.JMP;
import static io.jdump.bpf.Bpf.JSET;
import static io.jdump.bpf.Bpf.K;
import static io.jdump.bpf.Bpf.LD;
import static io.jdump.bpf.Bpf.LDX;
import static io.jdump.bpf.Bpf.MSH;

import io.jdump.bpf.Insn;
import java.util.ArrayList;
import java.util.List;

/** The comparison builders of gencode.c: gen_cmp, gen_mcmp, gen_bcmp and friends. */
final class Emit {
  private Emit() {}

  static Insn ld(int size, int off) {
    return Insn.stmt(LD | size | ABS, off);
  }

  /** {@return [off] op v}, as gen_ncmp without a mask. */
  static Cond cmp(int off, int size, int op, long v) {
    return new Cond.Test(List.of(ld(size, off)), JMP | op | K, (int) v);
  }

  static Cond eq(int off, int size, long v) {
    return cmp(off, size, JEQ, v);
  }

  /** {@return ([off] & mask) == v}; no {@code and} for an all-ones mask, as gen_mcmp. */
  static Cond mcmp(int off, int size, long v, long mask) {
    if ((mask & 0xffffffffL) == 0xffffffffL) return eq(off, size, v);
    return new Cond.Test(
        List.of(ld(size, off), Insn.stmt(ALU | AND | K, (int) mask)), JMP | JEQ | K, (int) v);
  }

  static Cond gt(int off, int size, long v) {
    return cmp(off, size, JGT, v);
  }

  static Cond ge(int off, int size, long v) {
    return cmp(off, size, JGE, v);
  }

  static Cond le(int off, int size, long v) {
    return Cond.not(gt(off, size, v));
  }

  static Cond jset(int off, int size, long bits) {
    return new Cond.Test(List.of(ld(size, off)), JMP | JSET | K, (int) bits);
  }

  /** gen_bcmp: words from the end, then a half-word, then a byte; all must match. */
  static Cond bcmp(int off, byte[] v) {
    Cond b = null;
    int size = v.length;
    while (size >= 4) {
      int p = size - 4;
      long w = (v[p] & 0xffL) << 24 | (v[p + 1] & 0xff) << 16 | (v[p + 2] & 0xff) << 8 | (v[p + 3] & 0xff);
      Cond t = eq(off + size - 4, 0, w);
      b = b == null ? t : Cond.and(b, t);
      size -= 4;
    }
    while (size >= 2) {
      int p = size - 2;
      Cond t = eq(off + size - 2, io.jdump.bpf.Bpf.H, (v[p] & 0xff) << 8 | (v[p + 1] & 0xff));
      b = b == null ? t : Cond.and(b, t);
      size -= 2;
    }
    if (size > 0) {
      Cond t = eq(off, B, v[0] & 0xff);
      b = b == null ? t : Cond.and(b, t);
    }
    return b;
  }

  /** {@code ldxb 4*([off]&0xf)}: the IPv4 header length into X. */
  static Insn loadxIpHdrLen(int off) {
    return Insn.stmt(LDX | MSH | B, off);
  }

  /** {@return [x + off] op v} with X set to the IPv4 header length at {@code ipOff}. */
  static Cond transportCmp(int ipOff, int off, int size, int op, long v) {
    List<Insn> s = new ArrayList<>();
    s.add(loadxIpHdrLen(ipOff));
    s.add(Insn.stmt(LD | size | IND, ipOff + off));
    return new Cond.Test(s, JMP | op | K, (int) v);
  }
}
