package io.jdump.filter.diff;

import io.jdump.bpf.LinkType;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Link layers whose header names the protocol some other way than an Ethernet type: Solaris
 * ipnet (an address family of its own, a direction, interface indexes), OpenBSD enc (a NULL-like
 * family word in either byte order, SPI and flags) and pppd's PPP with a direction byte.
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
      case PPP_PPPD -> {
        int proto = switch (p.ethertype()) {
          case Payload.IPV4 -> 0x0021;
          case Payload.IPV6 -> 0x0057;
          case 0x8137, Payload.NOVELL -> 0x002b;
          case 0x809b -> 0x0029;
          case 0x6003 -> 0x0027;
          case Payload.OSI -> 0x0023;
          case Payload.LLC -> 0x0031;
          default -> p.ethertype() & 0xffff;
        };
        int dir = rng.nextInt(2);
        Bytes b = new Bytes().u8(dir).u8(0x03).u16(proto);
        out.add(new LinkFramer.Frame("pppd dir=" + dir + " " + p.kind(), b.put(p.bytes()).toArray()));
      }
      default -> throw new IllegalArgumentException("not framed here: " + type);
    }
  }
}
