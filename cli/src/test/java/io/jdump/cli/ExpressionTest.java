package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdump.bpf.Listing;
import io.jdump.bpf.ListingFormat;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filter expressions on the command line: jdump keeps the packets tcpdump keeps with the same
 * expression, -d prints what the compiler made for the link type and snap length in force, and
 * a bad expression is refused in tcpdump's words.
 */
class ExpressionTest {
  @TempDir
  Path dir;

  /** The benchmark's filters (bench/filters.txt) and a few of the CLI's own. */
  private static List<String> expressions() throws IOException {
    var all = new ArrayList<String>(FileCopyTest.EXPRESSIONS);
    for (String line : Files.readAllLines(GenPcap.benchFile("filters.txt"))) {
      if (!line.isBlank() && !line.startsWith("#") && !line.equals("(empty)")) all.add(line);
    }
    return all;
  }

  @Test
  void aFilteredCopyEqualsTcpdumpsForEachExpression() throws IOException {
    Path in = GenPcap.write(dir, 3000, 5, 0);
    for (String expression : expressions()) {
      Path ours = dir.resolve("jdump.out");
      Path theirs = dir.resolve("tcpdump.out");
      Outcome jdump = Jdump.run("-r", in.toString(), "-w", ours.toString(), expression);
      Outcome tcpdump = Tcpdump.run("-r", in.toString(), "-w", theirs.toString(), expression);
      assertEquals(tcpdump.status(), jdump.status(), () -> expression + "\n" + jdump);
      assertEquals(tcpdump.errLines(), jdump.errLines());
      assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours), expression);
    }
  }

  @Test
  void anExpressionSplitOverArgumentsIsJoinedBySpaces() throws IOException {
    Path in = GenPcap.write(dir, 1000, 6, 0);
    Outcome joined = Jdump.run("-r", in.toString(), "-w", "-", "tcp port 80 or udp");
    Outcome split = Jdump.run("-r", in.toString(), "-w", "-", "tcp", "port", "80", "or", "udp");
    assertEquals(0, split.status(), split::toString);
    assertArrayEquals(joined.stdout(), split.stdout());
    assertArrayEquals(Tcpdump.run("-r", in.toString(), "-w", "-", "tcp", "port", "80", "or", "udp").stdout(),
        split.stdout());
  }

  @Test
  void aFilterFileWithCommentsKeepsWhatItsExpressionKeepsAndArgumentsAfterItAreIgnored()
      throws IOException {
    Path in = GenPcap.write(dir, 1000, 7, 0);
    Path f = Files.writeString(dir.resolve("filter"), "tcp # web only\n  and port 80 # comment\n");
    Outcome jdump = Jdump.run("-r", in.toString(), "-w", "-", "-F", f.toString(), "udp");
    Outcome tcpdump = Tcpdump.run("-r", in.toString(), "-w", "-", "-F", f.toString(), "udp");
    assertEquals(0, jdump.status(), jdump::toString);
    assertEquals(tcpdump.errLines(), jdump.errLines());
    assertArrayEquals(tcpdump.stdout(), jdump.stdout());
    assertArrayEquals(Jdump.run("-r", in.toString(), "-w", "-", "tcp and port 80").stdout(), jdump.stdout());
  }

  @Test
  void countCountsPacketsTheFilterKept() throws IOException {
    Path in = GenPcap.write(dir, 2000, 8, 0);
    for (String count : List.of("1", "5", "40")) {
      Outcome jdump = Jdump.run("-c", count, "-r", in.toString(), "-w", "-", "udp");
      Outcome tcpdump = Tcpdump.run("-c", count, "-r", in.toString(), "-w", "-", "udp");
      assertArrayEquals(tcpdump.stdout(), jdump.stdout(), count);
    }
  }

  /** -d shows the compiler's program for -y (or the file's type), -s (or the file's) and -O. */
  @Test
  void listingsUseTheLinkTypeSnapLengthAndOptimizerInForce() throws IOException, FilterException {
    Path snapped = GenPcap.write(dir, 10, 9, 96);
    record Case(List<String> args, int dlt, int snaplen, boolean optimize, String warning) {}
    String reading = "reading from file " + snapped + ", link-type EN10MB (Ethernet), snapshot length 96";
    var cases = List.of(
        new Case(List.of(), 1, 262144, true, "Warning: assuming Ethernet"),
        new Case(List.of("-y", "EN10MB"), 1, 262144, true, null),
        new Case(List.of("-y", "en10mb", "-O"), 1, 262144, false, null),
        new Case(List.of("-y", "RAW", "-s", "0"), 12, 262144, true, null),
        new Case(List.of("-y", "LINUX_SLL", "-s", "0x60"), 113, 96, true, null),
        new Case(List.of("-s", "1500"), 1, 1500, true, "Warning: assuming Ethernet"),
        new Case(List.of("-r", snapped.toString(), "-s", "1500", "-y", "RAW"), 1, 96, true, reading));
    for (String expression : List.of("tcp port 80", "ip6 or udp", "host 10.1.2.3 and not port 22")) {
      for (Case c : cases) {
        for (int d = 1; d <= 3; d++) {
          var args = new ArrayList<>(c.args());
          args.add("-" + "d".repeat(d));
          args.add(expression);
          Outcome jdump = Jdump.run(args.toArray(String[]::new));
          String expected = Listing.format(
              FilterCompiler.compile(expression, c.dlt(), c.snaplen(), c.optimize()),
              ListingFormat.values()[d - 1]);
          assertEquals(0, jdump.status(), jdump::toString);
          assertEquals(expected, jdump.out(), args::toString);
          assertEquals(c.warning() == null ? List.of() : List.of(c.warning()), jdump.errLines(), args::toString);
        }
      }
    }
  }

  @Test
  void badExpressionsAreRefusedInTcpdumpsWordsWithItsStatus() throws IOException {
    Path in = GenPcap.write(dir, 10, 10, 0);
    for (String expression : List.of("tcp and", "port 99999", "foo", "tcp[", "(tcp", "ether host 1:2:3")) {
      for (List<String> prefix : List.of(List.of("-y", "EN10MB", "-d"), List.of("-r", in.toString()),
          List.of("-r", in.toString(), "-w", dir.resolve("x").toString()))) {
        var args = new ArrayList<>(prefix);
        args.add(expression);
        String[] a = args.toArray(String[]::new);
        Outcome jdump = Jdump.run(a);
        Outcome tcpdump = Tcpdump.run(a);
        assertEquals(tcpdump.status(), jdump.status(), args::toString);
        assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"), args::toString);
        assertEquals(tcpdump.out(), jdump.out());
      }
    }
  }
}
