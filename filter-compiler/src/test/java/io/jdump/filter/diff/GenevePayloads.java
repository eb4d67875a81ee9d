package io.jdump.filter.diff;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Geneve tunnels, for {@code geneve [vni]} and the tests after it, which read the inner frame
 * through offsets computed at run time: over IPv4 (with options, so the UDP header moves) and
 * IPv6, with and without Geneve options, version 0 and not, carrying Ethernet (TEB) with IPv4,
 * IPv6, ARP, a VLAN tag, MPLS or 802.2 inside, or a bare IPv4/IPv6 packet, a Geneve tunnel in a
 * Geneve tunnel, and tunnels cut short.
 */
final class GenevePayloads {
  private GenevePayloads() {}

  private static final int TEB = 0x6558;

  static void all(RandomGenerator rng, List<Payload> out) {
    for (int i = 0; i < 36; i++) {
      int vni = Pools.pick(rng, Pools.GENEVE_VNIS);
      int options = rng.nextInt(4) == 0 ? 1 + rng.nextInt(3) : 0;
      Inner inner = inner(rng, i % 9);
      byte[] geneve = Transport.geneve(vni, inner.protocol(), options, inner.bytes());
      if (i % 12 == 11) geneve[0] |= 0x40; // version 1: libpcap's check wants 0
      // An ephemeral source port, as tunnel endpoints pick: a well-known one would make tshark
      // (the explain tests' oracle) decode the payload as that port's protocol, not Geneve.
      int sport = 49152 + rng.nextInt(16384);
      byte[] udp = Transport.udp(sport, 6081, geneve);
      String what = "geneve/" + inner.what() + (options > 0 ? " opts=" + options : "")
          + ((geneve[0] & 0xc0) != 0 ? " v1" : "");
      if (i % 3 == 2) {
        out.add(new Payload("ipv6/udp/" + what, Payload.IPV6, NetworkPayloads.ipv6Header(rng, 17, udp)));
      } else {
        int[] opts = i % 3 == 1 ? new int[] {1, 1, 1, 0} : new int[0];
        out.add(new Payload("ipv4/udp/" + what, Payload.IPV4,
            NetworkPayloads.ipv4Header(rng, 17, udp, opts, 0)));
      }
    }
    // Cut inside the Geneve header, inside its options, inside the inner Ethernet header.
    byte[] whole = NetworkPayloads.ipv4Header(rng, 17, Transport.udp(50001, 6081,
        Transport.geneve(0xb, TEB, 2, ether(rng, 0x0800, ipv4(rng)))), new int[0], 0);
    for (int cut : new int[] {20 + 8 + 3, 20 + 8 + 10, 20 + 8 + 8 + 8 + 6}) {
      out.add(new Payload("ipv4/udp/geneve cut at " + cut, Payload.IPV4, Arrays.copyOf(whole, cut)));
    }
  }

  private record Inner(String what, int protocol, byte[] bytes) {}

  private static Inner inner(RandomGenerator rng, int kind) {
    return switch (kind) {
      case 0 -> new Inner("eth/ipv4", TEB, ether(rng, 0x0800, ipv4(rng)));
      case 1 -> new Inner("eth/ipv6", TEB, ether(rng, 0x86dd, NetworkPayloads.ipv6Header(rng, 6, Transport.tcp(rng))));
      case 2 -> new Inner("eth/arp", TEB, ether(rng, 0x0806, new Bytes().u16(1).u16(0x0800).u8(6).u8(4).u16(1)
          .put(Pools.pick(rng, Pools.MACS)).put(Pools.pick(rng, Pools.IPV4))
          .put(Pools.pick(rng, Pools.MACS)).put(Pools.pick(rng, Pools.IPV4)).toArray()));
      case 3 -> new Inner("eth/vlan/ipv4", TEB, ether(rng, Pools.pick(rng, Pools.VLAN_TPIDS),
          new Bytes().u16(Pools.pick(rng, Pools.VLAN_IDS)).u16(0x0800).put(ipv4(rng)).toArray()));
      case 4 -> new Inner("eth/mpls/ipv4", TEB, ether(rng, 0x8847,
          new Bytes().u24(Pools.pick(rng, Pools.MPLS_LABELS) << 4 | 1).u8(64).put(ipv4(rng)).toArray()));
      case 5 -> new Inner("eth/llc", TEB, new Bytes().put(Pools.pick(rng, Pools.MACS)).put(Pools.pick(rng, Pools.MACS))
          .u16(20).u8(0x42).u8(0x42).u8(3).filler(17, 7).toArray());
      case 6 -> new Inner("ipv4", 0x0800, ipv4(rng));
      case 7 -> new Inner("ipv6", 0x86dd, NetworkPayloads.ipv6Header(rng, 17, Transport.udp(rng)));
      default -> new Inner("eth/ipv4/udp/geneve", TEB, ether(rng, 0x0800, NetworkPayloads.ipv4Header(rng, 17,
          Transport.udp(50000, 6081, Transport.geneve(100, 0x0800, 0, ipv4(rng))), new int[0], 0)));
    };
  }

  private static byte[] ipv4(RandomGenerator rng) {
    int proto = rng.nextBoolean() ? 6 : 17;
    byte[] l4 = proto == 6 ? Transport.tcp(rng) : Transport.udp(rng);
    return NetworkPayloads.ipv4Header(rng, proto, l4, new int[0], 0);
  }

  private static byte[] ether(RandomGenerator rng, int type, byte[] payload) {
    return NetworkPayloads.ethernet(rng, type, payload);
  }
}
