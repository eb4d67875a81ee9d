package io.jdump.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.Packet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Malformed packets: Ethernet frames of the captures, with bytes of their headers changed and
 * their capture lengths cut at random (fixed seeds), written to a pcap and printed by tcpdump
 * and by the printer. No decoding bug may surface (every short read must end in tcpdump's
 * marker), and the lines must match tcpdump's, or be no worse than known-gaps.txt records.
 */
class PacketPrinterFuzzTest {
  private static final String[] SOURCES = {
    "src/test/resources/print/captures/gen-seed1.pcap",
    "src/test/resources/print/captures/crafted-app.pcap",
    "src/test/resources/print/captures/crafted-net.pcap",
    "../samples/ipv6.pcap", "../samples/dns.pcap", "../samples/http.pcap",
    "../samples/icmp.pcap", "../samples/vlan.pcap", "../samples/arp.pcap"};
  private static final String[] FLAGS = {"-", "-v", "-e -x"};

  @TestFactory
  Stream<DynamicTest> malformedPacketsPrintAsTcpdumpPrintsThem() throws Exception {
    List<Packet> pool = new ArrayList<>();
    for (String s : SOURCES) pool.addAll(CaptureReader.read(Path.of(s)));
    Map<String, Integer> gaps = PacketPrinterGoldenTest.knownGaps();
    List<DynamicTest> tests = new ArrayList<>();
    for (int seed = 1; seed <= 3; seed++) {
      Path file = mutate(pool, seed);
      for (String flags : FLAGS) {
        String key = file.getFileName() + " | " + flags;
        tests.add(DynamicTest.dynamicTest(key, () -> check(file, flags, key, gaps)));
      }
    }
    return tests.stream();
  }

  private static Path mutate(List<Packet> pool, int seed) throws Exception {
    Random r = new Random(seed);
    List<Packet> out = new ArrayList<>();
    long ts = 1_700_000_000_000_000_000L;
    for (int i = 0; i < 800; i++) {
      Packet src = pool.get(r.nextInt(pool.size()));
      byte[] b = java.util.Arrays.copyOfRange(src.buffer(), src.offset(),
          src.offset() + src.caplen());
      int flips = 1 + r.nextInt(3);
      for (int k = 0; k < flips && b.length > 14; k++) {
        int pos = 12 + r.nextInt(Math.min(b.length, 90) - 12);
        b[pos] = r.nextInt(4) == 0 ? 0 : (byte) r.nextInt(256);
      }
      int caplen = r.nextInt(3) == 0 ? r.nextInt(b.length + 1) : b.length;
      Packet p = new Packet();
      p.set(b, 0, caplen, src.wirelen(), ts + i * 1_000_000L, 1, 0);
      out.add(p);
    }
    Path dir = Path.of("target");
    Files.createDirectories(dir);
    Path file = dir.resolve("print-fuzz-seed" + seed + ".pcap");
    PcapWriter.write(file, 1, out);
    return file;
  }

  private static void check(Path file, String flagSet, String key, Map<String, Integer> gaps)
      throws Exception {
    String flags = flagSet.equals("-") ? "" : flagSet;
    List<String> args = new ArrayList<>(List.of(TcpdumpFlags.tcpdumpArgs(flags)));
    args.add("-#");
    String expected = TcpdumpOracle.run(file, "UTC", args.toArray(String[]::new));
    PacketPrinter printer =
        new PacketPrinter(TcpdumpFlags.parse(flags, "UTC").withNumber(true));
    List<String> got = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (Packet p : CaptureReader.read(file)) {
      sb.setLength(0);
      printer.print(p, sb);
      got.add(sb.toString());
    }
    assertEquals(0, printer.internalErrors(), key + ": decoding bugs caught");
    GoldenComparison.Result r = GoldenComparison.compare(expected, got);
    PacketPrinterGoldenTest.record(key, r);
    int allowed = gaps.getOrDefault(key, 0);
    assertTrue(r.differing() <= allowed, () -> key + ": " + r.differing() + " of " + r.total()
        + " lines differ (allowed " + allowed + "); first at " + r.firstDifference());
  }
}
