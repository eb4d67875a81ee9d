package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    for (Path file : List.of(in, Path.of("../samples/http.pcap"), Path.of("../samples/arp.pcap"))) {
      for (List<String> extra : cases) {
        var args = new ArrayList<>(List.of("--count", "-r", file.toString()));
        args.addAll(extra);
        String[] a = args.toArray(String[]::new);
        Outcome jdump = Jdump.run(a);
        Outcome tcpdump = Tcpdump.run(a);
        assertEquals(tcpdump.status(), jdump.status(), args::toString);
        assertEquals(tcpdump.out(), jdump.out(), args::toString);
        assertEquals(tcpdump.errLines(), jdump.errLines(), args::toString);
      }
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
    for (Path file : List.of(in, Path.of("../samples/http.pcap"), Path.of("../samples/mixed.pcapng"))) {
      for (List<String> extra : cases) {
        var args = new ArrayList<>(List.of("--count", "-r", file.toString(), "-w", "-"));
        args.addAll(extra);
        String[] a = args.toArray(String[]::new);
        Outcome jdump = Jdump.run(a);
        Outcome tcpdump = Tcpdump.run(a);
        assertEquals(tcpdump.status(), jdump.status(), args::toString);
        assertEquals(tcpdump.errLines(), jdump.errLines(), args::toString);
        byte[] t = tcpdump.stdout();
        String line = Tcpdump.run(args.stream().filter(x -> !x.equals("-w") && !x.equals("-"))
            .toArray(String[]::new)).out();
        assertTrue(line.matches("\\d+ packets?\n"), line);
        byte[] stream = java.util.Arrays.copyOf(t, t.length - line.length());
        assertEquals(line, new String(t, stream.length, line.length(), java.nio.charset.StandardCharsets.US_ASCII),
            args::toString);
        assertArrayEquals(stream, jdump.stdout(), args::toString);
      }
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
    for (Path file : List.of(in, Path.of("../samples/http.pcap"), Path.of("../samples/mixed.pcapng"))) {
      for (List<String> extra : cases) {
        Outcome[] both = new Outcome[2];
        byte[][] written = new byte[2][];
        for (int i = 0; i < 2; i++) {
          Path out = dir.resolve(i == 0 ? "t.pcap" : "j.pcap");
          var args = new ArrayList<>(List.of("--count", "--print", "-r", file.toString(), "-w",
              out.toString()));
          args.addAll(extra);
          String[] a = args.toArray(String[]::new);
          both[i] = i == 0 ? Tcpdump.run(a) : Jdump.run(a);
          written[i] = Files.readAllBytes(out);
        }
        String what = file + " " + extra;
        assertEquals(both[0].status(), both[1].status(), what);
        assertEquals(both[0].out(), both[1].out(), what);
        assertTrue(both[1].out().matches("(?s)(.*\\n)?\\d+ packets?\\n"), what);
        assertEquals(both[0].errLines(), both[1].errLines(), what);
        assertArrayEquals(written[0], written[1], what);
      }
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
    for (Path file : List.of(in, Path.of("../samples/http.pcap"), Path.of("../samples/mixed.pcapng"))) {
      for (List<String> extra : cases) {
        var args = new ArrayList<>(List.of("--print", "-r", file.toString(), "-w", "-"));
        args.addAll(extra);
        String[] a = args.toArray(String[]::new);
        Outcome jdump = Jdump.run(a);
        Outcome tcpdump = Tcpdump.run(a);
        assertEquals(tcpdump.status(), jdump.status(), args::toString);
        assertEquals(tcpdump.errLines(), jdump.errLines(), args::toString);
        assertArrayEquals(tcpdump.stdout(), jdump.stdout(), args::toString);
      }
    }
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
