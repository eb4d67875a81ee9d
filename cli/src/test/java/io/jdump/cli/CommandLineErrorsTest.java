package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Command lines tcpdump refuses before reading anything: jdump must refuse them with tcpdump's
 * words and status. The installed tcpdump is run on each one as the oracle.
 */
class CommandLineErrorsTest {
  static Stream<List<String>> refusedCommandLines() {
    var cases = new ArrayList<List<String>>(List.of(
        List.of("-c", "0", "-r", "/nonexistent"),
        List.of("-c", "abc", "-r", "/nonexistent"),
        List.of("-c", "-5", "-r", "/nonexistent"),
        List.of("-c", "2147483648", "-r", "/nonexistent"),
        List.of("-c0"),
        List.of("-s", "abc", "-d", "tcp"),
        List.of("-s", "-1", "-d", "tcp"),
        List.of("-s", "300000", "-d", "tcp"),
        List.of("-s", "10x", "-d", "tcp"),
        List.of("-s", "64 ", "-d", "tcp"),
        List.of("-s", "", "-d"),
        List.of("-s", "0x40001", "-d"),
        List.of("-y", "FOO", "-d", "tcp"),
        List.of("-y", "DLT_EN10MB", "-d", "ip"),
        List.of("-y", "", "-d"),
        List.of("-yfoo", "-d"),
        List.of("--bogus"),
        List.of("--bogus=1", "-r", "x"),
        List.of("-k"),
        List.of("-dk", "tcp"),
        List.of("-Ok"),
        List.of("-r"),
        List.of("-w"),
        List.of("-c"),
        List.of("-F"),
        List.of("-y"),
        List.of("-s"),
        List.of("-d", "-r"),
        List.of("--time-stamp-precision"),
        List.of("--time-stamp-precision=bogus", "-r", "/nonexistent"),
        List.of("--time-stamp-precision", "milli", "-r", "/nonexistent"),
        List.of("--version=x"),
        List.of("--nano=1", "-r", "/nonexistent"),
        List.of("--number=yes"),
        // getopt_long's unique prefixes, named in full in its words
        List.of("--time-stamp-prec"),
        List.of("--vers=1"),
        List.of("--nu=2", "-r", "/nonexistent"),
        List.of("-d", "--", "-c", "0"),
        // checked after every option and after -D, in tcpdump's order
        List.of("-tttttt", "-r", "../samples/http.pcap"),
        List.of("-ttttttt", "-f", "-r", "../samples/http.pcap"),
        List.of("-f", "-r", "../samples/http.pcap"),
        List.of("-f", "-V", "../samples/http.pcap"),
        List.of("-f", "-V", "x", "-r", "y"),
        // tcpdump's getopt loop refuses these before opening anything, a file included
        List.of("-r", "../samples/http.pcap", "-C", "0", "-w", "/nonexistent/x"),
        List.of("-r", "../samples/http.pcap", "-G", "-5", "-w", "/nonexistent/x"),
        List.of("-r", "../samples/http.pcap", "-W", "0", "-C", "1", "-w", "/nonexistent/x"),
        List.of("-r", "../samples/http.pcap", "-B", "abc"),
        List.of("-r", "../samples/http.pcap", "-Q", "bogus"),
        List.of("-d", "-Q", "sideways", "tcp")));
    // Counts that atoi reads as zero or less, generated: tcpdump refuses each.
    var random = new Random(3);
    String[] shapes = {"0", "-", "+0", " -", "x", "0x", "", "-00", "abc", "2147483648", "4294967296"};
    while (cases.size() < 80) {
      String c = shapes[random.nextInt(shapes.length)] + random.nextInt(1000) + (random.nextBoolean() ? "" : "q");
      if (CNumbers.atoi(c) <= 0) cases.add(List.of("-c", c, "-r", "/nonexistent"));
    }
    return cases.stream();
  }

  /**
   * Seeded command lines of 1 to 4 options, good and bad values mixed, -h, --version, --fp-type
   * and unknown options among them, around a file to read or -d: tcpdump's getopt loop acts on
   * each option where it stands, so the first bad value typed is the one refused, and -h,
   * --version, --fp-type or an unknown option end the loop there (-Y too: getopt takes it, but
   * tcpdump's switch has no case for it; -a is taken and does nothing).
   */
  static Stream<List<String>> commandLinesInGetoptOrder() {
    String[][] options = {{"-C", "0", "-1", "1", "abc"}, {"-G", "-5", "0", "x"}, {"-W", "0", "3", "z"},
        {"-B", "0", "abc", "1024"}, {"-Q", "in", "inout", "bogus"}, {"-c", "0", "abc", "5"},
        {"-s", "abc", "-1", "96", "300000"}, {"-T", "foo", "rtp", "snmp"}, {"-y", "EN10MB", "bogus"},
        {"-j", "host", "bogus", "ADAPTER"}, {"--time-stamp-precision", "nano", "pico"}, {"-m", "foo"},
        {"--version"}, {"-h"}, {"--fp-type"}, {"-t"}, {"-v"}, {"-e"}, {"-tttttt"}, {"-k"},
        {"--bogus"}, {"-9"}, {"-z", "gzip"}, {"-E", "bogus"}, {"-a"}, {"-Y"}};
    var random = new Random(8);
    var cases = new ArrayList<List<String>>();
    while (cases.size() < 120) {
      var line = new ArrayList<String>();
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        String[] o = options[random.nextInt(options.length)];
        line.add(o[0]);
        if (o.length > 1) line.add(o[1 + random.nextInt(o.length - 1)]);
      }
      // anywhere, between an option and its value too: getopt then takes the next word as it
      line.addAll(random.nextInt(line.size() + 1), random.nextInt(10) < 7
          ? List.of("-n", "-r", "../samples/http.pcap", "-c", "1") : List.of("-d"));
      cases.add(line);
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("commandLinesInGetoptOrder")
  void optionsAreActedOnInTheOrderTyped(List<String> args) {
    String[] a = args.toArray(String[]::new);
    Outcome tcpdump = Tcpdump.run(a);
    Outcome jdump = Jdump.run(a);
    assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"), jdump::toString);
    assertEquals(tcpdump.status(), jdump.status(), jdump::toString);
    if (!args.contains("--version") && !args.contains("-h")) {
      assertEquals(tcpdump.out(), jdump.out(), jdump::toString);
    }
  }

  /** -m (a MIB module): tcpdump built without libsmi warns and goes on; so does jdump. */
  @Test
  void aMibModuleIsIgnoredWithTcpdumpsWarning() {
    String[] a = {"-n", "-m", "SNMPv2-MIB", "-m", "IF-MIB", "-r", "../samples/http.pcap", "-c", "3"};
    Outcome tcpdump = Tcpdump.run(a);
    Outcome jdump = Jdump.run(a);
    assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"));
    assertEquals(tcpdump.status(), jdump.status());
    assertEquals(tcpdump.out(), jdump.out());
  }

  /** --print with -r and -w: the packets are printed and written, as tcpdump does. */
  @Test
  void printWhileWritingAFile(@TempDir Path dir) throws IOException {
    Path theirs = dir.resolve("theirs.pcap");
    Path mine = dir.resolve("mine.pcap");
    Outcome tcpdump = Tcpdump.run("-n", "--print", "-r", "../samples/dns.pcap", "-w", theirs.toString());
    Outcome jdump = Jdump.run("-n", "--print", "-r", "../samples/dns.pcap", "-w", mine.toString());
    assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"));
    assertEquals(tcpdump.status(), jdump.status());
    assertEquals(tcpdump.out(), jdump.out());
    assertTrue(!jdump.out().isEmpty());
    assertEquals(java.util.Arrays.toString(Files.readAllBytes(theirs)),
        java.util.Arrays.toString(Files.readAllBytes(mine)));
  }

  /** A -V list is read as C strings: a NUL byte ends the name, the rest of its line is lost. */
  @Test
  void aNulByteEndsANameInAFileList(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("list");
    Files.write(list, "nosuch\0../samples/http.pcap\n../samples/dns.pcap\n".getBytes(
        StandardCharsets.US_ASCII));
    Outcome tcpdump = Tcpdump.run("-n", "-V", list.toString());
    Outcome jdump = Jdump.run("-n", "-V", list.toString());
    assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"));
    assertEquals(tcpdump.status(), jdump.status());
    assertEquals(tcpdump.out(), jdump.out());
  }

  @ParameterizedTest
  @MethodSource("refusedCommandLines")
  void refusedWithTcpdumpsWordsAndStatus(List<String> args) {
    String[] a = args.toArray(String[]::new);
    Outcome tcpdump = Tcpdump.run(a);
    Outcome jdump = Jdump.run(a);
    assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"), jdump::toString);
    assertEquals(tcpdump.status(), jdump.status());
    assertEquals(0, jdump.stdout().length);
    assertTrue(tcpdump.status() != 0);
  }
}
