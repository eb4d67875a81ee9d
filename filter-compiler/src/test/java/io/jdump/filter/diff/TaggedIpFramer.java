package io.jdump.filter.diff;

import io.jdump.bpf.LinkType;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Link layers whose header names the protocol some other way than an Ethernet type: Solaris
 * ipnet (an address family of its own, a direction, interface indexes), OpenBSD enc (a NULL-like
 * family word in either byte order, SPI and flags), PPP's protocol field (pppd's after a
 * direction byte, PPP over serial lines, PPPoE sessions, BSD/OS's 24-byte header) and the SLIPs
 * (a direction byte and compression state, 16 or 24 bytes, before bare IP).
 */
final class TaggedIpFramer {
  private final RandomGenerator rng;

  TaggedIpFramer(RandomGenerator rng) {
    this.rng = rng;
  }

  void frames(LinkType type, Payload p, List<LinkFramer.Frame> out) {
    switch (type) {
      case IPNET -> {
        int family = p.ethertype() == Payload.IPV4 ? 2 : p.ethertype() == Payload.IPV6 ? 26 : rng.nextInt(30);
        int htype = 1 + rng.nextInt(2);
        Bytes b = new Bytes().u8(1).u8(family).u16(htype).u32(p.bytes().length).u32(1 + rng.nextInt(4))
            .u32(rng.nextInt(3)).u32(rng.nextInt(2)).u32(rng.nextInt(2));
        out.add(new LinkFramer.Frame("ipnet af=" + family + " htype=" + htype + " " + p.kind(), b.put(p.bytes()).toArray()));
      }
      case ENC -> {
        int family = p.ethertype() == Payload.IPV4 ? 2 : p.ethertype() == Payload.IPV6 ? Pools.pick(rng, new int[] {10, 24}) : 17;
        boolean be = rng.nextInt(4) == 0;
        Bytes b = be ? new Bytes().u32(family) : new Bytes().u32le(family);
        b.u32(rng.nextInt()).u32(rng.nextInt(8));
        out.add(new LinkFramer.Frame("enc af=" + family + (be ? "be " : "le ") + p.kind(), b.put(p.bytes()).toArray()));
      }
      case SLIP, SLIP_BSDOS -> {
        if (!p.isIp() && rng.nextInt(3) > 0) return;
        int dir = rng.nextInt(2);
        Bytes b = new Bytes().u8(dir);
        for (int i = 1; i < (type == LinkType.SLIP ? 16 : 24); i++) b.u8(rng.nextInt(0x100));
        out.add(new LinkFramer.Frame("slip dir=" + dir + " " + p.kind(), b.put(p.bytes()).toArray()));
      }
      case PPP_SERIAL, PPP_ETHER, PPP_BSDOS, PPP_PPPD -> ppp(type, p, out);
      default -> throw new IllegalArgumentException("not framed here: " + type);
    }
  }

  private void ppp(LinkType type, Payload p, List<LinkFramer.Frame> out) {
    int proto = LinkFramer.pppProtocol(p);
    // BSD/OS carries IP as VJ-compressed or uncompressed TCP too.
    if (type == LinkType.PPP_BSDOS && proto == 0x21 && rng.nextInt(3) == 0) proto = Pools.pick(rng, new int[] {0x2d, 0x2f});
    int dir = rng.nextInt(2);
    Bytes b = switch (type) {
      case PPP_PPPD -> new Bytes().u8(dir).u8(0x03).u16(proto);
      case PPP_SERIAL -> new Bytes().u8(rng.nextInt(4) == 0 ? 0x0f : 0xff).u8(0x03).u16(proto);
      case PPP_ETHER -> new Bytes().u8(0x11).u8(0).u16(Pools.pick(rng, Pools.PPPOE_SESSIONS))
          .u16(p.bytes().length + 2).u16(proto);
      default -> new Bytes().u8(dir).u32(rng.nextInt()).u16(proto).zeros(17);
    };
    out.add(new LinkFramer.Frame(type.name().toLowerCase() + " dir=" + dir + " " + p.kind(), b.put(p.bytes()).toArray()));
  }
}
