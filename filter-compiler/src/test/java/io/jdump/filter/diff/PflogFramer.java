package io.jdump.filter.diff;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * OpenBSD pflog frames: the log header (length, address family, action, reason, interface and
 * ruleset names, rule numbers, direction) before the logged packet. Lengths vary around the
 * usual 61 (which libpcap rounds up to 64); families are the Linux values libpcap compares with
 * and OpenBSD's own for IPv6; names fill their 16 bytes now and then, without a NUL.
 */
final class PflogFramer {
  private static final String[] IFNAMES = {"em0", "eth0", "pflog0", "vlan100", "e", "abcdefghijklmno"};
  private static final String[] RULESETS = {"", "foo", "main/anchor", "abcdefghijklmnop"};

  private final RandomGenerator rng;

  PflogFramer(RandomGenerator rng) {
    this.rng = rng;
  }

  void frames(Payload p, List<LinkFramer.Frame> out) {
    int af = switch (p.ethertype()) {
      case Payload.IPV4 -> rng.nextInt(8) == 0 ? 24 : 2;
      case Payload.IPV6 -> rng.nextInt(4) == 0 ? 24 : 10;
      default -> Pools.pick(rng, new int[] {0, 2, 10, 17});
    };
    out.add(frame(af, p));
    if (p.isIp() && rng.nextBoolean()) out.add(frame(af, p));
  }

  private LinkFramer.Frame frame(int af, Payload p) {
    int length = rng.nextInt(6) == 0 ? Pools.pick(rng, new int[] {44, 61, 64, 68, 100}) : 61;
    int action = rng.nextInt(11);
    int reason = rng.nextInt(16);
    int dir = rng.nextInt(3);
    Bytes b = new Bytes().u8(length).u8(af).u8(action).u8(reason)
        .put(name(Pools.pick(rng, List.of(IFNAMES)))).put(name(Pools.pick(rng, List.of(RULESETS))))
        .u32(rng.nextInt(4) == 0 ? -1 : rng.nextInt(8)).u32(rng.nextInt(4) == 0 ? -1 : rng.nextInt(8))
        .u32(rng.nextInt()).u32(rng.nextInt()).u32(rng.nextInt()).u32(rng.nextInt())
        .u8(dir).zeros(3);
    // The packet starts at the length rounded up to 4, as libpcap reads it.
    int start = (length + 3) & ~3;
    if (start > b.length()) b.zeros(start - b.length());
    byte[] hdr = java.util.Arrays.copyOf(b.toArray(), start);
    String label = String.format("pflog len=%d af=%d action=%d reason=%d dir=%d %s", length, af, action, reason, dir, p.kind());
    return new LinkFramer.Frame(label, Bytes.concat(hdr, p.bytes()));
  }

  private static byte[] name(String s) {
    byte[] n = new byte[16];
    byte[] src = s.getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(src, 0, n, 0, Math.min(16, src.length));
    return n;
  }
}
