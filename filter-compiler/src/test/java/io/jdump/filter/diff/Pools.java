package io.jdump.filter.diff;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The addresses, ports and ids that packets are built from. The expression corpus
 * ({@code diff/expressions.txt}) names the same values, so that filters match some packets and
 * miss others instead of missing everything.
 */
final class Pools {
  private Pools() {}

  static final List<byte[]> IPV4 = List.of(
      ip4(10, 0, 0, 1), ip4(10, 0, 0, 2), ip4(10, 1, 2, 3), ip4(192, 168, 1, 1),
      ip4(192, 168, 1, 255), ip4(172, 16, 5, 4), ip4(224, 0, 0, 1), ip4(239, 1, 2, 3),
      ip4(255, 255, 255, 255), ip4(0, 0, 0, 0), ip4(127, 0, 0, 1), ip4(8, 8, 8, 8));

  static final List<byte[]> IPV6 = List.of(
      ip6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1), ip6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 2),
      ip6(0x2001, 0xdb8, 1, 0, 0, 0, 0, 5), ip6(0xfe80, 0, 0, 0, 0, 0, 0, 1),
      ip6(0xff02, 0, 0, 0, 0, 0, 0, 1), ip6(0, 0, 0, 0, 0, 0, 0, 1),
      ip6(0x2001, 0xdb8, 0xffff, 0, 0, 0, 0, 0x10));

  static final List<byte[]> MACS = List.of(
      mac(0x00, 0x11, 0x22, 0x33, 0x44, 0x55), mac(0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb),
      mac(0xff, 0xff, 0xff, 0xff, 0xff, 0xff), mac(0x01, 0x00, 0x5e, 0x00, 0x00, 0x01),
      mac(0x33, 0x33, 0x00, 0x00, 0x00, 0x01), mac(0x02, 0x00, 0x00, 0x00, 0x00, 0x01),
      mac(0x01, 0x80, 0xc2, 0x00, 0x00, 0x00));

  static final int[] PORTS = {20, 21, 22, 23, 53, 80, 443, 513, 1024, 4789, 6081, 8080, 0, 65535};
  static final int[] VLAN_IDS = {0, 1, 10, 100, 200, 300, 4095};
  static final int[] VLAN_TPIDS = {0x8100, 0x88a8, 0x9100};
  static final int[] MPLS_LABELS = {0, 3, 16, 1024, 100000, 1048575};
  static final int[] PPPOE_SESSIONS = {0x27, 1, 0xffff, 0x1234, 0};
  static final int[] GENEVE_VNIS = {0xb, 0, 100, 0xffffff};
  /** DECnet addresses area.node, as 10.123 is (10 << 10) | 123. */
  static final int[] DECNET = {(10 << 10) | 123, (1 << 10) | 1, (63 << 10) | 1023};

  static byte[] ip4(int a, int b, int c, int d) {
    return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d};
  }

  static byte[] ip6(int... groups) {
    Bytes out = new Bytes();
    for (int g : groups) out.u16(g);
    return out.toArray();
  }

  static byte[] mac(int... octets) {
    byte[] out = new byte[6];
    for (int i = 0; i < 6; i++) out[i] = (byte) octets[i];
    return out;
  }

  static <T> T pick(RandomGenerator rng, List<T> from) {
    return from.get(rng.nextInt(from.size()));
  }

  static int pick(RandomGenerator rng, int[] from) {
    return from[rng.nextInt(from.length)];
  }
}
