package io.jdump.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.oracle.Libpcap;
import io.jdump.capture.Packet;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Stopping, a device that goes away, -Q and -s on real traffic. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveSourceControlTest {
  private static final int PORT = 9895;

  private VethLab lab;
  private Traffic traffic;
  private PcapLibrary lib;
  private Libpcap oracle;
  private DatagramSocket sink;

  @BeforeAll
  void createLab() throws Exception {
    lab = VethLab.create("s");
    traffic = new Traffic(lab);
    lib = PcapLibrary.load();
    oracle = Libpcap.load();
    sink = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(lab.hostV4()), PORT));
  }

  @AfterAll
  void removeLab() throws IOException {
    if (sink != null) sink.close();
    if (lab != null) lab.close();
  }

  /** next() on its own thread; {@return what it returned, or its exception} */
  private static CompletableFuture<Boolean> nextOnAThread(LiveSource in) {
    var result = new CompletableFuture<Boolean>();
    Thread t = new Thread(() -> {
      try {
        result.complete(in.next(new Packet()));
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }, "waiting-next");
    t.setDaemon(true);
    t.start();
    return result;
  }

  @Test
  void stopFromAnotherThreadWakesAWaitingNext() throws Exception {
    // A read timeout of 10 minutes: only pcap_breakloop's wake-up can end the wait in time.
    var options = LiveOptions.defaults().withTimeoutMs(600_000);
    try (LiveSource in = LiveSource.open(lib, lab.captureDevice(), options)) {
      in.setFilter(oracle.compile("udp port 1", in.dlt(), in.snaplen(), true));
      var result = nextOnAThread(in);
      Thread.sleep(300); // let it reach poll(); stopping earlier is fine too
      in.stop();
      assertFalse(result.get(20, TimeUnit.SECONDS), "next() after stop()");
      assertFalse(in.next(new Packet()), "and every next() after that");
    }
  }

  @Test
  void stopBeforeNextAndAfterCloseIsHarmless() throws Exception {
    LiveSource in = LiveSource.open(lib, lab.captureDevice(), LiveOptions.defaults());
    in.stop();
    assertFalse(in.next(new Packet()));
    in.close();
    in.stop();
    in.close();
  }

  @Test
  void aDeviceThatDisappearsEndsNextInTcpdumpsWords(@TempDir Path dir) throws Exception {
    String gone = "jdump-t-lgone";
    Shell.run("ip", "link", "del", gone);
    Shell.must("ip", "link", "add", gone, "type", "veth", "peer", "name", "jdump-t-lpeer");
    try {
      Shell.must("ip", "link", "set", gone, "up");
      try (var tcpdump = TcpdumpRun.start(gone, dir.resolve("gone.pcap"), List.of());
          LiveSource in = LiveSource.open(lib, gone, LiveOptions.defaults())) {
        var result = nextOnAThread(in);
        Shell.must("ip", "link", "del", gone);
        var e = assertThrows(java.util.concurrent.ExecutionException.class,
            () -> result.get(20, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof LiveCaptureException, e.getCause().toString());
        assertEquals(1, tcpdump.awaitExit());
        String expected = tcpdump.stderrLines().stream().filter(l -> l.contains("pcap_loop"))
            .findFirst().orElseThrow().substring("tcpdump: ".length());
        assertEquals(expected, e.getCause().getMessage());
        assertTrue(in.stats().received() >= 0, "stats still answer after the failure");
        assertFalse(in.next(new Packet()));
      }
    } finally {
      Shell.run("ip", "link", "del", gone);
    }
  }

  @Test
  void directionInKeepsOnlyWhatCameIn() throws Exception {
    assertEquals(List.of(8), icmpTypesSeen(Direction.IN));
  }

  @Test
  void directionOutKeepsOnlyWhatWentOut() throws Exception {
    assertEquals(List.of(0), icmpTypesSeen(Direction.OUT));
  }

  /** Pings the host 3 times; {@return the distinct ICMP types captured in that direction} */
  private List<Integer> icmpTypesSeen(Direction direction) throws Exception {
    var options = LiveOptions.defaults().withDirection(java.util.Optional.of(direction));
    try (LiveSource in = LiveSource.open(lib, lab.captureDevice(), options)) {
      in.setFilter(oracle.compile("icmp or (udp and port " + PORT + ")", in.dlt(), in.snaplen(), true));
      // Inbound, the end marker comes last; outbound it is never seen: there the third ICMP
      // message ends the capture (an inbound one among the three fails the test all the same).
      var icmpSeen = new java.util.concurrent.atomic.AtomicInteger();
      var capture = Capturing.start(in, f -> direction == Direction.IN
          ? f.udpStartsWith("jdump-live end")
          : f.icmpType() >= 0 && icmpSeen.incrementAndGet() == 3);
      traffic.ping(lab.hostV4(), 3);
      traffic.udp(lab.hostV4(), PORT, List.of(Traffic.text("jdump-live end")));
      List<Frame> got = capture.await();
      List<Frame> icmp = got.stream().filter(f -> f.icmpType() >= 0).toList();
      assertEquals(3, icmp.size(), "one ICMP message per ping in each direction");
      return icmp.stream().map(Frame::icmpType).distinct().toList();
    }
  }

  @Test
  void snaplenCutsFramesAndKeepsTheirWireLength() throws Exception {
    List<byte[]> sent = Traffic.payloads("s", 10, 11);
    var options = LiveOptions.defaults().withSnaplen(64);
    try (LiveSource in = LiveSource.open(lib, lab.captureDevice(), options)) {
      assertEquals(64, in.snaplen());
      in.setFilter(oracle.compile("udp port " + PORT, in.dlt(), in.snaplen(), true));
      var capture = Capturing.start(in, f -> new String(f.bytes(), 42, f.caplen() - 42,
          java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("jdump-live s 9 "));
      traffic.udp(lab.hostV4(), PORT, sent);
      List<Frame> got = capture.await();
      assertEquals(sent.size(), got.size());
      for (int i = 0; i < sent.size(); i++) {
        Frame f = got.get(i);
        int wire = 14 + 20 + 8 + sent.get(i).length;
        assertEquals(Math.min(64, wire), f.caplen());
        assertEquals(wire, f.wirelen());
        byte[] head = java.util.Arrays.copyOfRange(f.bytes(), 42, f.caplen());
        assertEquals(new String(java.util.Arrays.copyOf(sent.get(i), head.length),
            java.nio.charset.StandardCharsets.ISO_8859_1),
            new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
  }
}
