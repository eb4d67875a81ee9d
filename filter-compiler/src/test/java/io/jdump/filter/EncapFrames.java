package io.jdump.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Ethernet frames for the tests of jdump's own compile options: untagged, under one to three
 * VLAN tags (0x8100, 0x88a8, 0x9100), under MPLS label stacks, in PPPoE sessions, and
 * combinations; IPv6 packets carrying extension headers in random orders.
 */
final class EncapFrames {
  static final int[] TPIDS = {0x8100, 0x88a8, 0x9100};
  static final int[] VLAN_IDS = {10, 20, 10, 4095, 0};

  private EncapFrames() {}

  static byte[] u16(int v) {
    return new byte[] {(byte) (v >> 8), (byte) v};
  }

  /** {@return a network-layer packet and its ethertype} (from {@link Packets}, plus ext headers). */
  static Object[] payload(Random r) {
    return switch (r.nextInt(7)) {
      case 0, 1, 2 -> new Object[] {Packets.ipv4(r), 0x800};
      case 3 -> new Object[] {Packets.ipv6(r), 0x86dd};
      case 4 -> new Object[] {ipv6Ext(r), 0x86dd};
      case 5 -> new Object[] {Packets.arp(r), 0x806};
      default -> {
        byte[] b = new byte[20 + r.nextInt(40)];
        r.nextBytes(b);
        yield new Object[] {b, new int[] {0x800, 0x86dd, 0x88cc, 0x0800}[r.nextInt(4)]};
      }
    };
  }

  /** Extension header numbers the walk passes, and one it does not (ESP, 50). */
  private static final int[] EXT = {0, 43, 60, 44, 51, 50};

  /**
   * {@return an IPv6 packet with 0 to 8 extension headers before its transport header} The
   * fragment header is a first fragment three times in four.
   */
  static byte[] ipv6Ext(Random r) {
    int proto = new int[] {6, 17, 132, 58, 1, 59}[r.nextInt(6)];
    int n = r.nextInt(4) == 0 ? r.nextInt(9) : r.nextInt(3);
    int[] chain = new int[n];
    for (int i = 0; i < n; i++) chain[i] = EXT[r.nextInt(r.nextInt(8) == 0 ? EXT.length : EXT.length - 1)];
    byte[] transport = Packets.cat(u16(Packets.PORTS[r.nextInt(Packets.PORTS.length)]),
        u16(Packets.PORTS[r.nextInt(Packets.PORTS.length)]), new byte[16 + r.nextInt(16)]);
    for (int i = 4; i < transport.length; i++) transport[i] = (byte) (r.nextInt(3) == 0 ? r.nextInt(256) : i);
    if (proto == 58) transport[0] = (byte) new int[] {128, 129, 135, 1}[r.nextInt(4)];
    byte[] body = transport;
    int next = proto;
    for (int i = n - 1; i >= 0; i--) {
      byte[] h;
      switch (chain[i]) {
        case 44 -> {
          h = new byte[8];
          int offset = r.nextInt(4) == 0 ? 1 + r.nextInt(100) : 0;
          h[2] = (byte) (offset >> 5);
          h[3] = (byte) (offset << 3 | (r.nextBoolean() ? 1 : 0));
        }
        case 51 -> {
          int len = 1 + r.nextInt(4);
          h = new byte[(len + 2) * 4];
          h[1] = (byte) len;
        }
        default -> {
          int len = r.nextInt(3);
          h = new byte[(len + 1) * 8];
          h[1] = (byte) len;
          for (int k = 2; k < h.length; k++) h[k] = (byte) (r.nextInt(4) == 0 ? 6 : 1);
        }
      }
      h[0] = (byte) next;
      next = chain[i];
      body = Packets.cat(h, body);
    }
    byte[] ip = new byte[40];
    ip[0] = 0x60;
    ip[4] = (byte) (body.length >> 8);
    ip[5] = (byte) body.length;
    ip[6] = (byte) next;
    ip[7] = 64;
    System.arraycopy(Packets.V6[r.nextInt(Packets.V6.length)], 0, ip, 8, 16);
    System.arraycopy(Packets.V6[r.nextInt(Packets.V6.length)], 0, ip, 24, 16);
    return Packets.cat(ip, body);
  }

  /** {@return an Ethernet frame with a random encapsulation around a random payload} */
  static byte[] frame(Random r) {
    Object[] p = payload(r);
    byte[] pl = (byte[]) p[0];
    int type = (Integer) p[1];
    byte[] macs = Packets.cat(Packets.MAC[r.nextInt(Packets.MAC.length)], Packets.MAC[r.nextInt(Packets.MAC.length)]);
    byte[] inner = Packets.cat(u16(type), pl);
    switch (r.nextInt(6)) {
      case 0 -> {
        // MPLS: one or two labels over IP; the label stack replaces the ethertype.
        if (type == 0x800 || type == 0x86dd) {
          int labels = 1 + r.nextInt(2);
          byte[] stack = new byte[0];
          for (int i = 0; i < labels; i++) {
            int label = r.nextBoolean() ? 5 : r.nextInt(1 << 20);
            int bos = i == labels - 1 ? 1 : 0;
            stack = Packets.cat(stack, new byte[] {(byte) (label >> 12), (byte) (label >> 4),
                (byte) (label << 4 | bos), 64});
          }
          inner = Packets.cat(u16(0x8847), stack, pl);
        }
      }
      case 1 -> {
        if (type == 0x800 || type == 0x86dd) {
          byte[] pppoe = {0x11, 0, 0, (byte) (r.nextBoolean() ? 3 : 7), 0, 0};
          inner = Packets.cat(u16(0x8864), pppoe, u16(type == 0x800 ? 0x21 : 0x57), pl);
        }
      }
      default -> { }
    }
    int tags = switch (r.nextInt(8)) {
      case 0, 1, 2 -> 0;
      case 3, 4, 5 -> 1;
      case 6 -> 2;
      default -> 3;
    };
    for (int i = 0; i < tags; i++) {
      int tci = VLAN_IDS[r.nextInt(VLAN_IDS.length)] | r.nextInt(8) << 13;
      inner = Packets.cat(u16(TPIDS[r.nextInt(TPIDS.length)]), u16(tci), inner);
    }
    return Packets.cat(macs, inner);
  }

  /**
   * {@return frames, each padded so that every load the tests make fits} (and, when
   * {@code cuts}, also cut short at a random point).
   */
  static List<byte[]> corpus(int count, long seed, int pad, boolean cuts) {
    Random r = new Random(seed);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] f = frame(r);
      if (pad > 0) f = Arrays.copyOf(f, f.length + pad);
      out.add(f);
      if (cuts && i % 3 == 0) out.add(Arrays.copyOf(f, r.nextInt(f.length)));
    }
    return out;
  }

  /** {@return the number of VLAN tags the frame starts with} (stops where the frame ends). */
  static int tags(byte[] f, int caplen) {
    int n = 0;
    for (int at = 12; at + 2 <= caplen; at += 4) {
      int t = (f[at] & 0xff) << 8 | (f[at + 1] & 0xff);
      if (t != 0x8100 && t != 0x88a8 && t != 0x9100) break;
      n++;
    }
    return n;
  }
}
