package io.jdump.spark;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

/**
 * A generated Ethernet pcap with a fixed seed: IPv4 and IPv6, TCP (random flags), UDP (some on
 * port 53), ICMP and ICMPv6, ARP; hosts and ports from small pools so that filters match; some
 * frames VLAN-tagged (one or two tags), some IPv4 fragments, some cut by a snap length. Test code.
 */
final class Traffic {
  static final String[] V4 = {"10.0.0.1", "10.0.0.2", "192.168.1.7", "172.16.5.9"};
  static final String[] V6 = {"2001:db8::1", "2001:db8::2", "fe80::1:2"};
  static final int[] PORTS = {53, 80, 443, 1024, 33674, 8080};

  private Traffic() {}

  static byte[] pcap(long seed, int count, int snaplen) {
    var r = new Random(seed);
    var out = new ByteArrayOutputStream();
    ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(snaplen).putInt(1);
    out.writeBytes(h.array());
    long usec = 1_700_000_000_000_000L;
    for (int i = 0; i < count; i++) {
      byte[] f = frame(r);
      usec += r.nextInt(5000);
      int cap = Math.min(f.length, snaplen);
      ByteBuffer rh = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
      rh.putInt((int) (usec / 1_000_000)).putInt((int) (usec % 1_000_000)).putInt(cap).putInt(f.length);
      out.writeBytes(rh.array());
      out.write(f, 0, cap);
    }
    return out.toByteArray();
  }

  private static byte[] frame(Random r) {
    ByteBuffer b = ByteBuffer.allocate(2000);
    byte[] mac = new byte[12];
    r.nextBytes(mac);
    b.put(mac);
    int tags = r.nextInt(8) == 0 ? 1 + r.nextInt(2) : 0;
    for (int t = 0; t < tags; t++) b.putShort((short) (t == 0 && tags == 2 ? 0x88a8 : 0x8100)).putShort((short) r.nextInt(4096));
    int kind = r.nextInt(10);
    if (kind == 0) {
      b.putShort((short) 0x0806).put(new byte[28]);
    } else if (kind <= 3) {
      b.putShort((short) 0x86dd);
      int proto = new int[] {6, 17, 58}[r.nextInt(3)];
      byte[] payload = transport(r, proto);
      b.putInt(0x60000000).putShort((short) payload.length).put((byte) proto).put((byte) 64);
      b.put(v6(r)).put(v6(r)).put(payload);
    } else {
      b.putShort((short) 0x0800);
      int proto = new int[] {6, 6, 17, 1}[r.nextInt(4)];
      byte[] payload = transport(r, proto);
      int frag = r.nextInt(10) == 0 ? r.nextInt(2) * (1 + r.nextInt(100)) | 0x2000 : 0;
      int ihl = r.nextInt(6) == 0 ? 6 : 5;
      b.put((byte) (0x40 | ihl)).put((byte) 0).putShort((short) (ihl * 4 + payload.length))
          .putShort((short) r.nextInt(65536)).putShort((short) frag).put((byte) 64).put((byte) proto)
          .putShort((short) 0).put(v4(r)).put(v4(r));
      if (ihl == 6) b.putInt(0x01010101);
      b.put(payload);
    }
    byte[] out = new byte[Math.max(b.position(), 60)];
    b.flip();
    b.get(out, 0, b.limit());
    return out;
  }

  private static byte[] transport(Random r, int proto) {
    ByteBuffer t = ByteBuffer.allocate(40 + r.nextInt(600));
    switch (proto) {
      case 6 -> t.putShort((short) port(r)).putShort((short) port(r)).putInt(r.nextInt()).putInt(r.nextInt())
          .put((byte) 0x50).put((byte) r.nextInt(256));
      case 17 -> t.putShort((short) port(r)).putShort((short) port(r)).putShort((short) t.capacity()).putShort((short) 0);
      default -> t.put((byte) new int[] {0, 3, 8, 11, 128, 129}[r.nextInt(6)]).put((byte) r.nextInt(4));
    }
    return t.array();
  }

  private static int port(Random r) {
    return r.nextInt(4) == 0 ? r.nextInt(65536) : PORTS[r.nextInt(PORTS.length)];
  }

  private static byte[] v4(Random r) {
    return Addresses.parse(V4[r.nextInt(V4.length)]);
  }

  private static byte[] v6(Random r) {
    return Addresses.parse(V6[r.nextInt(V6.length)]);
  }
}
