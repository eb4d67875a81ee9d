package io.jdump.bpf.jit;

import io.jdump.bpf.LinkType;
import java.io.ByteArrayOutputStream;
import java.util.Random;

/**
 * Seeded frames that look like what libpcap's programs test, for each link type of the
 * listing corpus: the link header with the right protocol field, then IPv4 (sometimes with
 * options or fragmented), IPv6 (sometimes with extension headers) or ARP, then TCP, UDP or
 * ICMP with ports and addresses drawn from small pools that the expressions name.
 */
final class Frames {
  private static final int[] PORTS = {22, 53, 67, 68, 80, 443, 1000, 1500, 2000, 8080};
  private final Random rnd;

  Frames(Random rnd) {
    this.rnd = rnd;
  }

  byte[] frame(LinkType link) {
    var b = new ByteArrayOutputStream();
    int kind = rnd.nextInt(10); // 0-4 IPv4, 5-7 IPv6, 8 ARP, 9 other
    int ethertype = kind < 5 ? 0x0800 : kind < 8 ? 0x86dd : kind == 8 ? 0x0806 : rnd.nextInt(0x10000);
    switch (link) {
      case EN10MB -> {
        b.writeBytes(mac());
        b.writeBytes(mac());
        for (int tags = rnd.nextInt(6) == 0 ? 1 + rnd.nextInt(2) : 0; tags > 0; tags--) {
          short16(b, 0x8100);
          short16(b, rnd.nextBoolean() ? new int[] {7, 10, 20, 100}[rnd.nextInt(4)] : rnd.nextInt(0x10000));
        }
        short16(b, ethertype);
      }
      case LINUX_SLL -> {
        short16(b, rnd.nextInt(5));
        b.writeBytes(random(12));
        short16(b, ethertype);
      }
      case LINUX_SLL2 -> {
        short16(b, ethertype);
        b.writeBytes(random(18));
      }
      case C_HDLC -> {
        b.write(rnd.nextBoolean() ? 0x0f : 0x8f);
        b.write(0);
        short16(b, ethertype);
      }
      case NULL -> b.writeBytes(new byte[] {(byte) (kind < 5 ? 2 : 30), 0, 0, 0});
      case LOOP -> b.writeBytes(new byte[] {0, 0, 0, (byte) (kind < 5 ? 2 : 24)});
      default -> { } // raw IP
    }
    if (kind < 5 || (link == LinkType.IPV4 && kind != 8)) ipv4(b);
    else if (kind < 8 || link == LinkType.IPV6) ipv6(b);
    else b.writeBytes(random(28));
    return b.toByteArray();
  }

  private void ipv4(ByteArrayOutputStream b) {
    byte[] ip = random(20);
    boolean options = rnd.nextInt(5) == 0;
    ip[0] = (byte) (options ? 0x46 : 0x45);
    int proto = new int[] {6, 17, 1, 6, 17, 2, 47, 50}[rnd.nextInt(8)];
    ip[9] = (byte) proto;
    if (rnd.nextInt(3) > 0) { ip[6] = 0; ip[7] = 0; }
    if (rnd.nextBoolean()) { ip[2] = 0; ip[3] = (byte) rnd.nextInt(256); }
    System.arraycopy(address(), 0, ip, 12, 4);
    System.arraycopy(address(), 0, ip, 16, 4);
    b.writeBytes(ip);
    if (options) b.writeBytes(random(4));
    b.writeBytes(transport());
  }

  private void ipv6(ByteArrayOutputStream b) {
    byte[] ip6 = random(40);
    ip6[0] = 0x60;
    int[] ext = {0, 43, 44, 60};
    int headers = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(2) : 0;
    int last = new int[] {6, 17, 58, 6, 17}[rnd.nextInt(5)];
    ip6[6] = (byte) (headers > 0 ? ext[rnd.nextInt(ext.length)] : last);
    if (rnd.nextBoolean()) { ip6[8] = 0x20; ip6[9] = 0x01; ip6[10] = 0x0d; ip6[11] = (byte) 0xb8; }
    if (rnd.nextInt(4) == 0) { java.util.Arrays.fill(ip6, 24, 39, (byte) 0); ip6[39] = 1; }
    if (rnd.nextInt(4) == 0) ip6[24] = (byte) 0xff;
    b.writeBytes(ip6);
    for (int i = 0; i < headers; i++) {
      byte[] h = random(8);
      h[0] = (byte) (i + 1 < headers ? ext[rnd.nextInt(ext.length)] : last);
      h[1] = 0;
      b.writeBytes(h);
    }
    byte[] t = transport();
    if (last == 58 && rnd.nextBoolean()) t[0] = (byte) (rnd.nextBoolean() ? 128 : 135);
    b.writeBytes(t);
  }

  private byte[] transport() {
    byte[] t = random(20 + rnd.nextInt(24));
    if (rnd.nextInt(4) > 0) { t[0] = (byte) (port() >> 8); t[1] = (byte) port(); }
    if (rnd.nextInt(4) > 0) { int p = port(); t[2] = (byte) (p >> 8); t[3] = (byte) p; }
    t[12] = (byte) (rnd.nextBoolean() ? 0x50 : rnd.nextInt(256));
    t[13] = (byte) new int[] {2, 18, 16, 1, 24, rnd.nextInt(256)}[rnd.nextInt(6)];
    if (rnd.nextInt(8) == 0) { t[20 % t.length] = 'G'; }
    return t;
  }

  private int port() {
    return rnd.nextInt(5) == 0 ? rnd.nextInt(0x10000) : PORTS[rnd.nextInt(PORTS.length)];
  }

  private byte[] address() {
    return switch (rnd.nextInt(6)) {
      case 0 -> new byte[] {10, 0, 0, 1};
      case 1 -> new byte[] {10, 1, 2, 3};
      case 2 -> new byte[] {(byte) 192, (byte) 168, 1, 1};
      case 3 -> new byte[] {10, 1, 0, (byte) (1 + rnd.nextInt(60))};
      case 4 -> new byte[] {(byte) 224, 0, 0, (byte) rnd.nextInt(256)};
      default -> random(4);
    };
  }

  private byte[] mac() {
    return switch (rnd.nextInt(5)) {
      case 0 -> new byte[] {-1, -1, -1, -1, -1, -1};
      case 1 -> new byte[] {0, 0x11, 0x22, 0x33, 0x44, 0x55};
      case 2 -> new byte[] {1, 2, 3, 4, 5, 6};
      default -> random(6);
    };
  }

  private byte[] random(int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  private static void short16(ByteArrayOutputStream b, int v) {
    b.write(v >> 8);
    b.write(v);
  }
}
