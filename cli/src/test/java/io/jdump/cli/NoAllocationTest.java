package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.Interpreter;
import io.jdump.bpf.Listing;
import io.jdump.capture.PacketSink;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import io.jdump.print.PacketPrinter;
import io.jdump.print.PrintOptions;
import io.jdump.print.PrintSink;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The read -> filter -> write loop allocates nothing per packet: ten times the packets must not
 * cost more than a small constant of allocated bytes more (what is measured is this thread's
 * allocation, not time). Printing is held to a looser bar: its decoders still allocate now and
 * then (about 2 bytes a packet on this mix), which is the printer's business, not the loop's.
 */
class NoAllocationTest {
  /** tcpdump -ddd 'ip and udp or tcp' for Ethernet: keeps about half the workload. */
  private static final String PROGRAM = """
      10
      40 0 0 12
      21 0 2 2048
      48 0 0 23
      21 4 5 17
      21 0 4 34525
      48 0 0 20
      21 1 0 17
      21 0 1 6
      6 0 0 262144
      6 0 0 0
      """;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static long allocatedBy(byte[] pcap, boolean print) throws Exception {
    var filter = Interpreter.of(Listing.parseDdd(PROGRAM));
    OutputStream nowhere = OutputStream.nullOutputStream(); // closed with the sink
    try (PacketSource in = CaptureFiles.open(new ByteArrayInputStream(pcap));
         PacketSink out = print
             ? new PrintSink(new PacketPrinter(PrintOptions.defaults()), nowhere, false)
             : CaptureFiles.pcapWriter(nowhere, in.dlt(), in.snaplen(), false)) {
      var loop = new PacketLoop(in, filter, out, 0, Progress.NONE, Interruption.none(), Messages::printingOutput);
      long before = THREADS.getCurrentThreadAllocatedBytes();
      loop.run();
      return THREADS.getCurrentThreadAllocatedBytes() - before;
    }
  }

  @Test
  void tenTimesThePacketsAllocateNoMoreWhenWritingOrPrinting() throws Exception {
    byte[] small = new PcapMaker(1).bytes(20_000);
    byte[] large = new PcapMaker(1).bytes(200_000);
    for (boolean print : new boolean[] {false, true}) {
      allocatedBy(large, print); // warm up: let the JIT compile the loop
      long few = allocatedBy(small, print);
      long many = allocatedBy(large, print);
      long extra = many - few;
      long bar = print ? 8 * 180_000 : 64 * 1024;
      assertTrue(extra < bar, () -> (print ? "printing" : "writing") + ": 180,000 more packets cost "
          + extra + " more bytes");
    }
  }
}
