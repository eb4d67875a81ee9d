package io.jdump.capture.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PcapReaderTest {
  @TempDir Path dir;

  private static List<Frame> read(Path file) throws IOException {
    try (PacketSource in = CaptureFiles.open(file)) {
      return Frame.readAll(in);
    }
  }

  @ParameterizedTest(name = "{0} packets, seed {1}, cut {2}")
  @CsvSource({"300, 1, 0", "300, 2, 0", "300, 3, 96", "300, 4, 64", "1000, 5, 0", "200, 6, 1500"})
  void readsGeneratedPcapAsTsharkDoes(int packets, int seed, int cut) throws IOException {
    Path f = Oracles.genPcap(dir, packets, seed, cut);
    List<Frame> jdump = read(f);
    assertEquals(packets, jdump.size());
    assertEquals(Oracles.tshark(f), jdump);
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"11", "12", "13"})
  void readsNanosecondPcapAsTsharkAndTcpdumpDo(int seed) throws IOException {
    Path f = Oracles.editcap(Oracles.genPcap(dir, 300, seed, 0), "nsecpcap", dir.resolve("n.pcap"));
    try (PacketSource in = CaptureFiles.open(f)) {
      assertTrue(in.nanoPrecision());
    }
    List<Frame> jdump = read(f);
    assertEquals(Oracles.tshark(f), jdump);
    assertEquals(Oracles.tcpdump(f), jdump);
  }

  @Test
  void readsTcpdumpsNanosecondCopy() throws IOException {
    Path f = Oracles.genPcap(dir, 500, 21, 0);
    Path nano = dir.resolve("nano.pcap");
    Oracles.check(List.of("tcpdump", "--time-stamp-precision=nano", "-r", f.toString(), "-w", nano.toString()));
    assertEquals(read(f), read(nano));
    assertEquals(Oracles.tshark(nano), read(nano));
  }

  @ParameterizedTest(name = "nano {0}")
  @CsvSource({"false", "true"})
  void readsBigEndianPcapAsTsharkDoes(boolean nano) throws IOException {
    Path f = Oracles.genPcap(dir, 400, 31, 0);
    if (nano) f = Oracles.editcap(f, "nsecpcap", dir.resolve("n.pcap"));
    Path swapped = dir.resolve("swapped.pcap");
    Files.write(swapped, PcapBytes.byteSwapped(Files.readAllBytes(f), 16));
    List<Frame> jdump = read(swapped);
    assertEquals(read(f), jdump);
    assertEquals(Oracles.tshark(swapped), jdump);
  }

  @Test
  void readsKuznetzovPcapAsTcpdumpDoes() throws IOException {
    Path f = Oracles.genPcap(dir, 300, 41, 0);
    Path k = dir.resolve("kuznetzov.pcap");
    Files.write(k, PcapBytes.kuznetzov(Files.readAllBytes(f)));
    List<Frame> jdump = read(k);
    assertEquals(read(f), jdump);
    assertEquals(Oracles.tcpdump(k), jdump);
  }

  @Test
  void readsOldVersionsWithSwappedLengthsAsTcpdumpDoes() throws IOException {
    Path f = Oracles.genPcap(dir, 200, 42, 100);
    byte[] v22 = PcapBytes.version(Files.readAllBytes(f), 2, 2, true);
    Path old = dir.resolve("v22.pcap");
    Files.write(old, v22);
    assertEquals(Oracles.tcpdump(old), read(old));
    assertEquals(read(f), read(old));
  }

  @Test
  void keepsSnapshotLengthOfALongerRecordAsTcpdumpDoes() throws IOException {
    Path f = Oracles.genPcap(dir, 200, 43, 0);
    byte[] b = Files.readAllBytes(f);
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 128); // snaplen 128, records longer
    Path cut = dir.resolve("cut.pcap");
    Files.write(cut, b);
    List<Frame> jdump = read(cut);
    assertEquals(Oracles.tcpdump(cut), jdump);
    assertTrue(jdump.stream().allMatch(x -> x.caplen() <= 128));
  }

  @Test
  void readsSecondsPast2038AsTsharkDoes() throws IOException {
    Path f = Oracles.genPcap(dir, 50, 44, 0);
    byte[] b = Files.readAllBytes(f);
    ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    for (int p = 24, i = 0; p < b.length; p += 16 + buf.getInt(p + 8), i++) buf.putInt(p, 0xfffffff0 + i % 8);
    Path late = dir.resolve("2106.pcap");
    Files.write(late, b);
    List<Frame> jdump = read(late);
    assertEquals(Oracles.tshark(late), jdump);
    assertTrue(jdump.get(0).nanos() > 4_294_967_280L * 1_000_000_000L);
  }

  @Test
  void readsAStreamThatArrivesInDribbles() throws IOException {
    Path f = Oracles.genPcap(dir, 300, 51, 0);
    byte[] bytes = Files.readAllBytes(f);
    try (PacketSource in = CaptureFiles.open(new Dribble(new ByteArrayInputStream(bytes), 7))) {
      assertEquals(-1, in.size());
      assertEquals(read(f), Frame.readAll(in));
      assertEquals(bytes.length, in.position());
    }
  }

  @Test
  void readsStandardInputOfAProcess() throws IOException {
    Path f = Oracles.genPcap(dir, 300, 52, 0);
    Process cat = new ProcessBuilder("cat", f.toString()).start();
    try (PacketSource in = CaptureFiles.open(cat.getInputStream())) {
      assertEquals(read(f), Frame.readAll(in));
    }
  }

  @Test
  void bufferDoesNotGrowAcrossManyPackets() throws IOException {
    Path f = Oracles.genPcap(dir, 20000, 61, 0);
    try (var in = (PcapReader) CaptureFiles.open(f)) {
      int capacity = in.bufferCapacity();
      var p = new Packet();
      int n = 0;
      while (in.next(p)) {
        n++;
        assertEquals(capacity, in.bufferCapacity());
      }
      assertEquals(20000, n);
      assertEquals(ByteInput.DEFAULT_CAPACITY, capacity);
      assertEquals(Files.size(f), in.position());
      assertEquals(Files.size(f), in.size());
      assertFalse(in.next(p));
    }
  }

  /** Hands out at most {@code chunk} bytes a read, as a pipe may. */
  static final class Dribble extends FilterInputStream {
    private final int chunk;

    Dribble(InputStream in, int chunk) {
      super(in);
      this.chunk = chunk;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, chunk));
    }
  }
}
