package io.jdump.filter.gen;

import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Qual.Dir;

/** DECnet hosts: gen_dnhostop over the four routing header layouts. */
final class Decnet {
  private Decnet() {}

  /** __pcap_atodn: area.node, as (area << 10) | node. */
  static long atodn(String s) throws FilterException {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)\\.(\\d+)").matcher(s);
    if (!m.find()) throw new FilterException("malformed decnet address '" + s + "'");
    long area = Long.parseLong(m.group(1));
    long node = Long.parseLong(m.group(2));
    return ((area << 10) & 0xfc00) | (node & 0x3ff);
  }

  /** gen_dnhostop: the four DECnet routing header layouts, short and long, padded or not. */
  static Cond dnhostop(Generator g, long addr, Dir dir) throws FilterException {
    int sh;
    int lh;
    switch (dir) {
      case DST -> { sh = 1; lh = 7; }
      case SRC -> { sh = 3; lh = 15; }
      case AND -> { return Cond.and(dnhostop(g, addr, Dir.SRC), dnhostop(g, addr, Dir.DST)); }
      case DEFAULT, OR -> { return Cond.or(dnhostop(g, addr, Dir.SRC), dnhostop(g, addr, Dir.DST)); }
      default -> throw Hosts.addrDirError(dir);
    }
    Off net = g.link.net();
    long a = ((addr & 0xff) << 8) | ((addr >> 8) & 0xff);
    Cond b0 = g.lt.linktype(LinkTypes.DN);
    Cond b1 = Cond.and(Emit.mcmp(net.plus(2), io.jdump.bpf.Bpf.H, 0x8106, 0xff07),
        Emit.eq(net.plus(2 + 1 + lh), io.jdump.bpf.Bpf.H, a));
    Cond b2 = Cond.and(Emit.mcmp(net.plus(2), io.jdump.bpf.Bpf.B, 0x06, 0x7), Emit.eq(net.plus(2 + lh), io.jdump.bpf.Bpf.H, a));
    b1 = Cond.or(b2, b1);
    b2 = Cond.and(Emit.mcmp(net.plus(2), io.jdump.bpf.Bpf.H, 0x8102, 0xff07),
        Emit.eq(net.plus(2 + 1 + sh), io.jdump.bpf.Bpf.H, a));
    b1 = Cond.or(b2, b1);
    b2 = Cond.and(Emit.mcmp(net.plus(2), io.jdump.bpf.Bpf.B, 0x02, 0x7), Emit.eq(net.plus(2 + sh), io.jdump.bpf.Bpf.H, a));
    b1 = Cond.or(b2, b1);
    return Cond.and(b0, b1);
  }
}
