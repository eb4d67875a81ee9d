package io.jdump.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Writes test captures: Ethernet frames of a seeded random mix (IPv4 and IPv6, TCP, UDP, ICMP,
 * ARP, VLAN-tagged), in classic pcap with micro- or nanosecond time stamps. The same seed gives
 * the same bytes. The frames only need to be plausible enough for filters to tell apart.
 */
final class PcapMaker {
  private static final int[] PORTS = {22, 53, 80, 123, 443, 8080, 5353, 40000, 51234};

  private final Random random;
  private int snaplen = 262144;
  private int cut = Integer.MAX_VALUE;
  private int linkType = 1;
  private boolean nano;

  PcapMaker(long seed) {
    this.random = new Random(seed);
  }

  /** Cuts every frame to {@code n} bytes and declares {@code n} as the snap length. */
  PcapMaker snaplen(int n) {
    this.snaplen = n;
    this.cut = n;
    return this;
  }

  PcapMaker nano() {
    this.nano = true;
    return this;
  }

  PcapMaker linkType(int linkType) {
    this.linkType = linkType;
    return this;
  }

  byte[] bytes(int packets) {
    var out = new ByteArrayOutputStream();
    ByteBuffer header = le(24);
    header.putInt(nano ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2).putShort((short) 4)
        .putInt(0).putInt(0).putInt(snaplen).putInt(linkType);
    out.writeBytes(header.array());
    long seconds = 1_700_000_000L + random.nextInt(1_000_000);
    long fraction = 0;
    for (int i = 0; i < packets; i++) {
      fraction += 1 + random.nextInt(nano ? 5_000_000 : 5_000);
      long unit = nano ? 1_000_000_000L : 1_000_000L;
      seconds += fraction / unit;
      fraction %= unit;
      byte[] frame = frame();
      int caplen = Math.min(frame.length, cut);
      ByteBuffer record = le(16);
      record.putInt((int) seconds).putInt((int) fraction).putInt(caplen).putInt(frame.length);
      out.writeBytes(record.array());
      out.write(frame, 0, caplen);
    }
    return out.toByteArray();
  }

  Path write(Path file, int packets) {
    try {
      return Files.write(file, bytes(packets));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the offsets at which each packet record of a pcap starts} */
  static int[] recordOffsets(byte[] pcap) {
    ByteBuffer b = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN);
    int[] offsets = new int[16];
    int n = 0;
    int at = 24;
    while (at + 16 <= pcap.length) {
      if (n == offsets.length) offsets = Arrays.copyOf(offsets, n * 2);
      offsets[n++] = at;
      at += 16 + b.getInt(at + 8);
    }
    return Arrays.copyOf(offsets, n);
  }

  private byte[] frame() {
    var f = ByteBuffer.allocate(1600);
    f.put(mac()).put(mac());
    int kind = random.nextInt(10);
    if (kind == 9) {
      f.putShort((short) 0x8100).putShort((short) random.nextInt(4096));
      kind = random.nextInt(8);
    }
    if (kind == 8) {
      f.putShort((short) 0x0806).putShort((short) 1).putShort((short) 0x0800).put((byte) 6)
          .put((byte) 4).putShort((short) (1 + random.nextInt(2))).put(mac()).put(ipv4())
          .put(new byte[6]).put(ipv4());
    } else if (kind >= 6) {
      f.putShort((short) 0x86dd);
      int proto = kind == 6 ? 6 : 17;
      byte[] l4 = transport(proto);
      f.putInt(0x60000000).putShort((short) l4.length).put((byte) proto).put((byte) 64)
          .put(ipv6()).put(ipv6()).put(l4);
    } else {
      f.putShort((short) 0x0800);
      int proto = kind < 3 ? 6 : kind < 5 ? 17 : 1;
      byte[] l4 = transport(proto);
      int flagsFragment = random.nextInt(20) == 0 ? 0x2000 | random.nextInt(100) : 0x4000;
      f.put((byte) 0x45).put((byte) 0).putShort((short) (20 + l4.length))
          .putShort((short) random.nextInt(65536)).putShort((short) flagsFragment)
          .put((byte) 64).put((byte) proto).putShort((short) 0).put(ipv4()).put(ipv4()).put(l4);
    }
    return Arrays.copyOf(f.array(), Math.max(f.position(), 60));
  }

  private byte[] transport(int proto) {
    int payload = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 64 : 1400);
    ByteBuffer t = ByteBuffer.allocate((proto == 6 ? 20 : 8) + payload);
    if (proto == 6) {
      t.putShort((short) port()).putShort((short) port()).putInt(random.nextInt())
          .putInt(random.nextInt()).put((byte) 0x50).put((byte) (1 << random.nextInt(6)))
          .putShort((short) 65535).putInt(0);
    } else if (proto == 17) {
      t.putShort((short) port()).putShort((short) port()).putShort((short) (8 + payload))
          .putShort((short) 0);
    } else {
      t.put((byte) (random.nextBoolean() ? 8 : 0)).put((byte) 0).putShort((short) 0)
          .putInt(random.nextInt());
    }
    byte[] data = new byte[payload];
    random.nextBytes(data);
    return t.put(data).array();
  }

  private int port() {
    return PORTS[random.nextInt(PORTS.length)];
  }

  private byte[] mac() {
    byte[] m = new byte[6];
    random.nextBytes(m);
    m[0] &= (byte) 0xfe;
    return m;
  }

  private byte[] ipv4() {
    return new byte[] {10, 0, (byte) random.nextInt(4), (byte) (1 + random.nextInt(8))};
  }

  private byte[] ipv6() {
    byte[] a = new byte[16];
    a[0] = 0x20;
    a[1] = 0x01;
    a[2] = 0x0d;
    a[3] = (byte) 0xb8;
    a[15] = (byte) (1 + random.nextInt(8));
    return a;
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
