package io.jdump.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.oracle.Libpcap;
import io.jdump.capture.Packet;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Reading packets allocates nothing per packet: the heap the reading thread uses stays flat. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveSourceAllocationTest {
  private static final int PORT = 9894;
  private static final int WARM_UP = 3000;
  private static final int MEASURED = 6000;

  private VethLab lab;
  private Traffic traffic;
  private PcapLibrary lib;
  private Libpcap oracle;
  private DatagramSocket sink;

  @BeforeAll
  void createLab() throws Exception {
    lab = VethLab.create("a");
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

  @Test
  void nextAllocatesNothingPerPacket() throws Exception {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    // 16 MiB of ring: the whole burst fits even while the reader is still being compiled.
    var options = LiveOptions.defaults().withBufferSizeKiB(16384);
    try (LiveSource in = LiveSource.open(lib, lab.captureDevice(), options)) {
      in.setFilter(oracle.compile("udp dst port " + PORT, in.dlt(), in.snaplen(), true));
      var allocated = new CompletableFuture<Long>();
      Thread reader = new Thread(() -> {
        try {
          var p = new Packet();
          long id = Thread.currentThread().getId();
          for (int i = 0; i < WARM_UP; i++) in.next(p);
          long before = threads.getThreadAllocatedBytes(id);
          for (int i = 0; i < MEASURED; i++) in.next(p);
          allocated.complete(threads.getThreadAllocatedBytes(id) - before);
        } catch (Throwable e) {
          allocated.completeExceptionally(e);
        }
      }, "allocation-reader");
      reader.setDaemon(true);
      reader.start();
      List<byte[]> burst = new ArrayList<>();
      for (int i = 0; i < WARM_UP + MEASURED; i++) burst.add(Traffic.text("jdump-live a " + i));
      traffic.udp(lab.hostV4(), PORT, burst);
      long bytes;
      try {
        bytes = allocated.get(60, TimeUnit.SECONDS);
      } finally {
        in.stop();
      }
      assertEquals(0, in.stats().dropped(), "nothing dropped: every packet was read");
      // A few stray objects (a deoptimization, a lazily linked call site) are not per packet.
      assertTrue(bytes < MEASURED, bytes + " bytes allocated reading " + MEASURED + " packets");
      System.out.println("LiveSource.next: " + bytes + " bytes allocated over " + MEASURED + " packets");
    }
  }
}
