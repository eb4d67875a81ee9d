package io.jdump.print;

import io.jdump.capture.Packet;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Development aid, not a test: prints a capture held in memory several times to a null writer
 * and reports the packets per second of the printer alone.
 * {@code java -cp ... io.jdump.print.PrintBench big.pcap "-v"}
 */
final class PrintBench {
  private PrintBench() {}

  public static void main(String[] args) throws Exception {
    List<Packet> packets = CaptureReader.read(Path.of(args[0]));
    String flags = args.length > 1 ? args[1] : "";
    boolean noWrite = args.length > 2 && args[2].equals("nowrite");
    for (int round = 0; round < 5; round++) {
      PacketPrinter printer = new PacketPrinter(TcpdumpFlags.parse(flags, "UTC"));
      long bytes = 0;
      StringBuilder sb = new StringBuilder(4096);
      com.sun.management.ThreadMXBean mx =
          (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
      long a0 = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
      long t0 = System.nanoTime();
      try (Writer w = new BufferedWriter(new OutputStreamWriter(
          Files.newOutputStream(Path.of("/dev/null")), StandardCharsets.ISO_8859_1), 1 << 16)) {
        for (Packet p : packets) {
          sb.setLength(0);
          printer.print(p, sb);
          if (!noWrite) w.append(sb);
          bytes += sb.length();
        }
      }
      long ns = System.nanoTime() - t0;
      long alloc = mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - a0;
      System.out.printf("round %d: %d packets in %.3f s = %.0f packets/s, %d chars, %.1f bytes"
          + " allocated/packet%n", round, packets.size(), ns / 1e9, packets.size() / (ns / 1e9),
          bytes, (double) alloc / packets.size());
    }
  }
}
