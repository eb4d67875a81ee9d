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
