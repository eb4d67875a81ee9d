package io.jdump.capture.split;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

/**
 * Generated capture files for the split tests, with a fixed seed: pcap in both byte orders and
 * precisions and Kuznetzov's format, pcapng with options and non-packet blocks, and "crafted"
 * files whose payloads hold record headers (a capture of someone downloading a capture). Test code.
 */
final class SplitFiles {
  private SplitFiles() {}

  /** A pcap of {@code count} packets; crafted payloads embed a chain of pcap records of the same format. */
  static byte[] pcap(long seed, int count, ByteOrder order, boolean nano, boolean kuznetzov,
      int snaplen, boolean crafted) {
    var r = new Random(seed);
    int hdr = kuznetzov ? 24 : 16;
    var out = new ByteArrayOutputStream();
    ByteBuffer h = ByteBuffer.allocate(24).order(order);
    h.putInt(kuznetzov ? 0xa1b2cd34 : nano ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2)
        .putShort((short) 4).putInt(0).putInt(0).putInt(snaplen).putInt(1);
    out.writeBytes(h.array());
    long sec = 1_700_000_000L + r.nextInt(1000);
    for (int i = 0; i < count; i++) {
      byte[] data = crafted && r.nextInt(3) == 0
          ? embeddedPcapRecords(r, order, nano, hdr, sec)
          : randomFrame(r);
      int wire = data.length + (r.nextInt(5) == 0 ? r.nextInt(3000) : 0);
      int cap = Math.min(data.length, snaplen);
      sec += r.nextInt(3);
      ByteBuffer rh = ByteBuffer.allocate(hdr).order(order);
      rh.putInt((int) sec).putInt(r.nextInt(nano ? 1_000_000_000 : 1_000_000)).putInt(cap).putInt(wire);
      out.writeBytes(rh.array());
      out.write(data, 0, cap);
    }
    return out.toByteArray();
  }

  private static byte[] randomFrame(Random r) {
    int n = r.nextInt(10) == 0 ? 1000 + r.nextInt(8000) : 14 + r.nextInt(1500);
    byte[] d = new byte[n];
    r.nextBytes(d);
    d[12] = 0x08;
    d[13] = 0;
    return d;
  }

  /** Sane-looking records back to back, ending exactly at the payload's end. */
  private static byte[] embeddedPcapRecords(Random r, ByteOrder order, boolean nano, int hdr, long sec) {
    var out = new ByteArrayOutputStream();
    int n = 1 + r.nextInt(12);
    for (int k = 0; k < n; k++) {
      int len = r.nextInt(200);
      ByteBuffer rh = ByteBuffer.allocate(hdr).order(order);
      rh.putInt((int) sec).putInt(r.nextInt(nano ? 1_000_000_000 : 1_000_000)).putInt(len).putInt(len + r.nextInt(10));
      out.writeBytes(rh.array());
      byte[] d = new byte[len];
      r.nextBytes(d);
      out.writeBytes(d);
    }
    return out.toByteArray();
  }

  /** A one-section pcapng: one or two Ethernet interfaces, EPBs (some with options), SPBs, NRBs, custom blocks. */
  static byte[] pcapng(long seed, int count, ByteOrder order, boolean crafted) {
    var r = new Random(seed);
    var out = new ByteArrayOutputStream();
    out.writeBytes(block(order, 0x0a0d0d0a, ByteBuffer.allocate(16).order(order)
        .putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1).array()));
    int interfaces = 1 + r.nextInt(2);
    for (int i = 0; i < interfaces; i++) {
      ByteBuffer idb = ByteBuffer.allocate(16).order(order);
      idb.putShort((short) 1).putShort((short) 0).putInt(65535);
      idb.putShort((short) 9).putShort((short) 1).put((byte) (i == 0 ? 6 : 9)).put(new byte[3]);
      out.writeBytes(block(order, 1, idb.array()));
    }
    long ts = 1_700_000_000_000_000L;
    for (int k = 0; k < count; k++) {
      int kind = r.nextInt(20);
      if (kind == 0) {
        out.writeBytes(block(order, 4, new byte[4 * r.nextInt(10)]));
        continue;
      }
      if (kind == 1) {
        out.writeBytes(block(order, 0x40000bad, new byte[4 + 4 * r.nextInt(10)]));
        continue;
      }
      byte[] data = crafted && r.nextInt(3) == 0 ? embeddedBlocks(r, order) : randomFrame(r);
      data = java.util.Arrays.copyOf(data, Math.min(data.length, 65535));
      int padded = (data.length + 3) & ~3;
      if (kind == 2 && interfaces == 1) {
        ByteBuffer spb = ByteBuffer.allocate(4 + padded).order(order);
        spb.putInt(data.length).put(data);
        out.writeBytes(block(order, 3, spb.array()));
        continue;
      }
      boolean options = r.nextInt(4) == 0;
      ByteBuffer epb = ByteBuffer.allocate(20 + padded + (options ? 16 : 0)).order(order);
      ts += r.nextInt(1_000_000);
      epb.putInt(r.nextInt(interfaces)).putInt((int) (ts >>> 32)).putInt((int) ts)
          .putInt(data.length).putInt(data.length + r.nextInt(5)).put(data);
      epb.position(20 + padded);
      if (options) epb.putShort((short) 1).putShort((short) 7).put("comment".getBytes()).put((byte) 0).putInt(0);
      out.writeBytes(block(order, 6, epb.array()));
    }
    return out.toByteArray();
  }

  /** Blocks that look real, back to back, ending exactly at the payload's end. */
  private static byte[] embeddedBlocks(Random r, ByteOrder order) {
    var out = new ByteArrayOutputStream();
    int n = 1 + r.nextInt(12);
    for (int k = 0; k < n; k++) {
      int len = 4 * r.nextInt(50);
      ByteBuffer epb = ByteBuffer.allocate(20 + len).order(order);
      epb.putInt(0).putInt(0).putInt(r.nextInt()).putInt(len).putInt(len);
      out.writeBytes(block(order, 6, epb.array()));
    }
    return out.toByteArray();
  }

  private static byte[] block(ByteOrder order, int type, byte[] body) {
    ByteBuffer b = ByteBuffer.allocate(12 + body.length).order(order);
    b.putInt(type).putInt(12 + body.length).put(body).putInt(12 + body.length);
    return b.array();
  }
}
