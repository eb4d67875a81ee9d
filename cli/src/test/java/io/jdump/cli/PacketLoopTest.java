package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.PacketFilter;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The loop's own rules, on generated packets and filters written as lambdas. */
class PacketLoopTest {
  private static List<byte[]> frames(long seed, int n) {
    var random = new Random(seed);
    var frames = new ArrayList<byte[]>();
    for (int i = 0; i < n; i++) {
      byte[] f = new byte[14 + random.nextInt(1500)];
      random.nextBytes(f);
      frames.add(f);
    }
    return frames;
  }

  @Test
  void keepsExactlyThePacketsTheFilterAcceptsInOrder() throws Failure {
    List<byte[]> frames = frames(1, 5000);
    PacketFilter odd = (buf, off, caplen, wirelen) -> (buf[off] & 1) != 0 ? 262144 : 0;
    var sink = new RecordingSink();
    long kept = new PacketLoop(new FakeSource(frames, null), odd, sink, 0, Progress.NONE, Interruption.none(), Messages::printingOutput).run();
    List<byte[]> expected = frames.stream().filter(f -> (f[0] & 1) != 0).toList();
    assertEquals(expected.size(), kept);
    assertEquals(expected.size(), sink.packets.size());
    for (int i = 0; i < expected.size(); i++) assertArrayEquals(expected.get(i), sink.packets.get(i).bytes());
  }

  @Test
  void aFilterReturningLessThanCaplenKeepsThePacketWholeAsLibpcapOffline() throws Failure {
    List<byte[]> frames = frames(2, 2000);
    PacketFilter snap = (buf, off, caplen, wirelen) -> buf[off + 1] & 0xff; // 0..255 bytes
    var sink = new RecordingSink();
    new PacketLoop(new FakeSource(frames, null), snap, sink, 0, Progress.NONE, Interruption.none(), Messages::printingOutput).run();
    int w = 0;
    for (byte[] f : frames) {
      int keep = f[1] & 0xff;
      if (keep == 0) continue;
      var written = sink.packets.get(w++);
      assertArrayEquals(f, written.bytes());
      assertEquals(f.length + 4, written.wirelen());
    }
    assertEquals(w, sink.packets.size());
  }

  @Test
  void aReturnAboveTwoToTheThirtyOneIsUnsignedAndKeepsThePacketWhole() throws Failure {
    List<byte[]> frames = frames(3, 50);
    var sink = new RecordingSink();
    new PacketLoop(new FakeSource(frames, null), (b, o, c, w) -> 0x80000000, sink, 0, Progress.NONE, Interruption.none(), Messages::printingOutput).run();
    for (int i = 0; i < frames.size(); i++) assertArrayEquals(frames.get(i), sink.packets.get(i).bytes());
  }

  @Test
  void countStopsAfterThatManyKeptPackets() throws Failure {
    List<byte[]> frames = frames(4, 3000);
    PacketFilter third = (buf, off, caplen, wirelen) -> (buf[off] & 0xff) % 3 == 0 ? 65535 : 0;
    for (int count : new int[] {1, 2, 17, 500}) {
      var sink = new RecordingSink();
      long kept = new PacketLoop(new FakeSource(frames, null), third, sink, count, Progress.NONE, Interruption.none(), Messages::printingOutput).run();
      assertEquals(count, kept);
      assertEquals(count, sink.packets.size());
    }
  }

  @Test
  void packetsBeforeACorruptRecordAreWrittenThenTheFailureNamesPcapLoop() {
    List<byte[]> frames = frames(5, 300);
    var sink = new RecordingSink();
    var source = new FakeSource(frames, "truncated dump file; tried to read 16 header bytes, only got 5");
    var loop = new PacketLoop(source, null, sink, 0, Progress.NONE, Interruption.none(), Messages::printingOutput);
    Failure f = assertThrows(Failure.class, loop::run);
    assertEquals("pcap_loop: truncated dump file; tried to read 16 header bytes, only got 5", f.getMessage());
    assertEquals(frames.size(), sink.packets.size());
    assertTrue(loop.inputFailed(), "-V reads the next file after this failure");
  }

  @Test
  void aWriteFailureIsNotAnInputFailure() {
    PacketSink full = new PacketSink() {
      @Override
      public void write(Packet packet) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    var loop = new PacketLoop(new FakeSource(frames(7, 3), null), null, full, 0, Progress.NONE,
        Interruption.none(), Messages::printingOutput);
    assertThrows(Failure.class, loop::run);
    assertFalse(loop.inputFailed(), "-V stops at a write failure");
  }

  @Test
  void progressIsAskedOncePerThousandTwentyFourPacketsRead() throws Failure {
    List<byte[]> frames = frames(6, 5000);
    var calls = new ArrayList<long[]>();
    Progress recording = new Progress() {
      @Override
      public void update(long read, long kept) {
        calls.add(new long[] {read, kept});
      }

      @Override
      public void finish() {}
    };
    new PacketLoop(new FakeSource(frames, null), (b, o, c, w) -> (b[o] & 1), new RecordingSink(), 0,
        recording, Interruption.none(), Messages::printingOutput).run();
    assertEquals(5000 / Progress.EVERY, calls.size());
    for (int i = 0; i < calls.size(); i++) assertEquals((i + 1L) * Progress.EVERY, calls.get(i)[0]);
  }

  @Test
  void anInterruptionStopsOnAPacketBoundaryAtTheNextCheck() throws Failure {
    List<byte[]> frames = frames(7, 5000);
    var interruption = Interruption.none();
    var sink = new RecordingSink();
    Progress interruptAtFirstCheck = new Progress() {
      @Override
      public void update(long read, long kept) {
        interruption.request();
      }

      @Override
      public void finish() {}
    };
    long kept = new PacketLoop(new FakeSource(frames, null), null, sink, 0, interruptAtFirstCheck,
        interruption, Messages::printingOutput).run();
    assertEquals(2L * Progress.EVERY, kept, "stopped at the second check, after the first asked");
    for (int i = 0; i < kept; i++) assertArrayEquals(frames.get(i), sink.packets.get(i).bytes());
  }
}
