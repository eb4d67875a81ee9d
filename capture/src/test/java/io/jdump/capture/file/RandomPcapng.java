package io.jdump.capture.file;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Random;

/**
 * Builds a pcapng file from real frames with a fixed seed: several sections in random byte
 * orders, interfaces of several link types, snapshot lengths and time resolutions and offsets,
 * obsolete packet blocks and unknown blocks among the enhanced ones. Test code.
 */
final class RandomPcapng {
  private static final int[] LINK_TYPES = {1, 101, 113};
  private static final int[] SNAPLENS = {0, 262144, 65535, 1500, 96};
  /** if_tsresol values; -1 for none (microseconds). */
  private static final int[] RESOLUTIONS = {-1, 6, 9, 3, 10, 0x80 | 20, 0x80 | 24, 0x80 | 30, 0};

  private RandomPcapng() {}

  /**
   * @param libpcapReadable one section, one link type and one snapshot length, as libpcap needs
   */
  static byte[] build(List<Frame> frames, long seed, boolean libpcapReadable) {
    var r = new Random(seed);
    var b = new PcapngBuilder();
    int sections = libpcapReadable ? 1 : 1 + r.nextInt(3);
    int perSection = (frames.size() + sections - 1) / sections;
    int commonSnaplen = SNAPLENS[r.nextInt(SNAPLENS.length)];
    int next = 0;
    for (int s = 0; s < sections; s++) {
      b.section(r.nextBoolean() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      int count = 1 + r.nextInt(3);
      int[] linkType = new int[count];
      int[] snaplen = new int[count];
      int[] resolution = new int[count];
      long[] offset = new long[count];
      for (int i = 0; i < count; i++) {
        linkType[i] = libpcapReadable ? 1 : LINK_TYPES[r.nextInt(LINK_TYPES.length)];
        snaplen[i] = libpcapReadable ? commonSnaplen : SNAPLENS[r.nextInt(SNAPLENS.length)];
        resolution[i] = RESOLUTIONS[r.nextInt(RESOLUTIONS.length)];
        offset[i] = r.nextInt(3) == 0 ? r.nextInt(200_000) - 100_000 : 0;
        var options = new java.util.ArrayList<byte[]>();
        options.add(b.option(2, ("if" + s + i).getBytes()));
        if (resolution[i] >= 0) options.add(b.tsresol(resolution[i]));
        if (offset[i] != 0) options.add(b.tsoffset(offset[i]));
        if (r.nextBoolean()) options.add(b.option(0, new byte[0]));
        b.idb(linkType[i], snaplen[i], options.toArray(byte[][]::new));
      }
      for (int k = 0; k < perSection && next < frames.size(); k++, next++) {
        if (r.nextInt(10) == 0) b.block(0x0bad0000 + r.nextInt(100), new byte[r.nextInt(30)]);
        Frame f = frames.get(next);
        int id = r.nextInt(count);
        byte[] data = frameFor(linkType[id], f.data());
        int wirelen = f.wirelen() - f.caplen() + data.length;
        int snap = snaplen[id] == 0 ? 262144 : snaplen[id];
        if (data.length > snap) data = java.util.Arrays.copyOf(data, snap);
        long ts = rawTimestamp(f.nanos() - offset[id] * 1_000_000_000L, resolution[id]);
        if (r.nextInt(8) == 0 && id < 65536) b.pb(id, ts, data, wirelen);
        else if (r.nextInt(4) == 0) b.epb(id, ts, data, wirelen, b.option(1, "a comment".getBytes()), b.option(0, new byte[0]));
        else b.epb(id, ts, data, wirelen);
      }
    }
    return b.bytes();
  }

  /** The frame under another link layer: raw IP drops the Ethernet header, SLL gets its own. */
  private static byte[] frameFor(int linkType, byte[] ethernet) {
    return switch (linkType) {
      case 101 -> java.util.Arrays.copyOfRange(ethernet, Math.min(14, ethernet.length), ethernet.length);
      case 113 -> {
        byte[] sll = new byte[16 + Math.max(0, ethernet.length - 14)];
        sll[1] = 4; // sent by us
        sll[5] = 6;
        System.arraycopy(ethernet, 6, sll, 6, Math.min(6, Math.max(0, ethernet.length - 6)));
        if (ethernet.length >= 14) {
          sll[14] = ethernet[12];
          sll[15] = ethernet[13];
          System.arraycopy(ethernet, 14, sll, 16, ethernet.length - 14);
        }
        yield sll;
      }
      default -> ethernet;
    };
  }

  /** {@return nanoseconds since the epoch in if_tsresol units} (truncated, as a capture would). */
  static long rawTimestamp(long nanos, int resolution) {
    long sec = Math.floorDiv(nanos, 1_000_000_000L);
    long frac = Math.floorMod(nanos, 1_000_000_000L);
    if (resolution < 0) resolution = 6;
    if ((resolution & 0x80) != 0) {
      int shift = resolution & 0x7f;
      return sec << shift | java.math.BigInteger.valueOf(frac).shiftLeft(shift)
          .divide(java.math.BigInteger.valueOf(1_000_000_000L)).longValueExact();
    }
    var unit = java.math.BigInteger.TEN.pow(resolution);
    return java.math.BigInteger.valueOf(sec).multiply(unit)
        .add(java.math.BigInteger.valueOf(frac).multiply(unit).divide(java.math.BigInteger.valueOf(1_000_000_000L)))
        .longValue();
  }
}
