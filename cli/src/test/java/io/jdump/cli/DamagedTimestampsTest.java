package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time stamps that tcpdump prints from libpcap's struct timeval rather than from the time they
 * mean, printed by jdump and by tcpdump in every -t style, at micro and at nano precision:
 * damaged pcap fractions of a second or more (2^31 and more read as negative), 2038 and 2106
 * in both byte orders (a file in the host's order has signed fields, one in the other order
 * unsigned ones), pcapng's 64-bit seconds past 2106 and before 1970, years that no C int holds,
 * resolutions of 10^-19, 2^-63 and whole seconds, offsets, and the deltas of -ttt and -ttttt
 * across all of them.
 */
class DamagedTimestampsTest {
  private static final long M32 = 0xffffffffL;
  private static final List<String> STYLES = List.of("", "-t", "-tt", "-ttt", "-tttt", "-ttttt");
  private static final byte[] FRAME = arp();
  /**
   * Past about this year glibc's count of days overflows an int and its daylight saving time
   * goes wrong (jdump's does not): such years are only compared in a zone without it.
   */
  private static final long FAR_YEAR = 5_800_000;

  @TempDir
  Path dir;

  @Test
  void everyStylePrintsDamagedAndDistantTimesAsTcpdumpDoes() throws IOException {
    List<Path> files = new ArrayList<>();
    for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
      String o = order == ByteOrder.BIG_ENDIAN ? "be" : "le";
      files.add(write("micro-" + o + ".pcap", pcap(order, false, MICRO_RECORDS)));
      files.add(write("nano-" + o + ".pcap", pcap(order, true, NANO_RECORDS)));
      files.add(write("interfaces-" + o + ".pcapng", interfaces(order)));
    }
    files.add(write("years.pcapng", years()));
    files.add(write("random.pcapng", random(7)));
    for (Path file : files) {
      for (String style : STYLES) {
        for (boolean nano : new boolean[] {false, true}) {
          var args = new ArrayList<>(List.of("-n", "-r", file.toString()));
          if (!style.isEmpty()) args.add(style);
          if (nano) args.add("--nano");
          String[] a = args.toArray(String[]::new);
          Outcome tcpdump = Tcpdump.run(a);
          Outcome jdump = Jdump.run(a);
          assertEquals(tcpdump.status(), jdump.status(), args::toString);
          assertEquals(tcpdump.errLines(), jdump.errLines(), args::toString);
          assertEquals(tcpdump.out(), jdump.out(), args::toString);
        }
      }
    }
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** Seconds and fraction fields as stored: damaged fractions, the epoch, 2038, 2106. */
  private static final long[][] MICRO_RECORDS = {
      {1_000_000_000, 999_999}, {1_000_000_000, 1_000_000}, {1_000_000_001, 2_147_483_647},
      {1_000_000_001, 2_147_483_648L}, {1_000_000_002, M32}, {999_999_999, 4294},
      {999_999_999, 4_294_967}, {0, 0}, {0, 5}, {0, 0}, {2_147_483_647, 999_999},
      {2_147_483_648L, 0}, {M32, 999_999}, {1, 0x80000000L}, {1, 0x7fffffff},
      {5, 3_000_000_000L}, {86400, 1}, {1_000_000_000, 0xfffffff0L}, {1_000_000_000, 16}};

  private static final long[][] NANO_RECORDS = {
      {1_000_000_000, 999_999_999}, {1_000_000_000, 1_000_000_000}, {1_000_000_001, 2_147_483_647},
      {1_000_000_001, 2_147_483_648L}, {1_000_000_002, M32}, {999_999_999, 4294},
      {999_999_999, M32}, {0, 0}, {0, 5}, {0, 0}, {2_147_483_647, 999_999_999}, {2_147_483_648L, 0},
      {M32, 999_999_999}, {1, 0x80000000L}, {1, 0x7fffffff}, {5, 3_000_000_000L}, {86400, 1},
      {1_000_000_000, 0xfffffff0L}, {1_000_000_000, 16}, {1_000_000_000, 999},
      {1_000_000_000, 0xfffffc18L}};

  private static byte[] pcap(ByteOrder order, boolean nano, long[][] records) {
    ByteBuffer b = ByteBuffer.allocate(24 + records.length * (16 + FRAME.length)).order(order);
    b.putInt(nano ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2).putShort((short) 4)
        .putInt(0).putInt(0).putInt(262144).putInt(1);
    for (long[] r : records) {
      b.putInt((int) r[0]).putInt((int) r[1]).putInt(FRAME.length).putInt(FRAME.length).put(FRAME);
    }
    return b.array();
  }

  /** Interfaces of one link type with every kind of resolution and offset, and their packets. */
  private static byte[] interfaces(ByteOrder order) {
    var ng = new Pcapng(order);
    ng.idb(null, null); // 0: microseconds
    ng.idb(9, null);
    ng.idb(0x80 | 40, null); // libpcap's frac * 10^9 overflows
    ng.idb(0x80 | 63, null);
    ng.idb(19, null); // 10^19: only unsigned
    ng.idb(0, null); // whole seconds
    ng.idb(null, -(1L << 40)); // 6: before 1970
    ng.idb(null, 1L << 62);
    ng.idb(0x80 | 10, null); // 8: scaled up
    ng.idb(0x80, null);
    ng.idb(null, -86400L * 365 * 1500);
    ng.idb(12, 1L << 33);
    ng.idb(0x80 | 30, null); // 12
    ng.idb(0x80 | 20, -5L);
    long[][] packets = {
        {0, 1_480_520_108_640_523L}, {1, 1_480_520_108_640_906_123L}, {0, 0x00f3418673288c4eL},
        {0, (1L << 31) * 1_000_000 + 5}, {0, (1L << 32) * 1_000_000 + 7},
        {1, (1L << 32) * 1_000_000_000 + 999_999_999}, {2, (1_480_520_108L << 40) | 0xffffffffffL},
        {2, (1_480_520_109L << 40) | 0x123456789aL}, {3, -1}, {3, Long.MIN_VALUE | 12345},
        {3, Long.MAX_VALUE}, {4, -1}, {4, -3_641_542_987_304_320_382L}, {5, 1_480_520_108},
        {5, 1L << 62}, {5, -1}, {6, 1_480_520_108_640_523L}, {6, 0}, {7, 5}, {7, -1},
        {8, (1_480_520_108L << 10) | 1023}, {8, 1_480_520_108L << 10}, {9, 1_480_520_109},
        {10, 1_480_520_108_640_523L}, {11, 1_480_520_108_640_523_123L},
        {12, (1_480_520_108L << 30) | 0x3fffffff}, {12, (1_480_520_108L << 30) | 12_345_678},
        {13, (1_480_520_108L << 20) | 0xfffff}, {0, 1_480_520_108_640_523L},
        {0, 1_480_520_108_640_522L}, {1, 1_480_520_108_640_522_999L}, {0, 0}, {9, 0}, {1, 5},
        {0, 1}};
    for (long[] p : packets) ng.epb((int) p[0], p[1]);
    return ng.bytes();
  }

  /** Years from -2^31 + 1901 to 2^31 - 1 + 1901 (tm_year's limits): %Y as glibc prints it. */
  private static byte[] years() {
    long offset = -(1L << 62);
    var ng = new Pcapng(ByteOrder.LITTLE_ENDIAN);
    ng.idb(0, offset);
    long[] years = {-2_147_481_747, -1_000_000, -10_000, -1_000, -100, -10, -5, -1, 0, 1, 5, 10,
        99, 100, 500, 999, 1000, 1500, 1800, 1883, 1900, 9999, 10_000, 123_456, 5_000_000,
        2_147_483_647L + 1899, 2_147_483_647L + 1900, 2_147_483_647L + 1901};
    for (long y : years) {
      if (y > FAR_YEAR && TimeZone.getDefault().useDaylightTime()) continue;
      long base = daysFromCivil(y) * 86400;
      long s = base + 3723;
      // localtime is only asked when bit 31 is clear: the first such day of the year
      for (int k = 0; k < 366 && (s & 0x80000000L) != 0; k++) s = base + k * 86400L + 3723;
      ng.epb(0, s - offset);
    }
    return ng.bytes();
  }

  /** Seeded seconds of every size to 4.7 million years, bit 31 clear: local times of any age. */
  private static byte[] random(long seed) {
    long offset = -(1L << 62);
    var ng = new Pcapng(ByteOrder.LITTLE_ENDIAN);
    ng.idb(0, offset);
    var r = new Random(seed);
    for (long scale = 1_000_000_000L; scale < 150_000_000_000_000L; scale *= 3) {
      for (int i = 0; i < 8; i++) {
        long s = (long) ((r.nextDouble() * 2 - 1) * scale) & ~0x80000000L;
        ng.epb(0, s - offset);
      }
    }
    return ng.bytes();
  }

  /** Days from 1970-01-01 to January 1st of a proleptic Gregorian year (Hinnant's algorithm). */
  private static long daysFromCivil(long y) {
    y -= 1; // January: counted with the year before, from March
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153 * 10 + 2) / 5; // January 1st, ten months after March 1st
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  /** A who-has: any frame would do, one that prints on one line keeps failures readable. */
  private static byte[] arp() {
    return ByteBuffer.allocate(42).put(new byte[] {-1, -1, -1, -1, -1, -1, 2, 0, 0, 0, 0, 1, 8, 6})
        .putShort((short) 1).putShort((short) 0x0800).put((byte) 6).put((byte) 4)
        .putShort((short) 1).put(new byte[] {2, 0, 0, 0, 0, 1, 10, 0, 0, 1})
        .put(new byte[6]).put(new byte[] {10, 0, 0, 2}).array();
  }

  /** A pcapng section in one byte order: interfaces of Ethernet, enhanced packet blocks. */
  private static final class Pcapng {
    private final ByteOrder order;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Pcapng(ByteOrder order) {
      this.order = order;
      block(0x0a0d0d0a, buf(16).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0)
          .putLong(-1).array());
    }

    /** An interface: if_tsresol and if_tsoffset when not null. */
    void idb(Integer tsresol, Long tsoffset) {
      var body = new ByteArrayOutputStream();
      body.writeBytes(buf(8).putShort((short) 1).putShort((short) 0).putInt(262144).array());
      if (tsresol != null) body.writeBytes(buf(8).putShort((short) 9).putShort((short) 1)
          .put((byte) (int) tsresol).array());
      if (tsoffset != null) body.writeBytes(buf(12).putShort((short) 14).putShort((short) 8)
          .putLong(tsoffset).array());
      if (tsresol != null || tsoffset != null) body.writeBytes(new byte[4]);
      block(1, body.toByteArray());
    }

    void epb(int iface, long ts) {
      block(6, buf(20 + FRAME.length + (-FRAME.length & 3)).putInt(iface).putInt((int) (ts >>> 32))
          .putInt((int) ts).putInt(FRAME.length).putInt(FRAME.length).put(FRAME).array());
    }

    private void block(int type, byte[] body) {
      int length = 12 + body.length;
      out.writeBytes(buf(length).putInt(type).putInt(length).put(body).putInt(length).array());
    }

    private ByteBuffer buf(int n) {
      return ByteBuffer.allocate(n).order(order);
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}
