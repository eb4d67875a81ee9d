package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.W;

import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Kind;
import io.jdump.filter.parse.Qual;
import io.jdump.filter.parse.Qual.Dir;
import java.net.InetAddress;
import java.util.List;

/** IPv6 addresses and networks: gen_mcode6, gen_host6 and gen_hostop6. */
final class Hosts6 {
  private final Generator g;

  Hosts6(Generator g) {
    this.g = g;
  }

  Cond mcode6(String s, long masklen, Qual q) throws FilterException {
    if (q.err()) throw new FilterException("invalid qualifier against IPv6 address");
    byte[] a;
    try {
      a = InetAddress.getByName(s).getAddress();
    } catch (Exception e) {
      throw new FilterException("invalid ip6 address " + s);
    }
    if (a.length == 4) a = Names.mappedV6(a);
    if (masklen > 128) throw new FilterException("mask length must be <= 128");
    byte[] m = new byte[16];
    for (int i = 0; i < 16; i++) {
      long bits = Math.max(0, Math.min(8, masklen - 8L * i));
      m[i] = (byte) (0xff00 >> bits);
    }
    for (int i = 0; i < 16; i++) {
      if ((a[i] & ~m[i]) != 0) throw new FilterException("non-network bits set in \"" + s + "/" + masklen + "\"");
    }
    Kind addr = q.addr();
    if (addr == null || addr == Kind.HOST) {
      if (masklen != 128) throw new FilterException("Mask syntax for networks only");
    } else if (addr != Kind.NET) {
      throw new FilterException("invalid qualifier against IPv6 address");
    }
    return host6(a, m, q.proto(), q.dir(), addr);
  }

  Cond host6(byte[] a, byte[] m, Kind proto, Dir dir, Kind type) throws FilterException {
    String typestr = type == Kind.NET ? "net" : "host";
    if (proto == null || proto == Kind.IPV6) return hostop6(a, m, dir, 8, 24);
    if (proto == Kind.LINK) throw new FilterException("link-layer modifier applied to ip6 " + typestr);
    if (proto == Kind.ATALK) throw new FilterException("AppleTalk modifier applied to ip6 " + typestr);
    throw new FilterException("'" + Generator.keyword(proto) + "' modifier applied to ip6 " + typestr);
  }

  private Cond hostop6(byte[] a, byte[] m, Dir dir, int srcOff, int dstOff) throws FilterException {
    return switch (dir) {
      case SRC, DST -> {
        // The address test is generated first, as gen_hostop6's callers do, though it runs
        // second: on 802.11 that decides which of the lazily taken cells gets which number.
        Cond addr = words(a, m, dir == Dir.SRC ? srcOff : dstOff);
        yield Cond.and(g.lt.linktype(LinkTypes.IPV6), addr);
      }
      case AND -> Cond.and(hostop6(a, m, Dir.SRC, srcOff, dstOff), hostop6(a, m, Dir.DST, srcOff, dstOff));
      case DEFAULT, OR -> Cond.or(hostop6(a, m, Dir.SRC, srcOff, dstOff), hostop6(a, m, Dir.DST, srcOff, dstOff));
      default -> throw Hosts.addrDirError(dir);
    };
  }

  private Cond words(byte[] a, byte[] m, int off) {
    Off net = g.link.net();
    Cond b = null;
    for (int w = 0; w < 4; w++) {
      long av = 0;
      long mv = 0;
      for (int i = 0; i < 4; i++) {
        av = av << 8 | (a[4 * w + i] & 0xff);
        mv = mv << 8 | (m[4 * w + i] & 0xff);
      }
      Cond t = Emit.mcmp(net.plus(off + 4 * w), W, av, mv);
      b = b == null ? t : Cond.and(b, t);
    }
    return b;
  }
}
