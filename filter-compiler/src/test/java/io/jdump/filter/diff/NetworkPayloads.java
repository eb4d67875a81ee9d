package io.jdump.filter.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Network-layer payloads covering what pcap-filter(7) can name: IPv4 with and without options and
 * in fragments, over every common protocol number; IPv6 with extension-header chains; ARP and
 * RARP; IPX, AppleTalk, DECnet and friends; LLC frames for STP, NetBEUI and OSI. Seeded:
 * the same generator state gives the same list.
 */
final class NetworkPayloads {
  private NetworkPayloads() {}

  private static final int[][] IPV4_OPTIONS = {
      {}, {}, {}, {1, 1, 1, 0}, {7, 7, 4, 10, 0, 0, 1, 0}, new int[40]};

  static List<Payload> all(RandomGenerator rng) {
    List<Payload> out = new ArrayList<>();
    ipv4(rng, out);
    ipv6(rng, out);
    arp(rng, out);
    others(rng, out);
    llc(rng, out);
    GenevePayloads.all(rng, out);
    return out;
  }

  // ---------------------------------------------------------------------------------- IPv4

  private static void ipv4(RandomGenerator rng, List<Payload> out) {
    for (int i = 0; i < 70; i++) out.add(ipv4(rng, "tcp", 6, Transport.tcp(rng)));
    for (int i = 0; i < 40; i++) out.add(ipv4(rng, "udp", 17, Transport.udp(rng)));
    for (int i = 0; i < 14; i++) out.add(ipv4(rng, "sctp", 132, Transport.sctp(rng)));
    for (int i = 0; i < 12; i++) out.add(ipv4(rng, "icmp", 1, Transport.icmp(rng)));
    for (int type : Transport.ICMP_TYPES) out.add(ipv4(rng, "icmp", 1, Transport.icmp(type, 0)));
    for (int i = 0; i < 8; i++) out.add(ipv4(rng, "igmp", 2, Transport.igmp(rng)));
    for (int i = 0; i < 5; i++) out.add(ipv4(rng, "pim", 103, Transport.pim(rng)));
    for (int i = 0; i < 4; i++) out.add(ipv4(rng, "vrrp", 112, Transport.vrrp(rng)));
    for (int i = 0; i < 4; i++) out.add(ipv4(rng, "esp", 50, Transport.esp(rng)));
    for (int i = 0; i < 4; i++) out.add(ipv4(rng, "ah/tcp", 51, Transport.ah(6, Transport.tcp(rng))));
    for (int i = 0; i < 4; i++) out.add(ipv4(rng, "ah/udp", 51, Transport.ah(17, Transport.udp(rng))));
    for (int i = 0; i < 3; i++) {
      out.add(ipv4(rng, "gre", 47, Transport.gre(0x0800, ipv4Header(rng, 6, Transport.tcp(rng), new int[0], 0))));
      out.add(ipv4(rng, "ipip", 4, ipv4Header(rng, 17, Transport.udp(rng), new int[0], 0)));
      out.add(ipv4(rng, "ip6-in-ip", 41, ipv6Header(rng, 6, Transport.tcp(rng))));
    }
    int[] odd = {0, 253, 255, 89, 46, 9, 94};
    for (int p : odd) out.add(ipv4(rng, "proto" + p, p, new Bytes().filler(24, p).toArray()));
    out.add(ipv4(rng, "udp big", 17, Transport.udp(53, 1024, new Bytes().filler(1472, 0).toArray())));
    out.add(ipv4(rng, "tcp big", 6, Transport.tcp(80, 1024, 0x18, 5, 600)));
    for (int i = 0; i < 8; i++) {
      int vni = Pools.pick(rng, Pools.GENEVE_VNIS);
      byte[] inner = i % 2 == 0
          ? Transport.geneve(vni, 0x6558, i % 3, ethernet(rng, 0x0800, ipv4Header(rng, 6, Transport.tcp(rng), new int[0], 0)))
          : Transport.geneve(vni, i % 4 == 1 ? 0x0800 : 0x86dd, 0,
              i % 4 == 1 ? ipv4Header(rng, 17, Transport.udp(rng), new int[0], 0) : ipv6Header(rng, 58, Transport.icmp6(rng)));
      out.add(ipv4(rng, "udp/geneve", 17, Transport.udp(Pools.pick(rng, Pools.PORTS), 6081, inner)));
    }
    malformed(rng, out);
    for (int i = 0; i < 4; i++) {
      byte[] inner = Transport.vxlan(Pools.pick(rng, Pools.GENEVE_VNIS), ethernet(rng, 0x0800, ipv4Header(rng, 1, Transport.icmp(rng), new int[0], 0)));
      out.add(ipv4(rng, "udp/vxlan", 17, Transport.udp(1024, 4789, inner)));
    }
  }

  /**
   * Headers a real stack would drop but a filter still sees: IHL below 5 (libpcap's
   * {@code ldxb 4*([k]&0xf)} then points inside the IP header), a wrong version nibble, a total
   * length shorter than the header.
   */
  private static void malformed(RandomGenerator rng, List<Payload> out) {
    for (int ihl : new int[] {0, 1, 4}) {
      byte[] b = ipv4Header(rng, 6, Transport.tcp(rng), new int[0], 0);
      b[0] = (byte) (0x40 | ihl);
      out.add(new Payload("ipv4/tcp ihl=" + ihl, Payload.IPV4, b));
    }
    byte[] v6 = ipv4Header(rng, 17, Transport.udp(rng), new int[0], 0);
    v6[0] = 0x65;
    out.add(new Payload("ipv4 version=6", Payload.IPV4, v6));
    byte[] shortLen = ipv4Header(rng, 17, Transport.udp(rng), new int[0], 0);
    shortLen[2] = 0;
    shortLen[3] = 12;
    out.add(new Payload("ipv4 totlen=12", Payload.IPV4, shortLen));
    byte[] v4in6 = ipv6Header(rng, 6, Transport.tcp(rng));
    v4in6[0] = 0x45;
    out.add(new Payload("ipv6 version=4", Payload.IPV6, v4in6));
  }

  private static Payload ipv4(RandomGenerator rng, String what, int proto, byte[] l4) {
    int[] options = IPV4_OPTIONS[rng.nextInt(IPV4_OPTIONS.length)];
    int frag = rng.nextInt(10); // 0..5 whole, 6 DF, 7 first, 8 middle, 9 last
    int flagsOffset = switch (frag) {
      case 6 -> 0x4000;
      case 7 -> 0x2000;
      case 8 -> 0x2000 | 185;
      case 9 -> 370;
      default -> 0;
    };
    String label = "ipv4/" + what + (options.length > 0 ? " opts=" + options.length : "")
        + (frag >= 7 ? " frag=" + new String[] {"first", "middle", "last"}[frag - 7] : "");
    return new Payload(label, Payload.IPV4, ipv4Header(rng, proto, l4, options, flagsOffset));
  }

  static byte[] ipv4Header(RandomGenerator rng, int proto, byte[] l4, int[] options, int flagsOffset) {
    int ihl = 5 + options.length / 4;
    Bytes b = new Bytes().u8(0x40 | ihl).u8(rng.nextInt(4) << 2).u16(ihl * 4 + l4.length)
        .u16(rng.nextInt(65536)).u16(flagsOffset).u8(64).u8(proto).u16(0)
        .put(Pools.pick(rng, Pools.IPV4)).put(Pools.pick(rng, Pools.IPV4));
    for (int o : options) b.u8(o);
    return b.put(l4).toArray();
  }

  // ---------------------------------------------------------------------------------- IPv6

  /** Extension-header chains to put between the IPv6 header and the transport header. */
  private static final int[][] IPV6_CHAINS = {
      {}, {}, {}, {}, {}, {}, {}, {}, {0}, {43}, {44}, {-44}, {60}, {0, 60, 43, 44}, {51}, {0, 51}, {60, -44}};

  private static void ipv6(RandomGenerator rng, List<Payload> out) {
    for (int i = 0; i < 40; i++) out.add(ipv6(rng, "tcp", 6, Transport.tcp(rng)));
    for (int i = 0; i < 25; i++) out.add(ipv6(rng, "udp", 17, Transport.udp(rng)));
    for (int i = 0; i < 15; i++) out.add(ipv6(rng, "icmp6", 58, Transport.icmp6(rng)));
    for (int type : Transport.ICMP6_TYPES) out.add(ipv6(rng, "icmp6", 58, Transport.icmp(type, 0)));
    for (int i = 0; i < 8; i++) out.add(ipv6(rng, "sctp", 132, Transport.sctp(rng)));
    for (int i = 0; i < 3; i++) out.add(ipv6(rng, "esp", 50, Transport.esp(rng)));
    out.add(ipv6(rng, "none", 59, new byte[0]));
    out.add(ipv6(rng, "pim", 103, Transport.pim(rng)));
  }

  private static Payload ipv6(RandomGenerator rng, String what, int proto, byte[] l4) {
    int[] chain = IPV6_CHAINS[rng.nextInt(IPV6_CHAINS.length)];
    byte[] payload = l4;
    int next = proto;
    StringBuilder label = new StringBuilder("ipv6");
    for (int i = chain.length - 1; i >= 0; i--) {
      int ext = Math.abs(chain[i]);
      payload = extension(chain[i], next, payload);
      next = ext;
    }
    for (int e : chain) label.append('/').append(e == -44 ? "frag+" : String.valueOf(e));
    return new Payload(label.append('/').append(what).toString(), Payload.IPV6, ipv6Header(rng, next, payload));
  }

  /** One extension header; {@code -44} is a fragment header of a non-first fragment. */
  private static byte[] extension(int type, int next, byte[] rest) {
    Bytes b = new Bytes().u8(next);
    switch (type) {
      case 0, 60 -> b.u8(type == 0 ? 0 : 1).u8(1).u8(type == 0 ? 4 : 12).zeros(type == 0 ? 4 : 12);
      case 43 -> b.u8(2).u8(0).u8(1).zeros(4).put(Pools.IPV6.get(2));
      case 44 -> b.u8(0).u16(0x0001).u32(0xabcd);
      case -44 -> b.u8(0).u16((100 << 3) | 1).u32(0xabcd);
      case 51 -> b.u8(4).u16(0).u32(0x100).u32(7).zeros(12);
      default -> throw new IllegalArgumentException("extension " + type);
    }
    return b.put(rest).toArray();
  }

  static byte[] ipv6Header(RandomGenerator rng, int next, byte[] payload) {
    return new Bytes().u32(0x60000000 | rng.nextInt(1 << 20)).u16(payload.length).u8(next).u8(64)
        .put(Pools.pick(rng, Pools.IPV6)).put(Pools.pick(rng, Pools.IPV6)).put(payload).toArray();
  }

  // ------------------------------------------------------------------------ ARP and others

  private static void arp(RandomGenerator rng, List<Payload> out) {
    for (int i = 0; i < 32; i++) {
      boolean rarp = i >= 22;
      int op = rarp ? 3 + i % 2 : 1 + i % 2;
      byte[] b = new Bytes().u16(1).u16(0x0800).u8(6).u8(4).u16(op)
          .put(Pools.pick(rng, Pools.MACS)).put(Pools.pick(rng, Pools.IPV4))
          .put(Pools.pick(rng, Pools.MACS)).put(Pools.pick(rng, Pools.IPV4)).toArray();
      out.add(new Payload(rarp ? "rarp" : "arp", rarp ? 0x8035 : Payload.ARP, b));
    }
  }

  private static void others(RandomGenerator rng, List<Payload> out) {
    for (int i = 0; i < 3; i++) {
      out.add(new Payload("ipx", 0x8137, ipx(rng)));
      out.add(new Payload("atalk", 0x809b, new Bytes().u16(0x0014).u16(0).filler(16, i).toArray()));
    }
    out.add(new Payload("aarp", 0x80f3, new Bytes().u16(1).u16(0x809b).u8(6).u8(4).u16(1).filler(20, 3).toArray()));
    for (int i = 0; i < 12; i++) out.add(new Payload("decnet", 0x6003, decnet(rng, i)));
    int[][] named = {{0x6004, 0}, {0x6001, 0}, {0x6002, 0}, {0x6007, 0}, {0x9000, 0}, {0x88cc, 0},
        {0x8863, 0}, {0x0600, 0}, {0x05dc, 0}, {0xffff, 0}};
    for (int[] t : named) out.add(new Payload(String.format("ethertype %04x", t[0]), t[0], new Bytes().filler(30, t[0]).toArray()));
  }

  private static byte[] ipx(RandomGenerator rng) {
    return new Bytes().u16(0xffff).u16(30).u8(0).u8(rng.nextInt(20)).u32(1).put(Pools.pick(rng, Pools.MACS))
        .u16(0x0453).u32(2).put(Pools.pick(rng, Pools.MACS)).u16(0x0452).toArray();
  }

  /** DECnet Phase IV routing headers, long and short form, with and without a pad byte. */
  private static byte[] decnet(RandomGenerator rng, int variant) {
    int dst = Pools.pick(rng, Pools.DECNET);
    int src = Pools.pick(rng, Pools.DECNET);
    boolean pad = variant % 2 == 1;
    boolean longForm = variant % 4 < 2;
    Bytes b = new Bytes().u16le(40);
    if (pad) b.u8(0x81);
    if (longForm) {
      b.u8(0x06 | (variant >= 8 ? 0x20 : 0)).u8(0).u8(0).u32(0xaa000400).u16le(dst)
          .u8(0).u8(0).u32(0xaa000400).u16le(src);
    } else {
      b.u8(0x02).u16le(dst).u16le(src);
    }
    return b.u8(0).filler(8, 0xd0).toArray();
  }

  // ---------------------------------------------------------------------------------- LLC

  private static void llc(RandomGenerator rng, List<Payload> out) {
    for (int i = 0; i < 3; i++) {
      out.add(new Payload("llc/stp", Payload.LLC, new Bytes().u8(0x42).u8(0x42).u8(0x03).u16(0).u8(0).u8(0).filler(32, i).toArray()));
      out.add(new Payload("llc/netbeui", Payload.LLC, new Bytes().u8(0xf0).u8(0xf0).u8(0x03).filler(20, i).toArray()));
      out.add(new Payload("llc/ipx", Payload.LLC, Bytes.concat(new byte[] {(byte) 0xe0, (byte) 0xe0, 3}, ipx(rng))));
      out.add(new Payload("novell", Payload.NOVELL, ipx(rng)));
      out.add(new Payload("snap/ip", Payload.LLC, new Bytes().u8(0xaa).u8(0xaa).u8(3).u24(0).u16(0x0800)
          .put(ipv4Header(rng, 6, Transport.tcp(rng), new int[0], 0)).toArray()));
      out.add(new Payload("snap/atalk", Payload.LLC, new Bytes().u8(0xaa).u8(0xaa).u8(3).u24(0x080007).u16(0x809b).filler(20, i).toArray()));
      out.add(new Payload("snap/aarp", Payload.LLC, new Bytes().u8(0xaa).u8(0xaa).u8(3).u24(0).u16(0x80f3).filler(20, i).toArray()));
      out.add(new Payload("osi/clnp", Payload.OSI, new Bytes().u8(0x81).u8(20).u8(1).u8(30).filler(20, i).toArray()));
      out.add(new Payload("osi/esis", Payload.OSI, new Bytes().u8(0x82).u8(10).u8(1).u8(0).u8(2).filler(10, i).toArray()));
    }
    int[] isisPdus = {15, 16, 17, 18, 20, 24, 25, 26, 27, 0, 31};
    for (int pdu : isisPdus) {
      out.add(new Payload("osi/isis pdu=" + pdu, Payload.OSI,
          new Bytes().u8(0x83).u8(27).u8(1).u8(0).u8(pdu | (rng.nextBoolean() ? 0xe0 : 0)).u8(1).u8(0).u8(3).filler(24, pdu).toArray()));
    }
    // Control fields for "llc i|s|u|rr|rnr|rej|ui|ua|disc|sabme|test|xid|frmr": I, S, then U frames with P/F clear and set.
    int[] controls = {0x00, 0x02, 0xfe, 0x01, 0x05, 0x09, 0x0d, 0x03, 0x13, 0x63, 0x73, 0x43, 0x53, 0x6f, 0x7f, 0xe3, 0xf3, 0xaf, 0xbf, 0x87, 0x97, 0x0f};
    for (int c : controls) {
      Bytes b = new Bytes().u8(0x06).u8(0x06).u8(c);
      if ((c & 0x03) != 0x03) b.u8(0x10);
      out.add(new Payload(String.format("llc ctrl=%02x", c), Payload.LLC, b.filler(12, c).toArray()));
    }
  }

  /** An Ethernet II frame around a payload: what Geneve and VXLAN carry. */
  static byte[] ethernet(RandomGenerator rng, int ethertype, byte[] payload) {
    return new Bytes().put(Pools.pick(rng, Pools.MACS)).put(Pools.pick(rng, Pools.MACS)).u16(ethertype).put(payload).toArray();
  }
}
