package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.ADD;
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
import static io.jdump.bpf.Bpf.LSH;
import static io.jdump.bpf.Bpf.MISC;
import static io.jdump.bpf.Bpf.MSH;
import static io.jdump.bpf.Bpf.TAX;
import static io.jdump.bpf.Bpf.X;

import io.jdump.bpf.Insn;
import java.util.ArrayList;
import java.util.List;

/** The comparison builders of gencode.c: gen_cmp, gen_mcmp, gen_bcmp and friends. */
final class Emit {
  private Emit() {}

  /** {@return [off] op v}, as gen_ncmp without a mask. */
  static Cond cmp(Off off, int size, int op, long v) {
    return new Cond.Test(off.load(size), JMP | op | K, (int) v);
  }

  static Cond eq(Off off, int size, long v) {
    return cmp(off, size, JEQ, v);
  }

  /** {@return ([off] & mask) == v}; no {@code and} for an all-ones mask, as gen_mcmp. */
  static Cond mcmp(Off off, int size, long v, long mask) {
    if ((mask & 0xffffffffL) == 0xffffffffL) return eq(off, size, v);
    List<Insn> s = new ArrayList<>(off.load(size));
    s.add(Insn.stmt(ALU | AND | K, (int) mask));
    return new Cond.Test(s, JMP | JEQ | K, (int) v);
  }

  /** {@return ([off] & mask) op v}, as gen_ncmp with a mask. */
  static Cond maskedCmp(Off off, int size, long mask, int op, long v) {
    List<Insn> s = new ArrayList<>(off.load(size));
    s.add(Insn.stmt(ALU | AND | K, (int) mask));
    return new Cond.Test(s, JMP | op | K, (int) v);
  }

  static Cond gt(Off off, int size, long v) {
    return cmp(off, size, JGT, v);
  }

  static Cond ge(Off off, int size, long v) {
    return cmp(off, size, JGE, v);
  }

  static Cond jset(Off off, int size, long bits) {
    return new Cond.Test(off.load(size), JMP | JSET | K, (int) bits);
  }

  /** gen_bcmp: words from the end, then a half-word, then a byte; all must match. */
  static Cond bcmp(Off off, byte[] v) {
    Cond b = null;
    int size = v.length;
    while (size >= 4) {
      int p = size - 4;
      long w = (v[p] & 0xffL) << 24 | (v[p + 1] & 0xff) << 16 | (v[p + 2] & 0xff) << 8 | (v[p + 3] & 0xff);
      Cond t = eq(off.plus(size - 4), 0, w);
      b = b == null ? t : Cond.and(b, t);
      size -= 4;
    }
    while (size >= 2) {
      int p = size - 2;
      Cond t = eq(off.plus(size - 2), io.jdump.bpf.Bpf.H, (v[p] & 0xff) << 8 | (v[p + 1] & 0xff));
      b = b == null ? t : Cond.and(b, t);
      size -= 2;
    }
    if (size > 0) {
      Cond t = eq(off, B, v[0] & 0xff);
      b = b == null ? t : Cond.and(b, t);
    }
    return b;
  }

  /**
   * {@return X = the IPv4 header length at {@code ip}, plus its variable part} (gen_loadx_iphdrlen):
   * {@code ldxb 4*([k]&0xf)}, which has no indexed form, or its long hand after a variable offset.
   */
  static List<Insn> loadxIpHdrLen(Off ip) {
    if (!ip.variable()) return List.of(Insn.stmt(LDX | MSH | B, ip.k()));
    List<Insn> s = new ArrayList<>(ip.varpart());
    s.add(Insn.stmt(LD | B | IND, ip.k()));
    s.add(Insn.stmt(ALU | AND | K, 0xf));
    s.add(Insn.stmt(ALU | LSH | K, 2));
    s.add(Insn.stmt(ALU | ADD | X, 0));
    s.add(Insn.stmt(MISC | TAX, 0));
    return s;
  }

  /** {@return [x + off] op v} with X set to the IPv4 header length at {@code ip}. */
  static Cond transportCmp(Off ip, int off, int size, int op, long v) {
    return new Cond.Test(transportLoad(ip, off, size), JMP | op | K, (int) v);
  }

  /** {@return ([x + off] & mask) == v} past the IPv4 header at {@code ip}, as gen_mcmp on OR_TRAN_IPV4. */
  static Cond transportMcmp(Off ip, int off, int size, long v, long mask) {
    List<Insn> s = transportLoad(ip, off, size);
    if ((mask & 0xffffffffL) != 0xffffffffL) s.add(Insn.stmt(ALU | AND | K, (int) mask));
    return new Cond.Test(s, JMP | JEQ | K, (int) v);
  }

  private static List<Insn> transportLoad(Off ip, int off, int size) {
    List<Insn> s = new ArrayList<>(loadxIpHdrLen(ip));
    s.add(Insn.stmt(LD | size | IND, ip.k() + off));
    return s;
  }
}
