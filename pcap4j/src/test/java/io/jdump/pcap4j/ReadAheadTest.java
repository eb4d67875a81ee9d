package io.jdump.pcap4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PacketListener;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.Pcaps;
import org.pcap4j.core.RawPacketListener;

/**
 * A handle reads a file ahead on a second thread while pcap4j dissects; what the caller sees
 * must not show it. Seeded scripts of calls (dissected and raw reads, loops with a count, a
 * filter changed mid-file, which must see the records the old filter dropped) run on a
 * {@link JdumpHandle} and on pcap4j's own {@code PcapHandle} over libpcap, on a generated file
 * long enough to wrap the ring many times, with frames larger than a slot's first array; both
 * must deliver the same packets, timestamps and original lengths, and end alike.
 */
class ReadAheadTest {
  private static final List<String> FILTERS =
      List.of("", "udp", "tcp port 80", "udp port 53 or tcp port 443", "len > 1500", "port 9");
  private static final int SCRIPTS = 24;

  @TempDir static Path tmp;
  private static Path file;

  @BeforeAll
  static void writeCapture() throws Exception {
    file = tmp.resolve("read-ahead.pcap");
    Files.write(file, capture(new Random(15), 4000));
  }

  @TestFactory
  Stream<DynamicTest> scriptsOfCalls() {
    return IntStream.range(0, SCRIPTS).mapToObj(seed ->
        DynamicTest.dynamicTest("script " + seed, () -> runScript(new Random(seed))));
  }

  /** Closing mid-file, with the file read ahead, ends the reading thread. */
  @Test
  void closeEndsTheReadingThread() throws Exception {
    JdumpHandle h = JdumpPcaps.openOffline(file.toString());
    h.setFilter("udp", BpfCompileMode.OPTIMIZE);
    h.getNextPacketEx();
    h.close();
    assertEquals(0, readingThreads());
    assertThrows(NotOpenException.class, h::getNextPacket);
  }

  /** A handle dropped unclosed, its reading thread waiting on a full ring, lets it end. */
  @Test
  void anAbandonedHandleLetsItsThreadEnd() throws Exception {
    abandon();
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (readingThreads() > 0 && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(50);
    }
    assertEquals(0, readingThreads());
  }

  private static void abandon() throws Exception {
    JdumpHandle h = JdumpPcaps.openOffline(file.toString());
    h.getNextPacketEx();
    assertEquals(1, readingThreads());
  }

  private static long readingThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("jdump-pcap4j-read-ahead") && t.isAlive()).count();
  }

  private static void runScript(Random rnd) throws Exception {
    var theirs = new ArrayList<String>();
    var ours = new ArrayList<String>();
    try (PcapHandle a = Pcaps.openOffline(file.toString());
         JdumpHandle b = JdumpPcaps.openOffline(file.toString())) {
      while (true) {
        String expr = FILTERS.get(rnd.nextInt(FILTERS.size()));
        a.setFilter(expr, BpfCompileMode.OPTIMIZE);
        b.setFilter(expr, BpfCompileMode.OPTIMIZE);
        int calls = 1 + rnd.nextInt(40);
        int kind = rnd.nextInt(4);
        String step = "filter '" + expr + "' " + calls + " calls of kind " + kind;
        theirs.add(step);
        ours.add(step);
        boolean endA = steps(kind, calls, theirs, new Side(a::getNextPacketEx,
            a::getNextRawPacketEx, a::loop, a::loop,
            () -> meta(a.getTimestamp(), a.getOriginalLength())));
        boolean endB = steps(kind, calls, ours, new Side(b::getNextPacketEx,
            b::getNextRawPacketEx, b::loop, b::loop,
            () -> meta(b.getTimestamp(), b.getOriginalLength())));
        assertEquals(theirs, ours);
        assertEquals(endA, endB);
        if (endA) break;
      }
    }
  }

  private static String meta(java.sql.Timestamp t, Integer originalLength) {
    return " " + t + " " + originalLength;
  }

  /** The same calls on either handle. */
  record Side(Call<org.pcap4j.packet.Packet> packet, Call<byte[]> raw,
      Loop<PacketListener> loop, Loop<RawPacketListener> loopRaw, Supplier<String> meta) {}

  interface Call<T> {
    T get() throws Exception;
  }

  interface Loop<L> {
    void run(int n, L listener) throws Exception;
  }

  /** {@return true at the end of the file} after logging what {@code calls} calls got. */
  private static boolean steps(int kind, int calls, List<String> log, Side s) throws Exception {
    HexFormat hex = HexFormat.of();
    try {
      switch (kind) {
        case 0 -> {
          for (int i = 0; i < calls; i++) {
            log.add(hex.formatHex(s.packet().get().getRawData()) + s.meta().get());
          }
        }
        case 1 -> {
          for (int i = 0; i < calls; i++) log.add(hex.formatHex(s.raw().get()) + s.meta().get());
        }
        case 2 -> s.loop().run(calls, p -> log.add(hex.formatHex(p.getRawData()) + s.meta().get()));
        default -> s.loopRaw().run(calls, p -> log.add(hex.formatHex(p) + s.meta().get()));
      }
      // A loop meets the end of a file by returning early: one more read tells.
      log.add(hex.formatHex(s.raw().get()) + s.meta().get());
      return false;
    } catch (EOFException end) {
      log.add("EOF");
      return true;
    }
  }

  /** {@return a pcap file of Ethernet/IPv4 frames, UDP or TCP, 60 to 9,000 bytes, some cut} */
  private static byte[] capture(Random rnd, int frames) {
    int[] ports = {53, 80, 443, 9, 5000};
    var out = ByteBuffer.allocate(24 + frames * (16 + 9000)).order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
        .putInt(65535).putInt(1);
    for (int i = 0; i < frames; i++) {
      boolean udp = rnd.nextBoolean();
      int len = rnd.nextInt(10) == 0 ? 1501 + rnd.nextInt(7500) : 60 + rnd.nextInt(1400);
      var f = ByteBuffer.allocate(len);
      f.put(new byte[] {2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2}).putShort((short) 0x0800);
      f.put((byte) 0x45).put((byte) 0).putShort((short) (len - 14)).putInt(0)
          .put((byte) 64).put((byte) (udp ? 17 : 6)).putShort((short) 0)
          .putInt(0x0a000001).putInt(0x0a000002);
      f.putShort((short) ports[rnd.nextInt(ports.length)])
          .putShort((short) ports[rnd.nextInt(ports.length)]);
      if (udp) {
        f.putShort((short) (len - 34)).putShort((short) 0);
      } else {
        f.putInt(rnd.nextInt()).putInt(rnd.nextInt()).put((byte) 0x50).put((byte) 0x18)
            .putShort((short) 1024).putInt(0);
      }
      while (f.hasRemaining()) f.put((byte) rnd.nextInt());
      int caplen = rnd.nextInt(8) == 0 ? 54 + rnd.nextInt(len - 54) : len;
      out.putInt(1_700_000_000 + i).putInt(rnd.nextInt(1_000_000)).putInt(caplen).putInt(len);
      out.put(f.array(), 0, caplen);
    }
    return java.util.Arrays.copyOf(out.array(), out.position());
  }
}
