package io.jdump.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.Packet;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Garbage in, tcpdump-style lines out: random bytes and randomly damaged real packets on every
 * link type, under every option, never surface a decoding bug (an exception other than a short
 * read) and always end each packet with one newline.
 */
class PacketPrinterRobustnessTest {
  private static final int[] DLTS = {0, 1, 9, 12, 14, 50, 101, 104, 108, 113, 228, 229, 239, 276,
    147, 8, 11, 19, 107, 123, 132, 137, 178, 182};
  private static final String[] FLAGS = {"", "-e", "-q", "-v", "-vvv -e", "-XX", "-A -e", "-x -S",
    "-ttt -K -vv"};

  @Test
  void randomBytesOnEveryLinkTypeNeverSurfaceADecodingBug() {
    Random r = new Random(42);
    for (String flags : FLAGS) {
      PacketPrinter printer = new PacketPrinter(TcpdumpFlags.parse(flags, "UTC"));
      StringBuilder sb = new StringBuilder();
      Packet p = new Packet();
      for (int i = 0; i < 4000; i++) {
        byte[] b = new byte[r.nextInt(200)];
        r.nextBytes(b);
        int caplen = b.length == 0 ? 0 : r.nextInt(b.length + 1);
        p.set(b, 0, caplen, b.length + r.nextInt(3), i * 1000L, DLTS[i % DLTS.length], 0);
        sb.setLength(0);
        printer.print(p, sb);
        assertTrue(sb.length() > 0 && sb.charAt(sb.length() - 1) == '\n', flags);
      }
      RuntimeException last = printer.lastInternalError();
      assertEquals(0, printer.internalErrors(), () -> "decoding bugs with flags " + flags + ": "
          + (last == null ? "" : last + " at " + java.util.Arrays.toString(last.getStackTrace())));
    }
  }

  /**
   * Issue 13's captures (real daemons, and scapy's fuzzed and cut packets) under every option
   * and every -T type: no decoding bug, no loop (each file within a time limit).
   */
  @Test
  void labAndScapyCapturesNeverSurfaceADecodingBugOrLoop() throws Exception {
    List<String> files = PacketPrinterGoldenTest.glob("src/test/resources/print/captures/lab-*.pcap");
    files.addAll(PacketPrinterGoldenTest.glob("src/test/resources/print/captures/scapy-*.pcap"));
    List<String> flagSets = new java.util.ArrayList<>(List.of(FLAGS));
    for (PacketType t : PacketType.values()) {
      if (t != PacketType.NONE) flagSets.add("-v -T " + t.tcpdumpName());
    }
    for (String file : files) {
      List<Packet> packets = CaptureReader.read(Path.of(file));
      for (String flags : flagSets) {
        PacketPrinter printer = new PacketPrinter(TcpdumpFlags.parse(flags, "UTC"));
        StringBuilder sb = new StringBuilder();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20), () -> {
              for (Packet p : packets) {
                sb.setLength(0);
                printer.print(p, sb);
                assertTrue(sb.charAt(sb.length() - 1) == '\n', file + " " + flags);
              }
            }, file + " " + flags);
        RuntimeException last = printer.lastInternalError();
        assertEquals(0, printer.internalErrors(), () -> "decoding bugs in " + file + " with "
            + flags + ": " + (last == null ? ""
            : last + " at " + java.util.Arrays.toString(last.getStackTrace())));
      }
    }
  }

  @Test
  void damagedRealPacketsOnEveryLinkTypeNeverSurfaceADecodingBug() throws Exception {
    List<Packet> pool = CaptureReader.read(Path.of("src/test/resources/print/captures/gen-seed2.pcap"));
    pool.addAll(CaptureReader.read(Path.of("src/test/resources/print/captures/scapy-vrrp.pcap")));
    pool.addAll(CaptureReader.read(Path.of("src/test/resources/print/captures/scapy-hsrp.pcap")));
    pool.addAll(CaptureReader.read(Path.of("src/test/resources/print/captures/scapy-tftp.pcap")));
    pool.addAll(CaptureReader.read(Path.of("src/test/resources/print/captures/scapy-syslog.pcap")));
    pool.addAll(CaptureReader.read(Path.of("src/test/resources/print/captures/crafted-net.pcap")));
    pool.addAll(CaptureReader.read(Path.of("src/test/resources/print/captures/crafted-app.pcap")));
    Random r = new Random(7);
    for (String flags : FLAGS) {
      PacketPrinter printer = new PacketPrinter(TcpdumpFlags.parse(flags, "UTC"));
      StringBuilder sb = new StringBuilder();
      Packet p = new Packet();
      for (int i = 0; i < 3000; i++) {
        Packet src = pool.get(r.nextInt(pool.size()));
        byte[] b = java.util.Arrays.copyOfRange(src.buffer(), src.offset(),
            src.offset() + src.caplen());
        for (int k = r.nextInt(6); k > 0 && b.length > 0; k--) {
          b[r.nextInt(Math.min(b.length, 120))] = (byte) r.nextInt(256);
        }
        int caplen = r.nextBoolean() ? b.length : r.nextInt(b.length + 1);
        // the same bytes read as each link type's payload too: Ethernet frames as raw IP etc.
        int dlt = r.nextInt(3) == 0 ? DLTS[r.nextInt(DLTS.length)] : 1;
        p.set(b, 0, caplen, src.wirelen(), i * 1000L, dlt, 0);
        sb.setLength(0);
        printer.print(p, sb);
        assertTrue(sb.charAt(sb.length() - 1) == '\n', flags);
      }
      RuntimeException last = printer.lastInternalError();
      assertEquals(0, printer.internalErrors(), () -> "decoding bugs with flags " + flags + ": "
          + (last == null ? "" : last + " at " + java.util.Arrays.toString(last.getStackTrace())));
    }
  }
}
