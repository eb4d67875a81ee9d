package io.jdump.capture.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.bpf.jit.Jit;
import io.jdump.bpf.PacketFilter;
import io.jdump.bpf.Reach;
import io.jdump.capture.split.CaptureSplits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A range is written only when it starts where the range before it ended: with a finder that
 * is always wrong (mid-record, past the range, failing), every range is walked again on the
 * writing thread and the output is still every kept record once, in order.
 */
class RangeCopyFinderTest {
  @TempDir
  Path dir;

  /** Keeps packets whose first byte is even. */
  private static final PacketFilter EVEN = (b, off, caplen, len) -> (b[off] & 1) == 0 ? 1 : 0;
  /** {@link #EVEN} as BPF: ldb [0]; jset #1 jt 2 jf 1; ret #1; ret #0 (every packet has a byte). */
  private static final BpfProgram EVEN_PROGRAM = new BpfProgram(List.of(
      Insn.stmt(Bpf.LD | Bpf.B | Bpf.ABS, 0),
      Insn.jump(Bpf.JMP | Bpf.JSET | Bpf.K, 1, 1, 0),
      Insn.stmt(Bpf.RET | Bpf.K, 1),
      Insn.stmt(Bpf.RET | Bpf.K, 0)));

  @Test
  void wrongBoundariesCostAWalkNotARecord() throws Exception {
    var r = new Random(14);
    var all = new ByteArrayOutputStream();
    var even = new ByteArrayOutputStream();
    byte[] header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putInt(0xa1b2c3d4)
        .putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(1)
        .array();
    all.writeBytes(header);
    even.writeBytes(header);
    for (int i = 0; i < 3000; i++) {
      byte[] data = new byte[14 + r.nextInt(r.nextInt(20) == 0 ? 70_000 : 1500)];
      r.nextBytes(data);
      byte[] rec = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
          .putInt(1_700_000_000 + i).putInt(r.nextInt(1_000_000)).putInt(data.length)
          .putInt(data.length + r.nextInt(10)).array();
      all.writeBytes(rec);
      all.writeBytes(data);
      if ((data[0] & 1) == 0) {
        even.writeBytes(rec);
        even.writeBytes(data);
      }
    }
    Path in = dir.resolve("in.pcap");
    Files.write(in, all.toByteArray());
    List<RangeCopy.Finders> wrong = List.of(
        (s, h) -> (offset, limit) -> offset,                   // mid-record, as often as not
        (s, h) -> (offset, limit) -> offset + 1,
        (s, h) -> (offset, limit) -> s.size(),                 // no record found
        (s, h) -> (offset, limit) -> { throw new IOException("fails"); },
        CaptureSplits::boundaries,                      // Spark's
        CaptureSplits::nearBoundaries);                 // the copy's: forward only
    for (RangeCopy.Finders finders : wrong) {
      // the last one longer than a walk's read (RangeWalk.CHUNK)
      for (int range : new int[] {1000, 10_000, 100_000, 700_000}) {
        check(in, finders, range, null, all.toByteArray());
        check(in, finders, range, EVEN, even.toByteArray());
        // EVEN as a program on the JIT, as a large file's copy runs it
        check(in, finders, range, Jit.compile(EVEN_PROGRAM), even.toByteArray());
      }
    }
  }

  @Test
  void walkingTenTimesTheRecordsAllocatesNoMore() throws IOException {
    var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long[] allocated = new long[2];
    int[] counts = {20_000, 200_000};
    for (int c = 0; c < 2; c++) {
      var r = new Random(c);
      var all = new ByteArrayOutputStream();
      all.writeBytes(ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putInt(0xa1b2c3d4)
          .putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(1)
          .array());
      for (int i = 0; i < counts[c]; i++) {
        byte[] data = new byte[14 + r.nextInt(100)];
        r.nextBytes(data);
        all.writeBytes(ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(i).putInt(0)
            .putInt(data.length).putInt(data.length).array());
        all.writeBytes(data);
      }
      Path in = dir.resolve("walk" + c + ".pcap");
      Files.write(in, all.toByteArray());
      try (var source = (PcapReader) CaptureFiles.open(in);
           var channel = FileChannel.open(in, StandardOpenOption.READ)) {
        long size = channel.size();
        var walk = new RangeWalk((int) size, source, true, 40);
        walk.walk(channel, 24, size, size, EVEN); // warms up
        long before = threads.getCurrentThreadAllocatedBytes();
        walk.walk(channel, 24, size, size, EVEN);
        allocated[c] = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(counts[c], walk.kept() + countOdd(all.toByteArray()));
      }
    }
    assertTrue(allocated[1] < allocated[0] + 4096, () -> java.util.Arrays.toString(allocated));
  }

  /**
   * A file whose long tail is damaged: each range's search for a record start must stop at the
   * range's end (searching to the file's end made every range read the whole tail: 70 s for a
   * 300 MB tail where tcpdump stops in 40 ms). The copy stops where the damage starts.
   */
  @Test
  void aDamagedTailIsSearchedNoFurtherThanEachRange() throws Exception {
    var r = new Random(15);
    var good = new ByteArrayOutputStream();
    good.writeBytes(ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putInt(0xa1b2c3d4)
        .putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1)
        .array());
    for (int i = 0; i < 200; i++) {
      byte[] data = new byte[60 + r.nextInt(100)];
      r.nextBytes(data);
      good.writeBytes(ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(1000 + i)
          .putInt(0).putInt(data.length).putInt(data.length).array());
      good.writeBytes(data);
    }
    byte[] tail = new byte[2_000_000];
    r.nextBytes(tail);
    var all = new ByteArrayOutputStream();
    all.writeBytes(good.toByteArray());
    all.writeBytes(tail);
    Path in = dir.resolve("tail.pcap");
    Files.write(in, all.toByteArray());
    int range = 10_000;
    long[] widest = new long[1];
    RangeCopy.Finders watched = (s, h) -> {
      var near = CaptureSplits.nearBoundaries(s, h);
      return (offset, limit) -> {
        synchronized (widest) {
          widest[0] = Math.max(widest[0], limit - offset);
        }
        return near.find(offset, limit);
      };
    };
    Path out = dir.resolve("tail-out.pcap");
    try (var source = (PcapReader) CaptureFiles.open(in);
         var channel = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
             StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(ByteBuffer.wrap(good.toByteArray(), 0, 24));
      var result = RangeCopy.withFinders(source, in, range, 2, watched)
          .run(channel, null, Reach.WHOLE, () -> false);
      assertEquals(good.size(), result.stoppedAt());
    }
    assertArrayEquals(good.toByteArray(), Files.readAllBytes(out));
    assertTrue(widest[0] <= range, () -> "a range searched " + widest[0] + " bytes");
  }

  private static long countOdd(byte[] pcap) {
    var b = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN);
    long odd = 0;
    for (int p = 24; p < pcap.length; p += 16 + b.getInt(p + 8)) {
      if ((pcap[p + 16] & 1) != 0) odd++;
    }
    return odd;
  }

  private void check(Path in, RangeCopy.Finders finders, int range, PacketFilter filter,
      byte[] expected) throws IOException {
    Path out = dir.resolve("out.pcap");
    try (var source = (PcapReader) CaptureFiles.open(in);
         var channel = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
             StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(ByteBuffer.wrap(expected, 0, 24));
      var result = RangeCopy.withFinders(source, in, range, 2, finders)
          .run(channel, filter, Reach.WHOLE, () -> false);
      assertEquals(Files.size(in), result.stoppedAt());
    }
    assertArrayEquals(expected, Files.readAllBytes(out), "range " + range);
  }
}
