package io.jdump.capture.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.oracle.Libpcap;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Frames of known content sent across a veth pair arrive through LiveSource as sent. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveSourceTrafficTest {
  private static final int PORT = 9898;
  private static final int OTHER_PORT = 9899;

  private VethLab lab;
  private Traffic traffic;
  private PcapLibrary lib;
  private Libpcap oracle;
  private DatagramSocket sink;
  private DatagramSocket otherSink;

  @BeforeAll
  void createLab() throws Exception {
    lab = VethLab.create("u");
    traffic = new Traffic(lab);
    lib = PcapLibrary.load();
    oracle = Libpcap.load();
    // Bound sockets keep the host from answering with ICMP port unreachable.
    sink = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(lab.hostV4()), PORT));
    otherSink = new DatagramSocket(
        new InetSocketAddress(InetAddress.getByName(lab.hostV4()), OTHER_PORT));
  }

  @AfterAll
  void removeLab() throws IOException {
    if (sink != null) sink.close();
    if (otherSink != null) otherSink.close();
    if (lab != null) lab.close();
  }

  private BpfProgram compile(String expr, LiveSource in) throws Libpcap.CompileError {
    return oracle.compile(expr, in.dlt(), in.snaplen(), true);
  }

  /**
   * tcpdump's defaults: frames come in blocks, a block handed over when full or after the 1 s
   * timeout. (In immediate mode each frame takes a block of its own, of which the default 2 MiB
   * buffer holds 4 at snaplen 262144: a reader that stalls while the JIT warms up loses frames.)
   */
  private LiveSource open() throws LiveCaptureException {
    return LiveSource.open(lib, lab.captureDevice(), LiveOptions.defaults());
  }

  @Test
  void udpDatagramsArriveWholeAndInOrderThroughAKernelFilter() throws Exception {
    List<byte[]> sent = Traffic.payloads("k", 60, 6);
    try (LiveSource in = open()) {
      in.setFilter(compile("udp and src host " + lab.peerV4(), in));
      var capture = Capturing.start(in, f -> f.udpStartsWith("jdump-live k 59 "));
      long before = System.currentTimeMillis();
      traffic.udp(lab.hostV4(), PORT, sent);
      List<Frame> got = capture.await();
      long after = System.currentTimeMillis();

      assertEquals(LinkType.EN10MB.dlt(), in.dlt());
      assertEquals(sent.size(), got.size(), "frames captured");
      for (int i = 0; i < sent.size(); i++) {
        Frame f = got.get(i);
        assertArrayEquals(sent.get(i), f.udpPayload().orElseThrow(), "payload of datagram " + i);
        assertEquals(14 + 20 + 8 + sent.get(i).length, f.wirelen());
        assertEquals(f.wirelen(), f.caplen());
        long ms = f.timestampNanos() / 1_000_000;
        assertTrue(ms >= before - 1000 && ms <= after + 1000, "time stamp in the send window: " + ms);
        if (i > 0) assertTrue(f.timestampNanos() >= got.get(i - 1).timestampNanos());
      }
      var stats = in.stats();
      assertEquals(sent.size(), stats.received(), "received by filter");
      assertEquals(0, stats.dropped());
    }
  }

  @Test
  void kernelFilterKeepsOtherTrafficAway() throws Exception {
    List<byte[]> wanted = Traffic.payloads("w", 20, 7);
    List<byte[]> unwanted = Traffic.payloads("x", 20, 8);
    try (LiveSource in = open()) {
      in.setFilter(compile("udp dst port " + PORT, in));
      var capture = Capturing.start(in, f -> f.udpStartsWith("jdump-live w 19 "));
      traffic.udp(lab.hostV4(), OTHER_PORT, unwanted);
      traffic.ping(lab.hostV4(), 3);
      traffic.udp(lab.hostV4(), PORT, wanted);
      List<Frame> got = capture.await();
      assertEquals(wanted.size(), got.size());
      for (int i = 0; i < wanted.size(); i++) {
        assertArrayEquals(wanted.get(i), got.get(i).udpPayload().orElseThrow());
      }
      assertEquals(wanted.size(), in.stats().received());
    }
  }

  @Test
  void withoutAKernelFilterEveryFrameCrosses() throws Exception {
    List<byte[]> sent = Traffic.payloads("a", 20, 9);
    try (LiveSource in = open()) {
      var capture = Capturing.start(in, f -> f.udpStartsWith("jdump-live a 19 "));
      traffic.ping(lab.hostV4(), 4);
      traffic.udp(lab.hostV4(), OTHER_PORT, sent);
      List<Frame> got = capture.await();
      List<Frame> ours = got.stream().filter(f -> f.udpStartsWith("jdump-live a ")).toList();
      assertEquals(sent.size(), ours.size());
      for (int i = 0; i < sent.size(); i++) {
        assertArrayEquals(sent.get(i), ours.get(i).udpPayload().orElseThrow());
      }
      long requests = got.stream().filter(f -> f.icmpType() == 8).count();
      long replies = got.stream().filter(f -> f.icmpType() == 0).count();
      assertEquals(4, requests, "echo requests");
      assertEquals(4, replies, "echo replies");
      assertTrue(in.stats().received() >= got.size());
    }
  }
}
