package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.ADD;
import static io.jdump.bpf.Bpf.ALU;
import static io.jdump.bpf.Bpf.AND;
import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.H;
import static io.jdump.bpf.Bpf.IMM;
import static io.jdump.bpf.Bpf.IND;
import static io.jdump.bpf.Bpf.JEQ;
import static io.jdump.bpf.Bpf.JMP;
import static io.jdump.bpf.Bpf.K;
import static io.jdump.bpf.Bpf.LD;
import static io.jdump.bpf.Bpf.LDX;
import static io.jdump.bpf.Bpf.MEM;
import static io.jdump.bpf.Bpf.MISC;
import static io.jdump.bpf.Bpf.MUL;
import static io.jdump.bpf.Bpf.ST;
import static io.jdump.bpf.Bpf.STX;
import static io.jdump.bpf.Bpf.TAX;
import static io.jdump.bpf.Bpf.TXA;
import static io.jdump.bpf.Bpf.W;
import static io.jdump.bpf.Bpf.X;

import io.jdump.bpf.Insn;
import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Qual.Dir;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code geneve [vni]}: UDP to port 6081 over IPv4 or IPv6 carrying Geneve version 0, then every
 * later test reads the encapsulated frame (gen_geneve). The inner headers sit past the IP header's
 * and the Geneve options' lengths, so their offsets live in three scratch cells written when the
 * test passes (where the type field is, where the inner frame starts, where its payload starts),
 * and all later loads go through X. A path on which geneve failed leaves those cells as they
 * were: libpcap's programs read them anyway, and jdump's read the same cells.
 */
final class Geneve {
  static final int PORT = 6081;
  /** Transparent Ethernet Bridging: the Geneve payload is an Ethernet frame. */
  static final int TEB = 0x6558;

  private Geneve() {}

  static Cond geneve(Generator g, long vni) throws FilterException {
    Cond b = Cond.or(v4(g, vni), v6(g, vni));
    List<Insn> s = offsets(g);
    // libpcap's gen_true carries the offset statements: they run only when geneve matched.
    s.add(Insn.stmt(LD | IMM, 0));
    g.link.geneve = true;
    g.noOptimize = true;
    return Cond.and(b, new Cond.Test(s, JMP | JEQ | K, 0));
  }

  /** UDP to port 6081, Geneve version 0 and the VNI, over IPv4 or IPv6 (gen_geneve_check). */
  private static Cond check(Generator g, boolean v6, long vni) throws FilterException {
    Link link = g.link;
    Cond b0 = g.transport().headerPorts(PORT, PORT, false, Transport.UDP, Dir.DST, v6);
    b0 = Cond.and(b0, at(link, v6, 8, B, 0, 0xc0));
    if (vni >= 0) {
      if (vni > 0xffffff) {
        throw new FilterException("Geneve VNI " + vni + " greater than maximum " + 0xffffff);
      }
      b0 = Cond.and(b0, at(link, v6, 12, W, vni << 8, 0xffffff00L));
    }
    return b0;
  }

  /** {@return ([transport header + off] & mask) == v} over IPv4 or IPv6. */
  private static Cond at(Link link, boolean v6, int off, int size, long v, long mask) {
    return v6 ? Emit.mcmp(link.net().plus(40 + off), size, v, mask)
        : Emit.transportMcmp(link.net(), off, size, v, mask);
  }

  /** IPv4: leaves A = X = the IP header's length (plus the variable part of its offset). */
  private static Cond v4(Generator g, long vni) throws FilterException {
    Cond b0 = check(g, false, vni);
    List<Insn> s = new ArrayList<>(Emit.loadxIpHdrLen(g.link.net()));
    s.add(Insn.stmt(MISC | TXA, 0));
    return Cond.and(b0, new Cond.Test(s, JMP | JEQ | X, 0));
  }

  /** IPv6: leaves A = X = 40 (plus the variable part of the payload's offset). */
  private static Cond v6(Generator g, long vni) throws FilterException {
    Cond b0 = check(g, true, vni);
    Off pl = g.link.offLinkpl;
    List<Insn> s = new ArrayList<>(pl.varpart());
    s.add(Insn.stmt(LD | IMM, 40));
    if (pl.variable()) s.add(Insn.stmt(ALU | ADD | X, 0));
    s.add(Insn.stmt(MISC | TAX, 0));
    return Cond.and(b0, new Cond.Test(s, JMP | JEQ | X, 0));
  }

  /**
   * The statements that store the inner offsets, and the link state they leave: Ethernet,
   * every offset in a cell. The type field is 2 bytes into the Geneve header, or the inner
   * frame's own when the protocol is TEB; the payload starts after the Geneve header, or 14
   * bytes later for TEB.
   */
  private static List<Insn> offsets(Generator g) throws FilterException {
    Link link = g.link;
    List<Insn> s = new ArrayList<>();
    // A holds the IP header's length: add the UDP header to find the Geneve header.
    s.add(Insn.stmt(ALU | ADD | K, link.offLinkpl.k() + link.offNl + 8));
    s.add(Insn.stmt(MISC | TAX, 0));
    s.add(Insn.stmt(ALU | ADD | K, 2));
    int type = g.scratch.alloc();
    s.add(Insn.stmt(ST, type));
    // Options length, in 4-byte words, in the low 6 bits of the first byte.
    s.add(Insn.stmt(LD | B | IND, 0));
    s.add(Insn.stmt(ALU | AND | K, 0x3f));
    s.add(Insn.stmt(ALU | MUL | K, 4));
    s.add(Insn.stmt(ALU | ADD | K, 8));
    s.add(Insn.stmt(ALU | ADD | X, 0));
    int hdr = g.scratch.alloc();
    s.add(Insn.stmt(ST, hdr));
    s.add(Insn.stmt(LD | H | IND, 2));
    s.add(Insn.stmt(LDX | MEM, hdr));
    // Not TEB: skip to the store of X (the payload starts where the inner frame does).
    s.add(Insn.jump(JMP | JEQ | K, TEB, 0, 5));
    s.add(Insn.stmt(MISC | TXA, 0));
    s.add(Insn.stmt(ALU | ADD | K, 12));
    s.add(Insn.stmt(ST, type));
    s.add(Insn.stmt(ALU | ADD | K, 2));
    s.add(Insn.stmt(MISC | TAX, 0));
    int pl = g.scratch.alloc();
    s.add(Insn.stmt(STX, pl));
    link.type = 1;
    link.offLinktype = Off.in(type, 0);
    link.offLinkhdr = Off.in(hdr, 0);
    link.offLinkpl = Off.in(pl, 0);
    link.offNl = 0;
    return s;
  }

  /**
   * libpcap's gen_geneve_ll_check, which MAC tests after geneve add: the inner frame has an
   * Ethernet header (its payload does not start where it does).
   */
  static Cond hasEthernet(Link link) {
    List<Insn> s = List.of(Insn.stmt(LD | MEM, link.offLinkhdr.reg()),
        Insn.stmt(LDX | MEM, link.offLinkpl.reg()));
    return Cond.not(new Cond.Test(s, JMP | JEQ | X, 0));
  }
}
