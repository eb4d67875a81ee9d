package io.jdump.pcap4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.Engine;
import io.jdump.bpf.Interpreter;
import io.jdump.capture.live.LiveOptions;
import io.jdump.filter.CompileOptions;
import io.jdump.filter.FilterCompiler;
import java.io.EOFException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PacketListener;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapHandle.TimestampPrecision;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;
import org.pcap4j.core.RawPacketListener;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.UnknownPacket;

/** The javadoc examples of the public API, compiled and run on the samples. */
class ExamplesTest {
  private static final String HTTP = "../samples/http.pcap";

  @Test
  void packageExample() throws Exception {
    var lines = new ArrayList<String>();
    try (JdumpHandle h = JdumpPcaps.openOffline(HTTP)) {
      h.setFilter("tcp port 80", BpfCompileMode.OPTIMIZE);
      h.loop(-1, (PacketListener) p -> lines.add(h.getTimestamp() + " " + p));
    }
    assertEquals(count(HTTP, "tcp port 80"), lines.size());
    assertTrue(lines.get(0).contains("[TCP Header"), lines.get(0));
  }

  @Test
  void openOfflineAndNextPacketEx() throws Exception {
    try (JdumpHandle h = JdumpPcaps.openOffline("../samples/dns.pcap")) {
      h.setFilter("udp port 53", BpfCompileMode.OPTIMIZE);
      Packet p = h.getNextPacketEx();
      assertNotNull(p);
      assertNotNull(h.getTimestamp());
    }
    try (JdumpHandle h = JdumpPcaps.openOffline("../samples/mixed.pcapng")) {
      assertNotNull(h.getNextPacket());
    }
    try (JdumpHandle h = JdumpPcaps.openOffline("../samples/http-nano.pcap",
        TimestampPrecision.NANO)) {
      h.getNextPacketEx();
      Instant when = h.getTimestamp().toInstant();
      assertEquals(h.getTimestampNanos() % 1_000_000_000L, when.getNano());
    }
    var e = assertThrows(PcapNativeException.class, () -> JdumpPcaps.openOffline("nosuch.pcap"));
    assertEquals("nosuch.pcap: No such file or directory", e.getMessage());
  }

  @Test
  void handleLoopWithCount() throws Exception {
    var lengths = new ArrayList<Integer>();
    try (JdumpHandle h = JdumpPcaps.openOffline(HTTP)) {
      h.setFilter("tcp", BpfCompileMode.OPTIMIZE);
      h.loop(10, (PacketListener) p -> lengths.add(h.getOriginalLength()));
    }
    assertEquals(Math.min(10, count(HTTP, "tcp")), lengths.size());
  }

  @Test
  void filterWithNetmask() throws Exception {
    try (JdumpHandle h = JdumpPcaps.openOffline(HTTP)) {
      assertThrows(PcapNativeException.class,
          () -> h.setFilter("ip broadcast", BpfCompileMode.OPTIMIZE));
      h.setFilter("ip broadcast", BpfCompileMode.OPTIMIZE,
          (Inet4Address) InetAddress.getByName("255.255.255.0"));
      assertEquals("ip broadcast", h.getFilteringExpression());
    }
  }

  /** jdump's options reach the compiler: --any-vlan finds the tagged pings. */
  @Test
  void filterOptions() throws Exception {
    String vlan = "../samples/vlan.pcap";
    var meanings = CompileOptions.LIBPCAP.withAnyVlan(true).withIp6Transport(true);
    var expected = new ArrayList<byte[]>();
    try (JdumpHandle all = JdumpPcaps.openOffline(vlan)) {
      var f = Interpreter.of(FilterCompiler.compile("icmp", all.getDlt().value(), 262144,
          true, meanings));
      for (byte[] b; (b = all.getNextRawPacket()) != null; ) {
        if (f.apply(b, 0, b.length, all.getOriginalLength()) != 0) expected.add(b);
      }
    }
    var got = new ArrayList<byte[]>();
    try (JdumpHandle h = JdumpPcaps.openOffline(vlan)) {
      h.setFilter("icmp", FilterOptions.defaults().withMeanings(meanings));
      h.loop(-1, (RawPacketListener) got::add);
    }
    assertTrue(expected.size() > count(vlan, "icmp"), "any-vlan finds tagged packets");
    assertEquals(expected.size(), got.size());
    for (int i = 0; i < got.size(); i++) assertArrayEquals(expected.get(i), got.get(i));

    var o = FilterOptions.defaults().withMeanings(meanings).withNetmask(0xffffff00)
        .withOptimize(false).withSnaplen(96).withEngine(Engine.INTERP);
    try (JdumpHandle h = JdumpPcaps.openOffline(vlan)) {
      h.setFilter("icmp or ip broadcast", o);
      assertNotNull(h.getNextRawPacketEx());
    }
  }

  /** Packets kept past the next read stay intact: dissection copies what it keeps. */
  @Test
  void packetsOutliveTheBuffer() throws Exception {
    for (String file : List.of(HTTP, "../samples/mixed.pcapng", "../samples/ipv6.pcap")) {
      var ours = new ArrayList<Packet>();
      try (JdumpHandle h = JdumpPcaps.openOffline(file)) {
        h.loop(-1, (PacketListener) ours::add);
      }
      try (PcapHandle theirs = Pcaps.openOffline(file)) {
        for (Packet p : ours) assertArrayEquals(theirs.getNextPacketEx().getRawData(), p.getRawData());
        assertThrows(EOFException.class, theirs::getNextPacketEx);
      }
    }
  }

  @Test
  void rawViewAndUnknownPacket() throws Exception {
    long[] bytes = {0};
    try (JdumpHandle h = JdumpPcaps.openOffline(HTTP)) {
      h.loop(-1, (FrameListener) f -> bytes[0] += f.wirelen());
    }
    assertTrue(bytes[0] > 0);
    try (JdumpHandle h = JdumpPcaps.openOffline(HTTP)) {
      UnknownPacket raw = UnknownPacket.newPacket(h.getNextRawPacketEx(), 0,
          h.getOriginalLength());
      assertEquals(h.getOriginalLength(), raw.length());
    }
  }

  @Test
  void breakLoopAndClose() throws Exception {
    var seen = new ArrayList<Packet>();
    try (JdumpHandle h = JdumpPcaps.openOffline("../samples/icmp.pcap")) {
      assertThrows(InterruptedException.class, () -> h.loop(-1, (PacketListener) p -> {
        seen.add(p);
        if (seen.size() == 3) {
          try {
            h.breakLoop();
          } catch (NotOpenException e) {
            throw new AssertionError(e);
          }
        }
      }));
      assertEquals(3, seen.size());
      h.close();
      assertThrows(NotOpenException.class, h::getNextPacket);
    }
    try (JdumpHandle h = JdumpPcaps.openOffline(HTTP)) {
      for (Packet p; (p = h.getNextPacket()) != null; ) seen.add(p);
      assertNull(h.getNextRawPacket());
      assertThrows(EOFException.class, h::getNextRawPacketEx);
    }
  }

  /** A live capture on the loopback device sees a datagram sent to it. */
  @Test
  void openLive() throws Exception {
    try (JdumpHandle h = JdumpPcaps.openLive("lo", LiveOptions.defaults().withImmediate(true));
         var socket = new DatagramSocket()) {
      h.setFilter("udp port 9", BpfCompileMode.OPTIMIZE);
      byte[] hello = "hello".getBytes();
      socket.send(new DatagramPacket(hello, hello.length, InetAddress.getLoopbackAddress(), 9));
      byte[] got = h.getNextRawPacketEx();
      assertEquals(14 + 20 + 8 + 5, got.length);
      assertEquals(got.length, h.getOriginalLength());
    }
    var e = assertThrows(PcapNativeException.class, () -> JdumpPcaps.openLive("nosuch0", 65536,
        org.pcap4j.core.PcapNetworkInterface.PromiscuousMode.PROMISCUOUS, 10));
    assertTrue(e.getMessage().startsWith("nosuch0: "), e.getMessage());
  }

  private static int count(String file, String expr) throws Exception {
    int n = 0;
    try (PcapHandle h = Pcaps.openOffline(file)) {
      h.setFilter(expr, BpfCompileMode.OPTIMIZE);
      while (h.getNextPacket() != null) n++;
    }
    return n;
  }
}
