package io.jdump.print;

import io.jdump.capture.Packet;
import java.nio.file.Path;

/** Development aid: prints a capture with the printer, for side-by-side runs with tcpdump. */
final class PrintDemo {
  private PrintDemo() {}

  public static void main(String[] args) throws Exception {
    PrintOptions opts = TcpdumpFlags.parse(args.length > 1 ? args[1] : "", "UTC");
    PacketPrinter printer = new PacketPrinter(opts);
    StringBuilder sb = new StringBuilder();
    for (Packet p : CaptureReader.read(Path.of(args[0]))) printer.print(p, sb);
    System.out.print(sb);
  }
}
