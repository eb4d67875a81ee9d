package io.jdump.capture.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The struct timeval the readers give each packet ({@link Packet#setTimeval}) is the one libpcap
 * 1.10 puts in its pcap_pkthdr, damaged and distant times included. Two checks: the values
 * sf-pcap.c's and sf-pcapng.c's arithmetic gives, worked out here with big integers; and
 * libpcap itself, whose {@code tcpdump -r F -w -} writes each ts back out, at micro and at nano
 * precision, as two 32-bit fields (so the low 32 bits of each).
 */
class LibpcapTimevalTest {
  private static final long M32 = 0xffffffffL;
  private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64);

  @TempDir Path dir;

  /** Seconds and fraction fields of pcap records: damaged fractions, 2038, 2106. */
  private static final long[][] PCAP_RECORDS = {
      {1_000_000_000, 999_999}, {1_000_000_000, 1_000_000}, {1_000_000_001, 2_147_483_647},
      {1_000_000_001, 2_147_483_648L}, {1_000_000_002, M32}, {999_999_999, 999_999_999},
      {999_999_999, 1_000_000_000}, {0, 0}, {0, 5}, {2_147_483_647, 999_999},
      {2_147_483_648L, 0}, {M32, 999_999}, {1, 0x80000000L}, {5, 3_000_000_000L},
      {1_000_000_000, 0xfffffc18L}, {1_000_000_000, 999}};

  private static byte[] pcap(ByteOrder order, boolean nano) {
    byte[] frame = new byte[42];
    ByteBuffer b = ByteBuffer.allocate(24 + PCAP_RECORDS.length * (16 + frame.length)).order(order);
    b.putInt(nano ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2).putShort((short) 4)
        .putInt(0).putInt(0).putInt(262144).putInt(1);
    for (long[] r : PCAP_RECORDS) {
      b.putInt((int) r[0]).putInt((int) r[1]).putInt(frame.length).putInt(frame.length).put(frame);
    }
    return b.array();
  }

  @Test
  void pcapRecordsGiveLibpcapsTimeval() throws IOException {
    for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
      for (boolean nano : new boolean[] {false, true}) {
        String name = order + (nano ? "-nano" : "-micro");
        Path f = Files.write(dir.resolve(name + ".pcap"), pcap(order, nano));
        // sf-pcap.c: the host's 32-bit signed fields, or SWAPLONG's unsigned int for a file in
        // the other byte order; the fraction then scaled in a long (C's / truncates toward 0)
        boolean swapped = order != ByteOrder.nativeOrder();
        List<long[]> expected = new ArrayList<>();
        for (long[] r : PCAP_RECORDS) {
          long sec = swapped ? r[0] : (int) r[0];
          long frac = swapped ? r[1] : (int) r[1];
          expected.add(new long[] {sec, nano ? frac / 1000 : frac, nano ? frac : frac * 1000});
        }
        check(name, f, expected);
      }
    }
  }

  @Test
  void pcapTimevalOfKnownCases() throws IOException {
    Path le = Files.write(dir.resolve("le.pcap"), pcap(ByteOrder.LITTLE_ENDIAN, false));
    Path leNano = Files.write(dir.resolve("len.pcap"), pcap(ByteOrder.LITTLE_ENDIAN, true));
    Path be = Files.write(dir.resolve("be.pcap"), pcap(ByteOrder.BIG_ENDIAN, false));
    List<long[]> l = timevals(le);
    List<long[]> n = timevals(leNano);
    List<long[]> b = timevals(be);
    if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
      // 2038 comes out before 1970; a fraction of 2^31 or more is negative, and stays a fraction
      assertEquals(List.of(-2_147_483_648L, 0L, 0L), List.of(l.get(10)[0], l.get(10)[1], l.get(10)[2]));
      assertEquals(List.of(1_000_000_001L, -2_147_483_648L, -2_147_483_648_000L),
          List.of(l.get(3)[0], l.get(3)[1], l.get(3)[2]));
      assertEquals(List.of(1_000_000_000L, 1_000_000L, 1_000_000_000L),
          List.of(l.get(1)[0], l.get(1)[1], l.get(1)[2]));
      // a nano file's negative fraction divided toward zero: -1000 ns is -1 us
      assertEquals(List.of(-1L, -1000L), List.of(n.get(14)[1], n.get(14)[2]));
      assertEquals(List.of(0L, 999L), List.of(n.get(15)[1], n.get(15)[2]));
      // the other byte order: unsigned, 2038 and 2106 as they are
      assertEquals(List.of(2_147_483_648L, M32, 4_294_967_295_000L),
          List.of(b.get(10)[0], b.get(4)[1], b.get(4)[2]));
    }
    // the time writers write is unchanged: unsigned seconds, the fraction carried
    assertEquals(2_147_483_648L * 1_000_000_000L, timestamps(le).get(10));
    assertEquals(1_000_000_001L * 1_000_000_000L + 2_147_483_648_000L, timestamps(le).get(3));
  }

  /** IDB options: if_tsresol (null for the default, microseconds) and if_tsoffset (null for none). */
  private record Interface(Integer tsresol, Long tsoffset) {}

  private static final List<Interface> INTERFACES = List.of(
      new Interface(null, null), new Interface(9, null), new Interface(0x80 | 40, null),
      new Interface(0x80 | 63, null), new Interface(19, null), new Interface(0, null),
      new Interface(null, -(1L << 40)), new Interface(null, 1L << 62), new Interface(0x80 | 10, null),
      new Interface(0x80, null), new Interface(12, 1L << 33), new Interface(0x80 | 30, null),
      new Interface(0x80 | 20, -5L), new Interface(7, null), new Interface(6, 3L));

  /** Packets: interface and raw 64-bit time stamp. */
  private static final long[][] PCAPNG_PACKETS = {
      {0, 1_480_520_108_640_523L}, {1, 1_480_520_108_640_906_123L}, {0, 0x00f3418673288c4eL},
      {0, (1L << 32) * 1_000_000 + 7}, {1, (1L << 32) * 1_000_000_000 + 999_999_999},
      {2, (1_480_520_108L << 40) | 0xffffffffffL}, {2, (1_480_520_109L << 40) | 0x123456789aL},
      {3, -1}, {3, Long.MIN_VALUE | 12345}, {3, Long.MAX_VALUE}, {4, -1}, {4, -3_641_542_987_304_320_382L},
      {5, 1_480_520_108}, {5, 1L << 62}, {5, -1}, {6, 1_480_520_108_640_523L}, {6, 0}, {7, 5}, {7, -1},
      {8, (1_480_520_108L << 10) | 1023}, {9, 1_480_520_109}, {10, 1_480_520_108_640_523_123L},
      {11, (1_480_520_108L << 30) | 0x3fffffff}, {11, (1_480_520_108L << 30) | 12_345_678},
      {12, (1_480_520_108L << 20) | 0xfffff}, {13, 14_805_201_086_405_239L}, {14, 1_480_520_108_640_523L},
      {0, 0}, {9, 0}};

  private static byte[] pcapng(ByteOrder order) {
    var b = new PcapngBuilder().section(order);
    for (Interface i : INTERFACES) {
      List<byte[]> options = new ArrayList<>();
      if (i.tsresol() != null) options.add(b.tsresol(i.tsresol()));
      if (i.tsoffset() != null) options.add(b.tsoffset(i.tsoffset()));
      if (!options.isEmpty()) options.add(new byte[4]); // opt_endofopt
      b.idb(1, 262144, options.toArray(byte[][]::new));
    }
    byte[] frame = new byte[42];
    for (long[] p : PCAPNG_PACKETS) b.epb((int) p[0], p[1], frame, frame.length);
    return b.bytes();
  }

  /**
   * sf-pcapng.c in big integers: sec = t / tsresol + tsoffset and frac = t % tsresol, unsigned
   * 64-bit; frac scaled to the precision asked for (a binary resolution by {@code frac * user /
   * tsresol} with the product taken modulo 2^64, a decimal one by a power of ten); tv_sec a
   * time_t, tv_usec {@code (int) frac}.
   */
  private static long[] libpcapModel(Interface i, long raw) {
    boolean binary = i.tsresol() != null && (i.tsresol() & 0x80) != 0;
    int exponent = i.tsresol() == null ? 6 : i.tsresol() & 0x7f;
    BigInteger resolution = binary ? BigInteger.ONE.shiftLeft(exponent) : BigInteger.TEN.pow(exponent);
    BigInteger t = new BigInteger(Long.toUnsignedString(raw));
    BigInteger offset = BigInteger.valueOf(i.tsoffset() == null ? 0 : i.tsoffset()).mod(U64);
    long sec = t.divide(resolution).add(offset).mod(U64).longValue();
    BigInteger frac = t.mod(resolution);
    long[] out = {sec, 0, 0};
    BigInteger[] users = {BigInteger.TEN.pow(6), BigInteger.TEN.pow(9)};
    for (int k = 0; k < 2; k++) {
      BigInteger user = users[k];
      BigInteger scaled;
      if (binary) {
        scaled = frac.multiply(user).mod(U64).divide(resolution);
      } else if (resolution.compareTo(user) >= 0) {
        scaled = frac.divide(resolution.divide(user));
      } else {
        scaled = frac.multiply(user.divide(resolution));
      }
      out[k + 1] = scaled.intValue();
    }
    return out;
  }

  @Test
  void pcapngPacketsGiveLibpcapsTimeval() throws IOException {
    for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
      Path f = Files.write(dir.resolve(order + ".pcapng"), pcapng(order));
      List<long[]> expected = new ArrayList<>();
      for (long[] p : PCAPNG_PACKETS) expected.add(libpcapModel(INTERFACES.get((int) p[0]), p[1]));
      check(order + ".pcapng", f, expected);
    }
  }

  @Test
  void pcapngTimevalOfKnownCases() throws IOException {
    Path f = Files.write(dir.resolve("known.pcapng"), pcapng(ByteOrder.LITTLE_ENDIAN));
    List<long[]> t = timevals(f);
    // tcpdump's smb_data_print-segv.pcapng: 64-bit seconds in the year 4138
    assertEquals(68_470_465_054L, t.get(2)[0]);
    assertEquals(List.of(149_710L, 149_710_000L), List.of(t.get(2)[1], t.get(2)[2]));
    // 2^-40: libpcap's frac * 10^9 overflows 64 bits; frac * 10^6 does not
    assertEquals(999_999L, t.get(5)[1]);
    assertEquals(10_144_255L, t.get(5)[2]); // (0xffffffffff * 10^9 mod 2^64) >> 40, not 999999999
    // 10^-19 and 2^-63: resolutions that only fit unsigned
    assertEquals(1L, t.get(10)[0]); // (2^64 - 1) / 10^19
    assertEquals(1L, t.get(7)[0]); // (2^64 - 1) >> 63
    // a negative offset: seconds before 1970
    assertEquals(1_480_520_108L - (1L << 40), t.get(15)[0]);
  }

  /** Compares the reader's timevals with {@code expected} and with libpcap's own copy. */
  private static void check(String name, Path f, List<long[]> expected) throws IOException {
    List<long[]> jdump = timevals(f);
    assertEquals(expected.size(), jdump.size(), name);
    List<int[]> micro = libpcapCopy(f, false);
    List<int[]> nano = libpcapCopy(f, true);
    for (int i = 0; i < expected.size(); i++) {
      long[] e = expected.get(i);
      long[] j = jdump.get(i);
      String at = name + " packet " + (i + 1);
      assertEquals(List.of(e[0], e[1], e[2]), List.of(j[0], j[1], j[2]), at);
      assertEquals(List.of(micro.get(i)[0], micro.get(i)[1], nano.get(i)[1]),
          List.of((int) j[0], (int) j[1], (int) j[2]), at + ": libpcap's copy");
    }
  }

  private static List<long[]> timevals(Path f) throws IOException {
    List<long[]> out = new ArrayList<>();
    try (PacketSource in = CaptureFiles.open(f)) {
      var p = new Packet();
      while (in.next(p)) out.add(new long[] {p.timevalSeconds(), p.timevalMicros(), p.timevalNanos()});
    }
    return out;
  }

  private static List<Long> timestamps(Path f) throws IOException {
    List<Long> out = new ArrayList<>();
    try (PacketSource in = CaptureFiles.open(f)) {
      var p = new Packet();
      while (in.next(p)) out.add(p.timestampNanos());
    }
    return out;
  }

  /** tcpdump's copy of the file at a precision: each record's 32-bit seconds and fraction. */
  private static List<int[]> libpcapCopy(Path f, boolean nano) {
    var command = new ArrayList<>(List.of("tcpdump", "-r", f.toString(), "-w", "-"));
    if (nano) command.add(1, "--time-stamp-precision=nano");
    ByteBuffer b = ByteBuffer.wrap(Oracles.check(command).stdout()).order(ByteOrder.nativeOrder());
    b.position(24);
    List<int[]> out = new ArrayList<>();
    while (b.remaining() >= 16) {
      int sec = b.getInt();
      int frac = b.getInt();
      int caplen = b.getInt();
      b.getInt();
      b.position(b.position() + caplen);
      out.add(new int[] {sec, frac});
    }
    return out;
  }
}
