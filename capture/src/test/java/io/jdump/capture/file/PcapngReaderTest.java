package io.jdump.capture.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.CaptureFileException;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PcapngReaderTest {
  @TempDir Path dir;

  private static List<Frame> read(Path file) throws IOException {
    try (PacketSource in = CaptureFiles.open(file)) {
      return Frame.readAll(in);
    }
  }

  /** Reads interfaces of every link type and snapshot length, as tshark does and libpcap not. */
  private static List<Frame> readAll(Path file) throws IOException {
    try (PacketSource in = CaptureFiles.openAllInterfaces(Files.newInputStream(file))) {
      return Frame.readAll(in);
    }
  }

  private List<Frame> genFrames(int packets, int seed, int cut) throws IOException {
    return Oracles.parsePcap(Files.readAllBytes(Oracles.genPcap(dir, packets, seed, cut)));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 2, 3})
  void readsEditcapsPcapngAsTsharkAndTcpdumpDo(int seed) throws IOException {
    Path pcap = Oracles.genPcap(dir, 400, seed, seed == 3 ? 80 : 0);
    Path ng = Oracles.editcap(pcap, "pcapng", dir.resolve("x.pcapng"));
    List<Frame> jdump = read(ng);
    assertEquals(400, jdump.size());
    assertEquals(Oracles.tshark(ng), jdump);
    assertEquals(Oracles.tcpdump(ng), jdump);
    assertEquals(read(pcap), jdump);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void readsMixedSectionsInterfacesAndResolutionsAsTsharkDoes(int seed) throws IOException {
    Path f = dir.resolve("mixed.pcapng");
    Files.write(f, RandomPcapng.build(genFrames(150, 100 + seed, seed % 3 == 0 ? 120 : 0), seed, false));
    List<Frame> jdump = readAll(f);
    assertEquals(150, jdump.size());
    assertEquals(Oracles.tshark(f), jdump);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void readsResolutionsAndOffsetsAsTcpdumpDoes(int seed) throws IOException {
    Path f = dir.resolve("one-type.pcapng");
    Files.write(f, RandomPcapng.build(genFrames(150, 200 + seed, 0), seed, true));
    List<Frame> jdump = read(f);
    assertEquals(150, jdump.size());
    assertEquals(Oracles.tcpdump(f), jdump);
    assertEquals(Oracles.tshark(f), jdump);
  }

  @Test
  void givesEachPacketItsInterfaceAndLinkTypeWhenAskedToReadThemAll() throws IOException {
    var b = new PcapngBuilder().section(ByteOrder.BIG_ENDIAN);
    b.idb(1, 262144).idb(101, 65535, b.tsresol(9)).idb(113, 0, b.tsresol(0x80 | 10), b.tsoffset(-3));
    byte[] frame = new byte[60];
    b.epb(2, (5L << 10) | 512, frame, 60).epb(1, 7_000_000_123L, frame, 61).epb(0, 1_500_000, frame, 62);
    try (PacketSource in = CaptureFiles.openAllInterfaces(new ByteArrayInputStream(b.bytes()))) {
      assertEquals(1, in.dlt());
      assertEquals(262144, in.snaplen());
      assertFalse(in.nanoPrecision());
      var p = new Packet();
      assertTrue(in.next(p));
      assertEquals(List.of(2, 113, 2_500_000_000L, 60), List.of(p.interfaceId(), p.dlt(), p.timestampNanos(), p.wirelen()));
      assertTrue(in.next(p));
      assertEquals(List.of(1, 12, 7_000_000_123L, 61), List.of(p.interfaceId(), p.dlt(), p.timestampNanos(), p.wirelen()));
      assertTrue(in.next(p));
      assertEquals(List.of(0, 1, 1_500_000_000L, 62), List.of(p.interfaceId(), p.dlt(), p.timestampNanos(), p.wirelen()));
      assertFalse(in.next(p));
    }
  }

  /**
   * libpcap reads a later section in the first one's byte order: one in the other order fails
   * (its length read swapped, or its magic reversed), with tcpdump's words after the packets
   * before it; read for everything, it is read.
   */
  @Test
  void aLaterSectionOfTheOtherByteOrderStopsAsTcpdumpStops() throws IOException {
    byte[] frame = new byte[60];
    var other = new PcapngBuilder().section(ByteOrder.LITTLE_ENDIAN);
    other.idb(1, 262144).epb(0, 1_000_000, frame, 60).section(ByteOrder.BIG_ENDIAN);
    other.idb(1, 262144).epb(0, 2_000_000, frame, 60);
    // a section header in this order's lengths with the other order's magic
    var reversed = new PcapngBuilder().section(ByteOrder.LITTLE_ENDIAN);
    reversed.idb(1, 262144).epb(0, 1_000_000, frame, 60);
    reversed.raw(reversed.buf(28).putInt(0x0a0d0d0a).putInt(28).putInt(0x4d3c2b1a)
        .putShort((short) 1).putShort((short) 0).putLong(-1).putInt(28).array());
    for (byte[] bytes : List.of(other.bytes(), reversed.bytes())) {
      Path f = Files.write(dir.resolve("sections.pcapng"), bytes);
      Oracles.Run tcpdump = Oracles.run(List.of("tcpdump", "-r", f.toString(), "-w", "/dev/null"));
      List<String> said = tcpdump.stderr().lines().toList();
      String words = said.get(said.size() - 1).replace("tcpdump: pcap_loop: ", "");
      try (PacketSource in = CaptureFiles.open(f)) {
        var p = new Packet();
        assertTrue(in.next(p));
        var e = assertThrows(CaptureFileException.class, () -> in.next(p));
        assertEquals(words, e.getMessage());
      }
    }
    assertEquals(2, readAll(Files.write(dir.resolve("both.pcapng"), other.bytes())).size());
  }

  @Test
  void readsSimplePacketBlocksAsTcpdumpDoes() throws IOException {
    List<Frame> frames = genFrames(100, 301, 0);
    var b = new PcapngBuilder().section(ByteOrder.LITTLE_ENDIAN);
    b.idb(1, 128);
    for (Frame f : frames) b.spb(java.util.Arrays.copyOf(f.data(), Math.min(128, f.caplen())), f.wirelen());
    Path f = dir.resolve("spb.pcapng");
    Files.write(f, b.bytes());
    List<Frame> jdump = read(f);
    assertEquals(100, jdump.size());
    assertEquals(Oracles.tcpdump(f), jdump);
    assertEquals(Oracles.tshark(f), jdump);
  }

  @Test
  void bufferDoesNotGrowAcrossManyPackets() throws IOException {
    Path ng = Oracles.editcap(Oracles.genPcap(dir, 20000, 401, 0), "pcapng", dir.resolve("big.pcapng"));
    try (var in = (PcapngReader) CaptureFiles.open(ng)) {
      var p = new Packet();
      int n = 0;
      while (in.next(p)) {
        n++;
        assertEquals(ByteInput.DEFAULT_CAPACITY, in.bufferCapacity());
      }
      assertEquals(20000, n);
      assertEquals(Files.size(ng), in.position());
    }
  }

  @Test
  void readsAStreamThatArrivesInDribbles() throws IOException {
    Path f = dir.resolve("mixed.pcapng");
    Files.write(f, RandomPcapng.build(genFrames(200, 501, 0), 501, false));
    byte[] bytes = Files.readAllBytes(f);
    var dribble = new PcapReaderTest.Dribble(new ByteArrayInputStream(bytes), 5);
    try (PacketSource in = CaptureFiles.openAllInterfaces(dribble)) {
      assertEquals(readAll(f), Frame.readAll(in));
      assertEquals(bytes.length, in.position());
    }
  }
}
