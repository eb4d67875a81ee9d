package io.jdump.print;

/** The Internet checksum (RFC 1071) over captured bytes, with IPv4/IPv6 pseudo-headers. */
final class Checksum {
  private Checksum() {}

  /** {@return the one's-complement sum of n bytes at p, not yet folded or complemented} */
  static long sum(byte[] b, int p, int n) {
    long s = 0;
    int i = 0;
    for (; i + 1 < n; i += 2) s += (b[p + i] & 0xff) << 8 | (b[p + i + 1] & 0xff);
    if (i < n) s += (b[p + i] & 0xff) << 8;
    return s;
  }

  /** {@return the complemented folded checksum: 0 when the data verifies} */
  static int fold(long s) {
    while ((s >>> 16) != 0) s = (s & 0xffff) + (s >>> 16);
    return (int) (~s & 0xffff);
  }

  /** tcpdump's {@code in_cksum_shouldbe}: the checksum field value that would have verified. */
  static int shouldBe(int sum, int computed) {
    long v = (sum & 0xffff) + (computed & 0xffff);
    v = (v & 0xffff) + (v >>> 16);
    v = (v & 0xffff) + (v >>> 16);
    return (int) (v & 0xffff);
  }

  /** Pseudo-header sum for IPv4 with the destination address at dst (a source route's last). */
  static long pseudo4(byte[] b, int ip, int proto, int len, int dst) {
    return sum(b, ip + 12, 4) + sum(b, dst, 4) + proto + len;
  }

  /** Pseudo-header sum for IPv6: addresses at ip+8, upper-layer length, next header. */
  static long pseudo6(byte[] b, int ip, int proto, long len, int dst) {
    return sum(b, ip + 8, 16) + sum(b, dst, 16) + (len >>> 16) + (len & 0xffff) + proto;
  }
}
