package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.H;
import static io.jdump.bpf.Bpf.JGE;
import static io.jdump.bpf.Bpf.JGT;
import static io.jdump.bpf.Bpf.JMP;
import static io.jdump.bpf.Bpf.K;
import static io.jdump.bpf.Bpf.LD;
import static io.jdump.bpf.Bpf.LEN;
import static io.jdump.bpf.Bpf.W;

import io.jdump.bpf.Insn;
import io.jdump.filter.CompileOptions;
import io.jdump.filter.Savefile;
import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Arith;
import io.jdump.filter.parse.Expr;
import io.jdump.filter.parse.Kind;
import io.jdump.filter.parse.Qual;
import io.jdump.filter.parse.Qual.Dir;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Code generation for one compilation (gencode.c's role): each primitive becomes a
 * {@link Cond} in libpcap's evaluation order. Primitives are generated as the parser reduces
 * them, since offsets change as {@code vlan}, {@code mpls} and {@code pppoes} go by.
 *
 * <pre>{@code
 * Generator g = new Generator(1, Names.of(NameFiles.SYSTEM), 0xffffffff);
 * Expr e = Parser.parse("tcp port 80", g::reduced);
 * Cond c = g.whole(e);
 * }</pre>
 */
public final class Generator {
  /**
   * Refuses a link type libpcap's compiler does not know, as {@code pcap_compile} does for
   * every expression, the empty one included: tcpdump -r stops there even without a filter.
   *
   * @param dlt the link type
   * @throws FilterException {@code unknown data link type N (min 104, max 289)}
   */
  public static void checkLinkType(int dlt) throws FilterException {
    if (!Link.known(dlt)) throw Link.unknown(dlt);
  }

  final Link link;
  final LinkTypes lt;
  final Names names;
  /** The scratch cells in use: arithmetic's, and geneve's for good. */
  final Scratch scratch = new Scratch();
  private final Hosts hosts;
  private final Transport transport;
  private final Relations relations;
  private final Map<Expr, Cond> generated = new IdentityHashMap<>();

  private final int netmask;

  final CompileOptions options;

  /** libpcap's no_optimize: set by code with jumps of its own (protochain, geneve). */
  boolean noOptimize;

  /** @param netmask the IPv4 netmask for {@code ip broadcast}; 0xffffffff when unknown */
  public Generator(int dlt, Names names, int netmask) throws FilterException {
    this(dlt, names, netmask, CompileOptions.LIBPCAP);
  }

  /**
   * A generator for jdump's own meanings: the expression is then generated whole by
   * {@link #generate} after parsing, not primitive by primitive as it is reduced.
   *
   * @param options which of jdump's meanings apply
   */
  public Generator(int dlt, Names names, int netmask, CompileOptions options)
      throws FilterException {
    this.options = options;
    this.netmask = netmask;
    this.link = Link.of(dlt, scratch);
    this.lt = new LinkTypes(link, options.savefile());
    this.names = names;
    this.hosts = new Hosts(this);
    this.transport = new Transport(this);
    this.relations = new Relations(this);
  }

  /** Generates a primitive the parser has just reduced; wraps errors as unchecked. */
  public void reduced(Expr e) {
    try {
      generated.put(e, primitive(e));
    } catch (FilterException ex) {
      throw new GenException(ex.getMessage());
    }
  }

  /**
   * Raises, as the parser reduces a {@code proto[index]} load, what libpcap's gen_load refuses
   * then: radio data where there is no radio header, and a protocol the link type cannot name
   * (its link type test is refused), before any error later in the arithmetic.
   */
  public void loaded(Kind proto) {
    if (link == null) return;
    try {
      if (proto == Kind.RADIO) {
        if (link.type != 127 && link.type != 119 && link.type != 163) {
          throw new FilterException("radio information not present in capture");
        }
      } else if (proto != Kind.LINK && link.offLinktype == Link.NOT_SET) {
        // Only where the link type has no type field: there the test reads no cell.
        protoAbbrev(proto, false);
      }
    } catch (FilterException ex) {
      throw new GenException(ex.getMessage());
    }
  }

  /** A generation error carried through the parser. */
  public static final class GenException extends RuntimeException {
    public GenException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * {@return the condition for a whole expression} Its primitives were generated already.
   * Built bottom-up with an explicit stack: and/or chains are as deep as they are long.
   */
  public Cond whole(Expr root) {
    Deque<Expr> work = new ArrayDeque<>();
    Deque<Boolean> expanded = new ArrayDeque<>();
    Deque<Cond> done = new ArrayDeque<>();
    work.push(root);
    expanded.push(false);
    while (!work.isEmpty()) {
      Expr e = work.peek();
      boolean inner = e instanceof Expr.And || e instanceof Expr.Or || e instanceof Expr.Not;
      if (inner && !expanded.peek()) {
        expanded.pop();
        expanded.push(true);
        if (e instanceof Expr.And a) {
          push(work, expanded, a.right());
          push(work, expanded, a.left());
        } else if (e instanceof Expr.Or o) {
          push(work, expanded, o.right());
          push(work, expanded, o.left());
        } else {
          push(work, expanded, ((Expr.Not) e).expr());
        }
        continue;
      }
      work.pop();
      expanded.pop();
      if (e instanceof Expr.Not) {
        done.push(Cond.not(done.pop()));
      } else if (inner) {
        Cond r = done.pop();
        Cond l = done.pop();
        done.push(e instanceof Expr.And ? Cond.and(l, r) : Cond.or(l, r));
      } else {
        done.push(generated.get(e));
      }
    }
    return done.pop();
  }

  private static void push(Deque<Expr> work, Deque<Boolean> expanded, Expr e) {
    work.push(e);
    expanded.push(false);
  }

  /**
   * {@return the condition for a whole parsed expression, under {@link #options}} The
   * primitives are generated here, in the order libpcap reduces them; see {@link Scopes}.
   */
  public Cond generate(Expr e) throws FilterException {
    return new Scopes(this).generate(e);
  }

  /**
   * {@return the whole filter with what libpcap's finish_parse adds around it} (802.11's
   * prologue, PPI's check); null for the empty filter, which gets nothing.
   */
  public Cond finish(Cond c) {
    return c == null ? null : Pflog.finish(link, Wlan.finish(this, c));
  }

  /**
   * {@return false once a primitive has produced code libpcap will not optimize}: tcpdump then
   * prints the program as generated, -O or not, and never says "expression rejects all packets".
   */
  public boolean optimizable() {
    return !noOptimize;
  }

  Cond primitive(Expr e) throws FilterException {
    if (e instanceof Expr.Qualified q) return hosts.qualified(q.qual(), q.id());
    if (e instanceof Expr.ProtoAbbrev p) return protoAbbrev(p.proto());
    if (e instanceof Expr.Relation r) return relations.relation(r);
    if (e instanceof Expr.ByteOp b) return byteOp(b);
    if (e instanceof Expr.Other o) return other(o);
    if (e instanceof Expr.Field f) return field(f);
    throw new IllegalStateException("not a primitive: " + e);
  }

  static String keyword(Kind k) {
    return switch (k) {
      case IPV6 -> "ip6";
      case ICMPV6 -> "icmp6";
      case LINK -> "link";
      default -> k.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  Cond protoAbbrev(Kind proto) throws FilterException {
    return protoAbbrev(proto, options.ip6Transport());
  }

  /** @param walk whether tcp, udp, sctp and icmp6 look past IPv6 extension headers */
  Cond protoAbbrev(Kind proto, boolean walk) throws FilterException {
    if (walk) {
      // libpcap's test (which also takes a later fragment right after the IPv6 header), or
      // the protocol found past extension headers: the option only adds packets here.
      switch (proto) {
        case SCTP, TCP, UDP -> {
          int p = proto == Kind.TCP ? 6 : proto == Kind.UDP ? 17 : 132;
          return Cond.or(transport.proto(p, null), transport.walked(p));
        }
        case ICMPV6 -> {
          return Cond.or(transport.proto(58, Kind.IPV6), transport.walked(58));
        }
        default -> { }
      }
    }
    return switch (proto) {
      case SCTP -> transport.proto(132, null);
      case TCP -> transport.proto(6, null);
      case UDP -> transport.proto(17, null);
      case ICMP -> transport.proto(1, Kind.IP);
      case IGMP -> transport.proto(2, Kind.IP);
      case IGRP -> transport.proto(9, Kind.IP);
      case PIM -> transport.proto(103, null);
      case VRRP, CARP -> transport.proto(112, Kind.IP);
      case IP -> lt.linktype(LinkTypes.IP);
      case ARP -> lt.linktype(LinkTypes.ARP);
      case RARP -> lt.linktype(LinkTypes.REVARP);
      case LINK -> throw new FilterException("link layer applied in wrong context");
      case ATALK -> lt.linktype(LinkTypes.ATALK);
      case AARP -> lt.linktype(LinkTypes.AARP);
      case DECNET -> lt.linktype(LinkTypes.DN);
      case SCA -> lt.linktype(LinkTypes.SCA);
      case LAT -> lt.linktype(LinkTypes.LAT);
      case MOPDL -> lt.linktype(LinkTypes.MOPDL);
      case MOPRC -> lt.linktype(LinkTypes.MOPRC);
      case IPV6 -> lt.linktype(LinkTypes.IPV6);
      case ICMPV6 -> transport.proto(58, Kind.IPV6);
      case AH -> transport.proto(51, null);
      case ESP -> transport.proto(50, null);
      case ISO -> lt.linktype(LinkTypes.SAP_ISONS);
      case ESIS -> transport.proto(0x82, Kind.ISO);
      case ISIS -> transport.proto(0x83, Kind.ISO);
      case L1 -> isis(15, 17, 18, 24, 26);
      case L2 -> isis(16, 17, 20, 25, 27);
      case IIH -> isis(15, 16, 17);
      case LSP -> isis(18, 20);
      case SNP -> isis(24, 25, 26, 27);
      case CSNP -> isis(24, 25);
      case PSNP -> isis(26, 27);
      case CLNP -> transport.proto(0x81, Kind.ISO);
      case STP -> lt.linktype(LinkTypes.SAP_8021D);
      case IPX -> lt.linktype(LinkTypes.SAP_IPX);
      case NETBEUI -> lt.linktype(LinkTypes.SAP_NETBEUI);
      case RADIO -> throw new FilterException("'radio' is not a valid protocol type");
      default -> throw new FilterException("syntax error in filter expression");
    };
  }

  /** The IS-IS PDU types, or-ed as gen_proto_abbrev does (each new one before the rest). */
  private Cond isis(int... types) throws FilterException {
    Cond b = Cond.or(transport.proto(types[0], Kind.ISIS), transport.proto(types[1], Kind.ISIS));
    for (int i = 2; i < types.length; i++) b = Cond.or(transport.proto(types[i], Kind.ISIS), b);
    return b;
  }

  private Cond byteOp(Expr.ByteOp b) {
    Off off = link.offLinkhdr.plus((int) b.offset());
    int val = (int) b.value();
    return switch (b.op()) {
      case EQ -> Emit.eq(off, B, val);
      case LT -> Cond.not(Emit.ge(off, B, val));
      case GT -> Emit.gt(off, B, val);
      default -> {
        int alu = b.op() == Kind.PIPE ? io.jdump.bpf.Bpf.OR : io.jdump.bpf.Bpf.AND;
        yield Cond.not(new Cond.Test(List.of(Insn.stmt(io.jdump.bpf.Bpf.ALU | alu | K, val)),
            JMP | io.jdump.bpf.Bpf.JEQ | K, 0));
      }
    };
  }

  private Cond other(Expr.Other o) throws FilterException {
    long n = o.num();
    return switch (o.what()) {
      case LESS -> Cond.not(len(JGT, n));
      case GREATER -> len(JGE, n);
      case BROADCAST -> broadcast(o.proto());
      case MULTICAST -> multicast(o.proto());
      case INBOUND -> inbound(false);
      case OUTBOUND -> inbound(true);
      case VLAN -> Encaps.vlan(this, n);
      case MPLS -> Encaps.mpls(this, n);
      case PPPOED -> lt.linktype(LinkTypes.PPPOED);
      case PPPOES -> Encaps.pppoes(this, n);
      case GENEVE -> Geneve.geneve(this, n);
      case LLC -> llc(n);
      case IFINDEX -> ifindex(n);
      case TYPE, SUBTYPE -> Wlan.type(link, n);
      case DIR -> Wlan.dir(link, n);
      case PF_IFNAME -> Pflog.ifname(link, o.text());
      case PF_RSET -> Pflog.ruleset(link, o.text());
      case PF_RNR -> Pflog.rnr(link, n);
      case PF_SRNR -> Pflog.srnr(link, n);
      case PF_REASON -> Pflog.reason(link, n);
      case PF_ACTION -> Pflog.action(link, n);
      case LANE, METAC, BCC, SC, ILMIC, OAM, OAMF4, OAMF4EC, OAMF4SC, CONNECTMSG, METACONNECT ->
          SunAtm.abbrev(link, o.what());
      case FISU, LSSU, MSU, HFISU, HLSSU, HMSU -> Ss7.unitType(link, o.what());
      default -> throw new FilterException("'" + keyword(o.what()) + "' is not supported by jdump yet");
    };
  }

  /** One value of an ATM (vpi, vci) or SS7 (sio, opc, dpc, sls) field. */
  private Cond field(Expr.Field f) throws FilterException {
    return switch (f.field()) {
      case VPI, VCI -> SunAtm.field(link, f.field(), f.op(), f.value());
      default -> Ss7.field(link, f.field(), f.op(), f.value());
    };
  }

  /** gen_llc and its i/s/u and subtype forms; n is -1, -2 (i), -3 (s), -4 (u) or 0x1XX/0x2XX. */
  private Cond llc(long n) throws FilterException {
    Cond b0;
    if (link.type == 10 || link.type == 6 || link.type == 11) {
      b0 = new Cond.Const(true);
    } else if (Wlan.is(link.type)) {
      b0 = Wlan.dataFrame(link.offLinkhdr);
    } else if (link.type == SunAtm.DLT) {
      b0 = SunAtm.trafficType(link, 2);
    } else if (link.type == 1) {
      b0 = Cond.and(Cond.not(Emit.gt(link.offLinktype, H, LinkTypes.ETHERMTU)),
          Cond.not(Emit.eq(link.offLinkpl, H, 0xffff)));
    } else {
      throw new FilterException("'llc' not supported for " + link.description());
    }
    Off ctl = link.offLinkpl.plus(2);
    if (n == -1) return b0;
    Cond b1;
    if (n == -2) b1 = Cond.not(Emit.jset(ctl, B, 1));
    else if (n == -3) b1 = Emit.mcmp(ctl, B, 1, 3);
    else if (n == -4) b1 = Emit.mcmp(ctl, B, 3, 3);
    else if (n >> 8 == 1) b1 = Emit.mcmp(ctl, B, n & 0xff, 0x0f);
    else b1 = Emit.mcmp(ctl, B, n & 0xff, 0xef);
    return Cond.and(b0, b1);
  }

  /**
   * {@return the test of a link-level address} On 802.11 the address's place depends on the
   * frame; elsewhere it is Ethernet's, after geneve first checking for an inner MAC header.
   */
  Cond linkHost(byte[] mac, Dir dir) throws FilterException {
    if (Wlan.is(link.type)) return Wlan.hostop(link.offLinkhdr, mac, dir);
    if (link.type == 122) {
      // Fibre Channel names are 8 bytes: the MAC is the last 6 of each, source 8 bytes on.
      Off dst = link.offLinkhdr.plus(2);
      return switch (dir) {
        case SRC -> Emit.bcmp(dst.plus(8), mac);
        case DST -> Emit.bcmp(dst, mac);
        case AND -> Cond.and(Emit.bcmp(dst.plus(8), mac), Emit.bcmp(dst, mac));
        case DEFAULT, OR -> Cond.or(Emit.bcmp(dst.plus(8), mac), Emit.bcmp(dst, mac));
        default -> Hosts.ehostop(dst, mac, dir, "");
      };
    }
    String where = link.type == 10 || link.type == 6 ? "" : " with 802.11 headers";
    return macs(Hosts.ehostop(link.offLinkhdr.plus(link.macOffset()), mac, dir, where));
  }

  /** {@return a MAC test, after geneve first checking the inner frame has a MAC header} */
  Cond macs(Cond test) {
    if (link.type == 1 && link.laneHdr != null) return Cond.and(SunAtm.laneData(link), test);
    return link.type == 1 && link.geneve ? Cond.and(Geneve.hasEthernet(link), test) : test;
  }

  /** Link layers with Ethernet-style MAC addresses: Ethernet, FDDI, token ring, 802.11, IP over FC. */
  boolean hasMacs() {
    return link.type == 1 || link.type == 10 || link.type == 6 || link.type == 122 || Wlan.is(link.type)
        || LinkLayouts.ethernetBehindHeader(link.type);
  }

  private static Cond len(int op, long n) {
    return new Cond.Test(List.of(Insn.stmt(LD | W | LEN, 0)), JMP | op | K, (int) n);
  }

  private Cond inbound(boolean outbound) throws FilterException {
    if (link.type == 8) {
      // SLIP keeps the direction in its first byte: link[0] = 0 inbound, as libpcap tests it.
      Expr.Relation r = new Expr.Relation(outbound ? Kind.NEQ : Kind.EQ,
          new Arith.Load(Kind.LINK, new Arith.Num(0), 1), new Arith.Num(0));
      return relations.builtRelation(r);
    }
    if (link.type == Pflog.DLT) return Pflog.inbound(link, outbound);
    // ipnet's direction (1 out, 2 in) and pppd's (0 in, 1 out).
    if (link.type == 226) return Emit.eq(link.offLinkhdr.plus(2), H, outbound ? 1 : 2);
    if (link.type == 166) return Emit.eq(link.offLinkhdr, B, outbound ? 1 : 0);
    // Juniper: the direction is bit 0 of the flags byte after the magic number, 1 inbound.
    if (LinkLayouts.JUNIPER.contains(link.type)) {
      return Emit.mcmp(link.offLinkhdr.plus(3), B, outbound ? 0 : 1, 1);
    }
    Cond b = switch (link.type) {
      case 113 -> Emit.eq(link.offLinkhdr, H, 4);
      case 276 -> Emit.eq(link.offLinkhdr.plus(10), B, 4);
      default -> {
        // Linux keeps the direction out of band, where only a socket filter can read it.
        refuseOnSavefile("inbound/outbound");
        yield Emit.eq(link.offLinkhdr.plus(0xfffff004), H, 4);
      }
    };
    return outbound ? b : Cond.not(b);
  }

  private Cond ifindex(long n) throws FilterException {
    if (link.type == 276) return Emit.eq(link.offLinkhdr.plus(4), W, n);
    refuseOnSavefile("ifindex");
    return Emit.eq(link.offLinkhdr.plus(0xfffff008), W, n);
  }

  /** libpcap's refusal of Linux's packet metadata when the handle reads a file. */
  private void refuseOnSavefile(String what) throws FilterException {
    if (options.savefile() != Savefile.NONE) {
      throw new FilterException(what + " not supported on " + link.description()
          + " when reading savefiles");
    }
  }

  private Cond broadcast(Kind proto) throws FilterException {
    if (proto == null || proto == Kind.LINK) {
      if (link.type == 7 || link.type == 129) return Emit.eq(link.offLinkhdr.plus(1), B, 0);
      if (!hasMacs()) throw new FilterException("not a broadcast link");
      return linkHost(new byte[] {-1, -1, -1, -1, -1, -1}, Dir.DST);
    }
    if (proto == Kind.IP) {
      if (netmask == 0xffffffff) {
        throw new FilterException("netmask not known, so 'ip broadcast' not supported");
      }
      long hostmask = ~netmask & 0xffffffffL;
      Cond b0 = lt.linktype(LinkTypes.IP);
      Off dst = link.net().plus(16);
      return Cond.and(b0, Cond.or(Emit.mcmp(dst, W, 0, hostmask), Emit.mcmp(dst, W, hostmask, hostmask)));
    }
    throw new FilterException("only link-layer/IP broadcast filters supported");
  }

  private Cond multicast(Kind proto) throws FilterException {
    if (proto == null || proto == Kind.LINK) {
      if (link.type == 7 || link.type == 129) return Emit.eq(link.offLinkhdr.plus(1), B, 0);
      if (!hasMacs()) {
        throw new FilterException("link-layer multicast filters supported only on ethernet/FDDI/token ring/ARCNET/802.11/ATM LANE/Fibre Channel");
      }
      if (Wlan.is(link.type)) return Wlan.multicast(link.offLinkhdr);
      return macs(Emit.jset(link.offLinkhdr.plus(link.macOffset()), B, 1));
    }
    if (proto == Kind.IP) return Cond.and(lt.linktype(LinkTypes.IP), Emit.ge(link.net().plus(16), B, 224));
    if (proto == Kind.IPV6) return Cond.and(lt.linktype(LinkTypes.IPV6), Emit.eq(link.net().plus(24), B, 255));
    throw new FilterException("link-layer multicast filters supported only on ethernet/FDDI/token ring/ARCNET/802.11/ATM LANE/Fibre Channel");
  }

  Transport transport() {
    return transport;
  }
}
