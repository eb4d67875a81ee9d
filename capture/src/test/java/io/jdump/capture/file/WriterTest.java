package io.jdump.capture.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import io.jdump.capture.PacketSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Files jdump writes are read by tcpdump and tshark with the same packets, byte for byte. */
class WriterTest {
  @TempDir Path dir;

  /** How a copy is written. */
  enum Format { PCAP_USEC, PCAP_NSEC, PCAPNG_USEC, PCAPNG_NSEC }

  /** Copies every packet of {@code in} to {@code out} in {@code format}, as jdump -r in -w out does. */
  static Path copy(Path in, Path out, Format format) throws IOException {
    try (PacketSource src = CaptureFiles.open(in);
        PacketSink sink = sink(Files.newOutputStream(out), format, src.dlt(), src.snaplen())) {
      var p = new Packet();
      while (src.next(p)) sink.write(p);
    }
    return out;
  }

  static PacketSink sink(OutputStream out, Format format, int dlt, int snaplen) throws IOException {
    return switch (format) {
      case PCAP_USEC -> CaptureFiles.pcapWriter(out, dlt, snaplen, false);
      case PCAP_NSEC -> CaptureFiles.pcapWriter(out, dlt, snaplen, true);
      case PCAPNG_USEC -> CaptureFiles.pcapngWriter(out, "eth7", snaplen, false);
      case PCAPNG_NSEC -> CaptureFiles.pcapngWriter(out, "eth7", snaplen, true);
    };
  }

  @ParameterizedTest(name = "seed {0}, cut {1}")
  @CsvSource({"1, 0", "2, 0", "3, 64", "4, 200"})
  void pcapCopyIsTheOriginalByteForByte(int seed, int cut) throws IOException {
    Path orig = Oracles.genPcap(dir, 500, seed, cut);
    Path copy = copy(orig, dir.resolve("copy.pcap"), Format.PCAP_USEC);
    assertArrayEquals(Files.readAllBytes(orig), Files.readAllBytes(copy));
    assertEquals(Oracles.tcpdump(orig), Oracles.tcpdump(copy));
  }

  /**
   * What pcap_dump writes back of a file libpcap read as it stands: the link type's FCS bits, a
   * snap length above the DLT's maximum (up to 2^31-1), and fractions of a second or more.
   */
  @Test
  void unusualHeaderAndDamagedFractionsAreWrittenBackAsTcpdumpWritesThem() throws IOException {
    byte[] bytes = Files.readAllBytes(Oracles.genPcap(dir, 50, 8, 0));
    var b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(16, 0x7fffffff).putInt(20, 0x24000001); // snap length, FCS length 2 and its flag
    int at = 24;
    int[] fractions = {999_999, 1_000_000, -1, 0x7fffffff};
    for (int i = 0; at + 16 <= bytes.length; i++) {
      if (i % 7 == 3) b.putInt(at + 4, fractions[(i / 7) % fractions.length]);
      at += 16 + b.getInt(at + 8);
    }
    Path orig = Files.write(dir.resolve("unusual.pcap"), bytes);
    Path tcpdumps = dir.resolve("tcpdump.pcap");
    Oracles.check(List.of("tcpdump", "-r", orig.toString(), "-w", tcpdumps.toString()));
    try (PacketSource src = CaptureFiles.open(orig);
        PacketSink sink = CaptureFiles.pcapWriter(Files.newOutputStream(dir.resolve("copy.pcap")),
            src.dlt(), src.linkTypeExtension(), src.snaplen(), false)) {
      var p = new Packet();
      while (src.next(p)) sink.write(p);
    }
    assertArrayEquals(Files.readAllBytes(tcpdumps), Files.readAllBytes(dir.resolve("copy.pcap")));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {5, 6})
  void nanosecondPcapCopyReadsAsTheOriginal(int seed) throws IOException {
    Path orig = Oracles.editcap(Oracles.genPcap(dir, 500, seed, 0), "nsecpcap", dir.resolve("n.pcap"));
    Path copy = copy(orig, dir.resolve("copy.pcap"), Format.PCAP_NSEC);
    assertEquals(Oracles.tshark(orig), Oracles.tshark(copy));
    assertEquals(Oracles.tcpdump(orig), Oracles.tcpdump(copy));
  }

  @Test
  void microsecondCopyOfNanosecondsIsTcpdumpsCopy() throws IOException {
    Path orig = Oracles.editcap(Oracles.genPcap(dir, 500, 7, 0), "nsecpcap", dir.resolve("n.pcap"));
    Path tcpdumps = dir.resolve("tcpdump.pcap");
    Oracles.check(List.of("tcpdump", "-r", orig.toString(), "-w", tcpdumps.toString()));
    Path copy = copy(orig, dir.resolve("copy.pcap"), Format.PCAP_USEC);
    assertArrayEquals(Files.readAllBytes(tcpdumps), Files.readAllBytes(copy));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PCAPNG_USEC, 8", "PCAPNG_NSEC, 9", "PCAP_NSEC, 10"})
  void pcapngCopyOfOneLinkTypeReadsAsTheOriginal(Format format, int seed) throws IOException {
    Path orig = Oracles.editcap(Oracles.genPcap(dir, 500, seed, 0), "pcapng", dir.resolve("o.pcapng"));
    Path copy = copy(orig, dir.resolve("copy"), format);
    assertEquals(Oracles.tshark(orig), Oracles.tshark(copy));
    assertEquals(Oracles.tcpdump(orig), Oracles.tcpdump(copy));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void pcapngCopyOfManyLinkTypesReadsAsTheOriginal(int seed) throws IOException {
    Path orig = dir.resolve("mixed.pcapng");
    var frames = Oracles.parsePcap(Files.readAllBytes(Oracles.genPcap(dir, 200, 600 + seed, 0)));
    Files.write(orig, RandomPcapng.build(frames, seed, false));
    Path copy = dir.resolve("copy.pcapng");
    try (PacketSource src = CaptureFiles.openAllInterfaces(Files.newInputStream(orig));
        PacketSink sink = CaptureFiles.pcapngWriter(Files.newOutputStream(copy), "eth7", 262144, true)) {
      var p = new Packet();
      while (src.next(p)) sink.write(p);
    }
    assertEquals(Oracles.tshark(orig), Oracles.tshark(copy));
    // One interface per link type, in order of first appearance, named as asked.
    var idOfDlt = new HashMap<Integer, Integer>();
    try (PacketSource in = CaptureFiles.openAllInterfaces(Files.newInputStream(copy))) {
      var p = new Packet();
      while (in.next(p)) {
        int expected = idOfDlt.computeIfAbsent(p.dlt(), d -> idOfDlt.size());
        assertEquals(expected, p.interfaceId());
      }
    }
    var names = Oracles.check(List.of("tshark", "-r", copy.toString(), "-T", "fields",
        "-e", "frame.interface_name")).out().strip().split("\n");
    assertTrue(List.of(names).stream().allMatch("eth7"::equals));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {7, 8, 9, 10})
  void pcapngCopyWithTheFirstInterfacesSnaplenStillReadsAsTheOriginal(int seed) throws IOException {
    Path orig = dir.resolve("mixed.pcapng");
    var frames = Oracles.parsePcap(Files.readAllBytes(Oracles.genPcap(dir, 200, 600 + seed, 0)));
    Files.write(orig, RandomPcapng.build(frames, seed, false));
    Path copy = dir.resolve("copy.pcapng");
    try (PacketSource src = CaptureFiles.openAllInterfaces(Files.newInputStream(orig));
        PacketSink sink = sink(Files.newOutputStream(copy), Format.PCAPNG_NSEC, src.dlt(), src.snaplen())) {
      var p = new Packet();
      while (src.next(p)) sink.write(p);
    }
    assertEquals(Oracles.tshark(orig), Oracles.tshark(copy));
    try (PacketSource a = CaptureFiles.openAllInterfaces(Files.newInputStream(orig));
        PacketSource b = CaptureFiles.openAllInterfaces(Files.newInputStream(copy))) {
      assertEquals(Frame.readAll(a), Frame.readAll(b));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PCAP_USEC", "PCAP_NSEC", "PCAPNG_USEC", "PCAPNG_NSEC"})
  void writesPacketsLargerThanTheBuffer(Format format) throws IOException {
    int dbus = 231; // libpcap allows 128 MiB packets on D-Bus
    byte[] big = new byte[3 * ByteOutput.DEFAULT_CAPACITY + 3];
    new Random(1).nextBytes(big);
    var p = new Packet();
    Path f = dir.resolve("big");
    try (PacketSink out = sink(Files.newOutputStream(f), format, dbus, 128 << 20)) {
      p.set(big, 1, 10, 10, 1_700_000_000_123_456_789L, dbus, 0);
      out.write(p);
      p.set(big, 0, big.length, big.length + 1, 1_700_000_001_000_000_000L, dbus, 0);
      out.write(p);
      p.set(big, 5, 7, 7, 1_700_000_002_000_000_000L, dbus, 0);
      out.write(p);
    }
    List<Frame> read;
    try (PacketSource in = CaptureFiles.open(f)) {
      read = Frame.readAll(in);
    }
    assertEquals(3, read.size());
    assertEquals(big.length, read.get(1).caplen());
    assertEquals(big.length + 1, read.get(1).wirelen());
    assertArrayEquals(big, read.get(1).data());
    boolean nano = format == Format.PCAP_NSEC || format == Format.PCAPNG_NSEC;
    assertEquals(nano ? 1_700_000_000_123_456_789L : 1_700_000_000_123_456_000L, read.get(0).nanos());
    assertEquals(read, Oracles.tcpdump(f).stream()
        .map(x -> new Frame(x.nanos(), x.caplen(), x.wirelen(), dbus, x.data())).toList());
  }

  @Test
  void flushPushesEveryPacketWrittenToTheStream() throws IOException {
    Path orig = Oracles.genPcap(dir, 50, 11, 0);
    var stream = new ByteArrayOutputStream();
    try (PacketSource in = CaptureFiles.open(orig);
        PacketSink out = CaptureFiles.pcapWriter(stream, in.dlt(), in.snaplen(), false)) {
      var p = new Packet();
      int n = 0;
      while (in.next(p)) {
        out.write(p);
        out.flush();
        n++;
        assertEquals(n, Oracles.parsePcap(stream.toByteArray()).size());
      }
    }
    assertArrayEquals(Files.readAllBytes(orig), stream.toByteArray());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"PCAP_USEC", "PCAPNG_NSEC"})
  void readFilterWriteLoopAllocatesNothingPerPacket(Format format) throws IOException {
    Path orig = Oracles.genPcap(dir, 20000, 12, 0);
    var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long perPacket = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) { // the first rounds warm up the JIT
      try (PacketSource in = CaptureFiles.open(orig);
          PacketSink out = sink(OutputStream.nullOutputStream(), format, in.dlt(), in.snaplen())) {
        var p = new Packet();
        long before = threads.getCurrentThreadAllocatedBytes();
        int n = 0;
        while (in.next(p)) {
          out.write(p);
          n++;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        perPacket = allocated / n;
      }
    }
    assertTrue(perPacket < 8, "allocated " + perPacket + " bytes per packet");
  }
}
