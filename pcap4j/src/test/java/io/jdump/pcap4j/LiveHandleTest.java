package io.jdump.pcap4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.live.LiveOptions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNetworkInterface.PromiscuousMode;
import org.pcap4j.core.PcapStat;
import org.pcap4j.core.Pcaps;
import org.pcap4j.core.RawPacketListener;
import org.pcap4j.packet.namednumber.DataLinkType;

/**
 * A live handle on the loopback device, against pcap4j's own handle on the same device at the
 * same time: frames jdump sends are the frames both capture, byte for byte; the counters of
 * both agree; dispatch returns what arrived; a loop broken by breakLoop can loop again; setDlt
 * answers as pcap4j's. Frames carry an EtherType of their own (0x88b5, IEEE's local
 * experimental one) and go to loopback only.
 */
@Timeout(120)
class LiveHandleTest {
  private static final String FILTER = "ether proto 0x88b5";
  private static final HexFormat HEX = HexFormat.of();

  /** Seeded frames: broadcast destination, local source, type 0x88b5, random payload. */
  private static List<byte[]> frames(long seed, int count) {
    var rnd = new Random(seed);
    var out = new ArrayList<byte[]>();
    for (int i = 0; i < count; i++) {
      byte[] f = new byte[14 + 46 + rnd.nextInt(400)];
      for (int k = 0; k < 6; k++) f[k] = (byte) 0xff;
      f[6] = 0x02;
      f[11] = (byte) i;
      f[12] = (byte) 0x88;
      f[13] = (byte) 0xb5;
      byte[] payload = new byte[f.length - 14];
      rnd.nextBytes(payload);
      System.arraycopy(payload, 0, f, 14, payload.length);
      out.add(f);
    }
    return out;
  }

  private static JdumpHandle openOurs() throws Exception {
    JdumpHandle h = JdumpPcaps.openLive("lo",
        LiveOptions.defaults().withImmediate(true).withTimeoutMs(200));
    h.setFilter(FILTER, BpfCompileMode.OPTIMIZE);
    // A read waiting in libpcap cannot be interrupted: if a frame never comes, break it.
    var watchdog = new Thread(() -> {
      try {
        Thread.sleep(60_000);
        if (h.isOpen()) h.breakLoop();
      } catch (Exception e) {
        // closed meanwhile, or the JVM is ending
      }
    }, "LiveHandleTest watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    return h;
  }

  private static PcapHandle openTheirs() throws Exception {
    PcapHandle h = new PcapHandle.Builder("lo").snaplen(262144)
        .promiscuousMode(PromiscuousMode.NONPROMISCUOUS).timeoutMillis(200).immediateMode(true)
        .build();
    h.setFilter(FILTER, BpfCompileMode.OPTIMIZE);
    return h;
  }

  @Test
  void framesSentAreCapturedByBothAndCountedAlike() throws Exception {
    List<byte[]> sent = frames(17, 40);
    List<byte[]> fromPcap4j = frames(18, 8);
    try (JdumpHandle sender = JdumpPcaps.openLive("lo", LiveOptions.defaults());
        PcapHandle theirSender = openTheirs();
        JdumpHandle ours = openOurs();
        PcapHandle theirs = openTheirs()) {
      var expected = new ArrayList<String>();
      var ourSeen = new ArrayList<String>();
      var theirExpected = new ArrayList<String>();
      var theirSeen = new ArrayList<String>();
      int calls = 0;
      // Bursts of 6 frames, read before the next: a device's ring holds only so many (libpcap
      // drops the rest, in immediate mode a few dozen frames of loopback's size).
      for (int burst = 0; burst < 8; burst++) {
        for (byte[] f : sent.subList(5 * burst, 5 * burst + 5)) {
          sender.sendPacket(f);
          expected.add(HEX.formatHex(f));
          theirExpected.add(HEX.formatHex(f));
        }
        // pcap4j's own sendPacket, from a handle of its own (as jdump's frames come from one):
        // loopback hands it back to every capture
        theirSender.sendPacket(fromPcap4j.get(burst));
        expected.add(HEX.formatHex(fromPcap4j.get(burst)));
        theirExpected.add(HEX.formatHex(fromPcap4j.get(burst)));
        // dispatch waits for a first packet (on Linux whatever the timeout), then hands over
        // what has arrived without waiting for more: at least one packet per call.
        while (ourSeen.size() < expected.size()) {
          int n = ours.dispatch(-1, (RawPacketListener) b -> ourSeen.add(HEX.formatHex(b)));
          assertTrue(n > 0, "dispatch returned " + n + " after " + ourSeen.size());
          calls++;
        }
        while (theirSeen.size() < theirExpected.size()) {
          theirSeen.add(HEX.formatHex(theirs.getNextRawPacketEx()));
        }
      }
      // Loopback hands frames to the stack through per-CPU queues: a sender that moves to the
      // other core between two frames may see them arrive swapped. Same frames, any order.
      assertEquals(sorted(expected), sorted(ourSeen));
      assertEquals(sorted(theirExpected), sorted(theirSeen));
      assertTrue(calls < expected.size(), calls + " calls: dispatch handed over one at a time");

      // a count stops it early; the rest waits for the next call
      for (byte[] f : frames(21, 5)) sender.sendPacket(f);
      assertEquals(3, ours.dispatch(3, (RawPacketListener) b -> { }));
      assertEquals(2, ours.dispatch(-1, (RawPacketListener) b -> { }));
      for (int i = 0; i < 5; i++) theirs.getNextRawPacketEx();

      JdumpStat a = ours.getStats();
      PcapStat b = theirs.getStats();
      // The kernel counts loopback's outgoing copies too (libpcap then skips them): both
      // handles saw the same frames, so both count alike.
      assertEquals(b.getNumPacketsReceived(), a.getNumPacketsReceived());
      assertTrue(a.getNumPacketsReceived() >= expected.size() + 5, a.toString());
      assertEquals(b.getNumPacketsDropped(), a.getNumPacketsDropped());
      assertEquals(b.getNumPacketsDroppedByIf(), a.getNumPacketsDroppedByIf());
      assertEquals(b.getNumPacketsCaptured(), a.getNumPacketsCaptured());
    }
  }

  private static List<String> sorted(List<String> l) {
    return l.stream().sorted().toList();
  }

  @Test
  void aLoopBrokenByBreakLoopCanLoopAgain() throws Exception {
    try (JdumpHandle sender = JdumpPcaps.openLive("lo", LiveOptions.defaults());
        JdumpHandle ours = openOurs()) {
      var seen = new CopyOnWriteArrayList<String>();
      var firstLoop = CompletableFuture.runAsync(() -> {
        try {
          ours.loop(-1, (RawPacketListener) b -> seen.add(HEX.formatHex(b)));
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      });
      for (byte[] f : frames(19, 3)) sender.sendPacket(f);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (seen.size() < 3 && System.nanoTime() < deadline) Thread.sleep(10);
      assertEquals(3, seen.size());
      ours.breakLoop();
      var e = assertThrows(ExecutionException.class, () -> firstLoop.get(20, TimeUnit.SECONDS));
      assertTrue(e.getCause().getCause() instanceof InterruptedException, e.toString());

      List<byte[]> later = frames(20, 2);
      for (byte[] f : later) sender.sendPacket(f);
      ours.loop(2, (RawPacketListener) b -> seen.add(HEX.formatHex(b)));
      assertEquals(sorted(List.of(HEX.formatHex(later.get(0)), HEX.formatHex(later.get(1)))),
          sorted(seen.subList(3, 5)));
    }
  }

  @Test
  void setDltAnswersAsPcap4j() throws Exception {
    try (JdumpHandle ours = openOurs(); PcapHandle theirs = openTheirs()) {
      for (DataLinkType t : List.of(DataLinkType.LINUX_SLL, DataLinkType.RAW,
          DataLinkType.getInstance(250), DataLinkType.DOCSIS, DataLinkType.EN10MB)) {
        assertEquals(outcome(() -> theirs.setDlt(t)), outcome(() -> ours.setDlt(t)), t.toString());
        assertEquals(theirs.getDlt(), ours.getDlt(), t.toString());
      }
    }
  }

  interface Call {
    void run() throws Exception;
  }

  private static String outcome(Call c) {
    try {
      c.run();
      return "ok";
    } catch (Exception e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
