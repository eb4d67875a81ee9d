package io.jdump.bench.pcap4j;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import io.jdump.pcap4j.FrameListener;
import io.jdump.pcap4j.JdumpHandle;
import io.jdump.pcap4j.JdumpPcaps;
import java.lang.management.ManagementFactory;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.Pcaps;
import org.pcap4j.packet.Packet;

/**
 * One measured pass of bench/pcap4j: a capture file read with a filter, every passing packet
 * handed to the caller, in one of three ways. {@code alone}: pcap4j's own {@code PcapHandle}
 * (libpcap reads and filters, each passing packet is copied out through JNA and dissected);
 * {@code jdump}: the same loop on a {@link JdumpHandle} (jdump reads and filters, each passing
 * packet is dissected by the same pcap4j factory); {@code frames}: jdump with a
 * {@link FrameListener}, no copy and no dissection. The script forks one JVM per pass, so
 * that no pass warms or pollutes another's.
 *
 * <p>Prints one line, tab-separated: mode, packets delivered, wall seconds, bytes allocated on
 * the heap per delivered packet by all threads ({@link HeapAllocation}), the sum of the
 * delivered lengths (both ways must agree), CPU seconds of the whole process (every thread:
 * a handle reading ahead, the JIT compilers, the collector), then the reading thread's own
 * allocation per delivered packet and CPU seconds ({@code com.sun.management.ThreadMXBean}; it
 * also runs libpcap's native reads in the pcap4j pass). The times cover open, filter
 * compilation and the whole read.
 */
public final class Pcap4jBench {
  private Pcap4jBench() {}

  /**
   * Runs one pass.
   *
   * @param args mode ({@code alone}, {@code jdump}, {@code frames}), capture file, filter
   * @throws Exception whatever the pass throws: the script reports the failure
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String file = args[1];
    String filter = args[2];
    var mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var heap = new HeapAllocation();
    long thread = Thread.currentThread().getId();
    heap.start();
    long bytes0 = mx.getThreadAllocatedBytes(thread);
    long cpu0 = mx.getCurrentThreadCpuTime();
    long process0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    long[] got = switch (mode) {
      case "alone" -> alone(file, filter);
      case "jdump" -> jdump(file, filter);
      case "frames" -> frames(file, filter);
      default -> throw new IllegalArgumentException("mode: alone, jdump or frames");
    };
    long t1 = System.nanoTime();
    long process1 = os.getProcessCpuTime();
    long cpu1 = mx.getCurrentThreadCpuTime();
    long bytes1 = mx.getThreadAllocatedBytes(thread);
    long allocated = heap.allocated();
    double delivered = Math.max(1, got[0]);
    System.out.printf("%s\t%d\t%.3f\t%.0f\t%d\t%.3f\t%.0f\t%.3f%n", mode, got[0],
        (t1 - t0) / 1e9, allocated / delivered, got[1], (process1 - process0) / 1e9,
        (bytes1 - bytes0) / delivered, (cpu1 - cpu0) / 1e9);
  }

  /** The one method both handles share: the next passing packet, dissected, or null. */
  private interface Reader {
    Packet next() throws Exception;
  }

  /** {@return delivered packets and the sum of their lengths} through pcap4j and libpcap. */
  private static long[] alone(String file, String filter) throws Exception {
    try (PcapHandle h = Pcaps.openOffline(file)) {
      h.setFilter(filter, BpfCompileMode.OPTIMIZE);
      return drain(h::getNextPacket);
    }
  }

  /** {@return delivered packets and the sum of their lengths} through jdump. */
  private static long[] jdump(String file, String filter) throws Exception {
    try (JdumpHandle h = JdumpPcaps.openOffline(file)) {
      h.setFilter(filter, BpfCompileMode.OPTIMIZE);
      return drain(h::getNextPacket);
    }
  }

  private static long[] drain(Reader r) throws Exception {
    long n = 0;
    long sum = 0;
    for (Packet p; (p = r.next()) != null; n++) sum += p.length();
    return new long[] {n, sum};
  }

  /** {@return delivered packets and the sum of their lengths} through jdump's raw view. */
  private static long[] frames(String file, String filter) throws Exception {
    try (JdumpHandle h = JdumpPcaps.openOffline(file)) {
      h.setFilter(filter, BpfCompileMode.OPTIMIZE);
      long[] r = new long[2];
      h.loop(-1, (FrameListener) f -> {
        r[0]++;
        r[1] += f.caplen();
      });
      return r;
    }
  }
}
