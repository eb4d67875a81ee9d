package io.jdump.filter.diff;

import java.util.random.RandomGenerator;

/** Transport and other upper-layer headers, with a little data after them. */
final class Transport {
  private Transport() {}

  static final int[] TCP_FLAGS = {0x02, 0x12, 0x10, 0x18, 0x11, 0x04, 0x14, 0xc2, 0x20, 0x29, 0xff, 0x00, 0x01, 0x08, 0x40, 0x80};
  static final int[] ICMP_TYPES = {0, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 30};
  static final int[] ICMP6_TYPES = {1, 2, 3, 4, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139,
      140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 151, 152, 153, 200};

  /** A TCP header with {@code dataOffset} 32-bit words (5..15) and {@code data} bytes after it. */
  static byte[] tcp(int sport, int dport, int flags, int dataOffset, int data) {
    Bytes b = new Bytes().u16(sport).u16(dport).u32(0x01020304).u32(0x0a0b0c0d)
        .u8(dataOffset << 4).u8(flags).u16(8192).u16(0).u16(0);
    for (int i = 20; i < dataOffset * 4; i += 4) b.u8(1).u8(1).u8(1).u8(i == 20 ? 0 : 1); // NOPs
    return b.filler(data, 0x30).toArray();
  }

  static byte[] tcp(RandomGenerator rng) {
    int[] offsets = {5, 5, 5, 6, 8, 15};
    return tcp(Pools.pick(rng, Pools.PORTS), Pools.pick(rng, Pools.PORTS), Pools.pick(rng, TCP_FLAGS),
        Pools.pick(rng, offsets), rng.nextInt(10) == 0 ? 280 : rng.nextInt(3) * 20);
  }

  static byte[] udp(int sport, int dport, byte[] data) {
    return new Bytes().u16(sport).u16(dport).u16(8 + data.length).u16(0).put(data).toArray();
  }

  static byte[] udp(RandomGenerator rng) {
    return udp(Pools.pick(rng, Pools.PORTS), Pools.pick(rng, Pools.PORTS), new Bytes().filler(rng.nextInt(3) * 12, 0x40).toArray());
  }

  static byte[] sctp(RandomGenerator rng) {
    return new Bytes().u16(Pools.pick(rng, Pools.PORTS)).u16(Pools.pick(rng, Pools.PORTS))
        .u32(0xdeadbeef).u32(0).u8(1).u8(0).u16(20).filler(16, 0x50).toArray();
  }

  static byte[] icmp(int type, int code) {
    return new Bytes().u8(type).u8(code).u16(0).u16(0x1234).u16(1).filler(16, 0x60).toArray();
  }

  static byte[] icmp(RandomGenerator rng) {
    return icmp(Pools.pick(rng, ICMP_TYPES), rng.nextInt(4));
  }

  static byte[] icmp6(RandomGenerator rng) {
    return icmp(Pools.pick(rng, ICMP6_TYPES), rng.nextInt(3));
  }

  static byte[] igmp(RandomGenerator rng) {
    int[] types = {0x11, 0x12, 0x16, 0x17, 0x22};
    return new Bytes().u8(Pools.pick(rng, types)).u8(100).u16(0).put(Pools.pick(rng, Pools.IPV4)).toArray();
  }

  static byte[] pim(RandomGenerator rng) {
    return new Bytes().u8(0x20 | rng.nextInt(9)).u8(0).u16(0).filler(12, 0x70).toArray();
  }

  static byte[] vrrp(RandomGenerator rng) {
    return new Bytes().u8(0x21).u8(rng.nextInt(256)).u8(100).u8(1).u8(0).u8(1).u16(0)
        .put(Pools.pick(rng, Pools.IPV4)).zeros(8).toArray();
  }

  static byte[] esp(RandomGenerator rng) {
    return new Bytes().u32(0x1000 + rng.nextInt(16)).u32(1).filler(24, 0x80).toArray();
  }

  /** An authentication header (RFC 4302) carrying {@code next}; {@code next} follows it. */
  static byte[] ah(int nextProto, byte[] next) {
    return new Bytes().u8(nextProto).u8(4).u16(0).u32(0x100).u32(7).filler(12, 0x90).put(next).toArray();
  }

  static byte[] gre(int ethertype, byte[] inner) {
    return new Bytes().u16(0).u16(ethertype).put(inner).toArray();
  }

  /** A Geneve header; its options, when there are any, are one TLV of class 0x0102 filling them. */
  static byte[] geneve(int vni, int protocol, int optWords, byte[] inner) {
    Bytes b = new Bytes().u8(optWords & 0x3f).u8(0).u16(protocol).u24(vni).u8(0);
    if (optWords > 0) b.u16(0x0102).u8(0x03).u8(optWords - 1);
    for (int i = 1; i < optWords; i++) b.u32(0x01020304 + i);
    return b.put(inner).toArray();
  }

  static byte[] vxlan(int vni, byte[] innerEthernet) {
    return new Bytes().u8(0x08).zeros(3).u24(vni).u8(0).put(innerEthernet).toArray();
  }
}
