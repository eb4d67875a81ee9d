package io.jdump.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.oracle.Libpcap;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * tcpdump and LiveSource capture the same mixed traffic (UDP and TCP over IPv4 and IPv6, ping,
 * ping -6) at the same time, on the same device: they must see the same frames, byte for byte,
 * with time stamps of the same precision (each capture socket stamps its own copy).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveSourceVersusTcpdumpTest {
  private static final int UDP_PORT = 9896;
  private static final int TCP_PORT = 9897;

  private VethLab lab;
  private Traffic traffic;
  private PcapLibrary lib;
  private Libpcap oracle;
  private final List<AutoCloseable> servers = new ArrayList<>();

  @BeforeAll
  void createLab() throws Exception {
    lab = VethLab.create("c");
    traffic = new Traffic(lab);
    lib = PcapLibrary.load();
    oracle = Libpcap.load();
    servers.add(new DatagramSocket(new InetSocketAddress(InetAddress.getByName(lab.hostV4()), UDP_PORT)));
    servers.add(new DatagramSocket(new InetSocketAddress(InetAddress.getByName(lab.hostV6()), UDP_PORT)));
    var tcp = new ServerSocket();
    tcp.bind(new InetSocketAddress(InetAddress.getByName(lab.hostV4()), TCP_PORT));
    servers.add(tcp);
    Thread server = new Thread(() -> serve(tcp), "tcp-server");
    server.setDaemon(true);
    server.start();
  }

  /** Reads each connection to its end, answers with what it read, closes. */
  private static void serve(ServerSocket tcp) {
    while (!tcp.isClosed()) {
      try (Socket s = tcp.accept()) {
        byte[] all = s.getInputStream().readAllBytes();
        s.getOutputStream().write(all, 0, Math.min(all.length, 1000));
      } catch (IOException e) {
        // closed at the end of the class, or a client went away
      }
    }
  }

  @AfterAll
  void removeLab() throws Exception {
    for (AutoCloseable s : servers) s.close();
    if (lab != null) lab.close();
  }

  /** Sends the whole mix; the last frame is a UDP datagram saying "jdump-live end". */
  private void sendMix(String tag) throws IOException {
    traffic.udp(lab.hostV4(), UDP_PORT, Traffic.payloads(tag + "4", 15, 61));
    traffic.udp(lab.hostV6(), UDP_PORT, Traffic.payloads(tag + "6", 15, 62));
    traffic.tcp(lab.hostV4(), TCP_PORT, Traffic.payloads(tag + "t", 1, 63).get(0));
    traffic.ping(lab.hostV4(), 3);
    traffic.ping(lab.hostV6(), 3);
    traffic.udp(lab.hostV4(), UDP_PORT, List.of(Traffic.text("jdump-live end " + tag)));
  }

  private List<Frame> untilEnd(TcpdumpRun tcpdump, String tag) throws Exception {
    // tcpdump -U writes each frame as it comes; wait (with a deadline) for the last one.
    for (int i = 0; i < 200; i++) {
      List<Frame> frames = tcpdump.frames();
      if (frames.stream().anyMatch(f -> f.udpStartsWith("jdump-live end " + tag))) return frames;
      Thread.sleep(100);
    }
    return tcpdump.frames();
  }

  private void compareWithTcpdump(String device, String tag, TimestampPrecision precision,
      boolean kernelFilter, Path dir) throws Exception {
    var args = new ArrayList<String>();
    if (precision == TimestampPrecision.NANO) args.add("--time-stamp-precision=nano");
    String expr = "host " + lab.peerV4() + " or host " + lab.peerV6();
    args.add(expr);
    try (var tcpdump = TcpdumpRun.start(device, dir.resolve(tag + ".pcap"), args);
        LiveSource in = LiveSource.open(lib, device,
            LiveOptions.defaults().withPrecision(precision))) {
      BpfProgram program = oracle.compile(expr, in.dlt(), in.snaplen(), true);
      if (kernelFilter) in.setFilter(program);
      var loaded = oracle.load(program);
      var capture = Capturing.start(in, f -> f.udpStartsWith("jdump-live end " + tag));
      sendMix(tag);
      List<Frame> all = capture.await();
      // Without the kernel filter every frame crosses; the program decides in user space.
      List<Frame> ours = all.stream()
          .filter(f -> oracle.filter(loaded, f.bytes(), f.wirelen(), f.caplen()) != 0).toList();
      List<Frame> theirs = untilEnd(tcpdump, tag);
      tcpdump.stop();

      assertEquals(precision == TimestampPrecision.NANO, in.nanoPrecision());
      assertTrue(ours.size() >= 15 + 15 + 6 + 6 + 1 + 5, "the mix is all there: " + ours.size());
      assertEquals(theirs.size(), ours.size(), "frames: tcpdump vs LiveSource");
      for (int i = 0; i < ours.size(); i++) {
        Frame mine = ours.get(i);
        Frame tcpdumps = theirs.get(i);
        assertTrue(mine.sameFrame(tcpdumps), "frame " + i + ": " + mine + " vs " + tcpdumps);
        // Each capture socket stamps frames itself: the same instant, give or take the socket.
        long apart = Math.abs(mine.timestampNanos() - tcpdumps.timestampNanos());
        assertTrue(apart < 1_000_000_000L, "frame " + i + " time stamps " + apart + " ns apart");
      }
      boolean subMicro = ours.stream().anyMatch(f -> f.timestampNanos() % 1000 != 0);
      assertEquals(precision == TimestampPrecision.NANO, subMicro, "nanosecond digits present");
      if (kernelFilter) assertEquals(all.size(), ours.size(), "the kernel filter let only these through");
    }
  }

  @Test
  void seesWhatTcpdumpSeesWithTheKernelFilter(@TempDir Path dir) throws Exception {
    compareWithTcpdump(lab.captureDevice(), "kf", TimestampPrecision.MICRO, true, dir);
  }

  @Test
  void seesWhatTcpdumpSeesWhenEveryFrameCrosses(@TempDir Path dir) throws Exception {
    compareWithTcpdump(lab.captureDevice(), "nf", TimestampPrecision.MICRO, false, dir);
  }

  @Test
  void nanosecondTimeStampsAreTcpdumpsToo(@TempDir Path dir) throws Exception {
    compareWithTcpdump(lab.captureDevice(), "ns", TimestampPrecision.NANO, true, dir);
  }

  @Test
  void onTheAnyDeviceSeesTcpdumpsLinuxSll2Frames(@TempDir Path dir) throws Exception {
    compareWithTcpdump("any", "an", TimestampPrecision.MICRO, true, dir);
  }
}
