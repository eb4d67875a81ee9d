package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.ADD;
import static io.jdump.bpf.Bpf.ALU;
import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.IMM;
import static io.jdump.bpf.Bpf.IND;
import static io.jdump.bpf.Bpf.JA;
import static io.jdump.bpf.Bpf.JEQ;
import static io.jdump.bpf.Bpf.JMP;
import static io.jdump.bpf.Bpf.K;
import static io.jdump.bpf.Bpf.LD;
import static io.jdump.bpf.Bpf.LDX;
import static io.jdump.bpf.Bpf.MEM;
import static io.jdump.bpf.Bpf.MISC;
import static io.jdump.bpf.Bpf.MUL;
import static io.jdump.bpf.Bpf.ST;
import static io.jdump.bpf.Bpf.TAX;
import static io.jdump.bpf.Bpf.TXA;
import static io.jdump.bpf.Bpf.X;

import io.jdump.bpf.Insn;
import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * gen_protochain: walks IPv6 extension headers and AH to the protocol asked for. Like
 * libpcap's, the walk is a loop closed by a backward {@code ja}, kept inside one block's
 * statements; it ends on {@code add #0} with the protocol in A, which the block's
 * {@code jeq} tests. libpcap 1.10's AH step (X = (len + 2) * 4, not added to X) is kept.
 */
final class Protochain {
  private Protochain() {}

  static Cond protochain(Generator g, long v, Kind proto) throws FilterException {
    // libpcap takes its cell before looking at the protocol, and the unqualified form returns
    // without giving it back: the walks for IPv4 and IPv6 then use the next cell, and every
    // later expression's cells move up one. The cell numbers are what a listing shows.
    int cell = g.scratch.alloc();
    if (proto == null) return Cond.or(protochain(g, v, Kind.IP), protochain(g, v, Kind.IPV6));
    if (proto != Kind.IP && proto != Kind.IPV6) {
      throw new FilterException("bad protocol applied for 'protochain'");
    }
    boolean v6 = proto == Kind.IPV6;
    Off start = g.link.net();
    if (start.variable()) {
      throw new FilterException("'protochain' not supported with variable length headers");
    }
    int net = start.k();
    g.noOptimize = true;
    List<Insn> s = new ArrayList<>();
    if (v6) {
      s.add(Insn.stmt(LD | B | io.jdump.bpf.Bpf.ABS, net + 6));
      s.add(Insn.stmt(LDX | IMM, 40));
    } else {
      s.add(Insn.stmt(LD | B | io.jdump.bpf.Bpf.ABS, net + 9));
      s.addAll(Emit.loadxIpHdrLen(start));
    }
    int loop = s.size();
    // Offsets to END are patched once END's position is known.
    List<Integer> toEnd = new ArrayList<>();
    toEnd.add(s.size());
    s.add(Insn.jump(JMP | JEQ | K, (int) v, 0, 0));
    toEnd.add(s.size());
    s.add(Insn.jump(JMP | JEQ | K, 59, 0, 0));
    int ahCheck;
    if (v6) {
      int[] ext = {0, 60, 43, 44};
      int first = s.size();
      int extStart = first + ext.length;
      for (int i = 0; i < ext.length; i++) {
        int at = s.size();
        s.add(Insn.jump(JMP | JEQ | K, ext[i], extStart - (at + 1), 0));
      }
      s.add(Insn.stmt(LD | B | IND, net));
      s.add(Insn.stmt(ST, cell));
      s.add(Insn.stmt(LD | B | IND, net + 1));
      s.add(Insn.stmt(ALU | ADD | K, 1));
      s.add(Insn.stmt(ALU | MUL | K, 8));
      s.add(Insn.stmt(ALU | ADD | X, 0));
      s.add(Insn.stmt(MISC | TAX, 0));
      s.add(Insn.stmt(LD | MEM, cell));
      s.add(Insn.stmt(JMP | JA, loop - (s.size() + 1)));
      ahCheck = s.size();
      // The last extension test falls to the AH test when false.
      int lastExt = first + ext.length - 1;
      Insn le = s.get(lastExt);
      s.set(lastExt, new Insn(le.code(), le.jt(), ahCheck - (lastExt + 1), le.k()));
    } else {
      s.add(Insn.stmt(ALU | ADD | K, 0));
      ahCheck = s.size();
    }
    toEnd.add(-s.size() - 1); // the AH test: false goes to END
    s.add(Insn.jump(JMP | JEQ | K, 51, 0, 0));
    s.add(Insn.stmt(MISC | TXA, 0));
    s.add(Insn.stmt(LD | B | IND, net));
    s.add(Insn.stmt(ST, cell));
    s.add(Insn.stmt(MISC | TXA, 0));
    s.add(Insn.stmt(ALU | ADD | K, 1));
    s.add(Insn.stmt(MISC | TAX, 0));
    s.add(Insn.stmt(LD | B | IND, net));
    s.add(Insn.stmt(ALU | ADD | K, 2));
    s.add(Insn.stmt(ALU | MUL | K, 4));
    s.add(Insn.stmt(MISC | TAX, 0));
    s.add(Insn.stmt(LD | MEM, cell));
    s.add(Insn.stmt(JMP | JA, loop - (s.size() + 1)));
    int end = s.size();
    s.add(Insn.stmt(ALU | ADD | K, 0));
    for (int at : toEnd) {
      if (at >= 0) {
        Insn j = s.get(at);
        s.set(at, new Insn(j.code(), end - (at + 1), 0, j.k()));
      } else {
        int a = -at - 1;
        Insn j = s.get(a);
        s.set(a, new Insn(j.code(), 0, end - (a + 1), j.k()));
      }
    }
    Cond walk = new Cond.Test(s, JMP | JEQ | K, (int) v);
    Cond linktype = g.lt.linktype(v6 ? LinkTypes.IPV6 : LinkTypes.IP);
    g.scratch.free(cell);
    return Cond.and(linktype, walk);
  }
}
