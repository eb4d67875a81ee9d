package io.jdump.print;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import java.io.FileOutputStream;
import java.nio.file.Path;

/**
 * Development aid, not a test: what {@code jdump -n -r FILE > /dev/null} will do (reader,
 * printer, sink), timed, to run beside {@code tcpdump -n -r FILE > /dev/null}.
 */
final class PrintEndToEndBench {
  private PrintEndToEndBench() {}

  public static void main(String[] args) throws Exception {
    String flags = args.length > 1 ? args[1] : "";
    // CPU time of this thread as well as wall time: on a shared machine the wall time mostly
    // measures the neighbours.
    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      long c0 = cpu.getCurrentThreadCpuTime();
      long n = 0;
      PacketPrinter printer = new PacketPrinter(TcpdumpFlags.parse(flags, "UTC"));
      try (PacketSource source = CaptureFiles.open(Path.of(args[0]));
          PrintSink sink = new PrintSink(printer, new FileOutputStream("/dev/null"), false)) {
        Packet p = new Packet();
        while (source.next(p)) {
          sink.write(p);
          n++;
        }
      }
      System.out.printf("round %d: %d packets in %.3f s (%.3f s CPU)%n", round, n,
          (System.nanoTime() - t0) / 1e9, (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
    }
  }
}
