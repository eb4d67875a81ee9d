package io.jdump.filter;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Crafted frames for differential tests: plausible headers with values filters name. */
final class Packets {
  private Packets() {}

  static final int[] PORTS = {80, 443, 53, 1, 3, 5, 22, 8080, 0, 65535};
  static final byte[][] V4 = {ip(1, 2, 3, 4), ip(10, 0, 0, 1), ip(10, 1, 2, 3), ip(192, 168, 1, 1),
      ip(255, 255, 255, 255), ip(224, 0, 0, 1), ip(127, 0, 0, 1), ip(5, 6, 7, 8), ip(0, 0, 0, 0)};
  static final byte[][] V6 = {v6(0, 1), v6(0xfe80, 1), v6(0x2001, 0xdb8), v6(0xff02, 1)};
  static final byte[][] MAC = {{1, 2, 3, 4, 5, 6}, {-1, -1, -1, -1, -1, -1}, {1, 0, 0x5e, 0, 0, 1},
      {0, 0x11, 0x22, 0x33, 0x44, 0x55}};
  static final int[] IP_PROTOS = {6, 17, 1, 132, 2, 103, 112, 51, 50, 9, 58, 0};

  static byte[] ip(int a, int b, int c, int d) {
    return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d};
  }

  static byte[] v6(int first, int last) {
    byte[] a = new byte[16];
    a[0] = (byte) (first >> 8);
    a[1] = (byte) first;
    a[14] = (byte) (last >> 8);
    a[15] = (byte) last;
    return a;
  }

  private static byte[] pick(Random r, byte[][] pool) {
    return pool[r.nextInt(pool.length)];
  }

  private static void u16(ByteArrayOutputStream o, int v) {
    o.write(v >> 8);
    o.write(v);
  }

  private static byte[] transport(Random r, int proto) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    u16(o, PORTS[r.nextInt(PORTS.length)]);
    u16(o, PORTS[r.nextInt(PORTS.length)]);
    int n = 8 + r.nextInt(24);
    for (int i = 0; i < n; i++) o.write(r.nextInt(4) == 0 ? r.nextInt(256) : (i == 9 ? 2 : i));
    byte[] b = o.toByteArray();
    if (proto == 1 || proto == 58) b[0] = (byte) new int[] {0, 8, 128, 129, 3}[r.nextInt(5)];
    return b;
  }

  static byte[] ipv4(Random r) {
    int proto = IP_PROTOS[r.nextInt(IP_PROTOS.length)];
    int ihl = r.nextInt(5) == 0 ? 6 : 5;
    byte[] t = transport(r, proto);
    byte[] h = new byte[ihl * 4];
    h[0] = (byte) (0x40 | ihl);
    int total = h.length + t.length;
    h[2] = (byte) (total >> 8);
    h[3] = (byte) total;
    if (r.nextInt(6) == 0) h[6] = (byte) r.nextInt(256);
    if (r.nextInt(6) == 0) h[7] = (byte) r.nextInt(256);
    h[8] = 64;
    h[9] = (byte) proto;
    System.arraycopy(pick(r, V4), 0, h, 12, 4);
    System.arraycopy(pick(r, V4), 0, h, 16, 4);
    return cat(h, t);
  }

  static byte[] ipv6(Random r) {
    int proto = IP_PROTOS[r.nextInt(IP_PROTOS.length)];
    boolean frag = r.nextInt(4) == 0;
    byte[] h = new byte[40];
    h[0] = 0x60;
    h[6] = (byte) (frag ? 44 : proto);
    h[7] = 64;
    System.arraycopy(pick(r, V6), 0, h, 8, 16);
    System.arraycopy(pick(r, V6), 0, h, 24, 16);
    byte[] t = transport(r, proto);
    if (frag) {
      byte[] f = new byte[8];
      f[0] = (byte) proto;
      t = cat(f, t);
    }
    return cat(h, t);
  }

  static byte[] arp(Random r) {
    byte[] a = new byte[28];
    a[1] = 1;
    a[2] = 8;
    a[4] = 6;
    a[5] = 4;
    a[7] = (byte) (1 + r.nextInt(2));
    System.arraycopy(pick(r, MAC), 0, a, 8, 6);
    System.arraycopy(pick(r, V4), 0, a, 14, 4);
    System.arraycopy(pick(r, V4), 0, a, 24, 4);
    return a;
  }

  static byte[] cat(byte[]... parts) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (byte[] p : parts) o.writeBytes(p);
    return o.toByteArray();
  }

  private static byte[] ethertype(int t) {
    return new byte[] {(byte) (t >> 8), (byte) t};
  }

  /** {@return a network-layer payload and its ethertype} */
  private static Object[] payload(Random r) {
    return switch (r.nextInt(9)) {
      case 0, 1, 2 -> new Object[] {ipv4(r), 0x800};
      case 3, 4 -> new Object[] {ipv6(r), 0x86dd};
      case 5 -> new Object[] {arp(r), r.nextBoolean() ? 0x806 : 0x8035};
      case 6 -> {
        byte[] llc = switch (r.nextInt(5)) {
          case 0 -> new byte[] {0x42, 0x42, 3, 0, 0, 0};
          case 1 -> new byte[] {(byte) 0xe0, (byte) 0xe0, 3, 0, 0, 0};
          case 2 -> new byte[] {(byte) 0xfe, (byte) 0xfe, 3, (byte) 0x83, 0, 0, 0, (byte) (15 + r.nextInt(13))};
          case 3 -> new byte[] {(byte) 0xaa, (byte) 0xaa, 3, 0, 0, 0, (byte) 0x81, 0x37};
          default -> new byte[] {(byte) 0xaa, (byte) 0xaa, 3, 8, 0, 7, (byte) 0x80, (byte) 0x9b};
        };
        yield new Object[] {cat(llc, new byte[20]), 40 + r.nextInt(100)};
      }
      case 7 -> new Object[] {ipv4(r), new int[] {0x6003, 0x809b, 0x8137, 0x6004, 0x8863}[r.nextInt(5)]};
      default -> {
        byte[] b = new byte[20 + r.nextInt(60)];
        r.nextBytes(b);
        yield new Object[] {b, r.nextInt(0x10000)};
      }
    };
  }

  static byte[] frame(Random r, int dlt) {
    Object[] p = payload(r);
    byte[] pl = (byte[]) p[0];
    int type = (Integer) p[1];
    return switch (dlt) {
      case 1 -> {
        byte[] head = cat(pick(r, MAC), pick(r, MAC));
        int encaps = r.nextInt(8);
        if (encaps == 0) {
          int tag = new int[] {0x8100, 0x88a8, 0x9100}[r.nextInt(3)];
          yield cat(head, ethertype(tag), ethertype(r.nextInt(3) == 0 ? 10 : r.nextInt(4096)), ethertype(type), pl);
        }
        if (encaps == 1 && pl.length > 0 && (pl[0] & 0xf0) >= 0x40) {
          int label = r.nextBoolean() ? 5 : r.nextInt(1 << 20);
          byte[] lse = {(byte) (label >> 12), (byte) (label >> 4), (byte) (label << 4 | 1), 64};
          yield cat(head, ethertype(0x8847), lse, pl);
        }
        if (encaps == 2 && type == 0x800) {
          byte[] pppoe = {0x11, 0, 0, (byte) (r.nextBoolean() ? 3 : 7), 0, 0, 0, 0x21};
          yield cat(head, ethertype(0x8864), pppoe, pl);
        }
        yield cat(head, ethertype(type), pl);
      }
      case 113 -> cat(ethertype(r.nextInt(5)), ethertype(1), ethertype(6), new byte[8],
          ethertype(r.nextInt(4) == 0 ? 4 : type), pl);
      case 276 -> cat(ethertype(type), new byte[6], ethertype(1), new byte[] {(byte) r.nextInt(5), 6},
          new byte[8], pl);
      case 12, 228, 229 -> pl;
      case 0 -> cat(new byte[] {(byte) (type == 0x86dd ? 10 : 2), 0, 0, 0}, pl);
      case 108 -> cat(new byte[] {0, 0, 0, (byte) (type == 0x86dd ? 10 : 2)}, pl);
      case 9, 50 -> cat(new byte[] {-1, 3}, ethertype(type == 0x800 ? 0x21 : type == 0x86dd ? 0x57 : type), pl);
      case 51 -> cat(new byte[] {0x11, 0, 0, 3, 0, 0}, ethertype(type == 0x800 ? 0x21 : type == 0x86dd ? 0x57 : type), pl);
      case 8 -> cat(new byte[] {(byte) r.nextInt(2)}, new byte[15], pl);
      case 7 -> {
        int at = switch (type) {
          case 0x800 -> r.nextBoolean() ? 0xd4 : 0xf0;
          case 0x86dd -> 0xc4;
          case 0x806 -> r.nextBoolean() ? 0xd5 : 0xf1;
          case 0x8035 -> 0xd6;
          case 0x809b -> 0xdd;
          default -> r.nextInt(256);
        };
        yield cat(new byte[] {(byte) (r.nextBoolean() ? 0xd1 : 0), (byte) (r.nextBoolean() ? 0xda : 0),
            (byte) at, 0, 0, 0}, pl);
      }
      case 10, 6 -> {
        byte[] head = dlt == 10 ? new byte[] {0x50} : new byte[] {0x10, 0x40};
        byte[] llc = type <= 1500 ? new byte[0]
            : cat(new byte[] {(byte) 0xaa, (byte) 0xaa, 3, 0, 0, 0}, ethertype(type));
        yield cat(head, pick(r, MAC), pick(r, MAC), llc, pl);
      }
      case 104 -> cat(new byte[] {0x0f, 0}, ethertype(type), pl);
      default -> pl;
    };
  }

  /** {@return frames for a link type, each also cut short at a random point} */
  static List<byte[]> corpus(int dlt, int count, long seed) {
    Random r = new Random(seed ^ dlt);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] f = frame(r, dlt);
      out.add(f);
      if (i % 3 == 0 && f.length > 1) out.add(java.util.Arrays.copyOf(f, r.nextInt(f.length)));
    }
    return out;
  }
}
