package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.ADD;
import static io.jdump.bpf.Bpf.ALU;
import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.H;
import static io.jdump.bpf.Bpf.IMM;
import static io.jdump.bpf.Bpf.IND;
import static io.jdump.bpf.Bpf.JEQ;
import static io.jdump.bpf.Bpf.JGE;
import static io.jdump.bpf.Bpf.JGT;
import static io.jdump.bpf.Bpf.JMP;
import static io.jdump.bpf.Bpf.LD;
import static io.jdump.bpf.Bpf.LDX;
import static io.jdump.bpf.Bpf.LEN;
import static io.jdump.bpf.Bpf.MEM;
import static io.jdump.bpf.Bpf.MISC;
import static io.jdump.bpf.Bpf.NEG;
import static io.jdump.bpf.Bpf.ST;
import static io.jdump.bpf.Bpf.TAX;
import static io.jdump.bpf.Bpf.W;
import static io.jdump.bpf.Bpf.X;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.Insn;
import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Arith;
import io.jdump.filter.parse.Expr;
import io.jdump.filter.parse.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Relations over arithmetic (gen_relation, gen_arth, gen_load): every value lives in a
 * scratch cell, as libpcap keeps it, and the protocol checks of loads run first.
 */
final class Relations {
  private final Generator g;
  private final Scratch cells;

  Relations(Generator g) {
    this.g = g;
    this.cells = g.scratch;
  }

  /** A value being computed: its statements, its cell, and the checks guarding it. */
  private static final class Val {
    final List<Insn> s = new ArrayList<>();
    int reg;
    Cond b;
  }

  private int alloc() throws FilterException {
    return cells.alloc();
  }

  private void free(int r) {
    cells.free(r);
  }

  /** Loads are read at the transport header found past IPv6 extension headers. */
  private boolean walked;
  /** Cells holding walked transport offsets, from the guards to the relation's statements. */
  private final List<Integer> walkCells = new ArrayList<>();

  Cond relation(Expr.Relation r) throws FilterException {
    if (!g.options.ip6Transport() || !(transportLoad(r.left()) || transportLoad(r.right()))) {
      return relation0(r);
    }
    // --ip6-transport: libpcap's relation (IPv4 transport, icmp6 right after the IPv6
    // header), or the same relation with the transport loads read past extension headers.
    Cond libpcap = relation0(r);
    walked = true;
    try {
      return Cond.or(libpcap, relation0(r));
    } finally {
      walked = false;
    }
  }

  /**
   * A relation libpcap builds itself, as the arguments of one C call: GCC evaluates those
   * right to left, so the right side takes its cells first (SLIP's {@code inbound}:
   * {@code ld #0; st M[1]; ldx M[1]; ldb [x + 0]; st M[2]; ld #0; st M[0]}).
   */
  Cond builtRelation(Expr.Relation r) throws FilterException {
    try {
      return relation1(r, true);
    } finally {
      for (int c : walkCells) free(c);
      walkCells.clear();
    }
  }

  /** {@return true if the value loads from a header that IPv6 can carry} */
  private static boolean transportLoad(Arith a) {
    if (a instanceof Arith.Load l) {
      return switch (l.proto()) {
        case TCP, UDP, SCTP, ICMPV6 -> true;
        default -> transportLoad(l.index());
      };
    }
    if (a instanceof Arith.Bin b) return transportLoad(b.left()) || transportLoad(b.right());
    if (a instanceof Arith.Neg n) return transportLoad(n.arith());
    return false;
  }

  private Cond relation0(Expr.Relation r) throws FilterException {
    try {
      return relation1(r, false);
    } finally {
      for (int c : walkCells) free(c);
      walkCells.clear();
    }
  }

  private Cond relation1(Expr.Relation r, boolean rightFirst) throws FilterException {
    Val a1 = rightFirst ? value(r.right()) : null;
    Val a0 = value(r.left());
    if (!rightFirst) a1 = value(r.right());
    int code;
    boolean reversed;
    switch (r.op()) {
      case GT -> { code = JGT; reversed = false; }
      case GEQ -> { code = JGE; reversed = false; }
      case EQ -> { code = JEQ; reversed = false; }
      case LEQ -> { code = JGT; reversed = true; }
      case NEQ -> { code = JEQ; reversed = true; }
      default -> { code = JGE; reversed = true; }
    }
    List<Insn> s = new ArrayList<>(a0.s);
    s.addAll(a1.s);
    s.add(Insn.stmt(LDX | MEM, a1.reg));
    s.add(Insn.stmt(LD | MEM, a0.reg));
    Cond b;
    if (code == JEQ) {
      // gen_relation's shape for equality: A - X, then a test against zero.
      s.add(Insn.stmt(ALU | Bpf.SUB | X, 0));
      b = new Cond.Test(s, JMP | JEQ | Bpf.K, 0);
    } else {
      b = new Cond.Test(s, JMP | code | X, 0);
    }
    if (reversed) b = Cond.not(b);
    free(a0.reg);
    free(a1.reg);
    Cond checks = a0.b == null ? a1.b : a1.b == null ? a0.b : Cond.and(a0.b, a1.b);
    return checks == null ? b : Cond.and(checks, b);
  }

  /** {@return the k of a leading {@code ld #k}} libpcap's zero-divisor test looks only there. */
  private static Long leadingImm(Arith a) {
    while (true) {
      if (a instanceof Arith.Num n) return n.value();
      if (a instanceof Arith.Load l) a = l.index();
      else if (a instanceof Arith.Bin b) a = b.left();
      else if (a instanceof Arith.Neg n) a = n.arith();
      else return null;
    }
  }

  /** A node of the arithmetic still to evaluate; its operands go first. */
  private static final class Pending {
    final Arith a;
    boolean expanded;

    Pending(Arith a) {
      this.a = a;
    }
  }

  /**
   * Evaluates in post-order with explicit stacks (a chain like {@code 1+1+...+1} is as deep
   * as it is long): operands left to right, then the operation, so cells are allocated in
   * the order gen_arth allocates them.
   */
  private Val value(Arith root) throws FilterException {
    Deque<Pending> work = new ArrayDeque<>();
    Deque<Val> done = new ArrayDeque<>();
    work.push(new Pending(root));
    while (!work.isEmpty()) {
      Pending top = work.peek();
      Arith a = top.a;
      if (!top.expanded) {
        top.expanded = true;
        if (a instanceof Arith.Bin b) {
          work.push(new Pending(b.right()));
          work.push(new Pending(b.left()));
          continue;
        }
        if (a instanceof Arith.Neg n) {
          work.push(new Pending(n.arith()));
          continue;
        }
        if (a instanceof Arith.Load l) {
          work.push(new Pending(l.index()));
          continue;
        }
      }
      work.pop();
      if (a instanceof Arith.Bin b) {
        Val r = done.pop();
        done.push(arth(b, done.pop(), r));
      } else if (a instanceof Arith.Neg) {
        Val v = done.peek();
        v.s.add(Insn.stmt(LD | MEM, v.reg));
        v.s.add(Insn.stmt(ALU | NEG, 0));
        v.s.add(Insn.stmt(ST, v.reg));
      } else if (a instanceof Arith.Load l) {
        done.push(load(l, done.pop()));
      } else {
        Val v = new Val();
        v.reg = alloc();
        v.s.add(a instanceof Arith.Num n ? Insn.stmt(LD | IMM, (int) n.value()) : Insn.stmt(LD | W | LEN, 0));
        v.s.add(Insn.stmt(ST, v.reg));
        done.push(v);
      }
    }
    return done.pop();
  }

  private Val arth(Arith.Bin b, Val a0, Val a1) throws FilterException {
    int op = switch (b.op()) {
      case PLUS -> ADD;
      case MINUS -> Bpf.SUB;
      case STAR -> Bpf.MUL;
      case SLASH -> Bpf.DIV;
      case PERCENT -> Bpf.MOD;
      case AMP -> Bpf.AND;
      case PIPE -> Bpf.OR;
      case CARET -> Bpf.XOR;
      case LSH -> Bpf.LSH;
      default -> Bpf.RSH;
    };
    Long imm = leadingImm(b.right());
    if (imm != null) {
      if (op == Bpf.DIV && imm == 0) throw new FilterException("division by zero");
      if (op == Bpf.MOD && imm == 0) throw new FilterException("modulus by zero");
      if ((op == Bpf.LSH || op == Bpf.RSH) && imm > 31) {
        throw new FilterException("shift by more than 31 bits");
      }
    }
    a0.s.addAll(a1.s);
    a0.s.add(Insn.stmt(LDX | MEM, a1.reg));
    a0.s.add(Insn.stmt(LD | MEM, a0.reg));
    a0.s.add(Insn.stmt(ALU | op | X, 0));
    // Both cells freed and a new one taken, as gen_arth does: the cursor of the allocator then
    // gives libpcap's number even where cells the link offsets took sit in between.
    free(a0.reg);
    free(a1.reg);
    a0.reg = alloc();
    a0.s.add(Insn.stmt(ST, a0.reg));
    // libpcap 1.10's gen_arth keeps only the left operand's protocol checks: '1 + tcp[12] != 0'
    // tests no protocol at all, and 'tcp[12] + udp[0] != 0' only tcp. jdump selects what 1.10
    // selects, so the right operand's checks are dropped here too (gen_relation keeps both).
    // The walked loads of --ip6-transport are jdump's own: there, every check is kept.
    if (walked && a1.b != null) a0.b = a0.b == null ? a1.b : Cond.and(a0.b, a1.b);
    return a0;
  }

  private Val load(Arith.Load l, Val v) throws FilterException {
    Kind proto = l.proto();
    int size = switch (l.size()) {
      case 1 -> B;
      case 2 -> H;
      default -> W;
    };
    Link link = g.link;
    int reg = alloc();
    if (walked && (proto == Kind.TCP || proto == Kind.UDP || proto == Kind.SCTP
        || proto == Kind.ICMPV6)) {
      walkedLoad(v, proto, size, link.net());
      free(v.reg);
      v.reg = reg;
      v.s.add(Insn.stmt(ST, reg));
      return v;
    }
    switch (proto) {
      case LINK -> indexed(v, link.offLinkhdr, size);
      case IP, IPV6, ARP, RARP, ATALK, DECNET, SCA, LAT, MOPRC, MOPDL -> {
        indexed(v, link.net(), size);
        Cond t = g.protoAbbrev(proto, false);
        v.b = v.b == null ? t : Cond.and(v.b, t);
      }
      case SCTP, TCP, UDP, ICMP, IGMP, IGRP, PIM, VRRP, CARP -> {
        v.s.addAll(Emit.loadxIpHdrLen(link.net()));
        v.s.add(Insn.stmt(LD | MEM, v.reg));
        v.s.add(Insn.stmt(ALU | ADD | X, 0));
        v.s.add(Insn.stmt(MISC | TAX, 0));
        v.s.add(Insn.stmt(LD | IND | size, link.net().k()));
        Cond b = Cond.and(g.protoAbbrev(proto, false),
            Cond.not(Emit.jset(link.net().plus(6), H, 0x1fff)));
        if (v.b != null) b = Cond.and(v.b, b);
        v.b = Cond.and(g.protoAbbrev(Kind.IP, false), b);
      }
      case ICMPV6 -> {
        // The checks first, then the load, in gen_load_internal's order: on 802.11 that order
        // numbers the cells the link offsets take.
        Cond b = g.protoAbbrev(Kind.IPV6, false);
        if (v.b != null) b = Cond.and(v.b, b);
        v.b = Cond.and(b, Emit.eq(link.net().plus(6), B, 58));
        indexed(v, link.net().plus(40), size);
      }
      case RADIO -> {
        // From the start of the packet, the radio header's: only where there is one.
        int t = link.type;
        if (t != 127 && t != 119 && t != 163) {
          throw new FilterException("radio information not present in capture");
        }
        indexed(v, Off.at(0), size);
      }
      default -> throw new FilterException("unsupported index operation");
    }
    free(v.reg);
    v.reg = reg;
    v.s.add(Insn.stmt(ST, reg));
    return v;
  }

  /**
   * {@code [base + index]} into A, the index in v's cell; a variable base is added to the index
   * first (gen_load_internal), since BPF indexes by X only.
   */
  private static void indexed(Val v, Off base, int size) {
    if (base.variable()) {
      v.s.addAll(base.varpart());
      v.s.add(Insn.stmt(LD | MEM, v.reg));
      v.s.add(Insn.stmt(ALU | ADD | X, 0));
      v.s.add(Insn.stmt(MISC | TAX, 0));
    } else {
      v.s.add(Insn.stmt(LDX | MEM, v.reg));
    }
    v.s.add(Insn.stmt(LD | IND | size, base.k()));
  }

  /**
   * {@code proto[index]} past IPv6 extension headers. The guard ("IPv6, and the walk ends at
   * proto") walks and keeps the transport offset in a cell; guards run before the relation's
   * statements, which load through it. The cell stays taken until the relation is built.
   */
  private void walkedLoad(Val v, Kind proto, int size, Off net) throws FilterException {
    int cell = alloc();
    walkCells.add(cell);
    int ipProto = switch (proto) {
      case TCP -> Transport.TCP;
      case UDP -> Transport.UDP;
      case SCTP -> Transport.SCTP;
      default -> 58;
    };
    List<Insn> walk = new ArrayList<>(Ip6Walk.statements(net, cell));
    walk.add(Insn.stmt(Bpf.STX, cell));
    Cond guard = Cond.and(g.lt.linktype(LinkTypes.IPV6),
        new Cond.Test(walk, JMP | JEQ | Bpf.K, ipProto));
    v.s.add(Insn.stmt(LDX | MEM, cell));
    v.s.add(Insn.stmt(LD | MEM, v.reg));
    v.s.add(Insn.stmt(ALU | ADD | X, 0));
    v.s.add(Insn.stmt(MISC | TAX, 0));
    v.s.add(Insn.stmt(LD | IND | size, net.k()));
    v.b = v.b == null ? guard : Cond.and(v.b, guard);
  }
}
