package io.jdump.filter.diff;

import io.jdump.bpf.LinkType;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * LAN frames: FDDI, token ring, RFC 2625 IP over Fibre Channel and RFC 1483 ATM carry every
 * payload after an 802.2 LLC header (SNAP for Ethernet types, now and then with a non-zero
 * OUI) behind their frame control (token ring's access control, Fibre Channel's 8-byte names,
 * nothing for ATM); ARCnet (BSD's and Linux's headers) names the protocol in a type byte, RFC
 * 1201 and RFC 1051 values both, after one-byte addresses.
 */
final class LanFramer {
  private final RandomGenerator rng;

  LanFramer(RandomGenerator rng) {
    this.rng = rng;
  }

  void frames(LinkType type, Payload p, List<LinkFramer.Frame> out) {
    switch (type) {
      case FDDI -> {
        int fc = rng.nextInt(5) == 0 ? Pools.pick(rng, new int[] {0x41, 0x51, 0x57}) : 0x50;
        out.add(frame(new Bytes().u8(fc), p, "fddi fc=" + Integer.toHexString(fc)));
      }
      case IEEE802 -> {
        int fc = rng.nextInt(5) == 0 ? 0x00 : 0x40;
        out.add(frame(new Bytes().u8(0x10 | rng.nextInt(8)).u8(fc), p, "token ring"));
      }
      case IP_OVER_FC -> {
        Bytes head = new Bytes().u16(0x1000 | rng.nextInt(0x1000)).put(Pools.pick(rng, Pools.MACS))
            .u16(0x1000 | rng.nextInt(0x1000)).put(Pools.pick(rng, Pools.MACS));
        out.add(llc(head, p, "ipfc"));
      }
      case ATM_RFC1483, ATM_CLIP -> out.add(llc(new Bytes(), p, type == LinkType.ATM_CLIP ? "clip" : "rfc1483"));
      case ARCNET, ARCNET_LINUX -> arcnet(type == LinkType.ARCNET_LINUX, p, out);
      default -> throw new IllegalArgumentException("not a LAN framed here: " + type);
    }
  }

  private LinkFramer.Frame frame(Bytes head, Payload p, String label) {
    head.put(Pools.pick(rng, Pools.MACS)).put(Pools.pick(rng, Pools.MACS));
    return llc(head, p, label);
  }

  private LinkFramer.Frame llc(Bytes head, Payload p, String label) {
    switch (p.ethertype()) {
      case Payload.LLC, Payload.NOVELL -> head.put(p.bytes());
      case Payload.OSI -> head.u8(0xfe).u8(0xfe).u8(3).put(p.bytes());
      default -> {
        int oui = rng.nextInt(6) == 0 ? Pools.pick(rng, new int[] {0x080007, 0x0000f8}) : 0;
        head.u8(0xaa).u8(0xaa).u8(3).u24(oui).u16(p.ethertype()).put(p.bytes());
      }
    }
    return new LinkFramer.Frame(label + " " + p.kind(), head.toArray());
  }

  private static final int[] IP_TYPES = {0xd4, 0xf0};
  private static final int[] ARP_TYPES = {0xd5, 0xf1};

  /**
   * ARCnet: source, destination, then BSD's type, flag and sequence (6 bytes in all) or Linux's
   * 2-byte offset before them (8 bytes).
   */
  private void arcnet(boolean linux, Payload p, List<LinkFramer.Frame> out) {
    int t = switch (p.ethertype()) {
      case Payload.IPV4 -> Pools.pick(rng, IP_TYPES);
      case Payload.IPV6 -> 0xc4;
      case Payload.ARP -> Pools.pick(rng, ARP_TYPES);
      case 0x8035 -> 0xd6;
      case 0x809b -> 0xdd;
      default -> rng.nextInt(0x100);
    };
    int src = rng.nextInt(4) == 0 ? 0 : rng.nextInt(0x100);
    int dst = rng.nextInt(4) == 0 ? 0 : rng.nextInt(0x100);
    Bytes b = new Bytes().u8(src).u8(dst);
    if (linux) b.u16(rng.nextInt(0x200));
    b.u8(t).u8(rng.nextInt(0x100)).u16(rng.nextInt(0x10000));
    out.add(new LinkFramer.Frame(String.format("arcnet %02x>%02x type=%02x %s", src, dst, t, p.kind()),
        b.put(p.bytes()).toArray()));
  }
}
