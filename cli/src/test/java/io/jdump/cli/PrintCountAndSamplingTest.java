package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --count prints only tcpdump 4.99's count line; --print-sampling=N prints every Nth packet
 * (tcpdump 4.99.3 lacks it: the oracle is tcpdump's -# output, every Nth line); -N strips the
 * domain from host names.
 */
class PrintCountAndSamplingTest {
  @TempDir
  Path dir;

  @Test
  void countPrintsWhatTcpdumpPrints() {
    Path in = GenPcap.write(dir, 300, 21, 0);
    List<List<String>> cases = List.of(List.of(), List.of("-n"), List.of("-c", "1"),
        List.of("-c", "17"), List.of("-c", "1000"), List.of("-e", "-vv", "-X"), List.of("tcp"),
        List.of("-c", "5", "icmp or arp"), List.of("-#", "-q"),
        List.of("-w", dir.resolve("out.pcap").toString()),
        List.of("-c", "3", "-w", dir.resolve("out.pcap").toString(), "tcp"));
    var files = List.of(in, Path.of("../samples/http.pcap"), Path.of("../samples/arp.pcap"));
    for (String[] a : SameAsTcpdump.commandLines(files, f -> List.of("--count", "-r", f.toString()),
        cases)) {
      SameAsTcpdump.assertSame(Tcpdump.run(a), Jdump.run(a), String.join(" ", a));
    }
  }

  /**
   * With {@code -w -}, tcpdump 4.99.3 writes its count line to standard output after the
   * capture, where it becomes trailing junk in the stream a reader takes; jdump writes the
   * stream alone, byte for byte tcpdump's, and the same standard error.
   */
  @Test
  void countWithStandardOutputAppendsNothingToTheStream() {
    Path in = GenPcap.write(dir, 300, 23, 0);
    List<List<String>> cases = List.of(List.of(), List.of("-c", "7"), List.of("tcp"),
        List.of("-c", "1", "udp"), List.of("net 10.255.255.0/24"));
    for (String[] a : SameAsTcpdump.commandLines(files(in),
        f -> List.of("--count", "-r", f.toString(), "-w", "-"), cases)) {
      String what = String.join(" ", a);
      Outcome jdump = Jdump.run(a);
      Outcome tcpdump = Tcpdump.run(a);
      assertEquals(tcpdump.status(), jdump.status(), what);
      assertEquals(tcpdump.errLines(), jdump.errLines(), what);
      byte[] t = tcpdump.stdout();
      String line = Tcpdump.run(Arrays.stream(a).filter(x -> !x.equals("-w") && !x.equals("-"))
          .toArray(String[]::new)).out();
      assertTrue(line.matches("\\d+ packets?\n"), line);
      byte[] stream = Arrays.copyOf(t, t.length - line.length());
      assertEquals(line, new String(t, stream.length, line.length(), StandardCharsets.US_ASCII),
          what);
      assertArrayEquals(stream, jdump.stdout(), what);
    }
  }

  /**
   * --count with -w and --print: tcpdump prints each packet as it writes it, then the count
   * line; the file holds what tcpdump's holds.
   */
  @Test
  void countWithPrintAndFilePrintsEachPacketThenTheCount() throws Exception {
    Path in = GenPcap.write(dir, 300, 24, 0);
    List<List<String>> cases = List.of(List.of(), List.of("-c", "9"), List.of("-v", "tcp"),
        List.of("-e", "-c", "1", "udp"), List.of("net 10.255.255.0/24"));
    Path theirs = dir.resolve("t.pcap");
    Path ours = dir.resolve("j.pcap");
    for (String[] a : SameAsTcpdump.commandLines(files(in),
        f -> List.of("--count", "--print", "-r", f.toString(), "-w", "@OUT"), cases)) {
      String what = String.join(" ", a);
      Outcome tcpdump = Tcpdump.run(withOutput(a, theirs));
      Outcome jdump = Jdump.run(withOutput(a, ours));
      SameAsTcpdump.assertSame(tcpdump, jdump, what);
      assertTrue(jdump.out().matches("(?s)(.*\\n)?\\d+ packets?\\n"), what);
      assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours), what);
    }
  }

  /**
   * --print with -w -: tcpdump's records and printed lines share standard output's buffer, so
   * the stream is each packet's record followed by its line; jdump's bytes must be the same.
   */
  @Test
  void printWithStandardOutputInterleavesAsTcpdump() {
    Path in = GenPcap.write(dir, 200, 25, 0);
    List<List<String>> cases = List.of(List.of(), List.of("-c", "7", "-v"), List.of("-U", "tcp"),
        List.of("-e", "-X", "udp"), List.of("--nano"));
    for (String[] a : SameAsTcpdump.commandLines(files(in),
        f -> List.of("--print", "-r", f.toString(), "-w", "-"), cases)) {
      SameAsTcpdump.assertSame(Tcpdump.run(a), Jdump.run(a), String.join(" ", a));
    }
  }

  /** {@return a generated capture beside two samples, one of them pcapng} */
  private static List<Path> files(Path generated) {
    return List.of(generated, Path.of("../samples/http.pcap"), Path.of("../samples/mixed.pcapng"));
  }

  /** {@return the command line with its {@code @OUT} word replaced by {@code out}} */
  private static String[] withOutput(String[] a, Path out) {
    return Arrays.stream(a).map(w -> w.equals("@OUT") ? out.toString() : w)
        .toArray(String[]::new);
  }

  @Test
  void printSamplingPrintsEveryNthPacketWithItsNumber() {
    Path in = GenPcap.write(dir, 500, 22, 0);
    // -S: the skipped packets are not decoded, so relative TCP sequence numbers would start
    // from other segments than tcpdump's on all packets
    List<String> packets = packets(Tcpdump.run("-n", "-S", "-#", "-r", in.toString()).out());
    assertEquals(500, packets.size());
    for (int n : new int[] {1, 2, 3, 7, 50, 499, 500, 501}) {
      Outcome jdump = Jdump.run("-n", "-S", "-#", "--print-sampling=" + n, "-r", in.toString());
      assertEquals(0, jdump.status());
      StringBuilder expected = new StringBuilder();
      for (int i = n - 1; i < packets.size(); i += n) expected.append(packets.get(i));
      assertEquals(expected.toString(), jdump.out(), "every " + n);
    }
  }

  /** {@return -# output cut into packets: a packet starts at a line with its number} */
  private static List<String> packets(String out) {
    List<String> packets = new ArrayList<>();
    for (String line : out.split("(?<=\n)")) {
      if (line.matches("(?s) *\\d+  .*")) packets.add(line);
      else packets.set(packets.size() - 1, packets.get(packets.size() - 1) + line);
    }
    return packets;
  }

  @Test
  void printSamplingRefusesZeroAndNegatives() {
    for (String bad : List.of("0", "-3", "x")) {
      Outcome jdump = Jdump.run("--print-sampling=" + bad, "-r", "../samples/http.pcap");
      assertEquals(1, jdump.status(), bad);
      assertEquals(List.of("jdump: invalid print sampling " + bad), jdump.errLines(), bad);
    }
  }
}
