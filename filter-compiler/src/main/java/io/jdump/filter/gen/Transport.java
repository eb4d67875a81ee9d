package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.H;
import static io.jdump.bpf.Bpf.IND;
import static io.jdump.bpf.Bpf.JEQ;
import static io.jdump.bpf.Bpf.JGE;
import static io.jdump.bpf.Bpf.JGT;
import static io.jdump.bpf.Bpf.JMP;
import static io.jdump.bpf.Bpf.K;
import static io.jdump.bpf.Bpf.LD;
import static io.jdump.bpf.Bpf.LDX;
import static io.jdump.bpf.Bpf.MEM;
import static io.jdump.bpf.Bpf.ST;
import static io.jdump.bpf.Bpf.STX;

import io.jdump.bpf.Insn;
import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Kind;
import io.jdump.filter.parse.Qual.Dir;
import java.util.ArrayList;
import java.util.List;

/** gen_proto, gen_port, gen_portrange and their IPv6 twins. */
final class Transport {
  static final int UNDEF = -1;
  static final int TCP = 6;
  static final int UDP = 17;
  static final int SCTP = 132;

  private final Generator g;

  Transport(Generator g) {
    this.g = g;
  }

  private Link link() {
    return g.link;
  }

  /** gen_proto(v, proto, Q_DEFAULT); proto null for the default (ip or ip6). */
  Cond proto(long v, Kind proto) throws FilterException {
    if (proto == null) return Cond.or(proto(v, Kind.IP), proto(v, Kind.IPV6));
    Off net = link().net();
    return switch (proto) {
      case LINK -> g.lt.linktype((int) v);
      case IP -> Cond.and(g.lt.linktype(LinkTypes.IP), Emit.eq(net.plus(9), B, v));
      case IPV6 -> {
        // The link type first, as libpcap generates it: on 802.11 the order numbers the cells.
        Cond b0 = g.lt.linktype(LinkTypes.IPV6);
        Cond frag = Cond.and(Emit.eq(net.plus(6), B, 44), Emit.eq(net.plus(40), B, v));
        yield Cond.and(b0, Cond.or(Emit.eq(net.plus(6), B, v), frag));
      }
      case ISO -> {
        Off nosnap = link().offLinkpl.plus(link().offNlNosnap);
        // Frame Relay: UI (0x03) and the NLPID itself, in place of the generic OSI test.
        if (link().type == 107) yield Emit.eq(link().offLinkhdr.plus(2), H, 0x0300 | v);
        if (link().type == 104 || link().type == 112) {
          yield Cond.and(g.lt.linktype(0xfefe), Emit.eq(nosnap.plus(1), B, v));
        }
        yield Cond.and(g.lt.linktype(LinkTypes.SAP_ISONS), Emit.eq(nosnap, B, v));
      }
      case ISIS -> {
        Off nosnap = link().offLinkpl.plus(link().offNlNosnap);
        yield Cond.and(proto(0x83, Kind.ISO), Emit.eq(nosnap.plus(4), B, v));
      }
      case ARP -> throw new FilterException("arp does not encapsulate another protocol");
      case RARP -> throw new FilterException("rarp does not encapsulate another protocol");
      case ATALK -> throw new FilterException("AppleTalk encapsulation is not specifiable");
      case DECNET -> throw new FilterException("DECNET encapsulation is not specifiable");
      case LAT -> throw new FilterException("LAT does not encapsulate another protocol");
      case SCA -> throw new FilterException("SCA does not encapsulate another protocol");
      case MOPRC -> throw new FilterException("MOPRC does not encapsulate another protocol");
      case MOPDL -> throw new FilterException("MOPDL does not encapsulate another protocol");
      case CLNP -> throw new FilterException("'clnp proto' is not supported");
      default -> throw new FilterException("'" + Generator.keyword(proto) + " proto' is bogus");
    };
  }

  /** Cells holding the walk's result between the blocks of one port test. */
  private static final int WALK_OFFSET = 15;
  private static final int WALK_PROTO = 14;

  /** {@code --ip6-transport}'s "IPv6, and past its extension headers comes v". */
  Cond walked(int v) throws FilterException {
    Cond walk = new Cond.Test(Ip6Walk.statements(link().net(), WALK_OFFSET), JMP | JEQ | K, v);
    return Cond.and(g.lt.linktype(LinkTypes.IPV6), walk);
  }

  /**
   * Ports past IPv6 extension headers. The first protocol tested walks and keeps the
   * transport offset and protocol in memory; the others and the port loads reuse them (the
   * first test runs on every path to them).
   */
  private Cond walkedPorts(long lo, long hi, boolean range, int ipProto, Dir dir)
      throws FilterException {
    Off net = link().net();
    List<Insn> walk = new ArrayList<>(Ip6Walk.statements(net, WALK_OFFSET));
    walk.add(Insn.stmt(STX, WALK_OFFSET));
    walk.add(Insn.stmt(ST, WALK_PROTO));
    int[] protos = ipProto == UNDEF ? new int[] {SCTP, TCP, UDP} : new int[] {ipProto};
    Cond b = null;
    for (int i = protos.length; i-- > 0; ) {
      Cond proto = i == 0 ? new Cond.Test(walk, JMP | JEQ | K, protos[i])
          : new Cond.Test(List.of(Insn.stmt(LD | MEM, WALK_PROTO)), JMP | JEQ | K, protos[i]);
      Atom a = off -> range ? Cond.and(walkedAtom(net, off, JGE, lo), Cond.not(walkedAtom(net, off, JGT, hi)))
          : walkedAtom(net, off, JEQ, lo);
      Cond one = Cond.and(proto, byDir(dir, a, range));
      b = b == null ? one : Cond.or(one, b);
    }
    return Cond.and(g.lt.linktype(LinkTypes.IPV6), b);
  }

  private static Cond walkedAtom(Off net, int off, int op, long v) {
    List<Insn> s = List.of(Insn.stmt(LDX | MEM, WALK_OFFSET), Insn.stmt(LD | H | IND, net.k() + off));
    return new Cond.Test(s, JMP | op | K, (int) v);
  }

  /** The first-fragment-or-unfragmented check of gen_ipfrag. */
  private Cond notFragment() {
    return Cond.not(Emit.jset(link().net().plus(6), H, 0x1fff));
  }

  private Cond atom(int off, int op, long v) {
    return Emit.transportCmp(link().net(), off, H, op, v);
  }

  private Cond atom6(int off, int op, long v) {
    return Emit.cmp(link().net().plus(40 + off), H, op, v);
  }

  private interface Atom {
    Cond at(int off);
  }

  private static Cond byDir(Dir dir, Atom a, boolean range) throws FilterException {
    String what = range ? "port ranges" : "ports";
    return switch (dir) {
      case SRC -> a.at(0);
      case DST -> a.at(2);
      case AND -> Cond.and(a.at(0), a.at(2));
      case DEFAULT, OR -> Cond.or(a.at(0), a.at(2));
      case ADDR1, ADDR2, ADDR3, ADDR4 -> {
        String n = dir.name().substring(4);
        throw new FilterException("'addr" + n + "' and 'address" + n + "' are not valid qualifiers for " + what);
      }
      case RA -> throw new FilterException("'ra' is not a valid qualifier for " + what);
      case TA -> throw new FilterException("'ta' is not a valid qualifier for " + what);
    };
  }

  private Cond portop(long lo, long hi, boolean range, int ipProto, Dir dir, boolean v6) throws FilterException {
    Cond proto = v6 ? Emit.eq(link().net().plus(6), B, ipProto)
        : Cond.and(Emit.eq(link().net().plus(9), B, ipProto), notFragment());
    Cond ports = byDir(dir, new PortAtom(lo, hi, range, v6), range);
    return Cond.and(proto, ports);
  }

  /** The port test at one header offset (a class, not a lambda: on every cold -d's path). */
  private final class PortAtom implements Atom {
    private final long lo;
    private final long hi;
    private final boolean range;
    private final boolean v6;

    PortAtom(long lo, long hi, boolean range, boolean v6) {
      this.lo = lo;
      this.hi = hi;
      this.range = range;
      this.v6 = v6;
    }

    @Override
    public Cond at(int off) {
      return range ? range(off, lo, hi, v6) : atomEq(off, lo, v6);
    }
  }

  private Cond atomEq(int off, long v, boolean v6) {
    return v6 ? atom6(off, JEQ, v) : atom(off, JEQ, v);
  }

  private Cond range(int off, long lo, long hi, boolean v6) {
    Cond ge = v6 ? atom6(off, JGE, lo) : atom(off, JGE, lo);
    Cond gt = v6 ? atom6(off, JGT, hi) : atom(off, JGT, hi);
    return Cond.and(ge, Cond.not(gt));
  }

  private Cond ports(long lo, long hi, boolean range, int ipProto, Dir dir, boolean v6) throws FilterException {
    if (v6 && g.options.ip6Transport()) return walkedPorts(lo, hi, range, ipProto, dir);
    return headerPorts(lo, hi, range, ipProto, dir, v6);
  }

  /** libpcap's gen_port/gen_port6: the transport header right after the fixed IP header. */
  Cond headerPorts(long lo, long hi, boolean range, int ipProto, Dir dir, boolean v6)
      throws FilterException {
    Cond b0 = g.lt.linktype(v6 ? LinkTypes.IPV6 : LinkTypes.IP);
    Cond b1;
    if (ipProto == UNDEF) {
      b1 = Cond.or(portop(lo, hi, range, TCP, dir, v6), portop(lo, hi, range, UDP, dir, v6));
      b1 = Cond.or(portop(lo, hi, range, SCTP, dir, v6), b1);
    } else {
      b1 = portop(lo, hi, range, ipProto, dir, v6);
    }
    return Cond.and(b0, b1);
  }

  /** port or portrange over IPv6, then IPv4, as gen_scode/gen_ncode do. */
  Cond portRange(long lo, long hi, boolean range, int ipProto, Dir dir) throws FilterException {
    if (lo > hi) {
      long t = lo;
      lo = hi;
      hi = t;
    }
    Cond v6 = ports(lo, hi, range, ipProto, dir, true);
    return Cond.or(v6, ports(lo, hi, range, ipProto, dir, false));
  }
}
