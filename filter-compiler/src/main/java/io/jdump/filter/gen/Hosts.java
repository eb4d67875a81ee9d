package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.W;

import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Expr;
import io.jdump.filter.parse.Kind;
import io.jdump.filter.parse.Qual;
import io.jdump.filter.parse.Qual.Dir;
import java.util.List;

/** Qualified ids: gen_scode, gen_ncode, gen_mcode, gen_mcode6 and gen_ecode. */
final class Hosts {
  private final Generator g;
  private final Hosts6 v6;

  Hosts(Generator g) {
    this.g = g;
    this.v6 = new Hosts6(g);
  }

  private static FilterException syntax() {
    return new FilterException("syntax error in filter expression");
  }

  Cond qualified(Qual q, Expr.Id id) throws FilterException {
    if (id instanceof Expr.Num n) return ncode(null, n.value(), q);
    if (id instanceof Expr.Host h) {
      if (!q.err()) {
        Kind a = q.addr();
        if (a == Kind.PORT) throw new FilterException("'port' modifier applied to ip host");
        if (a == Kind.PORTRANGE) throw new FilterException("'portrange' modifier applied to ip host");
        if (a == Kind.PROTO) throw new FilterException("'proto' modifier applied to ip host");
        if (a == Kind.PROTOCHAIN) throw new FilterException("'protochain' modifier applied to ip host");
      }
      return ncode(h.text(), 0, q);
    }
    if (id instanceof Expr.HostBits h) return mcode(h.text(), null, h.bits(), q);
    if (id instanceof Expr.HostMask h) return mcode(h.text(), h.mask(), 0, q);
    if (id instanceof Expr.Host6 h) return v6.mcode6(h.text(), 128, q);
    if (id instanceof Expr.Host6Bits h) return v6.mcode6(h.text(), h.bits(), q);
    if (id instanceof Expr.Mac m) return ecode(m.text(), q);
    if (id instanceof Expr.Name n) return scode(n.name(), q);
    if (id instanceof Expr.Arcnet a) return acode(a.text(), q);
    throw new FilterException("'" + id + "' is not supported by jdump yet");
  }

  /** __pcap_atoin: dotted decimal parts; returns the value and the number of bits given. */
  private static long[] atoin(String s) throws FilterException {
    long v = 0;
    int len = 0;
    for (String part : s.split("\\.", -1)) {
      long n = 0;
      for (char c : part.toCharArray()) {
        if (c < '0' || c > '9') throw new FilterException("invalid IPv4 address '" + s + "'");
        n = n * 10 + (c - '0');
        if (n > 255) throw new FilterException("invalid IPv4 address '" + s + "'");
      }
      v = (v << 8 | n) & 0xffffffffL;
      len += 8;
    }
    return new long[] {v, len};
  }

  private Cond ncode(String s, long v, Qual q) throws FilterException {
    if (q.err()) throw syntax();
    long vlen = 32;
    if (s != null && q.proto() == Kind.DECNET) {
      v = Decnet.atodn(s);
    } else if (s != null) {
      long[] r = atoin(s);
      v = r[0];
      vlen = r[1];
    }
    Kind addr = q.addr();
    Kind proto = q.proto();
    if (addr == null || addr == Kind.HOST || addr == Kind.NET) {
      if (proto == Kind.DECNET) return Decnet.dnhostop(g, v, q.dir());
      if (proto == Kind.LINK) throw new FilterException("illegal link layer address");
      long mask = 0xffffffffL;
      if (s == null && addr == Kind.NET) {
        while (v != 0 && (v & 0xff000000L) == 0) {
          v = (v << 8) & 0xffffffffL;
          mask = (mask << 8) & 0xffffffffL;
        }
      } else {
        v = vlen == 0 ? 0 : (v << (32 - vlen)) & 0xffffffffL;
        mask = vlen == 0 ? 0 : (mask << (32 - vlen)) & 0xffffffffL;
      }
      return host(v, mask, proto, q.dir(), addr);
    }
    return switch (addr) {
      case PORT -> {
        int p = portProto(proto);
        if (v > 65535) throw new FilterException("illegal port number " + v + " > 65535");
        yield g.transport().portRange(v, v, false, p, q.dir());
      }
      case PORTRANGE -> {
        if (proto != null && proto != Kind.UDP && proto != Kind.TCP && proto != Kind.SCTP) {
          throw new FilterException("illegal qualifier of 'portrange'");
        }
        int p = portProto(proto);
        if (v > 65535) throw new FilterException("illegal port number " + v + " > 65535");
        yield g.transport().portRange(v, v, true, p, q.dir());
      }
      case GATEWAY -> throw new FilterException("'gateway' requires a name");
      case PROTO -> proto(v, q);
      default -> Protochain.protochain(g, v, q.proto());
    };
  }

  private Cond proto(long v, Qual q) throws FilterException {
    if (q.dir() != Dir.DEFAULT) throw new FilterException("direction applied to 'proto'");
    return g.transport().proto(v, q.proto());
  }

  private static int portProto(Kind proto) throws FilterException {
    if (proto == null) return Transport.UNDEF;
    return switch (proto) {
      case UDP -> Transport.UDP;
      case TCP -> Transport.TCP;
      case SCTP -> Transport.SCTP;
      default -> throw new FilterException("illegal qualifier of 'port'");
    };
  }

  private Cond mcode(String s1, String s2, long masklen, Qual q) throws FilterException {
    if (q.err()) throw syntax();
    long[] r = atoin(s1);
    long n = (r[0] << (32 - r[1])) & 0xffffffffL;
    long m;
    if (s2 != null) {
      long[] rm = atoin(s2);
      m = (rm[0] << (32 - rm[1])) & 0xffffffffL;
      if ((n & ~m) != 0) throw new FilterException("non-network bits set in \"" + s1 + " mask " + s2 + "\"");
    } else {
      if (masklen > 32) throw new FilterException("mask length must be <= 32");
      m = masklen == 0 ? 0 : (0xffffffffL << (32 - masklen)) & 0xffffffffL;
      if ((n & ~m) != 0) throw new FilterException("non-network bits set in \"" + s1 + "/" + masklen + "\"");
    }
    if (q.addr() != Kind.NET) throw new FilterException("Mask syntax for networks only");
    return host(n, m, q.proto(), q.dir(), q.addr());
  }

  private Cond ecode(String text, Qual q) throws FilterException {
    if ((q.addr() == null || q.addr() == Kind.HOST) && q.proto() == Kind.LINK && !q.err()) {
      if (!g.hasMacs()) {
        throw new FilterException("ethernet addresses supported only on ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel");
      }
      return g.linkHost(Names.etherAton(text), q.dir());
    }
    throw new FilterException("ethernet address used in non-ether expression");
  }

  /** gen_acode: an ARCnet address, {@code $} and hex digits, as libpcap converts it. */
  private Cond acode(String text, Qual q) throws FilterException {
    if (g.link.type != 7 && g.link.type != 129) throw new FilterException("aid supported only on ARCnet");
    if ((q.addr() == null || q.addr() == Kind.HOST) && q.proto() == Kind.LINK && !q.err()) {
      // pcap_ether_aton reads the '$' as a digit worth -19, then one hex digit.
      int d = (-19 << 4) | Character.digit(text.charAt(1), 16);
      byte[] a = {(byte) d};
      Off base = g.link.offLinkhdr;
      return switch (q.dir()) {
        case SRC -> Emit.bcmp(base, a);
        case DST -> Emit.bcmp(base.plus(1), a);
        case AND -> Cond.and(Emit.bcmp(base, a), Emit.bcmp(base.plus(1), a));
        case DEFAULT, OR -> Cond.or(Emit.bcmp(base, a), Emit.bcmp(base.plus(1), a));
        default -> throw dirError(q.dir());
      };
    }
    throw new FilterException("ARCnet address used in non-arc expression");
  }

  static Cond ehostop(Off base, byte[] mac, Dir dir) throws FilterException {
    return ehostop(base, mac, dir, " with 802.11 headers");
  }

  /**
   * @param where the end of the refusal of an 802.11 qualifier: gen_ehostop says "on 802.11
   *              with 802.11 headers", FDDI's and token ring's say "on 802.11" only
   */
  static Cond ehostop(Off base, byte[] mac, Dir dir, String where) throws FilterException {
    return switch (dir) {
      case SRC -> Emit.bcmp(base.plus(6), mac);
      case DST -> Emit.bcmp(base, mac);
      case AND -> Cond.and(Emit.bcmp(base.plus(6), mac), Emit.bcmp(base, mac));
      case DEFAULT, OR -> Cond.or(Emit.bcmp(base.plus(6), mac), Emit.bcmp(base, mac));
      default -> throw dirError(dir, where);
    };
  }

  static FilterException dirError(Dir dir) {
    return dirError(dir, " with 802.11 headers");
  }

  private static FilterException dirError(Dir dir, String where) {
    return switch (dir) {
      case RA -> new FilterException("'ra' is only supported on 802.11" + where);
      case TA -> new FilterException("'ta' is only supported on 802.11" + where);
      default -> {
        String n = dir.name().substring(4);
        yield new FilterException("'addr" + n + "' and 'address" + n + "' are only supported on 802.11" + where);
      }
    };
  }

  private Cond scode(String name, Qual q) throws FilterException {
    if (q.err()) throw syntax();
    Kind addr = q.addr();
    Kind proto = q.proto();
    Dir dir = q.dir();
    if (addr == Kind.NET) {
      long a = g.names.network(name);
      if (a == 0) throw new FilterException("unknown network '" + name + "'");
      long mask = 0xffffffffL;
      while (a != 0 && (a & 0xff000000L) == 0) {
        a = (a << 8) & 0xffffffffL;
        mask = (mask << 8) & 0xffffffffL;
      }
      return host(a, mask, proto, dir, addr);
    }
    if (addr == null || addr == Kind.HOST) {
      if (proto == Kind.LINK) {
        if (!g.hasMacs()) {
          throw new FilterException("only ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel supports link-level host name");
        }
        byte[] mac = g.names.ether(name);
        if (mac == null) {
          String what = g.link.type == 10 ? "FDDI" : g.link.type == 6 ? "token ring"
              : Wlan.is(g.link.type) ? "802.11" : g.link.type == 122 ? "Fibre Channel" : "ether";
          throw new FilterException("unknown " + what + " host '" + name + "'");
        }
        return g.linkHost(mac, dir);
      }
      if (proto == Kind.DECNET) {
        throw new FilterException("decnet name support not included, '" + name + "' cannot be translated\n");
      }
      List<byte[]> res = g.names.hosts(name);
      if (res.isEmpty()) throw new FilterException("unknown host '" + name + "'");
      Kind tproto = proto;
      Kind tproto6 = proto;
      if (g.link.offLinktype == Link.NOT_SET && proto == null) {
        tproto = Kind.IP;
        tproto6 = Kind.IPV6;
      }
      Cond b = null;
      for (byte[] x : res) {
        Cond t;
        if (x.length == 4) {
          if (tproto == Kind.IPV6) continue;
          long v = (x[0] & 0xffL) << 24 | (x[1] & 0xff) << 16 | (x[2] & 0xff) << 8 | (x[3] & 0xff);
          t = host(v, 0xffffffffL, tproto, dir, addr);
        } else {
          if (tproto6 == Kind.IP) continue;
          byte[] m = new byte[16];
          java.util.Arrays.fill(m, (byte) -1);
          t = v6.host6(x, m, tproto6, dir, addr);
        }
        b = b == null ? t : Cond.or(b, t);
      }
      if (b == null) {
        throw new FilterException("unknown host '" + name + "'" + (proto == null ? "" : " for specified address family"));
      }
      return b;
    }
    return switch (addr) {
      case PORT -> {
        if (proto != null && proto != Kind.UDP && proto != Kind.TCP && proto != Kind.SCTP) {
          throw new FilterException("illegal qualifier of 'port'");
        }
        int[] pp = g.names.port(name);
        if (pp == null) throw new FilterException("unknown port '" + name + "'");
        int real = checkPortProto(proto, pp[1], "port '" + name + "'");
        if (pp[0] > 65535) throw new FilterException("illegal port number " + pp[0] + " > 65535");
        yield g.transport().portRange(pp[0], pp[0], false, real, dir);
      }
      case PORTRANGE -> {
        if (proto != null && proto != Kind.UDP && proto != Kind.TCP && proto != Kind.SCTP) {
          throw new FilterException("illegal qualifier of 'portrange'");
        }
        int[] pr = g.names.portRange(name);
        if (pr == null) throw new FilterException("unknown port in range '" + name + "'");
        int real = checkPortProto(proto, pr[2], "port in range '" + name + "'");
        for (int i = 0; i < 2; i++) {
          if (pr[i] > 65535) throw new FilterException("illegal port number " + pr[i] + " > 65535");
        }
        yield g.transport().portRange(pr[0], pr[1], true, real, dir);
      }
      case GATEWAY -> throw new FilterException("'gateway' not supported in this configuration");
      case PROTO -> {
        long v = lookupProto(name, proto);
        if (v < 0) throw new FilterException("unknown protocol: " + name);
        yield proto(v, q);
      }
      default -> {
        long v = lookupProto(name, proto);
        if (v < 0) throw new FilterException("unknown protocol: " + name);
        yield Protochain.protochain(g, v, proto);
      }
    };
  }

  private static int checkPortProto(Kind proto, int real, String what) throws FilterException {
    if (proto == null) return real;
    String[] names = {"tcp", "udp", "sctp"};
    int want = proto == Kind.UDP ? Transport.UDP : proto == Kind.TCP ? Transport.TCP : Transport.SCTP;
    if (real != Transport.UNDEF && real != want) {
      String is = real == Transport.TCP ? names[0] : real == Transport.UDP ? names[1] : names[2];
      throw new FilterException(what + " is " + is);
    }
    return want;
  }

  private long lookupProto(String name, Kind proto) throws FilterException {
    if (proto == null || proto == Kind.IP || proto == Kind.IPV6) {
      int v = g.names.protocol(name);
      if (v < 0) throw new FilterException("unknown ip proto '" + name + "'");
      return v;
    }
    if (proto == Kind.LINK) {
      int v = Names.etherProto(name);
      if (v < 0) throw new FilterException("unknown ether proto '" + name + "'");
      return v;
    }
    if (proto == Kind.ISO) {
      return switch (name) {
        case "esis" -> 0x82;
        case "isis" -> 0x83;
        case "clnp" -> 0x81;
        default -> throw new FilterException("unknown osi proto '" + name + "'");
      };
    }
    return -1;
  }

  /** gen_host: addr/mask against the protocols a host qualifier can mean. */
  Cond host(long addr, long mask, Kind proto, Dir dir, Kind type) throws FilterException {
    String typestr = type == Kind.NET ? "net" : "host";
    if (proto == null) {
      Cond b = host(addr, mask, Kind.IP, dir, type);
      // Inside MPLS only IPv4 is looked for, as libpcap 1.10 does.
      if (g.link.labelStackDepth > 0) return b;
      b = Cond.or(b, host(addr, mask, Kind.ARP, dir, type));
      return Cond.or(b, host(addr, mask, Kind.RARP, dir, type));
    }
    return switch (proto) {
      case IP -> hostop(addr, mask, dir, LinkTypes.IP, 12, 16);
      case ARP -> hostop(addr, mask, dir, LinkTypes.ARP, 14, 24);
      case RARP -> hostop(addr, mask, dir, LinkTypes.REVARP, 14, 24);
      case LINK -> throw new FilterException("link-layer modifier applied to " + typestr);
      case ATALK -> throw new FilterException("AppleTalk host filtering not implemented");
      case DECNET -> Decnet.dnhostop(g, addr, dir);
      case LAT -> throw new FilterException("LAT host filtering not implemented");
      case SCA -> throw new FilterException("SCA host filtering not implemented");
      case MOPRC -> throw new FilterException("MOPRC host filtering not implemented");
      case MOPDL -> throw new FilterException("MOPDL host filtering not implemented");
      case IPV6 -> throw new FilterException("'ip6' modifier applied to ip host");
      case AARP -> throw new FilterException("AARP host filtering not implemented");
      case ISO -> throw new FilterException("ISO host filtering not implemented");
      case IPX -> throw new FilterException("IPX host filtering not implemented");
      default -> throw new FilterException("'" + Generator.keyword(proto) + "' modifier applied to " + typestr);
    };
  }

  static FilterException addrDirError(Dir dir) {
    return switch (dir) {
      case RA -> new FilterException("'ra' is not a valid qualifier for addresses other than 802.11 MAC addresses");
      case TA -> new FilterException("'ta' is not a valid qualifier for addresses other than 802.11 MAC addresses");
      default -> {
        String n = dir.name().substring(4);
        yield new FilterException("'addr" + n + "' and 'address" + n + "' are not valid qualifiers for addresses other than 802.11 MAC addresses");
      }
    };
  }

  private Cond hostop(long addr, long mask, Dir dir, int ethertype, int srcOff, int dstOff)
      throws FilterException {
    Off net = g.link.net();
    return switch (dir) {
      case SRC -> Cond.and(g.lt.linktype(ethertype), Emit.mcmp(net.plus(srcOff), W, addr, mask));
      case DST -> Cond.and(g.lt.linktype(ethertype), Emit.mcmp(net.plus(dstOff), W, addr, mask));
      case AND -> Cond.and(hostop(addr, mask, Dir.SRC, ethertype, srcOff, dstOff),
          hostop(addr, mask, Dir.DST, ethertype, srcOff, dstOff));
      case DEFAULT, OR -> Cond.or(hostop(addr, mask, Dir.SRC, ethertype, srcOff, dstOff),
          hostop(addr, mask, Dir.DST, ethertype, srcOff, dstOff));
      default -> throw addrDirError(dir);
    };
  }

}
